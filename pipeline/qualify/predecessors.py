"""In place of whom: the predecessor a sentence names ("en reemplazo de Anahí Durand").

`PredecessorFinder.mentions(sentence)` yields each predecessor phrase after a
cue of configs/qualifiers.toml ("en reemplazo de", "tras la renuncia de",
"sucede a", ...; "su predecesor, X" only with a name in apposition). The
phrase is the name when one is given ("del ministro Juan Pérez" -> "Juan
Pérez", "de la ministra de Salud, Rosa Ruiz" -> "Rosa Ruiz"), else the noun
phrase without its article ("de la ministra de Salud" -> "ministra de
Salud"); a phrase that names no one ("de su antecesor", "en lugar de
designar") gives nothing.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.qualify.words import QualifierWords

# Words with inner apostrophes, hyphens or dots stay whole ("D’Laura", "Ben-Gvir", "EE.UU").
_TOKEN = re.compile(r"\w+(?:[’'\-.]\w+)*|\S")
_ARTICLES = frozenset({"el", "la", "los", "las"})
_PUNCT_STOPS = frozenset(",.;:()[]“”\"«»—–-¿?¡!")
# A short parenthesis or quoted nickname inside a name or title: "(r)", "“Carry”".
_ASIDES = {"(": ")", "“": "”", "\"": "\"", "«": "»"}
_ASIDE_LENGTH = 3
# Descriptive words allowed between a comma and an apposed name.
_APPOSITION_WORDS = 2
_INFINITIVE = re.compile(r"[^\W\d_]+(?:ar|er|ir|ár|ér|ír)(?:lo|la|los|las|le|les|se)?$")


@dataclass(frozen=True)
class Predecessor:
    """A predecessor phrase; offsets in the sentence (cue_start: where its cue begins)."""

    cue_start: int
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class _Tok:
    text: str
    lower: str
    start: int
    end: int

    @property
    def capitalised(self) -> bool:
        return self.text[:1].isupper()


def _tokens(text: str) -> list[_Tok]:
    return [_Tok(m.group(), m.group().lower(), m.start(), m.end()) for m in _TOKEN.finditer(text)]


class PredecessorFinder:
    """Finds predecessor phrases with the cues of the data file."""

    def __init__(self, words: QualifierWords) -> None:
        p = words.predecessors
        self.cues = sorted(([t.lower for t in _tokens(c)] for c in p["cues"]), key=len, reverse=True)
        self.apposition_cues = sorted(([t.lower for t in _tokens(c)] for c in p["apposition_cues"]),
                                      key=len, reverse=True)
        # Cues by their first word: most tokens of a sentence start none.
        self.by_first: dict[str, list[tuple[list[str], bool]]] = {}
        for cue in self.cues:
            self.by_first.setdefault(cue[0], []).append((cue, False))
        for cue in self.apposition_cues:
            self.by_first.setdefault(cue[0], []).append((cue, True))
        self.no_referent = frozenset(p["no_referent"])
        self.stops = frozenset(p["stop_words"])
        self.connectors = frozenset(p["name_connectors"])

    def has_cue(self, sentence: str) -> bool:
        """Whether the sentence holds a cue, whether or not a predecessor phrase follows it."""
        toks = _tokens(sentence)
        return any(self._cue(toks, i) is not None for i in range(len(toks)))

    def mentions(self, sentence: str) -> list[Predecessor]:
        toks = _tokens(sentence)
        found: list[Predecessor] = []
        i = 0
        while i < len(toks):
            hit = self._cue(toks, i)
            if hit is None:
                i += 1
                continue
            after, contracted, apposition_only = hit
            span = self._apposed_name(toks, after) if apposition_only else self._phrase(toks, after, contracted)
            if span is not None:
                first, last = span
                found.append(Predecessor(toks[i].start, toks[first].start, toks[last].end,
                                         sentence[toks[first].start:toks[last].end]))
                i = last + 1
            else:
                i = after
        return found

    def _cue(self, toks: list[_Tok], i: int) -> tuple[int, bool, bool] | None:
        """(index after the cue, whether it ended in "del"/"al", apposition only) for a cue at i."""
        for cue, apposition in self.by_first.get(toks[i].lower, ()):
            n = len(cue)
            if i + n > len(toks) or any(toks[i + k].lower != w for k, w in enumerate(cue[:-1])):
                continue
            last = toks[i + n - 1].lower
            if apposition:
                if last == cue[-1]:
                    return i + n, False, True
                continue
            if last == cue[-1]:
                return i + n, False, False
            if (cue[-1], last) in {("de", "del"), ("a", "al")}:
                return i + n, True, False
        return None

    def _name_run(self, toks: list[_Tok], k: int) -> tuple[int, int] | None:
        """The capitalised name starting at k ("Hugo de Zela", "Benjamine “Carry” Huffman"),
        as (first, last) token indexes."""
        if k >= len(toks) or not toks[k].capitalised or not toks[k].text[0].isalpha():
            return None
        last = k
        j = k + 1
        while j < len(toks):
            if toks[j].capitalised and toks[j].text[0].isalpha():
                last = j
            elif toks[j].text != "(" and _skippable(toks, j) and last == j - 1:
                j = _skippable(toks, j)  # a quoted nickname
                continue
            elif toks[j].lower not in self.connectors or toks[j].lower == "y":
                break
            j += 1
        return k, last

    def _apposed_name(self, toks: list[_Tok], k: int) -> tuple[int, int] | None:
        """A name after a comma, past an article and at most two descriptive words
        ("el ultraderechista Jair Bolsonaro", "la reina Isabel")."""
        if k >= len(toks) or toks[k].text != ",":
            return None
        j = k + 1
        if j < len(toks) and toks[j].lower in _ARTICLES:
            j += 1
        for _ in range(_APPOSITION_WORDS + 1):
            if j >= len(toks) or toks[j].text in _PUNCT_STOPS:
                return None
            run = self._name_run(toks, j)
            if run is not None:
                return run
            j += 1
        return None

    def _phrase(self, toks: list[_Tok], k: int, contracted: bool) -> tuple[int, int] | None:
        if not contracted and k < len(toks) and toks[k].lower in _ARTICLES:
            k += 1
        if k >= len(toks):
            return None
        first = toks[k]
        if first.lower in {"de", "del"}:
            return None  # "sucedió al de Trump": "the one of", no one named
        if first.lower in self.no_referent:
            # "en sustitución de su hermano Fidel", "en lugar de su antecesor, Juan Pérez": only a
            # name counts, right after a word or two or in apposition.
            inner = self._phrase(toks, k + 1, True) if first.lower in {"su", "sus"} else None
            if inner is not None and toks[inner[0]].capitalised and inner[0] - k <= _APPOSITION_WORDS + 1:
                return inner
            j = k
            while j < len(toks) and j - k < 4 and toks[j].text != ",":
                j += 1
            return self._apposed_name(toks, j)
        if not first.capitalised and _INFINITIVE.match(first.lower):
            return None  # "en lugar de designar ...": an action, not a person
        end = k
        while end < len(toks):
            if _skippable(toks, end):
                end = _skippable(toks, end)  # "del coronel PNP (r) Juan Carlos Liendo"
                continue
            if toks[end].text in _PUNCT_STOPS or (toks[end].lower in self.stops and not toks[end].capitalised):
                break
            end += 1
        if end == k:
            return None
        # A name not inside a "de" complement of a title is the person ("ministro Juan Pérez");
        # an acronym ("coronel PNP") is a body, so a later name is preferred to it.
        j = k
        acronym = None
        while j < end:
            run = self._name_run(toks, j)
            if run is not None and (j == k or toks[j - 1].lower not in {"de", "del", "la", "los", "las"}):
                if not all(t.text.isupper() for t in toks[run[0]:run[1] + 1]):
                    return run[0], min(run[1], end - 1)
                acronym = acronym or (run[0], min(run[1], end - 1))
            j = run[1] + 1 if run is not None else j + 1
        if acronym is not None:
            return acronym
        apposed = self._apposed_name(toks, end) if end < len(toks) else None
        if apposed is not None:
            return apposed  # "de la ministra de Salud, Rosa Ruiz"
        last = end - 1
        while last > k and toks[last].lower in self.connectors:
            last -= 1
        return k, last


def _skippable(toks: list[_Tok], j: int) -> int:
    """The index after a short aside opening at j ("(r)", "“Carry”"), or 0 when there is none."""
    closing = _ASIDES.get(toks[j].text) if j < len(toks) else None
    if closing is None:
        return 0
    for k in range(j + 1, min(j + 2 + _ASIDE_LENGTH, len(toks))):
        if toks[k].text == closing:
            return k + 1 if k > j + 1 else 0
    return 0
