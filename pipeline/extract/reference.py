"""What a relative pronoun, a clitic or an apposition refers to: the name it stands for."""
from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from pipeline.extract.tokens import (
    _agrees,
    ARTICLES,
    CLAUSE_BREAKS,
    NAME_CONNECTORS,
    PREPOSITIONS,
    sentence_start,
    is_finite_verb,
    is_name_part,
    insert_start,
    is_title,
)
from pipeline.extract.words import WORDS
from pipeline.extract.grow import (
    trim_name,
)


def name_before(doc: Doc, last: int, sent_start: int) -> Span | None:
    """The capitalised name that ends at token `last`, grown leftwards."""
    if last < sent_start:
        return None
    end = last + 1
    # "Parlamento nacional", "Ministerio de Exteriores chino": a name with its adjectives.
    while last > sent_start and end - last <= 2 and not is_title(doc[last]) and doc[last].pos_ == "ADJ":
        last -= 1
    if not is_name_part(doc[last]):
        return None
    start = last
    while start - 1 >= sent_start:
        prev = doc[start - 1]
        if is_name_part(prev) and not (prev.is_sent_start and prev.pos_ not in {"PROPN"}):
            start -= 1
        elif prev.lower_ in NAME_CONNECTORS - {"y", "e"} and start - 2 >= sent_start and is_name_part(doc[start - 2]):
            start -= 1
        elif prev.lower_ in {"la", "las", "los"} and start - 3 >= sent_start and doc[start - 2].lower_ == "de" \
                and is_name_part(doc[start - 3]):
            start -= 2
        else:
            break
    return trim_name(doc, start, end)


def _parenthetical_start(doc: Doc, comma: int, sent_start: int, max_tokens: int = 8) -> int | None:
    """For ", de origen español," or ", grupo": the comma that opens the inserted phrase."""
    i = comma - 1
    while i >= sent_start and comma - i <= max_tokens:
        token = doc[i]
        if token.text == ",":
            return i
        # Only a noun or prepositional phrase is an inserted phrase ("grupo", "de origen
        # español"); "así como personajes que ..." is not.
        # (A pronoun after a preposition too: "ex pareja de Goray y padre del hijo de esta".)
        pronoun = token.pos_ == "PRON" and i - 1 >= sent_start and doc[i - 1].lower_ in PREPOSITIONS
        if token.pos_ not in {"DET", "NOUN", "ADJ", "ADP", "NUM", "PROPN", "ADV", "VERB", "CCONJ"} and not pronoun or (
                token.lower_ in CLAUSE_BREAKS | {"como"} or is_finite_verb(token)):
            return None
        i -= 1
    return None


def _inserted_clause_start(doc: Doc, comma: int, sent_start: int, max_tokens: int = 20) -> int | None:
    """The opening comma of an inserted relative clause (", quien es ...,") or adverbial
    (", según el Foro de Madrid,") that ends at `comma`."""
    k = comma - 1
    while k >= sent_start and comma - k <= max_tokens and doc[k].text != ",":
        if doc[k].text in {".", ";", ":", "(", ")"}:
            return None
        k -= 1
    if k < sent_start or doc[k].text != "," or k + 1 >= comma:
        return None
    first = doc[k + 1]
    if first.lower_ in {"quien", "quienes", "que", "según", "como"} or first.pos_ == "ADP":
        return k
    return None


def _conjunction_que(doc: Doc, i: int, sent_start: int) -> bool:
    """"desde que", "para que", "ya que": "que" as a conjunction, with no antecedent."""
    return doc[i].lower_ == "que" and i - 1 >= sent_start and (
        doc[i - 1].lower_ in PREPOSITIONS | {"ya", "así", "antes", "después", "luego", "mientras", "hasta"})


def antecedent_span(doc: Doc, before: int, *, names_only: bool = True,
                    in_complement: bool = False, adjectives: bool = False) -> Span | None:
    """The name that ends right before `before` (a comma, relative pronoun or participle).

    One inserted phrase between commas is passed over ("Manuel Valls, de
    origen español, nombrado ..."; "Hezbollah, grupo que ..."), so that the
    antecedent is the name it describes. Common nouns count only when
    `names_only` is false; with `adjectives`, also a common noun followed by adjectives.
    """
    sent_start = sentence_start(doc[before])
    if _conjunction_que(doc, before, sent_start):
        return None  # "desde que fue nombrada": a conjunction, not a relative pronoun
    i = before - 1
    opener = insert_start(doc, i, sent_start) if i >= sent_start else None
    if opener is not None:
        # "el Congreso de Diputados -nuevo Parlamento soviético- que ratifica": a phrase between
        # dashes describes the noun before it, which is the antecedent.
        i = opener - 1
    while i >= sent_start and doc[i].is_punct and not doc[i].text == ")":
        i -= 1
    if i < sent_start:
        return None
    name = name_before(doc, i, sent_start)
    if name is not None and not in_complement and _named_in_de_complement(doc, name.start, sent_start):
        # "la capital del imperio X que fue declarada", "exmilitante del partido X que fue
        # designado": the name labels the noun of a "de" complement; the antecedent is the head
        # before it, which names no one, so there is no safe designee.
        return None
    # ("designó como Z a X, a quien había designado ...": a name after the personal "a" is an
    # object, which "quien" may take up; not "que", often a conjunction: "le atribuye a X que
    # designó ...".)
    personal_a = name is not None and name.start >= 1 and doc[name.start - 1].lower_ == "a" and (
        doc[before].lower_ in {"a", "al", "quien", "quienes"})
    if name is not None and (in_complement or personal_a or not (after_preposition(doc, name.start, sent_start)
                                                                 or _agent_phrase(doc, name.start, sent_start))):
        return name
    # A common-noun phrase: look for the name it stands beside.
    comma = i + 1 if i + 1 < before and doc[i + 1].text == "," else None
    opener = _parenthetical_start(doc, comma if comma is not None else before, sent_start)
    if name is not None:
        # "titular del Mininter, fue nombrado": a complement, not the antecedent; but in
        # "David Weiss, el fiscal de Delaware, que ..." the apposition describes the name before it.
        if opener is not None and doc[opener + 1].lower_ in ARTICLES and not is_title(doc[opener + 2]):
            outer = name_before(doc, opener - 1, sent_start)
            relative = doc[before].lower_ in {"que", "quien", "quienes"}  # may follow a complement
            if outer is not None and (relative or not after_preposition(doc, outer.start, sent_start)):
                return outer
        return None
    if opener is not None and any(t.lower_ in WORDS["document_nouns"] for t in doc[opener + 1:before]):
        return None  # "Según X, la resolución suprema que lo nombró": a document describes no person
    if opener is not None:
        # "miembros de Hezbollah, grupo que ...": the apposition describes the name, even inside a complement.
        name = name_before(doc, opener - 1, sent_start)
        if name is not None:
            return name
        if comma is not None and doc[opener + 1].lower_ in PREPOSITIONS and opener - 1 >= sent_start and (
                doc[opener - 1].pos_ in {"NOUN", "PROPN"}):
            # "el mandatario, de 80 años, que ...": the noun before a phrase inserted between commas
            i = opener - 1
    last = i
    while adjectives and not names_only and doc[i].pos_ == "ADJ" and i - 1 >= sent_start and (
            doc[i - 1].pos_ in {"NOUN", "ADJ", "PROPN"}) and last - i < 2:
        # "el electorado brasileño, que decidió ...", "con el gobierno italiano, que designó" (the
        # tagger may call the noun a proper noun): the noun before its adjectives
        i -= 1
    nominalised = doc[i].pos_ == "ADJ" and i - 1 >= sent_start and doc[i - 1].lower_ in ARTICLES
    if not names_only and (doc[i].pos_ in {"NOUN", "PROPN"} or nominalised):
        # (also an adjective after an article, which the tagger keeps for a noun it heads: "los
        # republicanos radicales que nombraron a X", "los socialistas, que eligieron a X")
        start = i
        while start - 1 >= sent_start and doc[start - 1].pos_ in {"ADJ", "NOUN"} and not doc[start - 1].is_punct:
            start -= 1
        return doc[start:last + 1]
    return None


def _named_in_de_complement(doc: Doc, start: int, sent_start: int) -> bool:
    """The name at `start` follows a common noun (with adjectives) that opens a "de" complement of
    another noun: "del imperio X", "de la agrupación X", "del partido político X"."""
    i = start - 1
    while i >= sent_start and doc[i].pos_ == "ADJ" and not is_name_part(doc[i]):
        i -= 1
    if i < sent_start or doc[i].pos_ != "NOUN" or is_name_part(doc[i]):
        return False
    i -= 1
    if i >= sent_start and doc[i].lower_ in ARTICLES:
        i -= 1
    if i < sent_start or doc[i].lower_ not in {"de", "del"}:
        return False
    return i - 1 >= sent_start and doc[i - 1].pos_ in {"NOUN", "PROPN"}


def after_preposition(doc: Doc, start: int, sent_start: int) -> bool:
    i = start - 1
    while i >= sent_start and doc[i].lower_ in ARTICLES | {"ii", "iii"}:
        i -= 1
    if i - 1 >= sent_start and doc[i].lower_ in {"y", "e"} and is_name_part(doc[i - 1]):
        # "de Mype e Industria": the second of two coordinated names after a preposition
        i -= 1
        while i - 1 >= sent_start and is_name_part(doc[i - 1]) and doc[i - 1].lower_ not in PREPOSITIONS:
            i -= 1
        return after_preposition(doc, i, sent_start)
    return i >= sent_start and doc[i].lower_ in PREPOSITIONS


def _agent_phrase(doc: Doc, start: int, sent_start: int) -> bool:
    """The name at `start` is a "por" agent, maybe after a title: "fundada por el expresidente X"."""
    i = start - 1
    titles = 0
    while i >= sent_start and (doc[i].lower_ in ARTICLES or (
            titles < 2 and not is_title(doc[i]) and doc[i].pos_ in {"NOUN", "ADJ"})):
        titles += doc[i].lower_ not in ARTICLES
        i -= 1
    return i >= sent_start and doc[i].lower_ == "por"


def clitic_antecedent(trigger: Token, exclude: Span | None = None) -> Span | None:
    """For "la designó como ...": the nearest person named before, in the sentence."""
    doc = trigger.doc
    sent_start = sentence_start(trigger)
    if trigger.dep_ in {"advcl", "acl", "xcomp"} and any(c.lower_ == "para" for c in trigger.children) and any(
            c.dep_ == "obj" and c.pos_ == "NOUN" and c.i < trigger.i for c in trigger.head.children):
        return None  # "busca un amigo para nombrarlo jefe": "lo" is the object sought, named by no one
    for ent in reversed([e for e in doc.ents if sent_start <= e.start and e.end <= trigger.i]):
        if ent.label_ not in {"PER", "PERSON"} or not is_name_part(ent[0]):
            continue
        if exclude is not None and ent.start < exclude.end and exclude.start < ent.end:
            continue
        after = ent.end + 1 if ent.end < len(doc) and doc[ent.end].text == "," else ent.end
        marked = ent.start >= 1 and doc[ent.start - 1].lower_ in {"a", "al"}
        if after < len(doc) and (doc[after].lower_ in {"quien", "quienes"} or doc[after].lower_ == "que" and not marked):
            # "Fue Reagan quien lo designó", "X, quien la designó": the designator (but in "instó a X
            # que asista ..., para lo cual lo designarían", "que" opens what X is urged to do)
            continue
        if any(doc[k].lower_ in {"a", "al"} and is_name_part(doc[k + 1]) and is_name_part(doc[k + 2])
               and not doc[k + 1].ent_type_ in {"LOC", "GPE", "ORG"} for k in range(ent.end, trigger.i - 2)):
            return None  # "instó a Ana María Soto que ..., lo designarían": a nearer person, not tagged as one
        if ent.start >= 1 and doc[ent.start - 1].lower_ in {"de", "del", "por"} or _agent_phrase(doc, ent.start, sent_start):
            continue  # "su recomendado de Betssy Chávez ... debía designarlo": a complement; "distinguido por
            # la reina X y la revista Time lo nombró": the agent of another participle
        return trim_name(doc, ent.start, ent.end)
    return None


def relative_subject(trigger: Token) -> Span | None:
    """For "el Parlamento, que ... nombró a X" or "Humala que, en el 2014, lo nombró": the
    antecedent of the relative pronoun that opens the trigger's clause."""
    doc = trigger.doc
    sent_start = sentence_start(trigger)
    i = trigger.i - 1
    while i >= sent_start and trigger.i - i <= 8:
        token = doc[i]
        if token.lower_ in {"que", "quien", "quienes"}:
            if token.pos_ == "SCONJ" and (token.dep_ == "mark" or any(
                    t.dep_ == "nsubj" and t.head.i == trigger.i for t in doc[i + 1:trigger.i])):
                # "fue absurdo que países ... reconocieran", "dijo en un comunicado que no reconoce":
                # a conjunction, not a relative pronoun.
                return None
            if i - 1 >= sent_start and doc[i - 1].lower_ in ARTICLES | PREPOSITIONS:
                # "en el que nombra": the antecedent is a circumstance, not the agent; but in
                # "el anuncio del Ministerio X en el que nombra" the act's author is.
                return _author_of_antecedent(doc, i, sent_start)
            return antecedent_span(doc, i, names_only=False, in_complement=True)
        if is_finite_verb(token) or token.lower_ in CLAUSE_BREAKS or token.text in {".", ";", ":"} or (
                is_title(token) and not token.is_sent_start):
            return None
        i -= 1
    return None


def _author_of_antecedent(doc: Doc, pronoun: int, sent_start: int) -> Span | None:
    """"el comunicado del Ministerio X en el que nombra a ...": the name in the "de" complement
    of the relative's antecedent noun (the author of the act), or None."""
    k = pronoun - 1
    while k >= sent_start and doc[k].lower_ in ARTICLES:
        k -= 1
    if k < sent_start or doc[k].lower_ not in {"en", "mediante", "con"}:
        return None  # only "en el que", "mediante el cual", "con la que": the act itself
    k -= 1
    if k >= sent_start and doc[k].text == ",":
        k -= 1
    name = name_before(doc, k, sent_start) if k >= sent_start else None
    if name is None or name.start - 2 < sent_start or doc[name.start - 1].lower_ not in {"de", "del"}:
        return None
    act = doc[name.start - 2]
    if is_title(act) or act.pos_ != "NOUN":
        return None
    return name


def noun_phrase_before(participle: Token) -> Span | None:
    """"las aguas del mar de Corea designadas como ...": the noun phrase that ends right before
    a post-nominal participle, from the leftmost noun that agrees with it in gender and number
    ("el informe de la ministra designada" -> "ministra")."""
    doc = participle.doc
    sent_start = sentence_start(participle)
    k = participle.i - 1
    start = None
    while k >= sent_start:
        token = doc[k]
        if not token.is_punct and (token.pos_ in {"NOUN", "PROPN", "ADJ"} or is_title(token)):
            start = k
        elif start is not None and (token.lower_ in {"de", "del"} or (
                token.lower_ in {"el", "la", "los", "las"} and k - 1 >= sent_start and doc[k - 1].lower_ == "de")):
            pass
        else:
            break
        k -= 1
    if start is None:
        return None
    for head in range(start, participle.i):
        token = doc[head]
        # The phrase opens with a determiner: "según encuestas reconocidas como ...", "en
        # consecuencia proclamada como ..." are no noun phrase that was designated.
        opens = head > sent_start and doc[head - 1].lower_ in ARTICLES | {"del", "al"}
        if opens and token.pos_ in {"NOUN", "PROPN"} and _agrees(token, participle):
            if doc[head - 1].lower_ in WORDS["indefinite_articles"] and head - 3 >= sent_start and doc[head - 2].text == ",":
                # "el Chocó Andino, una zona de bosques declarada como reserva": a description in
                # apposition to the name before the comma, which is the designee.
                named = name_before(doc, head - 3, sent_start)
                if named is not None:
                    return named
            return doc[head:participle.i]
    return None
