"""Canonical forms for the *_norm columns: aliases from configs/, articles stripped."""
from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from pathlib import Path

from pipeline.errors import ConfigError

_SPACE = re.compile(r"\s+")
_EDGE_PUNCT = " \t\n,;:.\"'“”«»()[]"


@dataclass
class Normalizer:
    """Maps a phrase as written to its canonical form."""

    whole: dict[str, str]
    inside: list[tuple[re.Pattern, str]]
    leading: frozenset[str]

    def __call__(self, text: str) -> str:
        phrase = _SPACE.sub(" ", text).strip(_EDGE_PUNCT)
        words = phrase.split(" ")
        while len(words) > 1 and words[0].lower() in self.leading:
            words = words[1:]
        phrase = " ".join(words).strip(_EDGE_PUNCT)
        canonical = self.whole.get(phrase.lower())
        if canonical is not None:
            return canonical
        for pattern, replacement in self.inside:
            phrase = pattern.sub(replacement, phrase)
        return phrase


def load_normalizer(path: Path) -> Normalizer:
    """Read the alias file.

    Raises:
        ConfigError: unreadable file or an alias claimed by two canonical names.
    """
    try:
        with Path(path).open("rb") as handle:
            data = tomllib.load(handle)
    except (OSError, tomllib.TOMLDecodeError) as error:
        raise ConfigError(f"Cannot read aliases {path}: {error}") from error
    unknown = set(data) - {"aliases", "strip"}
    if unknown:
        raise ConfigError(f"Unknown section(s) {sorted(unknown)} in {path}.")
    whole: dict[str, str] = {}
    inside: list[tuple[re.Pattern, str]] = []
    for canonical, aliases in data.get("aliases", {}).items():
        if not isinstance(aliases, list):
            raise ConfigError(f"Aliases of '{canonical}' in {path} must be a list.")
        for alias in [canonical, *aliases]:
            key = _SPACE.sub(" ", alias).strip(_EDGE_PUNCT).lower()
            if key in whole and whole[key] != canonical:
                raise ConfigError(
                    f"Alias '{alias}' in {path} belongs to both '{whole[key]}' and '{canonical}'."
                )
            whole[key] = canonical
            if alias != canonical and " " in alias:
                boundary = re.compile(r"(?<!\w)" + re.escape(alias) + r"(?!\w)", re.IGNORECASE)
                inside.append((boundary, canonical))
    inside.sort(key=lambda item: -len(item[0].pattern))
    leading = frozenset(w.lower() for w in data.get("strip", {}).get("leading", []))
    return Normalizer(whole, inside, leading)
