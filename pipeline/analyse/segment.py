"""The cheap pass over a document: tokens, sentence bounds and trigger sentences, without a model.

Both run modes (with entities, or triples only) start here, so that they
agree on every sentence: its bounds, its `sent_index`, and whether it holds a
trigger form (`Lexicon.has_trigger`). The model then runs per sentence, each
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

from collections.abc import Callable
from dataclasses import dataclass

from spacy.tokens import Doc

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


def _breaks_line(doc: Doc, i: int) -> bool:
    token = doc[i]
    return "\n" in token.whitespace_ or (token.is_space and "\n" in token.text)


def sentence_bounds(doc: Doc) -> list[tuple[int, int]]:
    """(start, end) token bounds of the sentences of `doc`; white space is not a sentence."""
    bounds: list[tuple[int, int]] = []
    start = last = -1  # first and last token (not white space) of the current sentence
    final = newline = False  # the current sentence ended in final punctuation / a line break
    for token in doc:
        if token.is_space:
            newline = newline or "\n" in token.text
            continue
        closes = final and token.text in CLOSERS and not doc[last].whitespace_
        if start < 0:
            start = token.i
        elif newline or (final and not closes and not token.text[:1].islower()
                         and token.text not in NEVER_FIRST):
            bounds.append((start, last + 1))
            start = token.i
            final = False
        final = token.text in FINAL or closes
        newline = "\n" in token.whitespace_
        last = token.i
    if start >= 0:
        bounds.append((start, last + 1))
    return bounds


def cut_long(doc: Doc, start: int, end: int, max_tokens: int) -> list[tuple[int, int]]:
    """Pieces of at most `max_tokens` tokens, cut after clause punctuation in the second half
    of a piece when there is one, else at the limit."""
    pieces: list[tuple[int, int]] = []
    while end - start > max_tokens:
        limit = start + max_tokens
        cut = next((i + 1 for i in range(limit - 1, start + max_tokens // 2, -1)
                    if doc[i].text in CLAUSE or _breaks_line(doc, i)), limit)
        pieces.append((start, cut))
        start = cut
    pieces.append((start, end))
    return pieces


def segment(doc: Doc, has_trigger: Callable[[str], bool], *,
            max_tokens: int = DEFAULT_MAX_TOKENS) -> list[Sentence]:
    """The sentences of a tokenised document, with their indices and trigger flags."""
    sentences: list[Sentence] = []
    text = doc.text  # built from the tokens on each access: once, not per sentence
    for start, end in sentence_bounds(doc):
        pieces = cut_long(doc, start, end, max_tokens) if end - start > max_tokens else [(start, end)]
        for piece_start, piece_end in pieces:
            start_char = doc[piece_start].idx
            end_char = doc[piece_end - 1].idx + len(doc[piece_end - 1].text)
            sentences.append(Sentence(len(sentences), piece_start, piece_end, start_char, end_char,
                                      has_trigger(text[start_char:end_char]), len(pieces) > 1))
    return sentences


def sentence_doc(doc: Doc, sentence: Sentence) -> Doc:
    """A new `Doc` of one sentence's tokens (same words and spaces, no trailing space)."""
    tokens = doc[sentence.start:sentence.end]
    spaces = [bool(t.whitespace_) for t in tokens]
    spaces[-1] = False
    return Doc(doc.vocab, words=[t.text for t in tokens], spaces=spaces)
