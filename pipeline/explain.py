"""`designa explain`: why the extractor did or did not find a designation in a sentence.

`explain(text, nlp, extractor)` returns the parse (tokens with lemma, part of
speech, dependency and head), the entities, every trigger candidate with the
patterns that matched around it and what became of each (rows, or the reason
for none), and the designations found. `render_html` draws the dependency
parse with displaCy, with the designator, designee, role and trigger
highlighted.
"""
from __future__ import annotations

import html
from dataclasses import dataclass, field
from typing import Any

from spacy import displacy
from spacy.language import Language
from spacy.tokens import Doc

from pipeline.extract.extractor import Attempt, Designation, Extractor
from pipeline.qualify import Qualifier

SLOT_COLOURS = {"trigger": "#d62728", "designee": "#1f77b4", "role": "#2ca02c", "designator": "#9467bd"}


@dataclass(frozen=True)
class TokenView:
    i: int
    text: str
    lemma: str
    pos: str
    dep: str
    head: int


@dataclass
class TriggerView:
    """One trigger word and what the patterns made of it."""

    i: int
    text: str
    lemma: str
    kind: str
    attempts: list[Attempt] = field(default_factory=list)
    note: str = ""


@dataclass
class Explanation:
    text: str
    doc: Doc
    tokens: list[TokenView]
    entities: list[tuple[str, str, int, int]]
    triggers: list[TriggerView]
    designations: list[Designation]
    rows: list[dict[str, Any]]


def explain(text: str, nlp: Language, extractor: Extractor, qualifier: Qualifier | None = None,
            published: str = "") -> Explanation:
    """Parse `text` and trace the extractor over it; with a qualifier, the rows get their
    dates (against `published`), predecessors and role parts."""
    doc = nlp(text)
    designations, attempts = extractor.trace(doc)
    triggers = []
    for token, entry in extractor.mark_triggers(doc):
        view = TriggerView(token.i, token.text, entry.lemma, entry.kind,
                           [a for a in attempts if a.trigger.i == token.i])
        if not any(a.pattern != "frame" for a in view.attempts):
            view.note = _no_match_note(entry)
        triggers.append(view)
    # Trigger words whose neighbours show another sense ("declaró que"): no trigger, and why.
    words = [token.text for token in doc]
    for token in doc:
        why = extractor.lexicon.trigger_at(words, token.i)[1]
        if why:
            entry = extractor.lexicon.lookup(token.text)
            triggers.append(TriggerView(token.i, token.text, entry.lemma, entry.kind, note=f"no trigger: {why}"))
    triggers.sort(key=lambda view: view.i)
    return Explanation(
        text=text,
        doc=doc,
        tokens=[TokenView(t.i, t.text, t.lemma_, t.pos_, t.dep_, t.head.i) for t in doc],
        entities=[(e.text, e.label_, e.start, e.end) for e in doc.ents],
        triggers=triggers,
        designations=designations,
        rows=(qualifier.qualify(extractor.rows(doc, "explain"), published, text) if qualifier is not None
              else extractor.rows(doc, "explain")),
    )


def _no_match_note(entry) -> str:
    if entry.needs == "como":
        return "no pattern matched: this trigger counts only with a 'como' role ('reconocer como')"
    if entry.needs == "object-role":
        return ("no pattern matched: this trigger needs 'a Y' and a role object "
                f"starting with one of {sorted(entry.role_heads)[:6]}...")
    return ("no pattern matched the words around it (no 'a Y como Z', no 'ser' + participle, "
            "no 'de Y como Z', ...)")


def slot_tokens(designations: list[Designation]) -> dict[int, str]:
    """Token index -> slot name, for highlighting (the trigger wins over the others)."""
    slots: dict[int, str] = {}
    for found in designations:
        for name, span in (("designator", found.designator), ("role", found.role), ("designee", found.designee)):
            if span is not None:
                for token in span:
                    slots.setdefault(token.i, name)
        slots[found.trigger.i] = "trigger"
    return slots


def render_html(explanation: Explanation) -> str:
    """A displaCy dependency page with the slots of every designation coloured."""
    doc = explanation.doc
    slots = slot_tokens(explanation.designations)
    # One picture word per token, so that colours line up with token indices.
    parsed = displacy.parse_deps(doc, {"collapse_punct": False, "collapse_phrases": False})
    for word, token in zip(parsed["words"], doc):
        if token.i in slots:
            word["tag"] = f"{word['tag']} · {slots[token.i].upper()}"
    svg = displacy.render(parsed, style="dep", manual=True, page=False, jupyter=False,
                          options={"compact": True, "distance": 110})
    svg = _colour_words(svg, [slots.get(t.i) for t in doc])
    legend = " ".join(f'<span style="color:{colour};font-weight:bold">{name}</span>'
                      for name, colour in SLOT_COLOURS.items())
    rows = "".join(
        "<li>" + html.escape(f"({r['designator']!r}, {r['designee']!r}, {r['role']!r}) "
                             f"trigger={r['trigger']} status={r['status']} voice={r['voice']} "
                             f"pattern={r['pattern']}") + "</li>"
        for r in explanation.rows) or "<li>no designation</li>"
    return (
        "<!DOCTYPE html><html lang=\"es\"><head><meta charset=\"utf-8\"><title>designa explain</title></head>"
        "<body style=\"font-family:sans-serif\">"
        f"<p>{html.escape(explanation.text)}</p><p>{legend}</p><ul>{rows}</ul>"
        f"<figure style=\"overflow-x:auto\">{svg}</figure></body></html>"
    )


def _colour_words(svg: str, slots: list[str | None]) -> str:
    """Colour the k-th word of the displaCy picture by its slot (words come in token order)."""
    marker = 'class="displacy-word" fill="currentColor"'
    parts = svg.split(marker)
    if len(parts) != len(slots) + 1:
        return svg
    out = [parts[0]]
    for slot, rest in zip(slots, parts[1:]):
        fill = SLOT_COLOURS.get(slot or "", "currentColor")
        weight = ' font-weight="bold"' if slot else ""
        out.append(f'class="displacy-word" fill="{fill}"{weight}' + rest)
    return "".join(out)
