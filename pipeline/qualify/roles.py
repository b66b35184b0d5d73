"""The office and the body of a role: "ministra de Salud" -> (ministra, Salud).

The head is the first office word of configs/qualifiers.toml among the
role's first words, past modifiers such as "nueva" ("nueva secretaria
general de ..." -> "secretaria general", "alto comisionado" ->
"comisionado") and before any "de", "no", "y"; a role without one takes its
first word ("aliado principal no miembro de la OTAN" -> "aliado").
The body or place is what follows the first "de", "ante", "en", "para" or
"por" after the head, without its article, up to a comma that no
capitalised name follows: "embajador extraordinario y plenipotenciario del
Perú en Kenia" -> "Perú en Kenia"; a participle before it ("fundada en")
means there is none.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.qualify.words import QualifierWords

_WORD = re.compile(r"\w+(?:[’'\-.]\w+)*|\S")
_ARTICLES = frozenset({"el", "la", "los", "las", "lo"})
# How far into the role the office word is looked for ("alto comisionado"), and the words it
# is not looked for past.
_HEAD_WINDOW = 4
_HEAD_STOPS = frozenset({"no", "y", "o", ",", "(", "—", "que"})


@dataclass(frozen=True)
class RoleParts:
    head: str
    org: str


class RoleReader:
    """Splits a role into its office word and the body or place it belongs to."""

    def __init__(self, words: QualifierWords) -> None:
        r = words.roles
        self.modifiers = frozenset(r["modifiers"])
        self.multiword = sorted((m.split() for m in r["multiword_offices"]), key=len, reverse=True)
        self.offices = frozenset(r["offices"])
        self.introducers = sorted((i.split() for i in r["org_introducers"]), key=len, reverse=True)
        self.participles = tuple(r["participle_endings"])

    def __call__(self, role: str) -> RoleParts:
        matches = list(_WORD.finditer(role))
        lower = [m.group().lower() for m in matches]
        if not matches:
            return RoleParts("", "")
        start = 0
        while start < len(lower) - 1 and lower[start] in self.modifiers | _ARTICLES and \
                not self._multiword_at(lower, start):
            start += 1
        head = self._head(lower, start)
        if head is None:
            first = next((k for k in range(start, len(matches)) if matches[k].group()[0].isalnum()), None)
            if first is None:
                return RoleParts("", "")
            head = (first, first + 1)
        head_text = role[matches[head[0]].start():matches[head[1] - 1].end()]
        return RoleParts(head_text, self._org(role, matches, lower, head[1]))

    def _multiword_at(self, lower: list[str], k: int) -> list[str] | None:
        for words in self.multiword:
            if lower[k:k + len(words)] == words:
                return words
        return None

    def _head(self, lower: list[str], start: int) -> tuple[int, int] | None:
        for k in range(start, min(start + _HEAD_WINDOW, len(lower))):
            if k > start and (lower[k] in _HEAD_STOPS or self._introducer_at(lower, k)):
                return None  # "aliado principal no miembro de ...": the office word is not the head
            words = self._multiword_at(lower, k)
            if words is not None:
                return k, k + len(words)
            if lower[k] in self.offices:
                return k, k + 1
        return None

    def _introducer_at(self, lower: list[str], k: int) -> bool:
        return any(lower[k:k + len(words)] == words for words in self.introducers)

    def _org(self, role: str, matches: list[re.Match], lower: list[str], after: int) -> str:
        for k in range(after, len(lower)):
            if lower[k] in {",", ";", "(", "—"} or (lower[k].endswith(self.participles) and lower[k].isalpha()):
                return ""
            for words in self.introducers:
                if lower[k:k + len(words)] == words:
                    first = k + len(words)
                    while first < len(lower) and lower[first] in _ARTICLES:
                        first += 1
                    last = first
                    # A comma ends the body unless a capitalised name follows ("Vivienda,
                    # Construcción y Saneamiento").
                    while last < len(lower) and not (lower[last] in {";", "—"} or (
                            lower[last] == "," and not (last + 1 < len(lower)
                                                        and matches[last + 1].group()[:1].isupper()))):
                        last += 1
                    while last > first and lower[last - 1] in {")", "]"} and \
                            lower[last - 1].replace(")", "(").replace("]", "[") not in lower[first:last]:
                        last -= 1  # "asesor [de la PCM]": a bracket closed outside the body
                    if first >= last:
                        return ""
                    return role[matches[first].start():matches[last - 1].end()].strip()
        return ""
