"""The closed word classes of Spanish the extractor reads (configs/words.toml).

Each class is written once, in the data file; this module loads and validates
it and gives each class a name for the code. A class missing from the file, an
unknown class, or a class that is not a list of words is an error at load.
"""
from __future__ import annotations

import tomllib
from pathlib import Path

from pipeline.config import configs_dir
from pipeline.errors import ConfigError

CLASSES = (
    "articles", "possessives", "prepositions", "leading_drop", "coordinators", "ser_forms", "passive_auxiliaries", "relative_pronouns",
    "clause_breaks", "name_connectors", "non_referring", "generic_determiners", "demonstratives", "referring_back",
    "country_nouns", "territory_nouns", "role_markers_bare", "enacting_verbs", "relative_role_stops", "place_prepositions", "becoming_verbs", "title_adverbs", "speech_verbs", "negated_role_adjectives", "person_nouns", "indefinite_pronouns", "kin_nouns", "claimed_results", "personal_pronouns", "demonstrative_subjects", "role_openers", "replacement_words",
    "locutions_after_a", "post_locutions_after_a", "term_nouns", "time_adverbials", "intention_nouns", "party_nouns", "document_nouns", "partitives", "honorifics", "district_offices", "popular_offices",
    "candidacy_prefixes", "candidacy_nouns", "office_prefixes", "infinitive_lookalikes", "title_offices", "audience_nouns", "enabling_verbs", "declared_states", "stand_in_nouns", "failure_verbs",
    "ordinals", "manner_before_como", "comparison_openers", "attainment_verbs", "only_adverbs",
    "indefinite_articles", "object_clitics", "category_nouns", "possessive_locutions", "adverbial_de", "fronted_openers", "preterite_endings",
    "seat_nouns", "post_qualities", "purpose_nouns", "masculine_endings", "feminine_endings", "administration_nouns", "vote_nouns", "peer_nouns", "renewal_stems",
)


def load_words(path: Path) -> dict[str, frozenset[str]]:
    """Read and validate a word-class file.

    Raises:
        ConfigError: unreadable file, unknown or missing class, or a class that is not a list of words.
    """
    try:
        with Path(path).open("rb") as handle:
            data = tomllib.load(handle)
    except (OSError, tomllib.TOMLDecodeError) as error:
        raise ConfigError(f"Cannot read the word classes {path}: {error}") from error
    unknown = sorted(set(data) - set(CLASSES))
    if unknown:
        raise ConfigError(f"Unknown word class(es) {unknown} in {path}; known: {', '.join(CLASSES)}.")
    missing = [name for name in CLASSES if name not in data]
    if missing:
        raise ConfigError(f"{path} lacks the word class(es) {missing}.")
    for name, words in data.items():
        if not isinstance(words, list) or not words or not all(isinstance(w, str) and w.strip() for w in words):
            raise ConfigError(f"'{name}' in {path} must be a non-empty list of words.")
    return {name: frozenset(w.lower() for w in data[name]) for name in CLASSES}


WORDS_FILE = configs_dir() / "words.toml"
WORDS = load_words(WORDS_FILE)
