"""Canonical forms for the *_norm columns: aliases from configs/, articles stripped.

A canonical form never corrupts a name:

- An alias replaces a whole name only: the whole phrase, or an occurrence
  inside a longer phrase that is not itself part of a longer name. "aliado de
  la Organización del Tratado del Atlántico Norte" becomes "aliado de la
  OTAN", but "Fondo de Población de las Naciones Unidas" stays as written:
  an occurrence joined to a capitalised word, directly or through the words
  that join the parts of one name ("de", "las", "para", ...:
  `[names] connectors`), is a piece of another name. A name's acronym in
  brackets goes with it ("... Estados Americanos (OEA)" -> "OEA").
- Edge punctuation is trimmed in pairs: a bracket or quote that closes one
  opened inside the phrase stays ("... (OMI)"), so brackets and quotes are
  always balanced; an abbreviation keeps its final point ("EE.UU.").
- A leading article or preposition is dropped ("al Perú" -> "Perú") unless
  the phrase is a name it belongs to (`[names] with_article`: "El Salvador",
  "La Haya").
"""
from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.errors import ConfigError

_SPACE = re.compile(r"\s+")
# Separators trimmed from either edge (the point only after a word that is no abbreviation).
_SEPARATORS = " \t\n,;:."
# Brackets and double quotes, opening -> closing. Straight quotes pair with themselves.
_PAIRS = {"(": ")", "[": "]", "{": "}", "“": "”", "«": "»", '"': '"'}
_CLOSERS = {closing: opening for opening, closing in _PAIRS.items()}
# Single quotes double as apostrophes and digit separators ("O'Higgins", "O’Higgins",
# "S/1’000"): trimmed only at an edge, never dropped or added inside.
_APOSTROPHE = "'"
_SINGLE_QUOTES = ("‘", "’")
# A bracketed acronym or short name right after an alias: "Naciones Unidas (ONU)".
_BRACKETED = re.compile(r"\s*\(\s*([^()]{1,30}?)\s*\)")
_MEMO_LIMIT = 200_000


def balanced(text: str) -> bool:
    """Whether every bracket and curly or straight double quote of `text` is closed, in order."""
    stack: list[str] = []
    for char in text:
        if char == '"':
            if stack and stack[-1] == '"':
                stack.pop()
            else:
                stack.append(char)
        elif char in _PAIRS:
            stack.append(char)
        elif char in _CLOSERS:
            if not stack or stack[-1] != _CLOSERS[char]:
                return False
            stack.pop()
    return not stack


def _balance(text: str) -> str:
    """`text` with its brackets and quotes balanced: a closer without opener is dropped, an
    opener left open (a phrase cut inside a bracket) is closed at the end, and a straight
    quote left open (no telling whether it opened or closed) is dropped."""
    stack: list[tuple[str, int]] = []  # open brackets and quotes, with their place in `kept`
    kept: list[str] = []
    dropped: set[int] = set()
    for char in text:
        if char == '"' and stack and stack[-1][0] == '"':
            stack.pop()
        elif char in _CLOSERS and char != '"':
            opening = _CLOSERS[char]
            if not any(open_ == opening for open_, _ in stack):
                continue  # nothing opened it here
            while stack[-1][0] == '"':
                dropped.add(stack.pop()[1])  # a stray quote inside the bracket this closes
            if stack[-1][0] != opening:
                continue  # it would close across another open bracket
            stack.pop()
        elif char in _PAIRS:
            stack.append((char, len(kept)))
        kept.append(char)
    dropped |= {place for open_, place in stack if open_ == '"'}
    closing = "".join(_PAIRS[open_] for open_, _ in reversed(stack) if open_ != '"')
    text = _SPACE.sub(" ", "".join(c for i, c in enumerate(kept) if i not in dropped))
    return (text.rstrip() + closing) if closing else text  # no double space where a mark was dropped


def _surplus(text: str, mark: str) -> bool:
    """Does `text` hold more of the bracket or quote `mark` than of its partner?"""
    if mark == '"':
        return text.count(mark) % 2 == 1
    partner = _PAIRS.get(mark) or _CLOSERS[mark]
    return text.count(mark) > text.count(partner)


def _abbreviation_point(text: str) -> bool:
    """Does the final point end an abbreviation ("EE.UU.", "S.A.") rather than the phrase?"""
    last = text.rsplit(" ", 1)[-1]
    return last.endswith(".") and "." in last[:-1].strip(".")


def _trim(text: str) -> str:
    """Separators and enclosing or unpaired brackets and quotes off both edges; the rest balanced.

    Repeated until nothing changes, so that trimming a trimmed phrase changes nothing.
    """
    text = _SPACE.sub(" ", text)
    while True:
        before = text
        while text and text[-1] in _SEPARATORS and not (text[-1] == "." and _abbreviation_point(text)):
            text = text[:-1]
        text = text.lstrip(_SEPARATORS).strip(_APOSTROPHE)
        if len(text) >= 2 and text[0] in _PAIRS and text[-1] == _PAIRS[text[0]] and balanced(text[1:-1]):
            text = text[1:-1]  # "(OMI)", "“Perú”": one pair around everything
        elif len(text) >= 2 and (text[0], text[-1]) == _SINGLE_QUOTES:
            text = text[1:-1]
        elif text and text[-1] in _CLOSERS and _surplus(text, text[-1]):
            text = text[:-1]  # closes nothing opened inside
        elif text and text[0] in _PAIRS and _surplus(text, text[0]):
            text = text[1:]  # opens something never closed
        elif text and text[0] in _CLOSERS and text[0] != '"':
            text = text[1:]  # "» Lima": a closer first closes nothing
        elif text and text[-1] in _PAIRS and text[-1] != '"':
            text = text[:-1]  # "Lima («": an opener last opens nothing
        else:
            text = _balance(text)
        if text == before:
            return text


def _key(text: str) -> str:
    """The lookup key of a name: trimmed, lower case, without a final point ("EE.UU." = "EE.UU")."""
    return _trim(text).rstrip(".").lower()


@dataclass
class Normalizer:
    """Maps a phrase as written to its canonical form.

    Attributes:
        whole: lower-case alias or canonical name -> canonical name.
        leading: words dropped from the start of a phrase (articles, prepositions).
        connectors: lower-case words that join the parts of one name ("de", "las").
        with_article: names whose leading article is part of the name, as words
            ("La", "Haya"); the article matches in any case, the rest as written.
    """

    whole: dict[str, str]
    leading: frozenset[str]
    connectors: frozenset[str] = frozenset()
    with_article: frozenset[tuple[str, ...]] = frozenset()
    inside: re.Pattern | None = field(init=False, default=None, compare=False)
    _memo: dict[str, str] = field(init=False, default_factory=dict, repr=False, compare=False)

    def __post_init__(self) -> None:
        # Aliases of more than one word are also looked for inside longer phrases; one pattern,
        # longest first, so that at any position the longest alias is the one tried.
        inner = sorted({alias for alias, canonical in self.whole.items()
                        if " " in alias and alias != canonical.lower()}, key=lambda a: (-len(a), a))
        if inner:
            names = "|".join(re.escape(alias).replace(r"\ ", r"\s+") for alias in inner)
            self.inside = re.compile(rf"(?<!\w)(?:{names})(?!\w)", re.IGNORECASE)

    def __call__(self, text: str) -> str:
        found = self._memo.get(text)
        if found is None:
            found = self._normalise(text)
            if len(self._memo) < _MEMO_LIMIT:
                self._memo[text] = found
        return found

    def _normalise(self, text: str) -> str:
        phrase = _trim(text)
        # Drop leading articles and prepositions one by one, trimming again after each: what
        # follows may be punctuation ("de : Lima") or an article that belongs to a name.
        while True:
            words = phrase.split(" ")
            if len(words) < 2 or words[0].lower() not in self.leading:
                break
            name = self._name_with_article(words)
            if name is not None:
                phrase = " ".join(name)  # the article as the name writes it: "el Comercio" -> "El Comercio"
                break
            phrase = _trim(" ".join(words[1:]))
        canonical = self.whole.get(phrase.rstrip(".").lower())
        if canonical is not None:
            return canonical
        return self._replace_whole_names(phrase) if self.inside is not None else phrase

    def _name_with_article(self, words: list[str]) -> tuple[str, ...] | None:
        """The name with article that `words` are ("La Haya", "el Comercio"; not "el comercio"), if any.

        Only the whole phrase: "La Tercera Sala Penal" is no "La Tercera".
        """
        return next((name for name in self.with_article if len(words) == len(name)
                     and words[0].lower() == name[0].lower() and tuple(words[1:]) == name[1:]), None)

    def _replace_whole_names(self, phrase: str) -> str:
        """Each alias inside `phrase` that stands as a whole name, replaced by its canonical name."""
        out: list[str] = []
        position = 0
        for match in self.inside.finditer(phrase):
            if match.start() < position:
                continue  # inside the bracketed acronym just taken
            out.append(phrase[position:match.start()])
            position = match.end()
            if self._joined(phrase[:match.start()].split(), reverse=True) or self._joined(
                    phrase[match.end():].split(), reverse=False):
                out.append(match.group())  # a piece of a longer name: "Fondo de Población de las Naciones Unidas"
                continue
            canonical = self.whole[_SPACE.sub(" ", match.group()).lower()]
            out.append(canonical)
            bracketed = _BRACKETED.match(phrase, match.end())
            if bracketed is not None and self.whole.get(_key(bracketed.group(1))) == canonical:
                position = bracketed.end()  # "Organización de los Estados Americanos (OEA)": its own acronym
        out.append(phrase[position:])
        return "".join(out)

    def _joined(self, words: list[str], *, reverse: bool) -> bool:
        """Do `words` (before the alias when `reverse`, else after it) continue its name?

        They do when the nearest word that is no connector is capitalised and no
        punctuation separates it: "Alto Comisionado de las | Naciones Unidas",
        "Ministerio de Salud | Pública".
        """
        for word in (reversed(words) if reverse else words):
            if word.lower() in self.connectors:
                continue
            edge = word[-1] if reverse else word[0]
            return edge.isalnum() and word[0].isupper()
        return False


def load_normalizer(path: Path) -> Normalizer:
    """Read the alias file.

    Raises:
        ConfigError: unreadable file, unknown section or key, a value that is not a list
            of words, or an alias claimed by two canonical names.
    """
    try:
        with Path(path).open("rb") as handle:
            data = tomllib.load(handle)
    except (OSError, tomllib.TOMLDecodeError) as error:
        raise ConfigError(f"Cannot read aliases {path}: {error}") from error
    unknown = set(data) - {"aliases", "strip", "names"}
    if unknown:
        raise ConfigError(f"Unknown section(s) {sorted(unknown)} in {path}.")
    for section, keys in (("strip", {"leading"}), ("names", {"connectors", "with_article"})):
        values = data.get(section, {})
        if set(values) - keys:
            raise ConfigError(f"Unknown key(s) {sorted(set(values) - keys)} in [{section}] of {path}; "
                              f"known: {sorted(keys)}.")
        for key, words in values.items():
            if not isinstance(words, list) or not all(isinstance(w, str) for w in words):
                raise ConfigError(f"'{key}' in [{section}] of {path} must be a list of words.")
    whole: dict[str, str] = {}
    for canonical, aliases in data.get("aliases", {}).items():
        if not isinstance(aliases, list) or not all(isinstance(a, str) for a in aliases):
            raise ConfigError(f"Aliases of '{canonical}' in {path} must be a list.")
        for alias in [canonical, *aliases]:
            key = _key(alias)
            if not key:
                raise ConfigError(f"An alias of '{canonical}' in {path} is empty.")
            if key in whole and whole[key] != canonical:
                raise ConfigError(
                    f"Alias '{alias}' in {path} belongs to both '{whole[key]}' and '{canonical}'."
                )
            whole[key] = canonical
    names = data.get("names", {})
    single = [name for name in names.get("with_article", []) if " " not in _trim(name)]
    if single:
        raise ConfigError(f"[names] with_article of {path} holds names of one word {single}: "
                          "each entry is an article and the rest of the name (\"La Haya\").")
    return Normalizer(
        whole=whole,
        leading=frozenset(w.lower() for w in data.get("strip", {}).get("leading", [])),
        connectors=frozenset(w.lower() for w in names.get("connectors", [])),
        with_article=frozenset(tuple(_trim(name).split(" ")) for name in names.get("with_article", [])),
    )
