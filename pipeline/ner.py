"""Stage 2, ner: documents to parsed docs (cached), entities and, with an extractor, triples.

The documents stream through `n_process` workers, forked once with the
loaded model (or through a Dask cluster, `pipeline.distributed`); each
worker runs its batches through `nlp.pipe`, extracts, and serialises, so the
main process only stores what comes back, in input order. Two caches in
the work store make re-runs cheap: parses by (text hash, parse key), and the
rows derived from them (entities, triples) by (text hash, parse key, config
fingerprint). A re-run over a grown archive parses only the new documents;
a change of patterns or aliases re-extracts from the stored parses.

Parse modes (`run.parse`):

- "full": the model's whole pipeline over every document.
- "fast": sentences from the model's small `senter` (or a rule-based
  sentencizer), the NER side of the pipeline (ner, entity rulers) over every
  sentence, and the syntax side (tok2vec, morphologizer, parser, lemmatizer)
  only over the sentences that contain a trigger form, the only ones
  extraction reads (`Lexicon.has_trigger`), and over those that open with an
  entity, whose first word the entity layer checks by part of speech. The parsed sentences are merged
  back into the document, so that entities and triples share one
  segmentation and their `sent_index`es agree.

Documents longer than spaCy's limit are split at paragraph or sentence
boundaries, parsed in pieces and joined back, so that offsets stay those of
the document text.
"""
from __future__ import annotations

import json
import re
import time
import weakref
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy
from spacy.attrs import DEP, HEAD, LEMMA, MORPH, POS, TAG
from spacy.language import Language
from spacy.tokens import Doc, DocBin, Span
from spacy.util import minibatch

from pipeline.errors import ConfigError, MissingStageOutput
from pipeline.extract.lexicon import load_lexicon
from pipeline.extract.normalize import Normalizer
from pipeline.gazetteer import entity_norm
from pipeline.nlp import ModelInfo
from pipeline.store import WorkStore

if TYPE_CHECKING:
    from pipeline.extract.extractor import Extractor

Progress = Callable[[int, int], None]
PARSE_MODES = ("fast", "full")
FAST_COMPONENT = "designa_fast"
# Factories whose output only the dependency parse and the extractor read.
SYNTAX_FACTORIES = frozenset({
    "tok2vec", "morphologizer", "tagger", "parser", "attribute_ruler", "lemmatizer",
    "trainable_lemmatizer", "designa_line_breaks",
})
_PARSE_ATTRS = [POS, TAG, MORPH, LEMMA, DEP, HEAD]
# The part of the syntax side that gives parts of speech.
TAGGING_FACTORIES = frozenset({"tok2vec", "morphologizer", "tagger", "attribute_ruler"})
# A batch of work holds at most this many characters (or `batch_size` documents): the
# models' temporary memory grows with the tokens of a batch, so a run of long articles
# must not raise the peak. Measured on 700 articles: 200,000 characters a batch took a
# worker from 238 to 662 MB, 50,000 to 411 MB, at the same speed.
BATCH_CHARS = 50_000


@dataclass
class ParseSummary:
    """What the NLP pass did."""

    documents: int = 0
    parsed: int = 0
    cached: int = 0
    tokens: int = 0
    entities: int = 0
    triples: int = 0
    split: int = 0
    parsed_tokens: int = 0
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass
class ParsedDoc:
    """A document with its parse and its entity rows (without doc_id)."""

    doc_id: str
    text_hash: str
    doc: Doc
    entities: list[dict[str, Any]]


@dataclass
class DocResult:
    """The rows one document contributes: entities, and triples when an extractor ran."""

    doc_id: str
    text_hash: str
    tokens: int
    entities: list[dict[str, Any]]
    triples: list[dict[str, Any]] | None
    source: str  # "parsed", "parse cache" or "row cache"


# -- serialisation ---------------------------------------------------------------------


def doc_to_bytes(doc: Doc) -> bytes:
    docbin = DocBin(store_user_data=False)
    docbin.add(doc)
    return docbin.to_bytes()


def doc_from_bytes(data: bytes, vocab) -> Doc:
    return next(iter(DocBin().from_bytes(data).get_docs(vocab)))


# -- long documents ------------------------------------------------------------------------


def split_text(text: str, max_length: int) -> list[str]:
    """Pieces of at most `max_length` characters that join back to `text`.

    Cuts after a blank line if there is one in the second half of the piece,
    else after a line break, else after a sentence end, else at a space.
    """
    if len(text) <= max_length:
        return [text]
    pieces: list[str] = []
    start = 0
    while len(text) - start > max_length:
        window = text[start:start + max_length]
        cut = -1
        for pattern in (r"\n\s*\n", r"\n", r"[.!?…]\s", r"\s"):
            matches = [m.end() for m in re.finditer(pattern, window) if m.end() > max_length // 2]
            if matches:
                cut = matches[-1]
                break
        if cut <= 0:
            cut = max_length
        pieces.append(text[start:start + cut])
        start += cut
    pieces.append(text[start:])
    return pieces


# -- rows ------------------------------------------------------------------------------------------


def entity_rows(doc: Doc, normalize: Normalizer) -> list[dict[str, Any]]:
    """Entities rows of a parsed doc, without doc_id."""
    sent_of = {}
    if doc.has_annotation("SENT_START") or doc.has_annotation("DEP"):
        for index, sent in enumerate(doc.sents):
            for i in range(sent.start, sent.end):
                sent_of[i] = index
    return [
        {
            "sent_index": sent_of.get(ent.start, 0),
            "text": ent.text,
            "label": ent.label_,
            "start": ent.start_char,
            "end": ent.end_char,
            "norm": entity_norm(ent, normalize),
        }
        for ent in doc.ents
    ]


def _rows(doc: Doc, doc_id: str, normalize: Normalizer,
          extractor: Extractor | None) -> tuple[list[dict], list[dict] | None]:
    entities = [{"doc_id": doc_id, **row} for row in entity_rows(doc, normalize)]
    triples = extractor.rows(doc, doc_id) if extractor is not None else None
    return entities, triples


# -- the fast parse -------------------------------------------------------------------------------


class FastParse:
    """A pipeline component that runs the NER side everywhere and the parser where triggers are.

    Only this component runs in "fast" mode; it calls the model's own
    components (disabled or not) in the order that fast parsing needs:
    sentence segmentation, line breaks, the NER (and what precedes it), then
    the syntax side on the trigger sentences alone, merged back into the
    document, then the components that follow the NER (the entity layer).
    """

    def __init__(self, nlp: Language, name: str, triggers: str, segmenter: str,
                 ner_side: list[str], syntax: list[str], after_parse: list[str]) -> None:
        self.nlp = nlp
        self.name = name
        self.lexicon = load_lexicon(Path(triggers))
        self.segmenter = segmenter
        self.ner_side = ner_side
        self.syntax = syntax
        self.after_parse = after_parse
        self.tagging = [n for n in syntax if nlp.get_pipe_meta(n).factory in TAGGING_FACTORIES]
        self._dep = nlp.vocab.strings.add("dep")
        self._root = nlp.vocab.strings.add("ROOT")

    def __call__(self, doc: Doc) -> Doc:
        return next(iter(self.pipe([doc])))

    def pipe(self, docs: Iterable[Doc], batch_size: int = 64) -> Iterator[Doc]:
        for batch in minibatch(docs, size=batch_size):
            yield from self._batch(list(batch), batch_size)

    def _apply(self, names: list[str], docs: list[Doc], batch_size: int) -> list[Doc]:
        stream: Iterable[Doc] = docs
        for name in names:
            component = self.nlp.get_pipe(name)
            if hasattr(component, "pipe"):
                stream = component.pipe(stream, batch_size=batch_size)
            else:
                stream = map(component, stream)
        return list(stream)

    def _batch(self, docs: list[Doc], batch_size: int) -> list[Doc]:
        docs = self._apply([self.segmenter, "designa_line_breaks", *self.ner_side], docs, batch_size)
        # Trigger sentences get the whole syntax side; sentences that open with an entity get
        # parts of speech only (tagging), for the entity layer's check of their first word.
        jobs: dict[str, list[tuple[int, int]]] = {"parse": [], "tag": []}
        sentences: dict[str, list[Doc]] = {"parse": [], "tag": []}
        for index, doc in enumerate(docs):
            for sent in doc.sents:
                kind = ("parse" if self.lexicon.has_trigger(sent.text)
                        else "tag" if _opens_with_entity(sent) else None)
                if kind is not None:
                    jobs[kind].append((index, sent.start))
                    sentences[kind].append(Doc(self.nlp.vocab, words=[t.text for t in sent],
                                               spaces=[bool(t.whitespace_) for t in sent]))
        by_doc: dict[int, list[tuple[int, Doc, bool]]] = {}
        for kind, names in (("parse", self.syntax), ("tag", self.tagging)):
            for (index, start), sentence in zip(jobs[kind], self._apply(names, sentences[kind], batch_size)):
                by_doc.setdefault(index, []).append((start, sentence, kind == "parse"))
        for index, doc in enumerate(docs):
            self._merge(doc, by_doc.get(index, []))
        # Components that follow the NER in the full pipeline (the entity layer) run last, as
        # there: on the trigger sentences they see the parts of speech a full run gives them.
        return self._apply(self.after_parse, docs, batch_size)

    def _merge(self, doc: Doc, done: list[tuple[int, Doc, bool]]) -> None:
        """Write the parsed (or tagged) sentences into `doc`; the others get a placeholder tree.

        The placeholder (first token the root, the rest attached with the
        label "dep") keeps the segmentation; extraction never reads it, since
        a sentence without a trigger form yields nothing.
        """
        if len(doc) == 0:
            return
        values = numpy.zeros((len(doc), len(_PARSE_ATTRS)), dtype="uint64")
        dep_col, head_col = _PARSE_ATTRS.index(DEP), _PARSE_ATTRS.index(HEAD)
        by_start = {start: (sentence, parsed) for start, sentence, parsed in done}
        for sent in doc.sents:
            sentence, parsed = by_start.get(sent.start, (None, False))
            if sentence is not None and len(sentence) == len(sent):
                values[sent.start:sent.end] = sentence.to_array(_PARSE_ATTRS)
                if parsed:
                    continue
            values[sent.start:sent.end, dep_col] = self._dep
            values[sent.start, dep_col] = self._root
            offsets = numpy.arange(sent.start, sent.end, dtype="int64")
            values[sent.start:sent.end, head_col] = (sent.start - offsets).astype("uint64")
        doc.from_array(_PARSE_ATTRS, values)


def _opens_with_entity(sent: Span) -> bool:
    """Is the sentence's first word an entity of one word?

    The entity layer tells a name from a capitalised sentence-initial word
    ("Murió", "Asimismo") by its part of speech, so such sentences are tagged
    too; without it the fast mode kept about 2% more entities than a full run.
    """
    first = next((token for token in sent if token.is_alpha), None)
    if first is None or first.ent_iob_ != "B":
        return False
    return first.i + 1 >= sent.end or sent.doc[first.i + 1].ent_iob_ != "I"


@Language.factory(FAST_COMPONENT, default_config={
    "triggers": "", "segmenter": "senter", "ner_side": [], "syntax": [], "after_parse": []})
def make_fast_parse(nlp: Language, name: str, triggers: str, segmenter: str, ner_side: list[str],
                    syntax: list[str], after_parse: list[str]) -> FastParse:
    return FastParse(nlp, name, triggers, segmenter, ner_side, syntax, after_parse)


_PREPARED: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def prepare(nlp: Language, triggers: Path) -> tuple[list[str], list[str]]:
    """Add the (disabled) fast-parse component once; return the names each mode runs.

    Returns:
        (full, fast): the components `nlp.pipe` runs in each mode.
    """
    if nlp in _PREPARED:
        return _PREPARED[nlp]
    full = [n for n in nlp.pipe_names if n != FAST_COMPONENT]
    ner = nlp.get_pipe("ner") if "ner" in full else None
    from spacy.pipeline.tok2vec import Tok2VecListener

    listens = ner is not None and any(isinstance(node, Tok2VecListener) for node in ner.model.walk())
    syntax = [n for n in full if nlp.get_pipe_meta(n).factory in SYNTAX_FACTORIES]
    # A NER that listens to a shared tok2vec needs it run over every sentence too.
    ner_side = [n for n in full if n not in syntax or (listens and nlp.get_pipe_meta(n).factory == "tok2vec")]
    # What follows the NER in the pipeline (rule-based entity layers) runs after the parse.
    after_parse = [n for n in ner_side if "ner" in full and full.index(n) > full.index("ner")]
    ner_side = [n for n in ner_side if n not in after_parse]
    if "senter" in nlp.component_names:
        segmenter = "senter"
    else:
        segmenter = "designa_sentencizer"
        nlp.add_pipe("sentencizer", name=segmenter)
        nlp.disable_pipe(segmenter)
    if "designa_line_breaks" not in nlp.component_names:
        nlp.add_pipe("designa_line_breaks", first=True)
        nlp.disable_pipe("designa_line_breaks")
    nlp.add_pipe(FAST_COMPONENT, config={"triggers": str(triggers), "segmenter": segmenter,
                                         "ner_side": ner_side, "syntax": syntax,
                                         "after_parse": after_parse})
    nlp.disable_pipe(FAST_COMPONENT)  # nlp(text) keeps meaning the full pipeline
    _PREPARED[nlp] = (full, [FAST_COMPONENT])
    return _PREPARED[nlp]


@contextmanager
def only_pipes(nlp: Language, names: list[str]) -> Iterator[Language]:
    """Run exactly `names` (enabling disabled ones) inside the block; restore afterwards."""
    disabled_before = set(nlp.disabled)
    for name in nlp.component_names:
        if name in names and name in disabled_before:
            nlp.enable_pipe(name)
        elif name not in names and name not in disabled_before:
            nlp.disable_pipe(name)
    try:
        yield nlp
    finally:
        for name in nlp.component_names:
            if name in disabled_before and name not in nlp.disabled:
                nlp.disable_pipe(name)
            elif name not in disabled_before and name in nlp.disabled:
                nlp.enable_pipe(name)


def parse_mode(config_value: str) -> str:
    if config_value not in PARSE_MODES:
        raise ConfigError(f"run.parse must be one of {', '.join(PARSE_MODES)}, got {config_value!r}.")
    return config_value


def parse_texts(nlp: Language, items: Iterable[tuple[str, Any]], *, mode: str, triggers: Path,
                batch_size: int = 64, n_process: int = 1) -> Iterator[tuple[Doc, Any]]:
    """Parse (text, context) pairs in one streaming `nlp.pipe`; long texts in joined pieces.

    Yields (doc, context) in input order. The worker processes start once.
    """
    full, fast = prepare(nlp, triggers)
    names = fast if parse_mode(mode) == "fast" else full
    limit = nlp.max_length - 1

    def pieces() -> Iterator[tuple[str, tuple[Any, int, int]]]:
        for text, context in items:
            parts = split_text(text, limit)
            for index, part in enumerate(parts):
                yield part, (context, index, len(parts))

    with only_pipes(nlp, names):
        parts: list[Doc] = []
        for doc, (context, index, total) in nlp.pipe(pieces(), as_tuples=True, batch_size=batch_size,
                                                      n_process=n_process):
            parts.append(doc)
            if index == total - 1:
                joined = parts[0] if total == 1 else Doc.from_docs(parts, ensure_whitespace=False)
                parts = []
                yield joined, context


# -- the unit of work: parse and derive rows, in a worker -----------------------------------------


@dataclass
class Analysis:
    """What a worker returns for one document: its serialised parse and its rows."""

    doc_id: str
    text_hash: str
    tokens: int
    parse: bytes
    entities: list[dict[str, Any]]
    triples: list[dict[str, Any]] | None
    split: bool


class Analyser:
    """Parses texts and derives their rows; runs in the main process, a local worker or a Dask worker.

    Doing the extraction and the serialisation where the parse happens keeps
    the main process to storing rows, so it does not become the bottleneck
    of a multi-process run.
    """

    def __init__(self, nlp: Language, normalize: Normalizer, extractor: Extractor | None, *,
                 mode: str, triggers: Path, batch_size: int) -> None:
        self.nlp = nlp
        self.normalize = normalize
        self.extractor = extractor
        self.mode = parse_mode(mode)
        self.triggers = triggers
        self.batch_size = batch_size

    def __call__(self, batch: list[tuple[str, str, str]]) -> list[Analysis]:
        """Analyse (doc_id, text_hash, text) triples, in order."""
        results = []
        limit = self.nlp.max_length - 1
        for doc, (doc_id, text_hash) in parse_texts(
                self.nlp, ((text, (doc_id, text_hash)) for doc_id, text_hash, text in batch),
                mode=self.mode, triggers=self.triggers, batch_size=self.batch_size, n_process=1):
            entities, triples = _rows(doc, doc_id, self.normalize, self.extractor)
            results.append(Analysis(doc_id, text_hash, len(doc), doc_to_bytes(doc), entities, triples,
                                    len(doc.text) > limit))
        return results


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
    import os
    import threading

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(1.0)
        os._exit(1)

    threading.Thread(target=watch, daemon=True).start()


def _analyse_locally(batch: list[tuple[str, str, str]]) -> list[Analysis]:
    assert _LOCAL_ANALYSER is not None
    return _LOCAL_ANALYSER(batch)


def analyse_stream(analyser: Analyser, items: Iterable[tuple[str, str, str]], *, n_process: int = 1,
                   batch_size: int = 64) -> Iterator[Analysis]:
    """Analyses of (doc_id, text_hash, text) items in input order, with `n_process` workers.

    The workers are forked once, inherit the loaded model (no reload), and
    each runs its batches through `nlp.pipe`; a bounded window of batches in
    flight keeps memory flat however long the archive.
    """
    batches = text_batches(items, batch_size)
    if n_process <= 1:
        for batch in batches:
            yield from analyser(batch)
        return
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    global _LOCAL_ANALYSER
    _LOCAL_ANALYSER = analyser
    window: deque = deque()
    import os

    with ProcessPoolExecutor(n_process, mp_context=multiprocessing.get_context("fork"),
                             initializer=_watch_parent, initargs=(os.getpid(),)) as pool:
        for batch in batches:
            window.append(pool.submit(_analyse_locally, batch))
            while len(window) >= 2 * n_process:
                yield from window.popleft().result()
        while window:
            yield from window.popleft().result()


# -- the stage over a work store ---------------------------------------------------------------


def process_documents(
    store: WorkStore,
    nlp: Language,
    info: ModelInfo,
    normalize: Normalizer,
    extractor: Extractor | None = None,
    *,
    fingerprint: str = "",
    mode: str = "fast",
    triggers: Path | None = None,
    batch_size: int = 64,
    n_process: int = 1,
    scheduler: str | None = None,
    config: Any = None,
    progress: Progress | None = None,
    summary: ParseSummary | None = None,
) -> Iterator[DocResult]:
    """The rows of every ok document, from the row cache, the parse cache, or a fresh parse.

    Three passes over the documents table, each a SQL join with a cache:
    documents whose rows are cached, then those whose parse is cached, then
    the rest, parsed in one stream (local workers or a Dask cluster).
    """
    store.require("documents")
    summary = summary if summary is not None else ParseSummary()
    key = info.key
    use_rows = extractor is not None

    def account(result: DocResult) -> DocResult:
        summary.documents += 1
        summary.tokens += result.tokens
        summary.entities += len(result.entities)
        summary.triples += len(result.triples or [])
        if result.source == "parsed":
            summary.parsed += 1
        else:
            summary.cached += 1
        if progress is not None:
            progress(1, result.tokens)
        return result

    if use_rows:
        for doc_id, text_hash, tokens, entities, triples in store.cached_rows(key, fingerprint):
            yield account(DocResult(
                doc_id, text_hash, tokens,
                [{"doc_id": doc_id, **row} for row in json.loads(entities)],
                [{"doc_id": doc_id, **row} for row in json.loads(triples)], "row cache"))

    pending: list[tuple[str, int, list, list]] = []
    pending_parses: list[tuple[str, str, bytes]] = []
    flushed = [time.monotonic()]

    def flush() -> None:
        # Parses and their rows in one transaction: a kill leaves both or neither.
        store.store_cache(pending_parses, [(h, key, fingerprint, n, e, t) for h, n, e, t in pending])
        pending.clear()
        pending_parses.clear()
        flushed[0] = time.monotonic()

    def remember(text_hash: str, tokens: int, entities: list, triples: list | None,
                 parse: bytes | None = None) -> None:
        if parse is not None:
            pending_parses.append((text_hash, key, parse))
        if use_rows:
            pending.append((text_hash, tokens, _without_doc_id(entities), _without_doc_id(triples or [])))
        # Every 200 documents or every second: an interrupted run loses little work.
        if len(pending) >= 200 or len(pending_parses) >= 200 or time.monotonic() - flushed[0] > 1:
            flush()

    for doc_id, text_hash, data in store.cached_parse_rows(key, fingerprint if use_rows else None):
        doc = doc_from_bytes(data, nlp.vocab)
        entities, triples = _rows(doc, doc_id, normalize, extractor)
        remember(text_hash, len(doc), entities, triples)
        yield account(DocResult(doc_id, text_hash, len(doc), entities, triples, "parse cache"))
    flush()

    items = store.unparsed_rows(key)
    if scheduler:
        from pipeline.distributed import analyse_on_cluster

        stream = analyse_on_cluster(
            scheduler, config, items, batch_size=batch_size, with_rows=use_rows,
            expected_model=f"{info.name} {info.version} on spaCy {info.spacy_version}")
    else:
        analyser = Analyser(nlp, normalize, extractor, mode=mode, triggers=triggers or Path(),
                            batch_size=batch_size)
        stream = analyse_stream(analyser, items, n_process=n_process, batch_size=batch_size)
    for analysis in stream:
        summary.split += analysis.split
        summary.parsed_tokens += analysis.tokens
        remember(analysis.text_hash, analysis.tokens, analysis.entities, analysis.triples,
                 analysis.parse)
        yield account(DocResult(analysis.doc_id, analysis.text_hash, analysis.tokens,
                                analysis.entities, analysis.triples, "parsed"))
    flush()


def _without_doc_id(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [{k: v for k, v in row.items() if k != "doc_id"} for row in rows]


def _ok_documents(store: WorkStore) -> Iterator[tuple[str, str, str]]:
    store.require("documents")
    yield from store.db.execute(
        "SELECT doc_id, text_hash, NULL FROM documents WHERE status='ok' ORDER BY rowid"
    )


def iter_parses_only(store: WorkStore, nlp: Language, info: ModelInfo) -> Iterable[ParsedDoc]:
    """Every ok document from the parse cache, without parsing.

    Raises:
        MissingStageOutput: a document has no stored parse for this model.
    """
    documents = _ok_documents(store)
    while True:
        chunk = [row for _, row in zip(range(256), documents)]
        if not chunk:
            break
        cached = store.cached_parses(sorted({h for _, h, _ in chunk}), info.key)
        for doc_id, text_hash, _ in chunk:
            if text_hash not in cached:
                raise MissingStageOutput(
                    f"parse of document {doc_id} for model {info.name} {info.version}", "ner")
            data, entities = cached[text_hash]
            yield ParsedDoc(doc_id, text_hash, doc_from_bytes(data, nlp.vocab), entities)


def run_ner(
    store: WorkStore,
    nlp: Language,
    info: ModelInfo,
    normalize: Normalizer,
    *,
    extractor: Extractor | None = None,
    fingerprint: str = "",
    mode: str = "fast",
    triggers: Path | None = None,
    batch_size: int = 64,
    n_process: int = 1,
    scheduler: str | None = None,
    config: Any = None,
    progress: Progress | None = None,
) -> ParseSummary:
    """Parse every ok document (or take it from the cache) and write the entities table.

    Raises:
        MissingStageOutput: no documents table (run `designa ingest`).
    """
    store.require("documents")
    summary = ParseSummary()
    staging = store.start_table("entities")
    batch: list[dict[str, Any]] = []
    for result in process_documents(store, nlp, info, normalize, extractor, fingerprint=fingerprint,
                                    mode=mode, triggers=triggers, batch_size=batch_size,
                                    n_process=n_process, scheduler=scheduler, config=config,
                                    progress=progress, summary=summary):
        batch.extend(result.entities)
        if len(batch) >= 5000:
            store.append(staging, batch)
            batch = []
    store.append(staging, batch)
    store.commit_table("entities", {"ner.model": info.name, "ner.model_version": info.version,
                                    "ner.key": info.key})
    return summary
