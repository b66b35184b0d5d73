"""Build a work store by hand for export, check and report tests (no model needed).

The rows are written here for the tests; none comes from a corpus.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

from pipeline.store import WorkStore
from pipeline.tables import TRIPLE_EXTRACT_COLUMNS


def document(doc_id: str, published: str = "", *, title: str = "", url: str = "",
             status: str = "ok", text: str = "") -> dict[str, Any]:
    return {"doc_id": doc_id, "source": f"{doc_id}.txt", "path": f"{doc_id}.txt", "record": "0",
            "title": title,
            "published": published, "url": url, "n_chars": len(text), "status": status,
            "reason": "" if status == "ok" else "test", "text_hash": doc_id, "text": text, "seq": 0}


def triple(doc_id: str, sentence: str, designator: str, designee: str, role: str, trigger: str, *,
           sent_index: int = 0, status: str = "asserted", offset: int = 0,
           norms: tuple[str, str, str] | None = None, **extra: Any) -> dict[str, Any]:
    """A triples row whose offsets are found in `sentence`, placed at `offset` in its document."""
    row: dict[str, Any] = {c: "" for c in TRIPLE_EXTRACT_COLUMNS}
    row.update(doc_id=doc_id, sent_index=sent_index, designator=designator, designee=designee,
               role=role, trigger=trigger, trigger_lemma=trigger.lower(), status=status,
               voice="active", pattern="test", sentence=sentence)
    designator_norm, designee_norm, role_norm = norms or (designator, designee, role)
    row.update(designator_norm=designator_norm, designee_norm=designee_norm, role_norm=role_norm)
    for slot, text in (("designator", designator), ("designee", designee), ("role", role),
                       ("trigger", trigger)):
        start = sentence.find(text) if text else -1
        row[f"{slot}_start"] = offset + start if start >= 0 else None
        row[f"{slot}_end"] = offset + start + len(text) if start >= 0 else None
    row.update(extra)
    return row


def entity(doc_id: str, text: str, label: str, start: int) -> dict[str, Any]:
    return {"doc_id": doc_id, "sent_index": 0, "text": text, "label": label, "start": start,
            "end": start + len(text), "norm": text}


def build_store(work: Path, documents: list[dict], triples: list[dict],
                entities: list[dict] | None = None) -> Path:
    """Fill the three stage tables of a work store at `work`; returns `work`."""
    with WorkStore(work) as store:
        for name, rows in (("documents", documents), ("entities", entities or []),
                           ("triples", triples)):
            staging = store.start_table(name)
            store.append(staging, rows)
            store.commit_table(name)
    return work
