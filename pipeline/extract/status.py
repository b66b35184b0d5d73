"""Status of a designation (RELATION.md): asserted, planned, hypothetical, negated."""
from __future__ import annotations

from spacy.tokens import Token

from pipeline.extract.lexicon import Lexicon
from pipeline.extract.words import WORDS
from pipeline.extract.tokens import after_ser, is_verb_of, sentence_bounds

WINDOW = 7
# Words that open another clause, whose negation or mood is not the trigger's ("no es válida
# porque él fue elegido").
_CLAUSE_BREAK = {",", ";", ":", ".", "(", ")", "que", "pero", "aunque", "y", "porque", "pues", "cuando", "donde",
                 "mientras"}


def _window(trigger: Token, governors: frozenset[str] = frozenset()) -> list[Token]:
    """The words before the trigger in its clause, nearest first.

    A "que" clause counts its governing verb when that verb is a status cue
    ("para evitar que fuera elegido", "pidió que lo designe").
    """
    doc = trigger.doc
    start = sentence_bounds(trigger)[0]
    words: list[Token] = []
    i = trigger.i - 1
    while i >= start and len(words) < WINDOW:
        token = doc[i]
        if token.lower_ in _CLAUSE_BREAK and not (token.lower_ == "que" and words and words[-1].lower_ in {"de"}):
            if token.lower_ == "que" and i - 1 >= start and doc[i - 1].lemma_.lower() in governors:
                words.append(doc[i - 1])
            break
        words.append(token)
        i -= 1
    return words


def _noun_window(window: list[Token]) -> list[Token]:
    """For a noun trigger, the words of the phrase that governs it: up to and including the
    nearest verb, and not past a preposition other than "de" ("pidió la designación de" counts
    "pidió"; "se le pide informar sobre la designación" does not)."""
    kept: list[Token] = []
    for token in window:
        if token.pos_ == "ADP" and token.lower_ not in {"de", "del"}:
            break
        kept.append(token)
        if token.pos_ in {"VERB", "AUX"}:
            break
    return kept


def _purpose_clause(trigger: Token) -> bool:
    """The trigger's clause opens with "para que" (subjunctive of purpose), or the trigger is a
    passive infinitive of purpose ("presionó para ser nombrado")."""
    doc = trigger.doc
    start = sentence_bounds(trigger)[0]
    if trigger.i - 2 >= start and doc[trigger.i - 1].lower_ == "ser" and doc[trigger.i - 2].lower_ == "para":
        return True
    i = trigger.i - 1
    while i > start and trigger.i - i <= WINDOW and doc[i].lower_ not in _CLAUSE_BREAK:
        i -= 1
    if doc[i].lower_ in {"y", "e"}:
        # "a fin de que influyan y voten a favor del nombramiento": the first of the coordinated
        # verbs opens the clause
        verb = trigger
        for _ in range(4):
            if verb.pos_ in {"VERB", "AUX"} or verb.head == verb:
                break
            verb = verb.head
        while verb.dep_ == "conj" and verb.head != verb:
            verb = verb.head
        i = next((c.i for c in verb.children if c.dep_ == "mark" and c.lower_ == "que"), i)
    return _opens_purpose(doc, i, start)


def _opens_purpose(doc, i: int, start: int) -> bool:
    """The "que" at `i` opens a purpose clause: "para que", "a fin de que", "con el objetivo de que"."""
    if doc[i].lower_ != "que" or i - 1 < start:
        return False
    return doc[i - 1].lower_ == "para" or doc[i - 1].lower_ == "de" and i - 2 >= start and (
        doc[i - 2].lower_ in WORDS["purpose_nouns"])


def _failed(trigger: Token) -> bool:
    """A verb of failure governs the purpose clause ("volvió a perder ... para ser elegido"), a
    verb of reaching the goal is negated before it ("no alcanzó los votos requeridos para ser
    elegido") or follows "solo" after it ("necesitaba 218 votos para ser elegido Z y solo consiguió
    203")."""
    doc = trigger.doc
    start, end = sentence_bounds(trigger)
    before = doc[max(start, trigger.i - 14):trigger.i]
    if any(t.lemma_.lower() in WORDS["failure_verbs"] or t.lower_.startswith(("perd", "pierd", "fracas"))
           and t.pos_ in {"VERB", "AUX"} for t in before):
        return True
    if any(_attains(t) and k >= 1 and before[k - 1].lower_ == "no" for k, t in enumerate(before)):
        return True
    after = doc[trigger.i + 1:min(end, trigger.i + 20)]
    return any(t.lower_ in WORDS["only_adverbs"] and k + 1 < len(after) and _attains(after[k + 1])
               for k, t in enumerate(after))


def _attained(trigger: Token) -> bool:
    """A verb of reaching the goal in the past indicative governs the purpose clause, not negated:
    "X lograron superar el mínimo de votos para ser elegidos"."""
    doc = trigger.doc
    before = doc[max(sentence_bounds(trigger)[0], trigger.i - 12):trigger.i]
    return any(_attains(t) and "Past" in t.morph.get("Tense") and "Ind" in t.morph.get("Mood") and not (
        k >= 1 and before[k - 1].lower_ == "no") for k, t in enumerate(before))


def _enabled_aim(trigger: Token) -> bool:
    """A noun trigger that a purpose clause's enabling verb governs: "para permitir la investidura
    de X", "para asegurar la elección de X": the act is what the main clause is done for (gold
    tune-0334: planned)."""
    verb = trigger.head
    return (trigger.dep_ in {"obj", "nsubj", "nsubj:pass"} and verb.lemma_.lower() in WORDS["enabling_verbs"]
            and verb.i < trigger.i and any(c.dep_ == "mark" and c.lower_ == "para" for c in verb.children))


def _enabled_que(trigger: Token) -> bool:
    """The trigger's clause is the "que" clause of an enabling verb ("habría permitido que
    posteriormente X sea designado", gold tune-0116: asserted): its subjunctive is the one
    "permitir que" asks for, not a wish."""
    doc = trigger.doc
    start = sentence_bounds(trigger)[0]
    i = trigger.i - 1
    while i > start and trigger.i - i <= WINDOW and doc[i].lower_ != "que":
        if doc[i].lower_ in _CLAUSE_BREAK:
            return False
        i -= 1
    if doc[i].lower_ != "que":
        return False
    k = i - 1
    while k >= start and doc[k].is_quote:
        k -= 1
    # (the small model may tag the participle a noun with itself as lemma: "permitido")
    return k >= start and (doc[k].lemma_.lower() in WORDS["enabling_verbs"] or any(
        doc[k].lower_.startswith(verb[:-2]) and doc[k].lower_.endswith(("ido", "ida", "ado", "ada"))
        for verb in WORDS["enabling_verbs"]))


def _possible(trigger: Token, adjectives: frozenset[str]) -> bool:
    """The trigger (or the verb whose infinitive it is) is the subject clause of an adjective of
    possibility: "es posible que los parlamentarios, ..., hayan preferido elegir a X" (the words
    between may hide the "que" from the window)."""
    verb = trigger
    for _ in range(3):
        if verb.dep_ != "xcomp" or verb.head == verb:
            break
        verb = verb.head
    return verb.dep_ in {"csubj", "ccomp"} and verb.head.lemma_.lower() in adjectives and any(
        c.dep_ == "mark" and c.lower_ == "que" for c in verb.children)


def _attains(token: Token) -> bool:
    """A verb of reaching a goal ("logró", "reunió los votos"), not its reflexive ("se reunieron
    con X": met)."""
    return token.pos_ in {"VERB", "AUX"} and token.lemma_.lower() in WORDS["attainment_verbs"] and not (
        token.i >= 1 and token.doc[token.i - 1].lower_ == "se" or any(c.lower_ == "se" for c in token.children))


def _document_purpose(trigger: Token) -> bool:
    """"el oficio presentado por X para designarla", "un proyecto de ley para designar a ...": what
    a document is for is proposed, not done (RELATION.md, gold dev-0160, tune-0104)."""
    doc = trigger.doc
    start = sentence_bounds(trigger)[0]
    if trigger.i - 1 < start or doc[trigger.i - 1].lower_ != "para" or "Inf" not in trigger.morph.get("VerbForm"):
        return False
    before = doc[max(start, trigger.i - 8):trigger.i - 1]
    if any(t.lemma_.lower() in {"aprobar", "oficializar", "publicar", "promulgar"} for t in before):
        return False  # "el pleno aprobó la moción para declarar a X persona no grata": done
    return any(t.lower_ in WORDS["document_nouns"] for t in before)


_TEMPORAL = frozenset({"cuando", "después", "luego", "apenas", "hasta", "vez", "tras"})


def _sub_pres(token: Token) -> bool:
    return "Sub" in token.morph.get("Mood") and "Pres" in token.morph.get("Tense")


def _present_subjunctive(trigger: Token, window: list[Token]) -> bool:
    """The trigger, or the auxiliary of its clause, is in the present subjunctive (not a past
    fact told in it, nor a perfect)."""
    doc = trigger.doc
    before = {t.lower_ for t in doc[max(sentence_bounds(trigger)[0], trigger.i - 8):trigger.i]}
    if trigger.pos_ == "NOUN" or "antes" in before:
        return False  # "un día antes de que X sea elegido": a past fact told in the subjunctive
    auxiliaries = [t for t in window if t.pos_ == "AUX" and t.i < trigger.i]
    if any(t.lemma_.lower() == "haber" or t.lower_.startswith("hay") for t in auxiliaries):
        return False  # "es incomprensible que se haya designado a X": the perfect reports a fact
    return _subjunctive(trigger, auxiliaries)


def _subjunctive(trigger: Token, window: list[Token]) -> bool:
    """The trigger, or an auxiliary of its clause before it, is in the present subjunctive (the
    past one also tells facts: "aunque no fuera investido hasta el 20 de enero")."""
    return _sub_pres(trigger) or any(_sub_pres(t) for t in window if t.pos_ == "AUX" and t.i < trigger.i)


def _sin_modifies_noun(sin: Token, trigger: Token) -> bool:
    """"decidió sin reciprocidad declarar": "sin" takes its own noun and leaves the act alone;
    "sin designar", "sin haber sido nombrado", "sin la designación de" negate it."""
    between = trigger.doc[sin.i + 1:trigger.i]
    # but "sin la necesidad de declarar": the act hangs on the noun, and is negated with it.
    return any(t.pos_ in {"NOUN", "PROPN", "ADJ"} for t in between) and not any(
        t.lower_ in {"de", "del", "que"} for t in between)


def _negates_word(negation: Token, trigger: Token) -> bool:
    """"el primer académico no occidental en ser elegido", "un miembro no permanente elegido":
    "no" before an adjective or a noun denies that word, not the act."""
    if negation.lower_ != "no" or negation.i + 1 >= trigger.i:
        return False
    following = negation.doc[negation.i + 1]
    return following.pos_ in {"ADJ", "NOUN"} and "Fin" not in following.morph.get("VerbForm") and (
        following.i - 1 >= 0 and negation.doc[negation.i - 1].pos_ in {"NOUN", "ADJ", "PROPN"})


def classify_status(trigger: Token, lexicon: Lexicon) -> str:
    """Read the status from the trigger's own morphology and the words before it."""
    # Only words count: the small model tags date marks such as ".-" as future verbs.
    possibility = lexicon.cue("hypothetical_adjectives")  # "es posible que ..."
    governors = lexicon.cue("negating_verbs") | (lexicon.cue("hypothetical_verbs") - lexicon.cue("opinion_verbs")) | possibility
    window = [t for t in _window(trigger, governors) if t.is_alpha]
    entry = lexicon.lookup(trigger.text)
    if (entry.kind == "noun" if entry is not None else trigger.pos_ == "NOUN") or _title_participle(trigger):
        window = _noun_window(window)  # (not "voy a ser electo": a participle the tagger calls a noun)
    # Names are not cues: "del Poder Popular" is not the verb "poder" (a capital at the start
    # of the sentence, as in "No designó", still counts).
    window = [t for t in window if not (t.text[:1].isupper() and (t.pos_ == "PROPN" or not t.is_sent_start))]
    lowers = {t.lower_ for t in window}
    lemmas = {t.lemma_.lower() for t in window} | lowers
    noun = entry is not None and entry.kind == "noun"
    if noun and any(c.dep_ == "det" and c.lower_ in WORDS["indefinite_articles"] for c in trigger.children):
        return "hypothetical"  # "apoya una reelección del presidente X": a possible act, not a fact
    if noun and _enabled_aim(trigger):
        return "planned"  # "para permitir la investidura de X como Z, el Parlamento aprobó una ley"
    if _postnominal_participle(trigger):
        # "que devuelvan el poder al presidente elegido democráticamente, X": the participle tells
        # a done event of its noun, whatever the clause around the noun (wished, planned ...).
        return "negated" if trigger.i >= 1 and trigger.doc[trigger.i - 1].lower_ == "no" else "asserted"
    blocked = _blocked(trigger, lexicon.cue("blocking_verbs"))
    if blocked is not None:
        return blocked
    if trigger.pos_ != "NOUN" and _conditional(trigger, lexicon):
        return "hypothetical"  # "si el Congreso elige a X", "debatirá si declarar a X": not (yet) done
    # "no solo la designación de A, sino también ...": an addition, not a negation.
    negations = {t.lower_ for k, t in enumerate(window)
                 if not (k > 0 and window[k - 1].lower_ in {"solo", "sólo", "solamente", "únicamente"})
                 and not (t.lower_ == "sin" and _sin_modifies_noun(t, trigger))
                 and not _negates_word(t, trigger)}
    negated = bool(negations & lexicon.cue("negation"))
    if negated and _subjunctive(trigger, window):
        return "hypothetical"  # "un país que no sea designado por EE.UU. como adversario": not asserted either way
    if negated and _purpose_clause(trigger):
        return "hypothetical"  # "una petición para que el gobierno no concediera el título": asked, not done
    if negated and lemmas & lexicon.cue("negating_verbs"):
        return "hypothetical"  # "no descarta designar": still possible
    blockers = [t for t in window if t.lemma_.lower() in lexicon.cue("negating_verbs")]
    if not negated and blockers and all("Inf" in t.morph.get("VerbForm") for t in blockers):
        # "un golpe para evitar que X fuera elegido", "buscan bloquear el nombramiento": blocking is
        # the aim, so the act is hypothetical (RELATION.md decisions); "evitó que X fuera elegido",
        # a block that happened, is negated.
        return "hypothetical"
    if negated or lemmas & lexicon.cue("negating_verbs"):
        return "negated"
    mood = trigger.morph.get("Mood")
    aims = lowers & lexicon.cue("aim_nouns") if trigger.pos_ != "NOUN" and not (entry and entry.kind == "noun") else set()
    if "Cnd" in mood or lemmas & (lexicon.cue("hypothetical_verbs") | possibility) or (
            lowers & lexicon.cue("hypothetical_nouns")) or aims or _possible(trigger, possibility):
        return "hypothetical"
    # A conditional copula before a noun trigger belongs to its own clause:
    # "el pago sería por la designación de ...".
    if trigger.pos_ != "NOUN" and any("Cnd" in t.morph.get("Mood") for t in window if t.pos_ == "AUX"):
        return "hypothetical"
    if _purpose_clause(trigger) and _failed(trigger):
        return "negated"  # "volvió a perder en la votación para ser elegido": a failed election (RELATION.md)
    if _purpose_clause(trigger) and _attained(trigger):
        return "asserted"  # "lograron superar el mínimo de 65 votos para ser elegidos": reached, so done
    if _purpose_clause(trigger) or _document_purpose(trigger):
        return "hypothetical"  # "coordina para que X sea designado": an aim, not a fact
    if _present_subjunctive(trigger, window) and not _enabled_que(trigger):
        # "interesados en que X sea designado", "exige que se nombre": wished, not done; but
        # "cuando sea designado", "después de que lo nombren": expected.
        start = sentence_bounds(trigger)[0]
        before = {t.lower_ for t in trigger.doc[max(start, trigger.i - 8):trigger.i]}
        return "planned" if before & _TEMPORAL else "hypothetical"
    tense = trigger.morph.get("Tense")
    if "Fut" in tense or any("Fut" in t.morph.get("Tense") for t in window if t.pos_ in {"AUX", "VERB"}):
        return "planned"
    if trigger.lower_.endswith(("ará", "arán", "erá", "erán", "irá", "irán")):
        return "planned"
    if lowers & lexicon.cue("planned_nouns") or lemmas & lexicon.cue("planned_verbs"):
        return "planned"
    first = _first_infinitive(trigger)
    if first is not None:
        # "debe irse del país y ser declarado persona non grata", "podría romper relaciones y
        # declarar ...": the modal of the first infinitive governs the coordinated one too.
        return classify_status(first, lexicon)
    return "asserted"


def _blocked(trigger: Token, blocking: frozenset[str]) -> str | None:
    """A verb of blocking governs the act: as the object of a noun trigger ("había frenado el
    nombramiento de X") or through "que" ("impidió que el Colegio nombrara a X"). Done, the act
    is negated; as an aim, wish or future ("busca bloquear la elección"), hypothetical; denied
    ("no impidió que ...") or absent, None."""
    doc = trigger.doc
    verb = None
    if trigger.pos_ == "NOUN" and trigger.dep_ in {"obj", "nsubj:pass"} and trigger.head.i < trigger.i:
        verb = trigger.head
    else:
        start = sentence_bounds(trigger)[0]
        i = trigger.i - 1
        while i > start and trigger.i - i <= WINDOW and doc[i].lower_ not in _CLAUSE_BREAK:
            i -= 1
        if doc[i].lower_ == "que" and i - 1 >= start:
            verb = doc[i - 1]
    if verb is None or not is_verb_of(verb, blocking):
        # "le impediría ser candidato ... o ser designado para un cargo": an infinitive the
        # blocking verb governs, through the infinitives coordinated with it
        verb = _governing_blocker(trigger, blocking)
    if verb is None or not is_verb_of(verb, blocking):
        return None
    if any(c.dep_ == "advmod" and c.lower_ in {"no", "nunca", "jamás"} for c in verb.children):
        return None
    past = "Ind" in verb.morph.get("Mood") and set(verb.morph.get("Tense")) & {"Past", "Imp"} or (
        verb.lower_.endswith(tuple(WORDS["preterite_endings"])) and "Fin" in verb.morph.get("VerbForm"))
    perfect = "Part" in verb.morph.get("VerbForm") and any(c.lemma_.lower() == "haber" for c in verb.children)
    return "negated" if past or perfect else "hypothetical"


def _governing_blocker(trigger: Token, blocking: frozenset[str]) -> Token | None:
    """The blocking verb over the trigger's passive infinitive ("ser" + participle), up to three
    links of complement or coordination, or None. (An active infinitive, "la UE evitará designar
    a X", is the subject refraining from its own act: read as a refusal elsewhere.)"""
    if trigger.pos_ == "NOUN" or not any(
            c.dep_ in {"aux", "aux:pass", "cop"} and "Inf" in c.morph.get("VerbForm") for c in trigger.children):
        return None
    node = trigger
    for _ in range(3):
        if node.dep_ not in {"xcomp", "ccomp", "conj", "csubj", "obj"} or node.head == node:
            return None
        node = node.head
        if is_verb_of(node, blocking):
            return node
    return None


def _conditional(trigger: Token, lexicon: Lexicon) -> bool:
    """The trigger's clause opens with a conditional "si" (not the concessive "si bien"): the
    nearest clause-opening word before the trigger, within the status window."""
    doc = trigger.doc
    start = sentence_bounds(trigger)[0]
    i = trigger.i - 1
    while i >= start and trigger.i - i <= WINDOW:
        word = doc[i].lower_
        if word in lexicon.cue("conditional"):
            return not (i + 1 < len(doc) and doc[i + 1].lower_ in lexicon.cue("concessive"))
        if word in _CLAUSE_BREAK:
            return False
        i -= 1
    return False


def _first_infinitive(trigger: Token) -> Token | None:
    """The infinitive an infinitive trigger ("declarar", "ser declarado") is coordinated with, or None."""
    infinitive = "Inf" in trigger.morph.get("VerbForm") or any(
        c.dep_ in {"aux", "aux:pass"} and c.lemma_ == "ser" and "Inf" in c.morph.get("VerbForm") for c in trigger.children)
    head = trigger.head
    if not infinitive or trigger.dep_ != "conj" or head.i >= trigger.i or head.pos_ != "VERB" or (
            "Inf" not in head.morph.get("VerbForm")):
        return None
    return head


def _postnominal_participle(trigger: Token) -> bool:
    """A participle right after the noun it describes ("al presidente elegido democráticamente",
    "el alcalde nombrado por Moscú"), not after "ser"."""
    head = trigger.head
    return (trigger.dep_ in {"amod", "acl"} and head.pos_ in {"NOUN", "PROPN"} and 0 < trigger.i - head.i <= 2
            and all(t.pos_ in {"ADJ", "ADV"} for t in trigger.doc[head.i + 1:trigger.i])
            and "Inf" not in trigger.morph.get("VerbForm") and not after_ser(trigger)
            and trigger.lower_.endswith(("ado", "ada", "ados", "adas", "ido", "ida", "idos", "idas",
                                         "ecto", "ecta", "ectos", "ectas")))


def _title_participle(trigger: Token) -> bool:
    """A participle before the office it gives, in a noun phrase ("pidió al recién electo
    representante X que renuncie"): its event is told like a noun's, so the verbs of the clause
    ("pidió") do not govern it; not after "ser" ("voy a ser electo alcalde")."""
    doc = trigger.doc
    following = trigger.i + 1
    return (following < len(doc) and doc[following].pos_ in {"NOUN", "PROPN"}
            and "Inf" not in trigger.morph.get("VerbForm") and not after_ser(trigger)
            and trigger.lower_.endswith(("ado", "ada", "ados", "adas", "ido", "ida", "idos", "idas",
                                         "ecto", "ecta", "ectos", "ectas")))
