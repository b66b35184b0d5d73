"""The trigger lexicon (configs/triggers.toml), loaded and validated."""
from __future__ import annotations

import re
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.errors import ConfigError
from pipeline.extract.words import WORDS

NEEDS = {"como", "object-role"}
_WORD = re.compile(r"[^\W\d_]+")
# Quotation marks that close a quotation ("«...», declaró X").
CLOSING_QUOTES = frozenset({'"', "”", "»", "'", "’"})
_STATUS_KEYS = {
    "aim_nouns",
    "negation", "negating_verbs", "hypothetical_verbs", "planned_verbs", "planned_nouns",
    "hypothetical_nouns", "hypothetical_adjectives", "conditional", "concessive", "opinion_verbs", "blocking_verbs",
}
_PHRASE_KEYS = {"role_stop_words", "agent_stop_words", "time_words", "office_words",
                "non_role_words", "nominal_designator_verbs", "role_markers", "post_nouns", "kept_post_nouns",
                "office_nouns", "post_verbs"}


@dataclass(frozen=True)
class TriggerEntry:
    """One trigger word of the lexicon."""

    lemma: str
    kind: str  # "verb" or "noun"
    forms: re.Pattern
    needs: str | None = None
    role_heads: frozenset[str] = frozenset()
    role_pos: frozenset[str] = frozenset()
    other_sense_after: frozenset[str] = frozenset()
    title_forms: re.Pattern | None = None
    office_name: bool = True
    other_sense_before: frozenset[str] = frozenset()
    speech_after_quote: bool = False
    choice_roles: frozenset[str] = frozenset()

    @property
    def required_words(self) -> tuple[frozenset[str], ...]:
        """Word sets a sentence must each hold one of (lower case) for this trigger to give a row.

        Both readers refuse a row of a "como" trigger without a "como" before
        its role, and a row of a trigger with `role_heads` whose role holds
        none of them; a sentence without such a word gives none.
        """
        required = []
        if self.needs == "como":
            required.append(frozenset({"como"}))
        if self.role_heads:
            required.append(self.role_heads)
        return tuple(required)


@dataclass
class Lexicon:
    """Trigger entries, status cues and phrase boundaries."""

    entries: list[TriggerEntry]
    status: dict[str, frozenset[str]] = field(default_factory=dict)
    phrases: dict[str, list[str]] = field(default_factory=dict)

    _seen: dict[str, TriggerEntry | None] = field(default_factory=dict, repr=False)

    def lookup(self, word: str) -> TriggerEntry | None:
        """The trigger entry whose forms match the lower-case `word`, if any.

        Answers are remembered per word form: a news archive has far fewer
        distinct forms than words, so each form is matched against the
        lexicon once.
        """
        word = word.lower()
        if word in self._seen:
            return self._seen[word]
        found = next((entry for entry in self.entries if entry.forms.match(word)), None)
        if len(self._seen) < 500_000:
            self._seen[word] = found
        return found

    @staticmethod
    def is_title_use(token, entry: TriggerEntry) -> bool:
        """A form that names a title right after its noun ("el presidente electo X", also after the
        noun's adjective: "el presidente legítimo electo X"), not an event."""
        if entry.title_forms is None or not entry.title_forms.match(token.lower_) or token.i == 0:
            return False
        k = token.i - 1
        while k > 0 and token.i - k <= 2 and token.doc[k].pos_ == "ADJ" and token.doc[k - 1].pos_ in {
                "NOUN", "PROPN", "ADJ"}:
            k -= 1
        return token.doc[k].pos_ in {"NOUN", "PROPN"}

    def has_trigger(self, text: str) -> bool:
        """Whether `text` holds a trigger word form (a cheap test before parsing)."""
        return any(self.lookup(word) is not None for word in _WORD.findall(text))

    def trigger_at(self, words: Sequence[str], i: int) -> tuple[TriggerEntry | None, str]:
        """The trigger entry of the `i`-th of a sentence's token texts, from the words alone.

        Returns (entry, "") for a trigger, (None, why) for a trigger word used
        in another sense that its neighbours show (`other_sense_before`,
        `speech_after_quote`), and (None, "") for any other word.
        """
        word = words[i]
        entry = self.lookup(word) if word.isalpha() else None
        if entry is None:
            return None, ""
        if i + 1 < len(words) and words[i + 1].lower() in entry.other_sense_before:
            return None, f"'{word} {words[i + 1]}' has another sense ('{entry.lemma} {words[i + 1]}': states)"
        if entry.speech_after_quote and i >= 2 and words[i - 1] == "," and words[i - 2] in CLOSING_QUOTES:
            return None, f"'{word}' right after a quotation reports what was said"
        return entry, ""

    def may_fire(self, words: Sequence[str]) -> bool:
        """Whether a sentence of these token texts can give a row (a cheap test before parsing).

        It must hold a trigger word (`trigger_at`, as `Extractor.mark_triggers`
        finds them) whose entry's `required_words` it also holds: "reconoció su
        error", "otorgó un préstamo" and "«...», declaró" are not worth a parse.
        """
        lower: set[str] | None = None
        for i in range(len(words)):
            entry = self.trigger_at(words, i)[0]
            if entry is None:
                continue
            required = entry.required_words
            if not required:
                return True
            if lower is None:
                lower = {w.lower() for w in words}
            if all(not lower.isdisjoint(choices) for choices in required):
                return True
        return False

    def cue(self, name: str) -> frozenset[str]:
        return self.status.get(name, frozenset())

    def words(self, name: str) -> frozenset[str]:
        return frozenset(self.phrases.get(name, []))

    def offices(self) -> OfficeWords:
        """The office words, which also know their prefixed forms ("vicegobernador", "exministro")."""
        return OfficeWords(self.words("office_words") | WORDS["title_offices"])


class OfficeWords(frozenset):
    """Office nouns; a word is one too when an office prefix of configs/words.toml opens it.

    The small model tags rarer prefixed offices ("vicegobernador", "subgerente") as adverbs or
    adjectives, so a role made of one of them would otherwise hold "no noun".
    """

    def __contains__(self, word: object) -> bool:
        return frozenset.__contains__(self, word) or self.prefixed(word)

    def prefixed(self, word: object) -> bool:
        """An office made by a prefix ("vicegobernador"), not itself in the list."""
        if not isinstance(word, str) or frozenset.__contains__(self, word):
            return False
        return any(word.startswith(prefix) and frozenset.__contains__(self, word[len(prefix):].lstrip("-"))
                   for prefix in WORDS["office_prefixes"])


def load_lexicon(path: Path) -> Lexicon:
    """Read and validate a trigger lexicon.

    Raises:
        ConfigError: unreadable file, unknown section or key, bad regular expression.
    """
    try:
        with Path(path).open("rb") as handle:
            data = tomllib.load(handle)
    except (OSError, tomllib.TOMLDecodeError) as error:
        raise ConfigError(f"Cannot read trigger lexicon {path}: {error}") from error
    unknown = set(data) - {"verbs", "nouns", "status", "phrases"}
    if unknown:
        raise ConfigError(f"Unknown section(s) {sorted(unknown)} in {path}.")
    entries: list[TriggerEntry] = []
    for kind, section in (("verb", "verbs"), ("noun", "nouns")):
        for lemma, spec in data.get(section, {}).items():
            where = f"[{section}.{lemma}] in {path}"
            if not isinstance(spec, dict) or "forms" not in spec:
                raise ConfigError(f"{where} needs a 'forms' regular expression.")
            extra = set(spec) - {"forms", "needs", "role_heads", "role_pos", "other_sense_after", "title_forms",
                                 "office_name", "other_sense_before", "speech_after_quote", "choice_roles"}
            if extra:
                raise ConfigError(f"Unknown key(s) {sorted(extra)} in {where}.")
            try:
                forms = re.compile(spec["forms"])
                title_forms = re.compile(spec["title_forms"]) if "title_forms" in spec else None
            except re.error as error:
                raise ConfigError(f"Bad 'forms' or 'title_forms' in {where}: {error}") from error
            needs = spec.get("needs")
            if needs is not None and needs not in NEEDS:
                raise ConfigError(f"'needs' in {where} must be one of {sorted(NEEDS)}.")
            for key in ("role_heads", "role_pos", "other_sense_after", "other_sense_before", "choice_roles"):
                if not isinstance(spec.get(key, []), list):
                    raise ConfigError(f"'{key}' in {where} must be a list.")
            for key in ("office_name", "speech_after_quote"):
                if not isinstance(spec.get(key, key == "office_name"), bool):
                    raise ConfigError(f"'{key}' in {where} must be true or false.")
            entries.append(TriggerEntry(lemma, kind, forms, needs,
                                        frozenset(spec.get("role_heads", [])),
                                        frozenset(spec.get("role_pos", [])),
                                        frozenset(w.lower() for w in spec.get("other_sense_after", [])),
                                        title_forms, spec.get("office_name", True),
                                        frozenset(w.lower() for w in spec.get("other_sense_before", [])),
                                        spec.get("speech_after_quote", False),
                                        frozenset(w.lower() for w in spec.get("choice_roles", []))))
    for section_name in ("status", "phrases"):
        for key, words in data.get(section_name, {}).items():
            if not isinstance(words, list) or not all(isinstance(w, str) for w in words):
                raise ConfigError(f"'{key}' in [{section_name}] of {path} must be a list of words.")
    status = data.get("status", {})
    if set(status) - _STATUS_KEYS:
        raise ConfigError(f"Unknown key(s) {sorted(set(status) - _STATUS_KEYS)} in [status] of {path}.")
    phrases = data.get("phrases", {})
    if set(phrases) - _PHRASE_KEYS:
        raise ConfigError(f"Unknown key(s) {sorted(set(phrases) - _PHRASE_KEYS)} in [phrases] of {path}.")
    if not entries:
        raise ConfigError(f"The trigger lexicon {path} has no triggers.")
    return Lexicon(
        entries=entries,
        status={k: frozenset(w.lower() for w in v) for k, v in status.items()},
        phrases={k: [w.lower() for w in v] for k, v in phrases.items()},
    )
