"""Growing a slot's anchor token into the phrase RELATION.md asks for.

The small Spanish models often get exactly these phrases wrong in the parse
(role nouns tagged as verbs, names split by `flat`), so the phrases are grown
by word order and capitalisation, and the parse is used only where it is
reliable (subjects of short clauses).
"""
from __future__ import annotations

from spacy.tokens import Doc, Span, Token

ARTICLES = frozenset(
    "el la los las lo un una unos unas este esta estos estas ese esa esos esas aquel aquella".split()
)
LEADING_DROP = ARTICLES | {"a", "al", "de", "del", "como"}
NAME_CONNECTORS = frozenset({"de", "del", "la", "las", "los", "y", "e", "da", "do", "dos", "van", "von"})
MAX_ROLE_TOKENS = 30
MAX_NAME_TOKENS = 10


def is_title(token: Token) -> bool:
    """Capitalised word or acronym: a name part ("Perú", "OTAN", "EE.UU.")."""
    text = token.text
    return bool(text) and text[0].isupper() and any(c.isalpha() for c in text)


def _sentence_end(token: Token) -> int:
    return token.sent.end if token.doc.has_annotation("SENT_START") else len(token.doc)


def _sentence_start(token: Token) -> int:
    return token.sent.start if token.doc.has_annotation("SENT_START") else 0


def name_end(doc: Doc, start: int, limit: int) -> int:
    """End (exclusive) of the capitalised name that starts at `start`.

    Lower-case connectors ("de", "del", "la") are kept only between two
    capitalised words ("Hugo de Zela"); "y" is not kept, so coordinated
    names stay apart.
    """
    end = start + 1
    while end < limit and end - start < MAX_NAME_TOKENS:
        token = doc[end]
        if is_title(token) and not token.is_sent_start:
            end += 1
            continue
        if token.lower_ in NAME_CONNECTORS - {"y", "e"} and end + 1 < limit:
            # "de la" between names: "Organización de la Naciones", "Hugo de Zela".
            nxt = end + 1
            if nxt < limit and doc[nxt].lower_ in {"la", "las", "los"} and nxt + 1 < limit:
                nxt += 1
            if is_title(doc[nxt]):
                end = nxt + 1
                continue
        break
    return end


def skip_leading(doc: Doc, start: int, end: int) -> int:
    """First token of a phrase after leading articles, prepositions and "como"."""
    while start < end - 1 and doc[start].lower_ in LEADING_DROP:
        start += 1
    return start


def noun_phrase_end(doc: Doc, start: int, limit: int) -> int:
    """End of a short noun phrase: determiners, a noun, its adjectives and names."""
    i = start
    while i < limit and doc[i].lower_ in ARTICLES:
        i += 1
    if i >= limit:
        return start + 1
    if is_title(doc[i]):
        return name_end(doc, i, limit)
    end = i + 1
    while end < limit:
        token = doc[end]
        if token.pos_ in {"ADJ"} or (is_title(token) and token.pos_ == "PROPN"):
            end += 1
            continue
        if token.lower_ in {"de", "del"} and end + 1 < limit and (
            is_title(doc[end + 1]) or doc[end + 1].pos_ == "NOUN"
        ):
            end += 2
            continue
        break
    return end


def designee_span(doc: Doc, anchor: int, limit: int | None = None) -> Span:
    """The designee from its anchor: a name, else a short noun phrase.

    A common-noun phrase followed by an apposition that is a name ("la
    viceministra de Seguridad, Julissa Villanueva,") yields the name.
    """
    limit = _sentence_end(doc[anchor]) if limit is None else limit
    start = skip_leading(doc, anchor, limit)
    if is_title(doc[start]):
        return doc[start:name_end(doc, start, limit)]
    end = noun_phrase_end(doc, start, limit)
    if end + 1 < limit and doc[end].text == "," and is_title(doc[end + 1]):
        name_stop = name_end(doc, end + 1, limit)
        if name_stop >= limit or doc[name_stop].text in {",", ")"} or doc[name_stop].is_punct:
            return doc[end + 1:name_stop]
    return doc[start:end]


def _enumeration_follows(doc: Doc, comma: int, limit: int) -> bool:
    """After a comma inside a role: "Vivienda, Construcción y Saneamiento"."""
    i = comma + 1
    if i >= limit or not is_title(doc[i]):
        return False
    i = name_end(doc, i, limit)
    return i < limit and (doc[i].text == "," or doc[i].lower_ in {"y", "e"}) and (
        i + 1 < limit and is_title(doc[i + 1])
    )


def role_span(doc: Doc, anchor: int, stop_words: frozenset[str], limit: int | None = None) -> Span:
    """The role from its first word up to the first word that ends it."""
    limit = _sentence_end(doc[anchor]) if limit is None else limit
    start = skip_leading(doc, anchor, limit)
    for introducer in (("en", "el", "cargo", "de"), ("al", "cargo", "de"), ("en", "calidad", "de")):
        words = tuple(t.lower_ for t in doc[start:start + len(introducer)])
        if words == introducer:
            start += len(introducer)
            break
    if doc[start].lower_ in ARTICLES:
        start += 1
    end = start + 1
    depth = 0
    while end < limit and end - start < MAX_ROLE_TOKENS:
        token = doc[end]
        lower = token.lower_
        if token.text == "(":
            depth += 1
        elif token.text == ")":
            if depth == 0:
                break
            depth -= 1
        elif depth:
            pass
        elif token.text == ",":
            if not _enumeration_follows(doc, end, limit):
                break
        elif token.is_punct and token.text not in {"-", "–", "/", "'", "’", "“", "”", '"'}:
            break
        elif lower in {"y", "e"}:
            nxt = doc[end + 1] if end + 1 < limit else None
            if nxt is None or not is_title(nxt) or nxt.pos_ in {"VERB", "AUX"}:
                break
        elif lower in {"a", "al"}:
            nxt = doc[end + 1] if end + 1 < limit else None
            if nxt is None or is_title(nxt) or lower == "a" and nxt.lower_ in ARTICLES and (
                end + 2 < limit and is_title(doc[end + 2])
            ):
                break
        elif lower in stop_words:
            break
        elif token.pos_ in {"VERB", "AUX"} and "Fin" in token.morph.get("VerbForm"):
            break
        elif token.is_space:
            break
        end += 1
    while end > start + 1 and (doc[end - 1].is_punct and doc[end - 1].text not in {")"}
                               or doc[end - 1].lower_ in LEADING_DROP | {"y", "e"}):
        end -= 1
    if doc[end - 1].text == ")" and "(" not in doc[start:end].text:
        end -= 1
    return doc[start:end]


def antecedent_span(doc: Doc, before: int) -> Span | None:
    """The noun phrase that ends right before `before` (a comma or relative pronoun)."""
    sent_start = _sentence_start(doc[before])
    i = before - 1
    while i >= sent_start and doc[i].is_punct:
        i -= 1
    if i < sent_start:
        return None
    if is_title(doc[i]):
        start = i
        while start - 1 >= sent_start and (
            is_title(doc[start - 1])
            or doc[start - 1].lower_ in NAME_CONNECTORS - {"y", "e"}
            and start - 2 >= sent_start and is_title(doc[start - 2])
        ):
            start -= 1
        return doc[start:i + 1]
    if doc[i].pos_ in {"NOUN", "PROPN"}:
        return doc[i:i + 1]
    return None


def subject_span(trigger: Token, *, passive: bool) -> Span | None:
    """The grammatical subject of the trigger's clause, as a name or phrase.

    Climbs from an infinitive or participle to the verb that governs it
    ("podrá nombrar", "fue designado") and takes its nominal subject; a
    subject phrase that holds a name in apposition yields the name.
    """
    wanted = {"nsubj", "nsubj:pass"}
    verb = trigger
    for _ in range(4):
        subjects = [c for c in verb.children if c.dep_ in wanted]
        if subjects:
            return _name_in(subjects[0])
        if verb.dep_ in {"xcomp", "ccomp", "acl"} and verb.head is not verb:
            if verb.dep_ == "acl" and passive:
                break
            verb = verb.head
            continue
        break
    if passive:
        return _preceding_phrase(trigger)
    return None


def _name_in(head: Token) -> Span | None:
    doc = head.doc
    if head.pos_ == "PRON":
        return None
    limit = _sentence_end(head)
    if is_title(head):
        start = head.i
        while start - 1 >= head.left_edge.i and is_title(doc[start - 1]) and not doc[start - 1].is_sent_start:
            start -= 1
        return doc[start:name_end(doc, start, limit)]
    for child in head.children:
        if child.dep_ in {"appos", "flat", "compound", "nmod"} and is_title(child) and child.i > head.i and not any(
            c.dep_ == "case" for c in child.children
        ):
            return doc[child.i:name_end(doc, child.i, limit)]
    start = head.i
    while start - 1 >= head.left_edge.i and doc[start - 1].pos_ == "ADJ":
        start -= 1
    return doc[start:noun_phrase_end(doc, head.i, limit)]


def _preceding_phrase(trigger: Token) -> Span | None:
    """For "X fue designado ...": the name or noun just before the auxiliary."""
    doc = trigger.doc
    i = trigger.i - 1
    sent_start = _sentence_start(trigger)
    while i >= sent_start and (doc[i].pos_ in {"AUX", "ADV"} or doc[i].lower_ in {"ser", "fue", "es"}):
        i -= 1
    while i >= sent_start and doc[i].is_punct:
        i -= 1
    if i < sent_start:
        return None
    return antecedent_span(doc, i + 1)


def agent_span(doc: Doc, after: int, stop_words: frozenset[str], limit: int | None = None,
               skip: set[int] | None = None) -> Span | None:
    """The "por X" agent after `after`, within the clause.

    Tokens in `skip` (the designee and role) are passed over, not read as
    the end of the clause.
    """
    if after >= len(doc):
        return None
    limit = _sentence_end(doc[after]) if limit is None else limit
    skip = skip or set()
    i = after
    while i < min(limit, after + 14 + len(skip)):
        token = doc[i]
        if i in skip:
            i += 1
            continue
        if token.lower_ == "por" and i + 1 < limit:
            start = skip_leading(doc, i + 1, limit)
            if doc[i + 1].lower_ in stop_words or doc[start].lower_ in stop_words:
                return None
            if is_title(doc[start]) or doc[start].pos_ in {"NOUN", "PROPN"}:
                return designee_span(doc, start, limit)
            return None
        if token.lower_ in {"que", "quien", ";"} or token.pos_ == "VERB" and "Fin" in token.morph.get("VerbForm"):
            return None
        i += 1
    return None
