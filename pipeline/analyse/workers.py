"""The unit of work: documents in, rows and stored parses out; in the main process or forked workers.

An `Analyser` takes a batch of documents, segments each one without the
model (`segment`), runs the model on the sentences that need it (trigger
sentences in every mode; all of them when entities are wanted), extracts
the triples of the trigger sentences, normalises the entities and
serialises the trigger sentences' parses for the cache. Doing all of it
where the parse happens keeps the main process to storing rows. A
triples-only run tokenises a document only when it holds a trigger form,
and then only up to the sentence that holds the last one. Sentences go to the model in slices of at most `BATCH_CHARS`
characters, the trigger sentences and the others apart: the model's memory
is set by the slice, not by the length of a document, and a trigger
sentence is batched the same way in both run modes.
"""
from __future__ import annotations

import os
import re
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from spacy.language import Language
from spacy.tokens import DocBin

from pipeline.analyse.component import Plan, run_plan
from pipeline.analyse.rows import (EntityRecord, entity_norms, entity_records, pack_sentences, same_person,
                                   triple_rows)
from pipeline.analyse.segment import DEFAULT_MAX_TOKENS, Sentence, Tokens, TriggerWords, segment_tokens
from pipeline.errors import ConfigError
from pipeline.extract.lexicon import load_lexicon

if TYPE_CHECKING:
    from pipeline.extract.extractor import Extractor

PARSE_MODES = ("fast", "full")
TABLE_MODES = ("all", "triples")
# Characters of documents per batch of work, and of sentences per model call: the models'
# temporary memory grows with the tokens of a call. Measured on 700 articles: 200,000
# characters a batch took a worker from 238 to 662 MB, 50,000 to 411 MB, at the same speed.
BATCH_CHARS = 50_000
# Batches a forked worker analyses before a fresh fork replaces it (see `analyse_stream`).
BATCHES_PER_WORKER = 30
# A triples-only run tokenises a document up to this many characters past its last trigger word
# (then on to the next white space), enough for the sentence that holds it to end; the rest of
# the document holds no trigger sentence. Else it tokenises the whole text.
AFTER_LAST_TRIGGER = 1000
_WHITE_SPACE = re.compile(r"\s")
_NO_TOKENS = Tokens([], [], [], [])


def parse_mode(value: str) -> str:
    if value not in PARSE_MODES:
        raise ConfigError(f"run.parse must be one of {', '.join(PARSE_MODES)}, got {value!r}.")
    return value


def table_mode(value: str) -> str:
    if value not in TABLE_MODES:
        raise ConfigError(f"run.tables must be one of {', '.join(TABLE_MODES)}, got {value!r}.")
    return value


@dataclass
class Analysis:
    """What a worker returns for one document.

    `parse` holds the parsed trigger sentences (`rows.pack_sentences`);
    `entities` is None when entities were not wanted, else `norms` holds
    their norms: normalised where the analysis runs, so that the main
    process's normaliser memo does not grow with the archive.
    """

    doc_id: str
    text_hash: str
    tokens: int
    parse: bytes
    entities: list[EntityRecord] | None
    triples: list[dict[str, Any]]
    cut: int  # pieces of sentences cut for length
    model_tokens: int  # tokens the model saw
    norms: list[str] | None = None


@dataclass
class _Document:
    doc_id: str
    text_hash: str
    tokens: Tokens
    entities: list[EntityRecord] = field(default_factory=list)
    triples: list[dict[str, Any]] = field(default_factory=list)
    parsed: list[Sentence] = field(default_factory=list)
    docbin: DocBin = field(default_factory=lambda: DocBin(store_user_data=False))
    model_tokens: int = 0
    cut: int = 0


class Analyser:
    """Segments, parses and extracts; runs in the main process, a forked worker or a Dask worker."""

    def __init__(self, nlp: Language, extractor: Extractor, *, triggers: Path, mode: str = "fast",
                 tables: str = "all", max_tokens: int = DEFAULT_MAX_TOKENS, batch_size: int = 64) -> None:
        self.nlp = nlp
        self.extractor = extractor
        self.lexicon = load_lexicon(Path(triggers))
        self.mode = parse_mode(mode)
        self.entities = table_mode(tables) == "all"
        self.max_tokens = max_tokens
        self.batch_size = batch_size
        self.plan = Plan.of(nlp)

    def __call__(self, batch: list[tuple[str, str, str]]) -> list[Analysis]:
        """Analyse (doc_id, text_hash, text) triples, in order."""
        documents: list[_Document] = []
        parse: list[tuple[_Document, Sentence]] = []
        ner: list[tuple[_Document, Sentence]] = []
        for doc_id, text_hash, text in batch:
            # One look at the whole text first (every trigger word, looked up once): most documents
            # of an archive hold no trigger form, and a triples-only run need not even tokenise those
            # (their tokens are not counted).
            triggers = TriggerWords(text, self.lexicon.lookup, self.lexicon.has_trigger)
            if not triggers and not self.entities:
                documents.append(_Document(doc_id, text_hash, _NO_TOKENS))
                continue
            tokens, sentences = self._segment(text, triggers)
            document = _Document(doc_id, text_hash, tokens)
            documents.append(document)
            for sentence in sentences:
                document.cut += sentence.cut
                if sentence.trigger or (self.entities and self.mode == "full"):
                    parse.append((document, sentence))
                elif self.entities:
                    ner.append((document, sentence))
        for jobs, full in ((parse, True), (ner, False)):
            for chunk in _slices(jobs):
                self._analyse(chunk, full)
        results = []
        for document in documents:
            entities = same_person(sorted(document.entities)) if self.entities else None
            results.append(Analysis(
                document.doc_id, document.text_hash, len(document.tokens),
                pack_sentences(len(document.tokens), document.parsed, document.docbin),
                entities, document.triples, document.cut, document.model_tokens,
                None if entities is None else entity_norms(entities, self.extractor.normalize)))
            document.tokens = None  # type: ignore[assignment]  # free the batch as it goes
        return results

    def _segment(self, text: str, triggers: TriggerWords) -> tuple[Tokens, list[Sentence]]:
        """The tokens and sentences of a document (those up to its last trigger sentence
        in a triples-only run), each trigger word looked up once."""
        if triggers and not self.entities:
            # Sentences after the last trigger sentence are never analysed in this mode: tokenise
            # up to white space a little past the last trigger word, if the sentence ends there.
            found = _WHITE_SPACE.search(text, triggers.last_end + AFTER_LAST_TRIGGER)
            if found is not None:
                prefix = self._sentences(text, triggers, found.start(), triggers.last_end)
                if prefix is not None:
                    return prefix
        whole = self._sentences(text, triggers or _never)
        assert whole is not None  # no `until`
        return whole

    def _sentences(self, text: str, trigger_in: Callable[[int, int], bool], end: int | None = None,
                   until: int | None = None) -> tuple[Tokens, list[Sentence]] | None:
        tokens = Tokens.of(self.nlp.tokenizer(text if end is None else text[:end]), text)
        sentences = segment_tokens(tokens, trigger_in, max_tokens=self.max_tokens, until=until,
                                   may_fire=self.lexicon.may_fire)
        return None if sentences is None else (tokens, sentences)

    def _analyse(self, chunk: list[tuple[_Document, Sentence]], full: bool) -> None:
        docs = [document.tokens.sentence_doc(sentence) for document, sentence in chunk]
        run_plan(self.nlp, self.plan, docs if full else [], [] if full else docs, self.batch_size)
        for (document, sentence), doc in zip(chunk, docs):
            document.model_tokens += len(doc)
            if self.entities:
                document.entities.extend(entity_records(doc, sentence))
            if sentence.trigger:
                document.triples.extend(triple_rows(self.extractor, doc, document.doc_id, sentence))
                document.parsed.append(sentence)
                document.docbin.add(doc)


def _never(start: int, end: int) -> bool:
    return False


def _slices(jobs: list[tuple[_Document, Sentence]],
            max_chars: int = BATCH_CHARS) -> Iterator[list[tuple[_Document, Sentence]]]:
    chunk: list[tuple[_Document, Sentence]] = []
    chars = 0
    for job in jobs:
        size = job[1].end_char - job[1].start_char
        if chunk and chars + size > max_chars:
            yield chunk
            chunk, chars = [], 0
        chunk.append(job)
        chars += size
    if chunk:
        yield chunk


def text_batches(items: Iterable[tuple[str, str, str]], batch_size: int,
                 max_chars: int = BATCH_CHARS) -> Iterator[list[tuple[str, str, str]]]:
    """(doc_id, text_hash, text) items in batches of at most `batch_size` documents and
    `max_chars` characters (a longer document goes alone)."""
    batch: list[tuple[str, str, str]] = []
    chars = 0
    for item in items:
        if batch and (len(batch) >= batch_size or chars + len(item[2]) > max_chars):
            yield batch
            batch, chars = [], 0
        batch.append(item)
        chars += len(item[2])
    if batch:
        yield batch


# The analyser that forked local workers inherit (set just before the pool starts).
_LOCAL_ANALYSER: Analyser | None = None


def _watch_parent(parent: int) -> None:
    """In a worker: exit when the main process is gone (killed with -9, it cannot say so)."""

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(1.0)
        os._exit(1)

    threading.Thread(target=watch, daemon=True).start()


def _analyse_locally(batch: list[tuple[str, str, str]]) -> list[Analysis]:
    assert _LOCAL_ANALYSER is not None
    return _LOCAL_ANALYSER(batch)


def analyse_stream(analyser: Analyser, items: Iterable[tuple[str, str, str]], *, n_process: int = 1,
                   batch_size: int = 64, batches_per_worker: int = BATCHES_PER_WORKER) -> Iterator[Analysis]:
    """Analyses of (doc_id, text_hash, text) items in input order, with `n_process` workers.

    The workers are forked from this process and inherit the loaded model (no
    reload); a bounded window of batches in flight keeps memory flat however
    long the archive. The workers are replaced by fresh forks after about
    `batches_per_worker` batches each: spaCy's vocabulary (and the lexicon's
    memo of word forms) only grows with every new word form a worker meets,
    and a fresh fork starts again from the main process's pages, shared and
    unchanged.
    """
    batches = text_batches(items, batch_size)
    if n_process <= 1:
        for batch in batches:
            yield from analyser(batch)
        return
    import itertools
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    global _LOCAL_ANALYSER
    _LOCAL_ANALYSER = analyser
    context = multiprocessing.get_context("fork")
    while True:
        # One pool for a bounded run of batches, drained before the next pool forks afresh
        # (ProcessPoolExecutor, unlike multiprocessing.Pool, reports a worker killed mid-batch).
        run = iter(itertools.islice(batches, batches_per_worker * n_process))
        first = next(run, None)
        if first is None:
            return
        window: deque = deque()
        with ProcessPoolExecutor(n_process, mp_context=context, initializer=_watch_parent,
                                 initargs=(os.getpid(),)) as pool:
            for batch in itertools.chain([first], run):
                window.append(pool.submit(_analyse_locally, batch))
                while len(window) >= 2 * n_process:
                    yield from window.popleft().result()
            while window:
                yield from window.popleft().result()
