"""Rows from analysed sentences: entity records and triples, with document offsets.

Each sentence is analysed as its own `Doc`, so its offsets start at 0; the
rows here add the sentence's offset in the document text and its
`sent_index`, so that every offset points into the document.
"""
from __future__ import annotations

import json
import zlib
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

import numpy
import srsly
from spacy.tokens import Doc, DocBin
from spacy.vocab import Vocab

from pipeline.analyse.segment import Sentence
from pipeline.extract.normalize import Normalizer

if TYPE_CHECKING:
    from pipeline.extract.extractor import Extractor

# An entity before normalisation: (sent_index, start, end, label, text, gazetteer id).
EntityRecord = tuple[int, int, int, str, str, str]


def entity_records(doc: Doc, sentence: Sentence) -> list[EntityRecord]:
    """The entities of an analysed sentence, with document offsets."""
    offset = sentence.start_char
    return [(sentence.index, offset + ent.start_char, offset + ent.end_char, ent.label_, ent.text,
             ent.ent_id_) for ent in doc.ents]


def same_person(records: list[EntityRecord]) -> list[EntityRecord]:
    """A one-word entity that repeats the surname of a person named in the document is that person.

    The entity layer does this within the `Doc` it sees (`gazetteer.same_person`);
    sentences are analysed apart, so the entities of a whole document get the
    same rule here: "Donald Trump ... Trump", where the model often calls the
    second mention LOC. Gazetteer names (with a canonical id) keep their label.
    """
    surnames = {text.split()[-1] for _, _, _, label, text, _ in records if label == "PER" and " " in text}
    return [(index, start, end, "PER", text, canonical)
            if label != "PER" and not canonical and " " not in text and text in surnames
            else (index, start, end, label, text, canonical)
            for index, start, end, label, text, canonical in records]


def entity_norms(records: list, normalize: Normalizer) -> list[str]:
    """The entities' norms: the gazetteer's canonical name, else the normaliser's form."""
    return [canonical or normalize(text) for _, _, _, _, text, canonical in records]


def entity_rows(doc_id: str, records: list, normalize: Normalizer,
                norms: list[str] | None = None) -> list[dict[str, Any]]:
    """Entities table rows, with `norms` (`entity_norms`) when they were computed already."""
    norms = entity_norms(records, normalize) if norms is None else norms
    return [{"doc_id": doc_id, "sent_index": index, "text": text, "label": label, "start": start,
             "end": end, "norm": norm}
            for (index, start, end, label, text, _), norm in zip(records, norms, strict=True)]


def triple_rows(extractor: Extractor, doc: Doc, doc_id: str, sentence: Sentence) -> list[dict[str, Any]]:
    """The extractor's rows for one sentence, with document offsets and the sentence's index.

    Every integer column named `*_start` or `*_end` is an offset into the
    sentence, moved by the sentence's start in the document.
    """
    rows = extractor.rows(doc, doc_id)
    offset = sentence.start_char
    for row in rows:
        row["sent_index"] = sentence.index
        for key, value in row.items():
            if isinstance(value, int) and not isinstance(value, bool) and key.endswith(("_start", "_end")):
                row[key] = value + offset
    return rows


# -- stored parses: the trigger sentences of a document ------------------------------------


def pack_sentences(tokens: int, sentences: list[Sentence], docs: DocBin) -> bytes:
    """A document's parsed trigger sentences (`docs`, in the order of `sentences`), for the parse cache.

    A JSON header (token count, sentence bounds) and the DocBin's bytes; plain
    JSON, since srsly's msgpack packer looks up its registry on every call,
    which cost more than the rest for a document without a trigger sentence.
    """
    header = json.dumps([tokens, [[s.index, s.start, s.end, s.start_char, s.end_char, int(s.cut)]
                                  for s in sentences]]).encode()
    return len(header).to_bytes(4, "big") + header + (docbin_bytes(docs) if sentences else b"")


_PACKER: srsly.msgpack.Packer | None = None


def docbin_bytes(docs: DocBin) -> bytes:
    """The bytes of `DocBin.to_bytes` (spaCy 3.8), with one msgpack packer per process.

    srsly builds a packer for every call and looks its encoders up in the
    package entry points each time: about 1 ms, more than the rest of the
    work on a trigger sentence's parse.
    """
    global _PACKER
    if _PACKER is None:
        _PACKER = srsly.msgpack.Packer(use_bin_type=True)
    lengths = [len(tokens) for tokens in docs.tokens]
    tokens = numpy.vstack(docs.tokens) if docs.tokens else numpy.asarray([])
    spaces = numpy.vstack(docs.spaces) if docs.spaces else numpy.asarray([])
    msg = {
        "version": docs.version,
        "attrs": docs.attrs,
        "tokens": tokens.tobytes("C"),
        "spaces": spaces.tobytes("C"),
        "lengths": numpy.asarray(lengths, dtype="int32").tobytes("C"),
        "strings": sorted(docs.strings),
        "cats": docs.cats,
        "flags": docs.flags,
        "span_groups": docs.span_groups,
    }
    if docs.store_user_data:
        msg["user_data"] = docs.user_data
    return zlib.compress(_PACKER.pack(msg))


def unpack_sentences(data: bytes, vocab: Vocab) -> tuple[int, Iterator[tuple[Sentence, Doc]]]:
    """(tokens of the document, its parsed trigger sentences) from `pack_sentences` bytes."""
    size = int.from_bytes(data[:4], "big")
    tokens, bounds = json.loads(data[4:4 + size])
    sentences = [Sentence(index, start, end, start_char, end_char, True, bool(cut))
                 for index, start, end, start_char, end_char, cut in bounds]
    docs = DocBin().from_bytes(data[4 + size:]).get_docs(vocab) if sentences else iter(())
    return tokens, zip(sentences, docs)
