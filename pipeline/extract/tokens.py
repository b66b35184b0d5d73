"""Token tests the extractor asks of single words: names, verbs, sentence bounds."""
from __future__ import annotations

import re

from spacy.tokens import Token

from pipeline.extract.words import WORDS


ARTICLES = WORDS["articles"]


POSSESSIVES = WORDS["possessives"]


LEADING_DROP = ARTICLES | WORDS["leading_drop"]


REPLACEMENT_WORDS = WORDS["replacement_words"]


NON_REFERRING = WORDS["non_referring"]


GENERIC_DETERMINERS = WORDS["generic_determiners"]


ROLE_OPENERS = WORDS["role_openers"]


PREPOSITIONS = WORDS["prepositions"]


CLAUSE_BREAKS = WORDS["clause_breaks"]


NAME_CONNECTORS = WORDS["name_connectors"]


_INFINITIVE_LOOKALIKES = WORDS["infinitive_lookalikes"]


_TITLE_OFFICES = WORDS["title_offices"]


COORDINATORS = WORDS["coordinators"]


RELATIVES = WORDS["relative_pronouns"]


# Locutions after "a" that end a role ("a pesar de"), and with those that name a post ("al
# frente de", "a cargo de"), the ones after which "a" marks no designee.
ROLE_ENDING_LOCUTIONS = WORDS["locutions_after_a"]
LOCUTIONS_AFTER_A = ROLE_ENDING_LOCUTIONS | WORDS["post_locutions_after_a"]


# Words that open another clause (not a relative one): "eligió Portugal como destino porque ... a la
# Unión Europea": what follows them belongs to that clause.
CLAUSE_JOINS = CLAUSE_BREAKS - RELATIVES - {"donde", "cuando"}


MAX_ROLE_TOKENS = 30


MAX_NAME_TOKENS = 10


DASHES = frozenset({"-", "–", "—"})


def opens_insert(token: Token) -> bool:
    """A dash that opens a phrase inserted between dashes ("designó a X -actualmente prófugo-
    como ..."): set against the next word, after a space, or kept on it by a tokenizer ("-a")."""
    doc = token.doc
    if token.text[:1] in "-–—" and len(token.text) > 1 and token.text[1].isalpha():
        return True
    return (token.text in DASHES and not token.whitespace_ and token.i + 1 < len(doc) and doc[token.i + 1].is_alpha
            and (token.i == 0 or bool(doc[token.i - 1].whitespace_)))


def closes_insert(token: Token) -> bool:
    """A dash set against the word before it, that closes a phrase inserted between dashes."""
    doc = token.doc
    return (token.text in DASHES and token.i > 0 and not doc[token.i - 1].whitespace_
            and not doc[token.i - 1].is_punct and (bool(token.whitespace_) or token.i + 1 == len(doc)
                                                   or doc[token.i + 1].is_punct))


def insert_start(doc, close: int, sent_start: int, longest: int = 30) -> int | None:
    """The opening dash of the inserted phrase whose closing dash is `close`, or None."""
    if not closes_insert(doc[close]):
        return None
    for k in range(close - 1, max(sent_start - 1, close - longest), -1):
        if opens_insert(doc[k]):
            return k
        if doc[k].text in {".", ";", ":"} or closes_insert(doc[k]):
            return None
    return None


def is_title(token: Token) -> bool:
    """Capitalised word or acronym: a name part ("Perú", "OTAN", "EE.UU.")."""
    text = token.text
    return bool(text) and text[0].isupper() and any(c.isalpha() for c in text)


def is_name_part(token: Token) -> bool:
    """A capitalised word that can be part of a name: not a capitalised article ("El"), nor a
    sentence-initial adverb or conjunction ("Además, fue designado ...")."""
    if not is_title(token) or token.lower_ in ARTICLES | POSSESSIVES | PREPOSITIONS | {"y", "e"}:
        return False
    if _starts_text(token) and (token.pos_ in {"ADV", "SCONJ", "CCONJ", "ADP", "AUX", "PRON", "DET"} or (
            token.pos_ == "VERB" and "Fin" in token.morph.get("VerbForm"))):
        return False  # (nor "Resultó electo presidente X": a verb that opens the sentence)
    return True


def _starts_text(token: Token) -> bool:
    return token.i == 0 or token.is_sent_start or token.doc[token.i - 1].is_punct


def is_acronym(token: Token) -> bool:
    text = token.text.replace(".", "")
    return len(text) >= 2 and text.isalpha() and text.isupper()


def is_finite_verb(token: Token) -> bool:
    return token.pos_ in {"VERB", "AUX"} and "Fin" in token.morph.get("VerbForm")


def after_ser(token: Token) -> bool:
    """A participle after a form of "ser" ("fue designado", "han sido declarados")."""
    doc = token.doc
    if "Part" not in token.morph.get("VerbForm") and not token.lower_.endswith(("ado", "ada", "ados", "adas",
                                                                                "ido", "ida", "idos", "idas",
                                                                                "ecto", "ecta", "ectos", "ectas")):
        return False
    i = token.i - 1
    while i >= 0 and doc[i].pos_ == "ADV":
        i -= 1
    return i >= 0 and (doc[i].lemma_ == "ser" or doc[i].lower_ in WORDS["ser_forms"])


def is_verb_of(token: Token, lemmas: frozenset[str]) -> bool:
    """A verb whose lemma is one of `lemmas`, or whose form starts with one's stem: the small
    model may miss the lemma ("bloqueó", "aprobó" left as they are)."""
    return token.pos_ in {"VERB", "AUX"} and (token.lemma_.lower() in lemmas or any(
        token.lower_.startswith(lemma[:-2]) for lemma in lemmas))


def bare_participle(token: Token) -> bool:
    """A participle with no form of "haber" before it ("X, elegida diputada a la Cámara"): not
    the active perfect ("ha nombrado asesor al ingeniero"), so no active reading."""
    if "Part" not in token.morph.get("VerbForm") and not token.lower_.endswith(("ado", "ada", "ados", "adas", "ido",
                                                                                "ida", "idos", "idas", "ecto", "ecta",
                                                                                "ectos", "ectas")):
        return False
    i = token.i - 1
    while i >= 0 and (token.doc[i].pos_ == "ADV" or token.doc[i].lower_ in WORDS["object_clitics"]):
        i -= 1
    return not (i >= 0 and (token.doc[i].lemma_.lower() == "haber" or token.doc[i].lower_.startswith(("hab", "hub"))))


def is_conjugated(token: Token) -> bool:
    """A finite verb that really is one: the small model tags role nouns ("cónsul") as finite
    verbs, but then their lemma is the word itself."""
    return is_finite_verb(token) and token.lemma_.lower() != token.lower_


def is_title_role(token: Token) -> bool:
    """A capitalised office ("Gobernador de Cuba"), not the start of a person's name."""
    doc = token.doc
    # "fue nombrado Duque de York", "electo Papa": titles the NER takes for persons.
    return (token.ent_type_ not in {"PER", "PERSON"} or token.lower_ in _TITLE_OFFICES) and token.i + 1 < len(doc) and (
        doc[token.i + 1].lower_ in {"de", "del"} or not is_title(doc[token.i + 1]))


_TERMINAL = frozenset({".", "!", "?", "...", "…", ";"})


def _ends_sentence(token: Token) -> bool:
    """A real sentence end: final punctuation or a line break, not a parser split after "1983.-"."""
    return token.text in _TERMINAL or "\n" in token.whitespace_ or (token.is_space and "\n" in token.text)


def sentence_bounds(token: Token) -> tuple[int, int]:
    """The sentence of `token`, with parser splits that follow no final punctuation undone."""
    doc = token.doc
    if not doc.has_annotation("SENT_START"):
        return 0, len(doc)
    sent = token.sent
    start, end = sent.start, sent.end
    for _ in range(3):
        if start > 0 and not _ends_sentence(doc[start - 1]) and not doc[start - 1].text.endswith("."):
            start = doc[start - 1].sent.start
        else:
            break
    for _ in range(3):
        if end < len(doc) and not _ends_sentence(doc[end - 1]):
            end = doc[end].sent.end
        else:
            break
    return start, end


def sentence_end(token: Token) -> int:
    return sentence_bounds(token)[1]


def sentence_start(token: Token) -> int:
    return sentence_bounds(token)[0]


_INFINITIVE = re.compile(r"(?:ar|er|ir|ír)(?:se|lo|la|los|las|le|les|me|nos)?$")


def is_infinitive(token: Token) -> bool:
    # "el grupo paramilitar ruso Wagner": adjectives in -ar the small model tags as infinitives.
    return bool(_INFINITIVE.search(token.lower_)) and token.lower_ not in _INFINITIVE_LOOKALIKES and (
        token.pos_ in {"VERB", "AUX"} or "Inf" in token.morph.get("VerbForm"))


def is_inner_participle(token: Token) -> bool:
    """A past participle that modifies a noun of the role ("el Gabinete liderado", "la comisión
    presidida") rather than being a designation's own verb."""
    if not ("Part" in token.morph.get("VerbForm") or token.pos_ in {"VERB", "ADJ"} and token.lower_.endswith(
            ("ado", "ada", "ados", "adas", "ido", "ida", "idos", "idas"))):
        return False
    before = token.doc[token.i - 1] if token.i >= 1 else None
    # "la Resolución Suprema N° 004-2022-VIVIENDA firmada por X": a code or number may stand last.
    return before is not None and (before.pos_ in {"NOUN", "PROPN"} or before.like_num or any(c.isdigit() for c in before.text))


_PARTICIPLE_AGREEMENT = {"o": ("Masc", "Sing"), "a": ("Fem", "Sing"), "os": ("Masc", "Plur"), "as": ("Fem", "Plur")}


def _agrees(noun: Token, participle: Token) -> bool:
    ending = participle.lower_[-2:] if participle.lower_.endswith("s") else participle.lower_[-1:]
    gender, number = _PARTICIPLE_AGREEMENT.get(ending, (None, None))
    if gender is None:
        return False
    genders, numbers = noun.morph.get("Gender"), noun.morph.get("Number")
    if noun.pos_ == "PROPN":
        return not numbers or number in numbers
    return (not genders or gender in genders) and (not numbers or number in numbers) and bool(genders or numbers)


def word_before(token: Token) -> str:
    """The lower-case word before `token` in its sentence, adverbs skipped ("" at the start)."""
    doc = token.doc
    sent_start = sentence_start(token)
    i = token.i - 1
    while i >= sent_start and doc[i].pos_ == "ADV":
        i -= 1
    return doc[i].lower_ if i >= sent_start else ""


def insert_end(doc, opener: int, longest: int = 30) -> int | None:
    """The closing dash of the inserted phrase that the dash at `opener` opens, or None."""
    if not opens_insert(doc[opener]):
        return None
    for k in range(opener + 1, min(len(doc), opener + longest)):
        if closes_insert(doc[k]):
            return k
        if doc[k].text in {".", ";", ":"} or doc[k].is_sent_start:
            return None
    return None


def clause_join_between(a: Token, b: Token) -> bool:
    """Whether a word that opens another clause (`CLAUSE_JOINS`) stands between `a` and `b`."""
    return any(t.lower_ in CLAUSE_JOINS for t in a.doc[min(a.i, b.i) + 1:max(a.i, b.i)])


# Endings of a preterite the tagger may call a noun ("designó" as NOUN).
PRETERITE_ENDINGS = tuple(WORDS["preterite_endings"])


def tense(predicate: Token) -> tuple[str, ...]:
    """Tense and mood of a verb, or of the copula or auxiliary of a nominal predicate; a trigger
    verb the tagger calls a noun ("designó" as NOUN) is read from its preterite ending."""
    if predicate.pos_ not in {"VERB", "AUX"}:
        if predicate._.designa_trigger == "verb" and predicate.lower_.endswith(PRETERITE_ENDINGS):
            return ("Past", "Ind")
        predicate = next((c for c in predicate.children if c.dep_ in {"cop", "aux"}), predicate)
    return tuple(predicate.morph.get("Tense") + predicate.morph.get("Mood"))


def person_clash(trigger: Token, subject: Token) -> bool:
    """The trigger's finite verb (or its auxiliary) and a pronoun subject of a verb above it differ
    in grammatical person ("habían designado" is third person; "yo" is first). (Only across
    clauses: the small model's person of a verb's own subject is not reliable enough.)"""
    finite = trigger if "Fin" in trigger.morph.get("VerbForm") else next(
        (c for c in trigger.children if c.dep_ == "aux" and "Fin" in c.morph.get("VerbForm")), None)
    if finite is None:
        return False
    verb_person, subject_person = finite.morph.get("Person"), subject.morph.get("Person")
    return bool(verb_person and subject_person and verb_person != subject_person)


def in_vote_count(token: Token, trigger: Token) -> bool:
    """`token` is in a vote count hung on the trigger ("con 88 votos a favor, 24 en contra y 9
    abstenciones"): it, or a noun above it below the trigger, is a vote noun."""
    while token != trigger and token.head != token:
        if token.lower_ in WORDS["vote_nouns"] or token.lemma_.lower() in WORDS["vote_nouns"]:
            return True
        token = token.head
    return False
