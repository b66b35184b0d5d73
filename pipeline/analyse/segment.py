"""The cheap pass over a document: tokens, sentence bounds and trigger sentences, without a model.

Both run modes (with entities, or triples only) start here, so that they
agree on every sentence: its bounds, its `sent_index`, and whether it is a
trigger sentence: one that holds a trigger form (`Lexicon.has_trigger`) and
the words that form's entry needs to give a row (`Lexicon.may_fire`: no
"como" after "reconoció", no "categoría" after "otorgó"), which a sixth of the
sentences with a trigger form lack. The model then runs per sentence, each
sentence its own `Doc`, which keeps the cost linear in the length of a
document and the memory independent of it.

Sentences end after final punctuation (and the quotes or brackets that close
it) when the next word does not start in lower case (nor is a comma, a
semicolon or a closing bracket), and at every line break
(headlines carry no full stop). Runs of white space belong to the sentence
before them, so a blank line is never a sentence and takes no `sent_index`.
A "sentence" longer than `max_tokens` (a list, a table, a line without
punctuation) is cut at its last clause punctuation or line break before the
limit, else at the limit, so that no parse ever sees more than `max_tokens`.
"""
from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from spacy.attrs import IDX, IS_SPACE, LENGTH, SPACY
from spacy.tokens import Doc
from spacy.vocab import Vocab

# The lexicon's own notion of a word (a run of letters), so that a trigger found here is one
# `Lexicon.has_trigger` finds in the sentence's text.
from pipeline.extract.lexicon import _WORD

# Tokens that end a sentence, and those that may close it after them.
FINAL = frozenset({".", "!", "?", "…", "...", "....", "!!", "??", "?!", "!?"})
CLOSERS = frozenset({'"', "'", "»", "”", "’", ")", "]", "}"})
# Tokens that never open a sentence (after a final stop they continue it: "etc.; luego").
NEVER_FIRST = frozenset({",", ";", ":", ")", "]", "}", "%", "»", "”"})
# Where an over-long sentence may be cut (after the token).
CLAUSE = frozenset({",", ";", ":", "—", "–", "-", "•", "|", "/"})
DEFAULT_MAX_TOKENS = 400


@dataclass(frozen=True)
class Sentence:
    """One sentence of a document: token and character bounds, index, and whether it is a trigger sentence.

    `start`/`end` are token indices in the document's tokenisation, without
    the white space that follows the sentence; `start_char`/`end_char` the
    matching character offsets in the document text.
    """

    index: int
    start: int
    end: int
    start_char: int
    end_char: int
    trigger: bool
    cut: bool = False  # a piece of a longer "sentence" cut at `max_tokens`


@dataclass(frozen=True)
class Tokens:
    """The columns of a tokenised text that segmentation reads (plain lists: no `Token` objects)."""

    words: list[str]
    offsets: list[int]
    spaces: list[bool]  # the token is white space (a line break, several spaces)
    trailing: list[bool]  # a space follows the token
    vocab: Vocab | None = None

    @classmethod
    def of(cls, doc: Doc, text: str | None = None) -> Tokens:
        """The columns of `doc`, whose text is `text` (`doc.text` when not given)."""
        if not len(doc):
            return cls([], [], [], [], doc.vocab)
        text = doc.text if text is None else text
        columns = doc.to_array([IDX, LENGTH, IS_SPACE, SPACY]).tolist()
        # A token's text is its stretch of the document's text: slicing is cheaper than
        # decoding every word from the string store.
        return cls([text[start:start + length] for start, length, _, _ in columns],
                   [row[0] for row in columns], [bool(row[2]) for row in columns],
                   [bool(row[3]) for row in columns], doc.vocab)

    def __len__(self) -> int:
        return len(self.words)

    def sentence_doc(self, sentence: Sentence) -> Doc:
        """A new `Doc` of one sentence's tokens (same words and spaces, no trailing space)."""
        assert self.vocab is not None
        spaces = self.trailing[sentence.start:sentence.end]
        spaces[-1] = False
        return Doc(self.vocab, words=self.words[sentence.start:sentence.end], spaces=spaces)


def _is_letter(char: str) -> bool:
    return _WORD.match(char) is not None


class TriggerWords:
    """Where the trigger word forms of a text are: every word looked up once per document.

    `TriggerWords(text, lookup, has_trigger)(start, end)` answers what
    `has_trigger(text[start:end])` would (`lookup` is the lexicon's
    per-word test, `has_trigger` its test of a text), without matching the
    words of every sentence again.
    """

    def __init__(self, text: str, lookup: Callable[[str], object], has_trigger: Callable[[str], bool]) -> None:
        self.text = text
        self.has_trigger = has_trigger
        self.spans = [(m.start(), m.end()) for m in _WORD.finditer(text) if lookup(m.group()) is not None]
        self.starts = [start for start, _ in self.spans]

    def __bool__(self) -> bool:
        return bool(self.spans)

    @property
    def last_end(self) -> int:
        """Where the last trigger word ends (0 without one)."""
        return self.spans[-1][1] if self.spans else 0

    def __call__(self, start: int, end: int) -> bool:
        text = self.text
        if ((start > 0 and _is_letter(text[start - 1]) and _is_letter(text[start]))
                or (end < len(text) and _is_letter(text[end - 1]) and _is_letter(text[end]))):
            # A word cut by the bounds (a piece cut for length inside a word): the sentence's
            # own text holds another word there, so match it as `has_trigger` would.
            return self.has_trigger(text[start:end])
        i = bisect_left(self.starts, start)
        return i < len(self.spans) and self.spans[i][1] <= end


def sentence_bounds(tokens: Tokens) -> list[tuple[int, int]]:
    """(start, end) token bounds of the sentences; white space is not a sentence.

    A token's own trailing white space is at most one space in spaCy, so line
    breaks are always white-space tokens.
    """
    bounds: list[tuple[int, int]] = []
    words, spaces, offsets = tokens.words, tokens.spaces, tokens.offsets
    start = last = -1  # first and last token (not white space) of the current sentence
    final = newline = False  # the current sentence ended in final punctuation / a line break
    for i, word in enumerate(words):
        if spaces[i]:
            newline = newline or "\n" in word
            continue
        # A closing quote or bracket right after the final stop (no space between) belongs to it.
        closes = final and word in CLOSERS and offsets[last] + len(words[last]) == offsets[i]
        if start < 0:
            start = i
        elif newline or (final and not closes and not word[:1].islower() and word not in NEVER_FIRST):
            bounds.append((start, last + 1))
            start = i
            final = False
        final = word in FINAL or closes
        newline = False
        last = i
    if start >= 0:
        bounds.append((start, last + 1))
    return bounds


def cut_long(tokens: Tokens, start: int, end: int, max_tokens: int) -> list[tuple[int, int]]:
    """Pieces of at most `max_tokens` tokens, cut after clause punctuation or a line break in the
    second half of a piece when there is one, else at the limit."""
    words = tokens.words
    pieces: list[tuple[int, int]] = []
    while end - start > max_tokens:
        limit = start + max_tokens
        cut = next((i + 1 for i in range(limit - 1, start + max_tokens // 2, -1)
                    if words[i] in CLAUSE or (tokens.spaces[i] and "\n" in words[i])), limit)
        pieces.append((start, cut))
        start = cut
    pieces.append((start, end))
    return pieces


def segment(doc: Doc, has_trigger: Callable[[str], bool], *, text: str | None = None,
            max_tokens: int = DEFAULT_MAX_TOKENS, may_fire: Callable[[Sequence[str]], bool] | None = None,
            ) -> list[Sentence]:
    """The sentences of a tokenised document, with their indices and trigger flags.

    `text` is the document's text (`doc.text`, which spaCy rebuilds from the tokens
    on every access, when not given); `has_trigger` tells a sentence's text
    that holds a trigger form; `may_fire`, when given, whether the words of such a
    sentence can give a row at all (`Lexicon.may_fire`).
    """
    text = doc.text if text is None else text
    sentences = segment_tokens(Tokens.of(doc, text), lambda start, end: has_trigger(text[start:end]),
                               max_tokens=max_tokens, may_fire=may_fire)
    assert sentences is not None  # no `until`
    return sentences


def segment_tokens(tokens: Tokens, trigger_in: Callable[[int, int], bool], *,
                   max_tokens: int = DEFAULT_MAX_TOKENS, until: int | None = None,
                   may_fire: Callable[[Sequence[str]], bool] | None = None) -> list[Sentence] | None:
    """`segment` over the columns of a tokenised text; `trigger_in(start_char, end_char)`
    tells a sentence that holds a trigger form by its character bounds, and `may_fire`
    (when given) whether its words can give a row; a trigger sentence needs both.

    With `until` (a character offset), the sentences after the one that holds
    `until` are left out; None when the tokens end before that sentence is
    known to end (the caller tokenised only a prefix of the text).
    """
    words, offsets = tokens.words, tokens.offsets
    bounds = sentence_bounds(tokens)
    if until is not None:
        # The sentence that holds `until` must be followed by another one: then its end,
        # and so every sentence up to it, is that of the whole text.
        following = next((i for i, (start, _) in enumerate(bounds) if offsets[start] >= until), None)
        if following is None:
            return None
        bounds = bounds[:following]
    sentences: list[Sentence] = []
    for start, end in bounds:
        pieces = cut_long(tokens, start, end, max_tokens) if end - start > max_tokens else [(start, end)]
        for piece_start, piece_end in pieces:
            start_char = offsets[piece_start]
            end_char = offsets[piece_end - 1] + len(words[piece_end - 1])
            trigger = trigger_in(start_char, end_char) and (
                may_fire is None or may_fire(words[piece_start:piece_end]))
            sentences.append(Sentence(len(sentences), piece_start, piece_end, start_char, end_char,
                                      trigger, len(pieces) > 1))
    return sentences


def sentence_doc(doc: Doc, sentence: Sentence) -> Doc:
    """A new `Doc` of one sentence's tokens (same words and spaces, no trailing space)."""
    return Tokens.of(doc).sentence_doc(sentence)
