"""Hand-built spaCy Docs for the rule tests (no model): the morphology strings, a Doc builder and
the fixtures of a blank Spanish vocabulary and the shipped extractor over it."""
from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from pipeline.extract.extractor import load_extractor

FIN_PAST = "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"
FIN_FUT = "Mood=Ind|Number=Sing|Person=3|Tense=Fut|VerbForm=Fin"
FIN_PRES = "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"
PART = "Gender=Masc|Number=Sing|Tense=Past|VerbForm=Part"
INF = "VerbForm=Inf"


def build(vocab, tokens, ents=()) -> Doc:
    """tokens: (word, pos, lemma, morph, head, dep); head None = no parse (word order only)."""
    words = [t[0] for t in tokens]
    kwargs = {
        "pos": [t[1] for t in tokens],
        "lemmas": [t[2] or t[0].lower() for t in tokens],
        "morphs": [t[3] or "" for t in tokens],
    }
    if all(t[4] is not None for t in tokens):
        kwargs["heads"] = [t[4] for t in tokens]
        kwargs["deps"] = [t[5] for t in tokens]
    else:
        kwargs["sent_starts"] = [True] + [False] * (len(words) - 1)
    doc = Doc(vocab, words=words, **kwargs)
    if ents:
        doc.ents = [doc.char_span(doc[s].idx, doc[e - 1].idx + len(doc[e - 1]), label=label)
                    for s, e, label in ents]
    return doc


FIN = FIN_PAST
PRES = "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"
PLUR = "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"
PART_F = "Gender=Fem|Number=Sing|Tense=Past|VerbForm=Part"
MORPHS = {"FIN": FIN, "PRES": PRES, "PLUR": PLUR, "PART": PART, "PART_F": PART_F, "INF": INF}


def parse(vocab, spec: str, ents=()) -> Doc:
    """A Doc from "word/POS/dep/head[/lemma[/morph]]" items separated by spaces; a word ending in
    "~" has no space after it in the text ("prófugo~/ADJ/... -/PUNCT/..." is "prófugo-")."""
    words, pos, deps, heads, lemmas, morphs, spaces = [], [], [], [], [], [], []
    for item in spec.split():
        parts = item.split("/")
        word, tag, dep, head = parts[:4]
        spaces.append(not (word.endswith("~") and len(word) > 1))
        word = word[:-1] if not spaces[-1] else word
        words.append(word.replace("_", " ") if word != "_" else word)
        pos.append(tag)
        deps.append(dep)
        heads.append(int(head))
        lemmas.append(parts[4] if len(parts) > 4 and parts[4] else word.lower())
        morphs.append(MORPHS.get(parts[5], parts[5]) if len(parts) > 5 else "")
    doc = Doc(vocab, words=words, spaces=spaces, pos=pos, deps=deps, heads=heads, lemmas=lemmas, morphs=morphs)
    doc.ents = [doc.char_span(doc[s].idx, doc[e - 1].idx + len(doc[e - 1]), label=label) for s, e, label in ents]
    return doc


@pytest.fixture(scope="module")
def vocab():
    """A Spanish vocabulary (lexical attributes such as is_punct, like_num), no model."""
    return spacy.blank("es").vocab


@pytest.fixture(scope="module")
def extractor(config, vocab):
    return load_extractor(config, vocab)


@pytest.fixture(scope="module")
def shipped(vocab):
    """The extractor with the shipped rules (configs/ as installed), over the blank vocabulary."""
    from pipeline.config import load_config

    return load_extractor(load_config(), vocab)


@pytest.fixture(scope="module")
def lexicon():
    """The shipped trigger lexicon."""
    from pipeline.config import load_config
    from pipeline.extract.lexicon import load_lexicon

    return load_lexicon(load_config().data_path("extract.triggers"))


def rows(extractor, doc) -> list[tuple[str, str, str, str]]:
    """(designator, designee, role, status) of every row the extractor gives on `doc`."""
    return [(r["designator"], r["designee"], r["role"], r["status"]) for r in extractor.rows(doc, "d")]
