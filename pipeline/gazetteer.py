"""Entities worth trusting: a gazetteer and corrections on top of the model's NER.

Three components run after `ner`, added by `add_entity_layer` from the
`[entities]` settings:

- `designa_entity_cleanup` trims what cannot belong to a name from the edges
  of the model's entities (lower-case words, a sentence-initial "Según") and
  drops the entities left without a capitalised content word ("El anuncio
  marca").
- `designa_gazetteer`, a spaCy `SpanRuler` (the span-level EntityRuler) whose
  patterns are made at load time from CLDR's Spanish country and region names
  (babel) and the data files under configs/gazetteer/: places, organisations
  with their acronyms, government bodies (with a nationality adjective:
  "Congreso peruano"), and "given name + surname" person names. Its matches
  go to `doc.spans`, not straight to `doc.ents`, because the EntityRuler's
  one policy (overwrite every overlapping entity, or none) would cut "Banco
  de España" down to "España".
- `designa_entity_merge` reconciles the two: a gazetteer name replaces the
  model's entities it covers and sets the label of an identical one; inside
  a longer model entity it only acts at its start ("Gobierno de José Jerí" is
  split into the body and the person; "Ministerio de X" becomes an ORG); and
  a capitalised organisation head ("Ministerio", "Comité", ...) grows into
  the whole name ("Organización de Estados Americanos").

Every component reads only tokens, entities and sentence starts; part-of-
speech tags are used when present and never required, so the layer works on
a Doc that only `ner` has seen. A gazetteer entity carries its canonical name
as `ent.ent_id_`, which is the entity's norm (`entity_norm`).
"""
from __future__ import annotations

import tomllib
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from spacy.lang.es.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.pipeline import SpanRuler
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from pipeline.config import Config
from pipeline.errors import ConfigError
from pipeline.fingerprints import entity_paths

SPANS_KEY = "designa_gazetteer"
COMPONENTS = ("designa_entity_cleanup", "designa_gazetteer", "designa_entity_merge")
# CLDR codes that are not countries (unions, zones, pseudo-locales, "unknown").
_NOT_COUNTRIES = {"EU", "EZ", "UN", "QO", "XA", "XB", "ZZ"}
_ORGANISATION_CODES = {"EU": "UE", "UN": "ONU"}
# Words before a sentence's first word ("—Según ...", "«Además ...").
# Opening quotes and the closing quote that matches each.
_QUOTES = {'"': '"', "«": "»", "“": "”", "'": "'", "‘": "’"}
_OPENERS = {".", "!", "?", ":", ";", "¿", "¡", "—", "–", "-", '"', "«", "“", "'", "(", "..."}


@dataclass(frozen=True)
class Name:
    """One name to match: its label, its canonical form and the group it is listed in."""

    label: str
    canonical: str
    alias: str
    group: str


@dataclass(frozen=True)
class Rules:
    """The word lists of configs/gazetteer/rules.toml."""

    demonyms: frozenset[str]
    person_led: frozenset[str]
    joiners: frozenset[str]
    heads: frozenset[str]
    connectors: frozenset[str]
    name_starters: frozenset[str]
    not_names_pos: frozenset[str]
    caps_min_letters: int
    acronyms_from: frozenset[str]
    use_lexicon: bool
    articles: frozenset[str] = frozenset()
    clause_prepositions: frozenset[str] = frozenset()
    organisation_nouns: frozenset[str] = frozenset()


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        with Path(path).open("rb") as handle:
            return tomllib.load(handle)
    except (OSError, tomllib.TOMLDecodeError) as error:
        raise ConfigError(f"Cannot read entity data {path}: {error}") from error


def _words(table: dict[str, Any], key: str, path: Path) -> frozenset[str]:
    value = table.get(key, [])
    if not isinstance(value, list) or not all(isinstance(word, str) for word in value):
        raise ConfigError(f"'{key}' in {path} must be a list of strings.")
    return frozenset(value)


def load_rules(path: Path) -> Rules:
    """Read the rule word lists.

    Raises:
        ConfigError: unreadable file or a list that is not a list of strings.
    """
    data = _read_toml(path)
    get = lambda section: data.get(section, {})  # noqa: E731
    return Rules(
        demonyms=frozenset(w.lower() for w in _words(get("demonyms"), "words", path)),
        person_led=_words(get("bodies"), "person_led", path),
        joiners=frozenset(w.lower() for w in _words(get("bodies"), "joiners", path)),
        heads=_words(get("organisation_heads"), "heads", path),
        connectors=frozenset(w.lower() for w in _words(get("organisation_heads"), "connectors", path)),
        name_starters=frozenset(w.lower() for w in _words(get("cleanup"), "name_starters", path)),
        not_names_pos=_words(get("cleanup"), "not_names_pos", path),
        caps_min_letters=int(get("cleanup").get("caps_min_letters", 6)),
        acronyms_from=_words(get("cleanup"), "acronyms_to_org_from", path),
        use_lexicon=bool(get("cleanup").get("common_words_from_lemmatizer", True)),
        articles=frozenset(w.lower() for w in _words(get("cleanup"), "leading_articles", path)),
        clause_prepositions=frozenset(w.lower() for w in _words(get("cleanup"), "clause_prepositions", path)),
        organisation_nouns=frozenset(w.lower() for w in _words(get("organisation_heads"), "nouns_before", path)),
    )


def load_names(path: Path, label: str) -> list[Name]:
    """Names of a gazetteer file: `[group]` tables of `"Canonical" = ["alias", ...]`.

    Raises:
        ConfigError: unreadable file or a value that is not a list of strings.
    """
    names: list[Name] = []
    for group, table in _read_toml(path).items():
        if not isinstance(table, dict):
            raise ConfigError(f"[{group}] in {path} must be a table of \"Name\" = [aliases].")
        for canonical, aliases in table.items():
            if not isinstance(aliases, list) or not all(isinstance(a, str) for a in aliases):
                raise ConfigError(f"Aliases of '{canonical}' in {path} must be a list of strings.")
            names.extend(Name(label, canonical, alias, group) for alias in [canonical, *aliases])
    return names


def load_given_names(path: Path) -> frozenset[str]:
    """Given names, one a line; `#` starts a comment."""
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except OSError as error:
        raise ConfigError(f"Cannot read given names {path}: {error}") from error
    return frozenset(line.split("#", 1)[0].strip() for line in lines
                     if line.split("#", 1)[0].strip())


def cldr_names(locales: Iterable[str]) -> list[Name]:
    """Spanish country and region names from CLDR (babel), one entry per spelling.

    Countries and continents are LOC; CLDR's "Unión Europea" and "Naciones
    Unidas" are organisations (ORG, canonical UE and ONU).
    """
    from babel import Locale, UnknownLocaleError

    names: list[Name] = []
    for locale in locales:
        try:
            territories = Locale.parse(locale).territories
        except (UnknownLocaleError, ValueError) as error:
            raise ConfigError(f"entities.cldr_locales: unknown locale {locale!r} ({error}).") from error
        canonical = Locale.parse("es").territories
        for code, name in territories.items():
            if code in _ORGANISATION_CODES:
                names.append(Name("ORG", _ORGANISATION_CODES[code], name, "cldr"))
            elif code.isdigit() and code != "001":
                names.append(Name("LOC", canonical.get(code, name), name, "cldr"))
            elif len(code) == 2 and code.isalpha() and code not in _NOT_COUNTRIES:
                names.append(Name("LOC", canonical.get(code, name), name, "cldr"))
    return names


def _spellings(alias: str) -> list[str]:
    """An alias as written, and in capitals for headlines ("PERÚ")."""
    forms = [alias]
    if alias.upper() != alias and len(alias) > 3:
        forms.append(alias.upper())
    return forms


def gazetteer_patterns(names: Iterable[Name], given_names: Iterable[str]) -> list[dict[str, Any]]:
    """SpanRuler patterns: every name as a phrase, and "given name + surname" persons."""
    patterns: list[dict[str, Any]] = []
    seen: set[tuple[str, str]] = set()
    for name in names:
        for form in _spellings(name.alias):
            if (name.label, form) in seen:
                continue
            seen.add((name.label, form))
            # A string pattern goes to the PhraseMatcher (fast for thousands of names).
            patterns.append({"label": name.label, "pattern": form, "id": name.canonical})
    given = {"ORTH": {"IN": sorted(given_names)}}
    second = {"ORTH": {"IN": sorted(given_names)}, "OP": "?"}
    surname = {"IS_TITLE": True, "LOWER": {"NOT_IN": sorted(STOP_WORDS)}}
    particle = [{"LOWER": {"IN": ["de", "del"]}}, {"LOWER": {"IN": ["la", "los", "las"]}, "OP": "?"}]
    for shape in ([surname], [surname, surname], [*particle, surname],
                  [surname, *particle, surname]):
        patterns.append({"label": "PER", "pattern": [given, second, *shape]})
    return patterns


# --- helpers on tokens ----------------------------------------------------------------


def capitalised(token: Token) -> bool:
    return token.text[:1].isupper()


def sentence_initial(token: Token) -> bool:
    """The first word of a sentence, from sentence starts if set, else from punctuation."""
    if token.i == 0 or token.is_sent_start:
        return True
    previous = token.doc[token.i - 1]
    if "\n" in previous.whitespace_ or "\n" in previous.text:
        return True
    if previous.text in _OPENERS:
        return previous.i == 0 or sentence_initial(previous) or previous.text in {".", "!", "?"}
    return False


def _with(span: Span, start: int, end: int, label: str | None = None, canonical: str | None = None) -> Span:
    return Span(span.doc, start, end, label=label or span.label_,
                span_id=canonical if canonical is not None else span.id_)


# --- cleanup ---------------------------------------------------------------------------


def plain(text: str) -> str:
    """Lower case without accents: headlines in capitals often drop them."""
    decomposed = unicodedata.normalize("NFD", text.lower())
    return "".join(c for c in decomposed if unicodedata.category(c) != "Mn")


def common_words(nlp: Language) -> frozenset[str]:
    """Spanish common nouns and adjectives (accent-free lemmas) from the lemmatizer's tables.

    The Spanish lemmatizer ships an index of lemmas by part of speech
    (spacy-lookups-data, from the AnCora treebank); proper nouns are not in it.
    Empty when the pipeline has no such lemmatizer: the checks that use it
    are then skipped.
    """
    if "lemmatizer" not in nlp.pipe_names:
        return frozenset()
    lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
    if lookups is None or not lookups.has_table("lemma_index"):
        return frozenset()
    index = lookups.get_table("lemma_index")
    words: set[str] = set()
    for pos in ("noun", "adj"):
        words.update(plain(word) for word in index.get(pos, []) or [])
    return frozenset(words)


def is_common_word(token: Token, common: frozenset[str]) -> bool:
    """The word (or its singular) is a common noun or adjective."""
    word = plain(token.text)
    forms = {word}
    if word.endswith("es"):
        forms.add(word[:-2])
    if word.endswith("s"):
        forms.add(word[:-1])
    return bool(forms & common)


def clean_entity(span: Span, rules: Rules, use_pos: bool,
                 common: frozenset[str] = frozenset()) -> list[Span]:
    """The names inside an entity: its pieces between lower-case content words, trimmed.

    "El nombramiento posiciona al Perú" keeps "Perú"; "Según Viana Baptista"
    loses "Según"; "El anuncio marca" is no name at all.
    """
    doc = span.doc
    if quoted(span):
        # A title in quotes, as the model found it, is one name whatever words it holds
        # ("Cuatro bodas y un funeral"); its quotes say where it starts and ends.
        return [span]
    pieces: list[Span] = []
    start = span.start
    for i in range(span.start, span.end + 1):
        if i == span.end or _breaks_name(doc[i], rules):
            if i > start:
                piece = _trimmed(span, start, i, rules, use_pos, common)
                if piece is not None:
                    pieces.append(piece)
            start = i + 1
    return pieces


def quoted(span: Span) -> bool:
    """Does the entity run from an opening quote to its closing one, with a name between?"""
    return (len(span) >= 3 and _QUOTES.get(span[0].text) == span[-1].text
            and any(capitalised(t) for t in span[1:-1]))


def _breaks_name(token: Token, rules: Rules) -> bool:
    """A lower-case word that joins no name ("posiciona"), unlike "de", "la", "y"."""
    return (token.is_alpha and token.text.islower() and token.lower_ not in rules.connectors
            and token.lower_ not in rules.demonyms)


def _leading_non_name(token: Token, end: int, rules: Rules, common: frozenset[str]) -> bool:
    """A sentence-initial word that opens no name although it is capitalised.

    - An article before a common noun or an organisation head: "El Gobierno"
      is "Gobierno" (names that keep their article, "La Paz", "El Salvador",
      come back whole from the gazetteer).
    - The first word of a clause before a preposition: "Acompañado por el
      Secretario de Estado" is "Secretario de Estado".
    """
    doc = token.doc
    if token.i + 1 >= end or not sentence_initial(token):
        return False
    following = doc[token.i + 1]
    if token.lower_ in rules.articles:
        return following.text in rules.heads or (bool(common) and is_common_word(following, common))
    return (following.text.islower() and following.lower_ in rules.clause_prepositions
            and token.text not in rules.heads)


def _trimmed(span: Span, start: int, end: int, rules: Rules, use_pos: bool,
             common: frozenset[str] = frozenset()) -> Span | None:
    doc = span.doc
    while start < end:
        token = doc[start]
        common_opener = (sentence_initial(token) and token.lower_ in STOP_WORDS
                         and token.lower_ not in rules.name_starters)
        if capitalised(token) and not common_opener and not _leading_non_name(token, end, rules, common):
            break
        start += 1
    # A number closes an event's name ("Mundial 2002"); other lower-case words end no name.
    while end > start and not capitalised(doc[end - 1]) and not (
            span.label_ == "MISC" and doc[end - 1].is_digit and capitalised(doc[end - 2])):
        end -= 1
    if start == end:
        return None
    words = [t for t in doc[start:end] if any(ch.isalpha() for ch in t.text)]
    # spaCy lists "Estado" (a form of "estar") as a stop word; the name starters say otherwise.
    if not any(capitalised(t) and (t.lower_ not in STOP_WORDS or t.lower_ in rules.name_starters)
               and t.lower_ not in rules.articles for t in words):
        return None
    # Several words in capitals, each this long, are a headline; names in
    # capitals are acronyms (one short word) or known to the gazetteer.
    if (rules.caps_min_letters and len(words) > 1
            and all(t.is_upper and len(t) >= rules.caps_min_letters for t in words)):
        return None
    if (use_pos and end - start == 1 and sentence_initial(doc[start])
            and doc[start].pos_ in rules.not_names_pos):
        return None
    # One common noun or adjective that is capitalised only because it opens a
    # sentence ("Goles"), or stands in a headline ("PERSONAS"), is no name;
    # the gazetteer adds back the known names that are also words ("Lima").
    # (In capitals only a word as long as a headline's: "EFE", "ONCE" are acronyms.)
    if (common and end - start == 1 and is_common_word(doc[start], common)
            and (sentence_initial(doc[start])
                 or (doc[start].is_upper and len(doc[start]) >= rules.caps_min_letters))):
        return None
    if (end - start == 1 and span.label_ in rules.acronyms_from
            and doc[start].is_upper and 2 <= sum(c.isalpha() for c in doc[start].text) <= 6):
        # An acronym in the news names an organisation far more often than a
        # person or a "miscellaneous" thing.
        return _with(span, start, end, label="ORG")
    if (start, end) == (span.start, span.end):
        return span
    return _with(span, start, end)


@Language.factory("designa_entity_cleanup", default_config={"rules": ""})
def make_entity_cleanup(nlp: Language, name: str, rules: str) -> EntityCleanup:
    loaded = load_rules(Path(rules))
    return EntityCleanup(loaded, common_words(nlp) if loaded.use_lexicon else frozenset())


class EntityCleanup:
    """Trim the model's entities to their names; drop those that are no name at all."""

    def __init__(self, rules: Rules, common: frozenset[str] = frozenset()) -> None:
        self.rules = rules
        self.common = common

    def __call__(self, doc: Doc) -> Doc:
        use_pos = doc.has_annotation("POS")
        kept = [piece for ent in doc.ents
                for piece in clean_entity(ent, self.rules, use_pos, self.common)]
        doc.set_ents(kept, default="outside")
        return doc


# --- gazetteer ---------------------------------------------------------------------------


@Language.factory("designa_gazetteer",
                  default_config={"places": "", "organisations": "", "misc": "", "given_names": "",
                                  "cldr_locales": ["es"]})
def make_gazetteer(nlp: Language, name: str, places: str, organisations: str, misc: str,
                   given_names: str, cldr_locales: list[str]) -> SpanRuler:
    names = [*cldr_names(cldr_locales), *load_names(Path(places), "LOC"),
             *load_names(Path(organisations), "ORG"), *load_names(Path(misc), "MISC")]
    ruler = SpanRuler(nlp, name, spans_key=SPANS_KEY, annotate_ents=False, overwrite=True,
                      validate=False)
    ruler.add_patterns(gazetteer_patterns(names, load_given_names(Path(given_names))))
    return ruler


# --- merge ---------------------------------------------------------------------------------


def organisation_phrases(doc: Doc, rules: Rules, stop: set[int]) -> Iterator[Span]:
    """Capitalised head + capitalised words (joined by connectors): one organisation.

    Growth stops at a token in `stop` (a person name starts there).
    """
    for token in doc:
        if token.text not in rules.heads:
            continue
        end = token.i + 1
        last_capital = token.i
        while end < len(doc) and end not in stop:
            word = doc[end]
            if capitalised(word) and not (sentence_initial(word) and word.i != token.i):
                last_capital = end
            elif word.lower_ not in rules.connectors or _joins_two_names(doc, end, rules):
                break
            end += 1
        if last_capital > token.i:
            yield Span(doc, token.i, last_capital + 1, label="ORG")


def _joins_two_names(doc: Doc, i: int, rules: Rules) -> bool:
    """"y"/"e" before an article, "de" or another head joins two names, not two words of one.

    "Comité Ejecutivo y el Comité Organizador", "Centro Carter e Instituto
    Nacional Demócrata", "la Policía y de la Guardia Civil"; but one name in
    "Ministerio de Sanidad y Consumo".
    """
    if doc[i].lower_ not in ("y", "e") or i + 1 >= len(doc):
        return False
    following = doc[i + 1]
    return (following.lower_ in rules.articles or following.lower_ in ("de", "del")
            or following.text in rules.heads)


def _swallows_another_entity(candidate: Span, over: list[Span]) -> bool:
    """A "given name + surname" match that would swallow, besides the person the
    model found, an entity of another kind: "Jorge Muñoa" PER + "Madrid" LOC is
    no person "Jorge Muñoa Madrid"."""
    labels = {e.label_ for e in over}
    return candidate.label_ == "PER" and "PER" in labels and bool(labels - {"PER", "MISC"})


def merge_entities(doc: Doc, candidates: list[Span], rules: Rules, given_names: frozenset[str]) -> list[Span]:
    """The model's entities reconciled with gazetteer and rule candidates (see module doc)."""
    ents = list(doc.ents)
    for candidate in sorted(filter_spans(candidates), key=lambda s: (s.start - s.end, s.start)):
        over = [e for e in ents if e.start < candidate.end and candidate.start < e.end]
        inside = [e for e in over if candidate.start <= e.start and e.end <= candidate.end]
        if _swallows_another_entity(candidate, over):
            continue
        if len(inside) == len(over):
            ents = [e for e in ents if e not in over] + [candidate]
            continue
        if len(over) == 1 and over[0].start <= candidate.start and candidate.end <= over[0].end:
            ents = [e for e in ents if e is not over[0]] + _inside(over[0], candidate, rules, given_names)
            continue
        # Crossing spans: the name wins; what is left of the others stays if it is a name.
        ents = [e for e in ents if e not in over] + [candidate]
        for other in over:
            for start, end in ((other.start, candidate.start), (candidate.end, other.end)):
                piece = _trimmed(other, start, end, rules, False) if end > start else None
                if piece is not None:
                    ents.append(piece)
    return sorted(ents, key=lambda s: s.start)


def _inside(model: Span, candidate: Span, rules: Rules, given_names: frozenset[str]) -> list[Span]:
    """A candidate strictly inside a model entity: a body at its start, a place at its end."""
    doc = model.doc
    if (candidate.end == model.end and candidate.label_ == "LOC" and candidate.id_
            and doc[candidate.start - 1].lower_ in rules.joiners
            and doc[model.start].text not in rules.heads):
        # "Estado de Estados Unidos": the place, and the rest only if it is a name.
        if _trimmed(model, model.start, candidate.start - 1, rules, False) is None:
            return [candidate]
    if candidate.start != model.start or candidate.label_ != "ORG" or not candidate.id_:
        return [model]
    rest = candidate.end
    if (candidate.id_ in rules.person_led and rest < model.end
            and doc[rest].lower_ in rules.joiners and rest + 1 < model.end
            and doc[rest + 1].text in given_names):
        return [candidate, Span(doc, rest + 1, model.end, label="PER")]
    if doc[rest].lower_ in rules.joiners:
        return [_with(model, model.start, model.end, label="ORG")]
    return [model]


def in_title(span: Span) -> bool:
    """A one-word body inside a title or phrase: "secretario de Estado", "golpe de Estado"."""
    doc = span.doc
    return (len(span) == 1 and span.label_ == "ORG" and span.start >= 2
            and doc[span.start - 1].lower_ == "de" and doc[span.start - 2].is_lower)


def named_by_kind(ents: list[Span], rules: Rules) -> list[Span]:
    """A name right after a lower-case noun of an organisation's kind is that organisation.

    "su partido Shas", "la empresa Telefónica", "el diario El Comercio": the
    noun says what the name is, whatever the model took it for. Gazetteer
    names keep their label.
    """
    def kind(ent: Span) -> str:
        before = ent.doc[ent.start - 1] if ent.start > 0 else None
        if (before is not None and before.is_lower and before.lower_ in rules.organisation_nouns
                and ent.label_ in ("PER", "MISC") and not ent.id_):
            return "ORG"
        return ent.label_

    return [_with(ent, ent.start, ent.end, label=kind(ent)) for ent in ents]


def same_person(ents: list[Span]) -> list[Span]:
    """A one-word entity that repeats the surname of a person named in the doc is that person.

    "Donald Trump ... Trump" : the model often calls the second mention LOC.
    Gazetteer names (with a canonical id) keep their label.
    """
    surnames = {ent[-1].text for ent in ents if ent.label_ == "PER" and len(ent) > 1}
    return [_with(ent, ent.start, ent.end, label="PER")
            if (len(ent) == 1 and ent.label_ != "PER" and not ent.id_ and ent.text in surnames)
            else ent for ent in ents]


@Language.factory("designa_entity_merge",
                  default_config={"rules": "", "given_names": "", "organisations": ""})
def make_entity_merge(nlp: Language, name: str, rules: str, given_names: str,
                      organisations: str) -> EntityMerge:
    bodies = frozenset(n.canonical for n in load_names(Path(organisations), "ORG")
                       if n.group == "government")
    return EntityMerge(load_rules(Path(rules)), load_given_names(Path(given_names)), bodies)


class EntityMerge:
    """Put the gazetteer's names and the organisation phrases into `doc.ents`."""

    def __init__(self, rules: Rules, given_names: frozenset[str],
                 bodies: frozenset[str] = frozenset()) -> None:
        self.rules = rules
        self.given_names = given_names
        self.bodies = bodies

    def with_demonym(self, span: Span) -> Span:
        """A government body and the nationality adjective after it: "Congreso peruano"."""
        doc = span.doc
        if (span.id_ in self.bodies and span.end < len(doc)
                and doc[span.end].lower_ in self.rules.demonyms):
            # The nationality stays in the norm: "Gobierno estadounidense" is not
            # "Gobierno peruano".
            return _with(span, span.start, span.end + 1,
                         canonical=f"{span.id_} {doc[span.end].lower_}")
        return span

    def __call__(self, doc: Doc) -> Doc:
        found = [self.with_demonym(span)
                 for span in (doc.spans[SPANS_KEY] if SPANS_KEY in doc.spans else [])
                 if not in_title(span)]
        person_starts = {span.start for span in found if span.label_ == "PER"}
        person_starts |= {ent.start for ent in doc.ents if ent.label_ == "PER"}
        candidates = found + list(organisation_phrases(doc, self.rules, person_starts))
        merged = named_by_kind(same_person(merge_entities(doc, candidates, self.rules, self.given_names)),
                               self.rules)
        doc.set_ents(merged, default="outside")
        if SPANS_KEY in doc.spans:
            del doc.spans[SPANS_KEY]
        return doc


# --- wiring ---------------------------------------------------------------------------------


def add_entity_layer(nlp: Language, config: Config) -> None:
    """Add the cleanup, gazetteer and merge components after `ner` (if enabled).

    Raises:
        ConfigError: a data file is missing or malformed.
    """
    if not config.get("entities.enabled") or "ner" not in nlp.pipe_names:
        return
    paths = {key: str(path) for key, path in entity_paths(config).items()}
    for key, path in paths.items():
        if not Path(path).is_file():
            raise ConfigError(f"entities.{key}: data file {path} does not exist.")
    nlp.add_pipe("designa_entity_cleanup", after="ner", config={"rules": paths["rules"]})
    nlp.add_pipe("designa_gazetteer", after="designa_entity_cleanup",
                 config={key: paths[key] for key in ("places", "organisations", "misc", "given_names")}
                 | {"cldr_locales": list(config.get("entities.cldr_locales"))})
    nlp.add_pipe("designa_entity_merge", after="designa_gazetteer",
                 config={"rules": paths["rules"], "given_names": paths["given_names"],
                         "organisations": paths["organisations"]})


def entity_norm(ent: Span, normalize) -> str:
    """The canonical name of a gazetteer entity, else the normaliser's form of its text."""
    return ent.ent_id_ or normalize(ent.text)
