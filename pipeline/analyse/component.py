"""Which of the model's components run on which sentence.

Every sentence is its own `Doc` (see `segment`), and gets one of three treatments:

- "parse": the whole pipeline, in its own order (syntax, NER, the entity
  layer): the trigger sentences, the only ones extraction reads (and every
  sentence with `run.parse = "full"`).
- "ner": the NER side alone (the NER, what it listens to, the entity layer
  after it), plus parts of speech for a sentence that opens with a one-word
  entity, whose first word the entity layer checks by part of speech.
- nothing: the other sentences of a triples-only run.

A trigger sentence is treated the same in both run modes, whatever its
neighbours, so both give the same triples rows.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc

# Factories whose output only the dependency parse and the extractor read.
SYNTAX_FACTORIES = frozenset({
    "tok2vec", "morphologizer", "tagger", "parser", "attribute_ruler", "lemmatizer",
    "trainable_lemmatizer",
})
# The part of the syntax side that gives parts of speech.
TAGGING_FACTORIES = frozenset({"tok2vec", "morphologizer", "tagger", "attribute_ruler"})
# Segmenters: the engine segments the text itself, before the model.
SEGMENTERS = frozenset({"senter", "sentencizer", "designa_line_breaks"})


@dataclass(frozen=True)
class Plan:
    """The component names each treatment runs, in pipeline order."""

    parse: tuple[str, ...]
    ner: tuple[str, ...]
    tagging: tuple[str, ...]
    after_ner: tuple[str, ...]

    @classmethod
    def of(cls, nlp: Language) -> Plan:
        names = [n for n in nlp.pipe_names if nlp.get_pipe_meta(n).factory not in SEGMENTERS]
        factory = {n: nlp.get_pipe_meta(n).factory for n in names}
        if "ner" not in names:
            return cls(tuple(names), (), (), ())
        from spacy.pipeline.tok2vec import Tok2VecListener

        listens = any(isinstance(node, Tok2VecListener) for node in nlp.get_pipe("ner").model.walk())
        ner_at = names.index("ner")
        # A NER that listens to a shared tok2vec needs it run over every sentence too.
        ner_side = [n for n in names[:ner_at + 1]
                    if factory[n] not in SYNTAX_FACTORIES or (listens and factory[n] == "tok2vec")]
        after = [n for n in names[ner_at + 1:] if factory[n] not in SYNTAX_FACTORIES]
        tagging = [n for n in names if factory[n] in TAGGING_FACTORIES]
        return cls(tuple(names), tuple(ner_side), tuple(tagging), tuple(after))


def apply(nlp: Language, names: Iterable[str], docs: list[Doc], batch_size: int) -> list[Doc]:
    """Run the named components (enabled or not) over `docs`, batched, in order."""
    stream: Iterable[Doc] = docs
    for name in names:
        component = nlp.get_pipe(name)
        if hasattr(component, "pipe"):
            stream = component.pipe(stream, batch_size=batch_size)
        else:
            stream = map(component, stream)
    return list(stream)


def opens_with_entity(doc: Doc) -> bool:
    """Is the sentence's first word an entity of one word?

    The entity layer tells a name from a capitalised sentence-initial word
    ("Murió", "Asimismo") by its part of speech, so such sentences are tagged.
    """
    first = next((token for token in doc if token.is_alpha), None)
    if first is None or first.ent_iob_ != "B":
        return False
    return first.i + 1 >= len(doc) or doc[first.i + 1].ent_iob_ != "I"


def run_plan(nlp: Language, plan: Plan, parse: list[Doc], ner: list[Doc], batch_size: int) -> None:
    """Annotate the sentence docs in place: `parse` with the whole pipeline, `ner` with the NER side."""
    if parse:
        apply(nlp, plan.parse, parse, batch_size)
    if ner:
        ner = apply(nlp, plan.ner, ner, batch_size)
        tag = [doc for doc in ner if opens_with_entity(doc)]
        if tag:
            apply(nlp, plan.tagging, tag, batch_size)
        apply(nlp, plan.after_ner, ner, batch_size)
