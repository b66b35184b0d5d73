"""Who a clause is about: its subject (climbing from governed verbs), a passive's designee,
coordinated and shared subjects, pronoun subjects as written."""
from __future__ import annotations


from spacy.tokens import Doc, Span, Token

from pipeline.extract.words import WORDS
from pipeline.extract.tokens import (
    ARTICLES,
    CLAUSE_BREAKS,
    COORDINATORS,
    NON_REFERRING,
    PREPOSITIONS,
    PRETERITE_ENDINGS,
    is_infinitive,
    person_clash,
    tense,
    sentence_start,
    is_finite_verb,
    is_name_part,
    is_title,
    sentence_bounds,
)
from pipeline.extract.grow import (
    name_in,
    trim_name,
)
from pipeline.extract.roles import (
    agent_span,
)
from pipeline.extract.reference import (
    after_preposition,
    _inserted_clause_start,
    name_before,
    _parenthetical_start,
    antecedent_span,
)


def coordinated_before(name: Span) -> list[Span]:
    """"Perú y Chile fueron elegidos", "A, B y C fueron designados": the names joined to `name`."""
    doc = name.doc
    sent_start = sentence_start(doc[name.start])
    found = [name]
    i = name.start - 1
    while i - 1 >= sent_start and (doc[i].lower_ in {"y", "e"} and len(found) == 1 or doc[i].text == ","
                                   and len(found) > 1):
        previous = name_before(doc, i - 1, sent_start)
        if previous is None:
            break
        found.insert(0, previous)
        i = previous.start - 1
    if len(found) > 1 and (after_preposition(doc, found[0].start, sent_start) or not (
            found[0].start == sent_start or doc[found[0].start - 1].is_punct
            or doc[found[0].start - 1].lower_ in CLAUSE_BREAKS | {"y", "e"})):
        return [name]  # "aprueba una nueva Constitución y Mao es nombrado": not one group
    return found


def passive_designee(trigger: Token, before: int | None = None) -> Span | None:
    """The designee of "Y fue designado ...", "Y, quien fue nombrado ...", "Y es la primera
    mujer elegida ..." (`before`: the copula).

    The phrase right before the auxiliary is preferred to the parse, which
    often attaches dates ("1983.-") or earlier names as the subject.
    """
    doc = trigger.doc
    sent_start = sentence_start(trigger)
    i = (trigger.i if before is None else before) - 1
    while i >= sent_start and (doc[i].pos_ in {"AUX", "ADV"} or doc[i].lemma_ == "ser" or doc[i].is_quote
                               or doc[i].lower_ in {"recién", "recientemente", "primero", "ya"}):
        i -= 1  # (quotes too: 'que Shimabukuro “sea designado')
    if i < sent_start:
        return None
    token = doc[i]
    if token.lower_ == "que" and i - 1 >= sent_start and doc[i - 1].lower_ in {"para", "sin", "hasta"}:
        return None  # "para que sea nombrado": a conjunction with a subject of its own, not a relative
    if token.lower_ in {"quien", "quienes", "que"}:
        k = i - 1
        while k >= sent_start and doc[k].lower_ in ARTICLES:
            k -= 1
        if k >= sent_start and doc[k].lower_ in PREPOSITIONS:
            return None  # "X, con quien fue elegido en binomio": the relative is a complement, not the subject
        return antecedent_span(doc, i)
    if token.lower_ in {"ambos", "ambas"}:
        return None
    if token.text == "," and any(t.lower_ == "siendo" for t in doc[i + 1:trigger.i]):
        return None  # ", siendo designado vocero": a gerund clause has no subject of its own
    if token.lower_ == "se" and i - 1 >= sent_start and is_name_part(doc[i - 1]):
        return name_before(doc, i - 1, sent_start)  # "Peña se proclamó ..."
    if token.lower_ == "se" or token.lower_ in CLAUSE_BREAKS:
        return None
    if not token.is_punct and is_name_part(token):
        name = name_before(doc, i, sent_start)
        person = next((e for e in doc.ents if e.label_ in {"PER", "PERSON"} and name is not None
                       and name.start < e.start and e.end == name.end), None)
        if person is not None:
            return doc[person.start:person.end]  # "El expresidente del TC Víctor García Toma fue designado"
        if name is not None and after_preposition(doc, name.start, sent_start):
            return None  # "después de la II Guerra Mundial quedó ...": a complement, not the subject.
        return name
    if token.text == ",":
        # "Julie Chávez, nieta del activista César Chávez, fue nombrada": the name before an
        # apposition that opens with a common noun.
        opener = _parenthetical_start(doc, i, sent_start, max_tokens=16)
        if opener is not None and opener + 1 < i and not is_title(doc[opener + 1]) and (
                doc[opener + 1].pos_ in {"NOUN", "DET", "ADJ"}):
            name = name_before(doc, opener - 1, sent_start)
            if name is not None:
                return name
        inserted = _inserted_clause_start(doc, i, sent_start)
        if inserted is not None:
            # "X, quien es un experto en ..., fue nombrado"; "X que, según el Foro, fue elegida"
            before = inserted - 1
            if before >= sent_start and doc[before].lower_ in {"que", "quien", "quienes"}:
                return antecedent_span(doc, before)
            name = name_before(doc, before, sent_start)
            if name is not None and not after_preposition(doc, name.start, sent_start):
                return name
        if doc[sent_start].lower_ in WORDS["fronted_openers"] and not any(t.text == "," for t in doc[sent_start:i]):
            return None  # "Tras dejar el Ministerio de Defensa, fue nombrado ...": a fronted adverbial, pro-drop
        return antecedent_span(doc, i + 1)
    subject = subject_span(trigger, passive=True, fallback=False)
    if subject is not None and subject.start < trigger.i:
        return subject
    return None


def without_fronted_description(subjects: list[Token], verb: Token) -> list[Token]:
    """`subjects` (a verb's subjects, in order) without a description put before the name:
    "Ingeniero industrial de profesión, Mesones Odar fue nombrado", which the parse reads as two
    subjects; the name after the comma is the subject."""
    if len(subjects) > 1 and subjects[1].i < verb.i and subjects[1].ent_type_ in {"PER", "PERSON"} and (
            subjects[0].ent_type_ not in {"PER", "PERSON"}) and any(
            t.text == "," for t in verb.doc[subjects[0].i + 1:subjects[1].i]):
        return subjects[1:]
    return subjects


def subject_span(trigger: Token, *, passive: bool, fallback: bool = True) -> Span | None:
    """The grammatical subject of the trigger's clause, as a name or phrase.

    Climbs from an infinitive, participle or coordinated verb to the verb
    that governs it ("podrá nombrar", "fue designado", "confirmó ... y
    nombró") and takes its nominal subject; a relative pronoun subject
    yields its antecedent; a subject phrase that holds a name in apposition
    yields the name.
    """
    wanted = {"nsubj", "nsubj:pass"}
    verb = trigger
    came_from = None
    for _ in range(5):
        if came_from == "xcomp":
            # Object control: "llevó a algunos congresistas a proponer designar ...".
            controllers = [c for c in verb.children if c.dep_ in {"obj", "iobj"} and c.pos_ in {"NOUN", "PROPN"}
                           and c.i < trigger.i and any(k.lower_ in {"a", "al"} for k in c.children)]
            if controllers:
                return name_in(controllers[0])
        # "2000.- El Parlamento elige": the model may take the date mark as a second subject.
        subjects = [c for c in verb.children if c.dep_ in wanted and any(ch.isalpha() for ch in c.text)]
        if subjects:
            subject = without_fronted_description(subjects, verb)[0]
            if subject.lower_ in {"que", "quien", "quienes", "cual"}:
                doc = trigger.doc
                if subject.i >= 2 and doc[subject.i - 1].lower_ in WORDS["ser_forms"] and is_name_part(doc[subject.i - 2]):
                    # A cleft: "Issoufou fue quien nombró a ...": the name before "fue".
                    cleft = name_before(doc, subject.i - 2, sentence_start(subject))
                    if cleft is not None:
                        return cleft
                # An agent may be a common noun with adjectives ("el electorado brasileño, que
                # decidió elegir"); a passive's designee stays a name or a bare noun phrase.
                return antecedent_span(doc, subject.i, names_only=False, adjectives=not passive)
            if not passive:
                written = pronoun_subject(subject)
                if written is not None and subject.head != trigger and person_clash(trigger, subject):
                    return None  # "Yo ... y me dice que lo habían designado": "habían" is someone else
                if written is not None:
                    return written  # "Yo lo nombré", "Este último reconoció a ...": as written
            return name_in(subject)
        if verb is not trigger and any(c.lower_ == "se" and c.i < verb.i for c in verb.children):
            break  # "si bien se procuró otorgarle ...": an impersonal "se" verb has no agent to lend
        if verb.dep_ == "acl" and verb.i == trigger.i and _said_in(verb) is not None:
            came_from, verb = "ccomp", _said_in(verb)  # "X dijo en un comunicado que no reconoce a Y"
            continue
        if is_finite_verb(verb) and verb.dep_ in {"advcl", "acl"} and verb.i == trigger.i:
            # A finite verb of an adverbial clause with no subject of its own is pro-drop ("desde
            # que designó como ..."); reported speech ("X dijo que no reconoce") keeps its reporter.
            break
        if verb.dep_ in {"xcomp", "ccomp", "acl", "conj", "advcl", "csubj"} and verb.head != verb:
            if purpose_que(verb):
                break  # "coordinó con X para que puedan designar": "para que" marks another subject
            if verb.dep_ in {"acl", "advcl", "ccomp"} and passive:
                break  # "BBC indica que ... fue nombrado": the reporter is not the designee
            came_from = verb.dep_
            below, verb = verb, verb.head
            if passive and came_from == "conj" and any(c.dep_ in {"obj", "iobj"} and c.lower_ in WORDS["object_clitics"]
                                                        for c in verb.children):
                break  # "Clinton lo nombró embajador y ... fue elegido secretario": the one "lo" names
            if came_from == "conj" and below is trigger and is_finite_verb(trigger) and is_infinitive(verb):
                # "además de anular la resolución que ascendió a X ... y lo designó": a finite verb is
                # not coordinated with an infinitive; it shares the subject of the relative's verb.
                relative = [t for t in trigger.doc[verb.i + 1:trigger.i] if is_finite_verb(t) and any(
                    c.dep_ == "nsubj" and c.lower_ in {"que", "quien", "quienes"} for c in t.children)]
                if relative:
                    return subject_span(relative[-1], passive=False, fallback=False)
            if came_from == "conj" and _other_tense_in_que_clause(below, verb):
                # "El mandatario informó que X será la nueva jefa ... y designó a Y": a verb of
                # another tense is coordinated with the verb that governs the "que" clause, not
                # with the clause's own predicate (whose subject is X).
                came_from, verb = "ccomp", verb.head
            if verb.pos_ == "NOUN" and came_from == "acl" and is_finite_verb(below):
                break  # "rechazó la moción que plantea declarar": a relative clause has its own subject
            if not passive and came_from in {"xcomp", "ccomp", "csubj"} and verb.lemma_.lower() in WORDS["enabling_verbs"]:
                break  # "el apoyo de X permitió elegir a Y": the enabler is not the one who elects
            if verb.pos_ == "NOUN" and came_from == "acl" and not is_finite_verb(trigger):
                # "la decisión del Gobierno de nombrar", "el objetivo de los republicanos de declarar":
                # the "de" complement of the noun that governs the infinitive is its agent.
                owner = next((c for c in verb.children if c.dep_ == "nmod" and c.i < trigger.i and c.pos_ in {
                    "NOUN", "PROPN"} and any(k.lower_ in {"de", "del"} for k in c.children)), None)
                if owner is not None and verb.lower_ in WORDS["intention_nouns"]:
                    return name_in(owner)
                if verb.dep_ == "nmod" and verb.head.lower_ in WORDS["intention_nouns"] and verb.i < trigger.i and any(
                        k.lower_ in {"de", "del"} for k in verb.children):
                    # The parse may hang the infinitive on the owner itself: "el objetivo de
                    # [los republicanos de declarar]". The owner is still the agent.
                    return name_in(verb)
            if verb.pos_ == "NOUN" and came_from == "acl" and verb.dep_ == "obj" and not is_finite_verb(trigger):
                # "tomó la decisión de designar", "comunicó su intención de conceder": the noun's verb.
                for _ in range(3):
                    if verb.pos_ in {"VERB", "AUX"} or verb.head == verb:
                        break
                    verb = verb.head
            continue
        break
    if passive and fallback:
        return passive_designee(trigger)
    return None


def _other_tense_in_que_clause(verb: Token, head: Token) -> bool:
    """Whether finite `verb`, coordinated with `head`, differs from it in tense or mood while
    `head` is the predicate of a "que" clause with a governor above it."""
    finite = is_finite_verb(verb) or verb._.designa_trigger == "verb" and verb.lower_.endswith(PRETERITE_ENDINGS)
    if not finite or head.head == head or head.dep_ not in {"ccomp", "acl", "advcl"}:
        return False
    if not any(c.dep_ == "mark" and c.lower_ == "que" for c in head.children):
        return False
    mine, theirs = tense(verb), tense(head)
    return bool(mine) and bool(theirs) and mine != theirs


def _said_in(clause: Token) -> Token | None:
    """The verb of saying whose complement clause the parse hung on the noun of the medium ("dijo
    en un comunicado que no reconoce a Y": "que" is a conjunction, not a relative), or None."""
    noun = clause.head
    if not any(c.dep_ == "mark" and c.lower_ == "que" and c.pos_ == "SCONJ" and c.i < clause.i for c in clause.children):
        return None
    if noun.pos_ != "NOUN" or noun.dep_ != "obl" or noun.i > clause.i:
        return None
    verb = noun.head
    return verb if verb.pos_ == "VERB" and verb.lemma_.lower() in WORDS["speech_verbs"] else None


PERSONAL_PRONOUNS = WORDS["personal_pronouns"]


_DEMONSTRATIVE_SUBJECTS = WORDS["demonstrative_subjects"]


def pronoun_subject(subject: Token) -> Span | None:
    """An explicit pronoun or demonstrative subject, as written ("Yo", "Este último", "ella"):
    RELATION.md takes it as the designator; only a subject that is not written is left empty."""
    doc = subject.doc
    if subject.lower_ in PERSONAL_PRONOUNS or subject.pos_ == "PRON" and subject.lower_ in WORDS["indefinite_pronouns"]:
        return doc[subject.i:subject.i + 1]  # (also "Algunos no han reconocido a X como ...")
    if subject.lower_ in _DEMONSTRATIVE_SUBJECTS or any(
            c.dep_ == "det" and c.lower_ in _DEMONSTRATIVE_SUBJECTS and c.i == subject.left_edge.i for c in subject.children):
        start, end = subject.left_edge.i, subject.i + 1
        if subject.lower_ in _DEMONSTRATIVE_SUBJECTS or doc[start:end].text.lower().split()[-1] in {
                "último", "última", "últimos", "últimas"}:
            return doc[start:end]  # "Este último", "esta"; but "este país" refers back: no designator
    return None


def purpose_que(verb: Token) -> bool:
    """The verb opens a "para que" / "a fin de que" clause (whose subject differs from the main one)."""
    marks = [c for c in verb.children if c.dep_ == "mark" and c.i < verb.i]
    if not any(m.lower_ == "que" for m in marks):
        return False
    que = next(m for m in marks if m.lower_ == "que")
    return que.i >= 1 and verb.doc[que.i - 1].lower_ in {"para", "de"}


def name_before_verb(trigger: Token) -> Span | None:
    """"1933.- Hindenburg nombra a ...": the name right before the verb, when the parse has no subject."""
    doc = trigger.doc
    sent_start = sentence_start(trigger)
    i = trigger.i - 1
    while i >= sent_start and (doc[i].pos_ == "ADV" or doc[i].lower_ in {"lo", "la", "los", "las", "le", "les", "se"}
                               or doc[i].lemma_ == "haber" or doc[i].is_quote):
        i -= 1  # "Fuerza Popular ha elegido ...", "Trump “ya nombró” a ..."
    if i < sent_start:
        return None
    if doc[i].text in {"-", "–", "—"}:
        # "Donald Trump -quien recibió a ...- ya nombró": the name before a phrase between dashes.
        opener = next((k for k in range(i - 1, max(sent_start - 1, i - 30), -1) if doc[k].text in {"-", "–", "—"}
                       or doc[k].text[:1] in "-–—" and len(doc[k].text) > 1), None)
        if opener is None or opener - 1 < sent_start:
            return None
        i = opener - 1
    if doc[i].text == ",":
        # "El Ejecutivo, a través de una resolución publicada en ..., designó": the name before an
        # inserted adverbial (the parse may hang the verb on the name as an apposition).
        opener = _inserted_clause_start(doc, i, sent_start)
        if opener is None or opener - 1 < sent_start:
            return None
        i = opener - 1
    if doc[i].pos_ == "ADJ" and not is_title(doc[i]):
        # "El Parlamento japonés elige ...": a name with its adjective.
        name = name_before(doc, i, sent_start)
        if name is not None and name.start - 1 >= sent_start and doc[name.start - 1].lower_ in ARTICLES:
            return name
    if not is_name_part(doc[i]):
        # "El canciller designó ...", "2004.- La justicia mexicana nombra ...": an article, a noun
        # and its adjectives that open the clause (or an almanac's entry after its year).
        j = i
        while j > sent_start and i - j < 2 and doc[j].pos_ == "ADJ" and not is_title(doc[j]):
            j -= 1
        if doc[j].pos_ == "NOUN" and j - 1 >= sent_start and doc[j - 1].lower_ in ARTICLES and (
                j - 1 == sent_start or doc[j - 2].text in {",", ";", ":"} or doc[j - 2].text.endswith(".-")):
            return doc[j:i + 1]
        return None
    name = name_before(doc, i, sent_start)
    if name is None or (name.start - 1 >= sent_start and doc[name.start - 1].lower_ in PREPOSITIONS):
        return None
    return name


def persons_before(doc: Doc, before: int) -> list[Span]:
    """The persons named before `before` in its sentence, in order: PER entities, and names
    that a "quien" relative marks as persons ("Gaviria, quien ...")."""
    sent_start = sentence_start(doc[before])
    found: dict[int, Span] = {}
    for ent in doc.ents:
        if sent_start <= ent.start and ent.end <= before and ent.label_ in {"PER", "PERSON"} and is_name_part(ent[0]):
            found[ent.start] = trim_name(doc, ent.start, ent.end)
    for k in range(sent_start + 1, before):
        if doc[k].lower_ in {"quien", "quienes"}:
            last = k - 2 if doc[k - 1].text == "," else k - 1
            name = name_before(doc, last, sent_start) if last >= sent_start else None
            if name is not None and not any(s.start <= name.start < s.end or name.start <= s.start < name.end
                                            for s in found.values()):
                found[name.start] = name
    return [found[k] for k in sorted(found)]


def both_named_before(doc: Doc, before: int) -> list[Span]:
    """"ambos fueron designados": the last two persons named before, else nothing."""
    persons = persons_before(doc, before)
    return persons[-2:] if len(persons) >= 2 else []


def shared_subject(trigger: Token) -> Span | None:
    """"X asume la Presidencia y nombra primer ministro a Y": with no subject of its own (the parse may
    not even read the trigger as a verb), a verb after "y" shares the subject of the finite verb before."""
    doc = trigger.doc
    start = sentence_start(trigger)
    j = trigger.i - 1
    while j > start and trigger.i - j <= 4 and doc[j].lower_ not in COORDINATORS and (
            doc[j].lower_ in WORDS["time_adverbials"] or doc[j].pos_ in {"ADV", "DET", "NUM"}):
        j -= 1  # "Maduro aceptó la renuncia y el martes designó ...": a date between "y" and the verb
    if j < 1 or doc[j].lower_ not in COORDINATORS:
        return None
    for k in range(j - 1, start - 1, -1):
        token = doc[k]
        if token.lower_ in CLAUSE_BREAKS or token.text in {";", ":"}:
            return None
        if is_finite_verb(token):
            if _other_tense_in_que_clause(trigger, token):
                return None  # "ante el temor de que las normas la invaliden y designó a X": not theirs
            return subject_span(token, passive=False, fallback=False)
    return None


def coordinated_subjects(agent: Span) -> list[Span]:
    """"Castillo y su círculo de amigos acordaron ...": the subjects the parse joins to the first
    one by "y" (each a name or a noun phrase without its possessive), in order."""
    head = agent.root
    if head.dep_ not in {"nsubj", "nsubj:pass"}:
        return []
    found = []
    for conj in head.children:
        if conj.dep_ != "conj" or conj.i < agent.end or conj.pos_ not in {"NOUN", "PROPN"}:
            continue
        if not any(c.lower_ in {"y", "e"} and c.dep_ == "cc" for c in conj.children):
            continue
        if conj.lower_ in NON_REFERRING or any(c.dep_ == "det" and c.lower_ in NON_REFERRING for c in conj.children):
            continue
        span = name_in(conj)
        if span is not None and span.start >= agent.end:
            found.append(span)
    return found


def both_before_auxiliary(trigger: Token) -> list[Span] | None:
    """For "ambos fueron designados": the two persons named before, or None when the
    passive subject is not "ambos"/"ambas" ([] when they cannot be told)."""
    doc = trigger.doc
    sent_start = sentence_start(trigger)
    i = trigger.i - 1
    while i >= sent_start and (doc[i].pos_ in {"AUX", "ADV"} or doc[i].lemma_ == "ser"):
        i -= 1
    if i < sent_start or doc[i].lower_ not in {"ambos", "ambas"}:
        return None
    return both_named_before(doc, i)


_CLITIC_GENDER = {"la": "Fem", "lo": "Masc"}


def clitic_subject(trigger: Token, exclude: Span | None = None) -> Span | None:
    """"La ex presidenta precisó que el oficio ... para designarla como ...": when no person is
    named before a "la"/"lo" clitic in a clause reported by the main verb, that verb's subject,
    if it comes before the trigger and agrees with the clitic in gender."""
    doc = trigger.doc
    lower = trigger.lower_
    clitic = lower[-2:] if lower.endswith(("la", "lo")) and is_infinitive(trigger) else (
        doc[trigger.i - 1].lower_ if trigger.i >= 1 else "")
    gender = _CLITIC_GENDER.get(clitic)
    if gender is None:
        return None
    start, _ = sentence_bounds(trigger)
    root = next((t for t in doc[start:trigger.i] if t.dep_ == "ROOT" and t.pos_ in {"VERB", "AUX"}), None)
    if root is None or not any(t.dep_ == "ccomp" and t.head.i == root.i for t in [trigger, *trigger.ancestors]):
        return None  # only in the reported clause of the subject ("X precisó que ..."), not "cuando ..."
    subject = next((c for c in root.children if c.dep_ == "nsubj" and c.i < trigger.i), None)
    if subject is None or subject.pos_ != "NOUN" or gender not in subject.morph.get("Gender") or (
            "Sing" not in subject.morph.get("Number")):
        return None
    span = name_in(subject)
    if span is None or exclude is not None and span.start < exclude.end and exclude.start < span.end:
        return None
    return span


_SING_PARTICIPLE = ("ado", "ada", "ido", "ida")


def author_of_document(subject: Span, stop_words: frozenset[str]) -> Span | None:
    """"el oficio presentado por Arriola": the "por" agent of a participle right after a
    common-noun subject, which names who acts through the document; else None."""
    doc = subject.doc
    after = subject.end - 1 if len(subject) > 1 and subject[-1].lower_.endswith(_SING_PARTICIPLE) else subject.end
    if is_title(subject[0]) or after + 1 >= len(doc):
        return None
    if not doc[after].lower_.endswith(_SING_PARTICIPLE) or doc[after + 1].lower_ != "por":
        return None
    return agent_span(doc, after + 1, stop_words, limit=min(len(doc), after + 8))


def main_clause_person(trigger: Token) -> Span | None:
    """"Austin visitó Seúl desde que fue nombrado Z", "X informó que había sido elegido Z": a
    passive without a subject of its own, in a clause that hangs from the main verb (advcl,
    ccomp), takes that verb's subject when it is a person's name."""
    doc = trigger.doc
    marks = {c.lower_ for c in trigger.children if c.dep_ == "mark"}
    if any(c.dep_ in {"nsubj", "nsubj:pass", "expl:pass"} for c in trigger.children) or not (
            trigger.dep_ in {"advcl", "ccomp"} or trigger.dep_ == "acl" and marks & {"que", "cuando", "aunque"}):
        return None
    head = trigger.head
    for _ in range(2):
        # "por tercera vez desde que fue nombrado": the parser may hang the clause on a noun.
        if head.pos_ in {"NOUN", "PROPN"} and head.dep_ in {"obl", "obj", "nmod"} and head.head.i != head.i:
            head = head.head
    if head.i == trigger.i or head.pos_ not in {"VERB", "AUX"} or not is_finite_verb(head):
        return None  # "felicitando a X por ser elegido": under a gerund, whose subject is not read
    if any(t.lower_ == "siendo" for t in doc[max(0, trigger.i - 3):trigger.i]):
        return None  # ", siendo designado vocero": a gerund clause, its subject is not the main one
    que = next((c for c in trigger.children if c.dep_ == "mark" and c.lower_ == "que"), None)
    reported = trigger.dep_ == "ccomp" and que is not None and head.i < que.i and que.i - head.i <= 7 and not any(
        t.text == "," for t in doc[head.i:que.i])  # "X informó este lunes 7 de agosto que ..."
    if que is not None and not reported and que.i >= 1 and (
            doc[que.i - 1].pos_ in {"NOUN", "PROPN"} or is_title(doc[que.i - 1])):
        return None  # "los comicios de AP que son declarados ...": a relative, its antecedent is not a person
    if any(c.dep_ in {"obj", "iobj"} and c.ent_type_ in {"PER", "PERSON"} for c in head.children):
        return None  # "condenó a X al ser declarado ...": the object may be the one designated
    subject = next((c for c in head.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ != "PROPN":
        return None
    low, high = sorted((subject.i, trigger.i))
    if any(e.label_ in {"PER", "PERSON"} and low < e.start < high and any(
            t.lower_ in {"a", "al"} for t in doc[max(low, e.start - 3):e.start]) for e in doc.ents):
        return None  # "felicitando al republicano X por ser elegido": a person object between them
    name = name_in(subject)
    if name is None or not any(e.label_ in {"PER", "PERSON"} and e.start < name.end and name.start < e.end
                               for e in doc.ents):
        return None
    return name

