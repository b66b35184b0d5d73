"""`designa report`: one self-contained HTML page to look at the designations.

The page is rendered from a Jinja2 template shipped in the package
(`pipeline/templates/`), with its CSS, script and data inline, so that it
opens from a file or an e-mail attachment with no network. It shows counts
by status, the top designators, designees and roles, a chart of designations
over time (an inline SVG drawn here, so it shows even without script), and
every row with its sentence, the designator, designee, role and trigger
highlighted, in a table that a small inline script filters, sorts and pages.

News text is untrusted: Jinja2 escapes every value put in the HTML, the rows
travel as JSON in a `<script type="application/json">` block with `<`, `>`
and `&` escaped, the script builds cells with `textContent` (never
`innerHTML`), and only http(s) URLs become links.
"""
from __future__ import annotations

import base64
import datetime as dt
import hashlib
import json
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

import pandas as pd

from pipeline import __version__
from pipeline.config import Config, load_config
from pipeline.export import (
    REPORT,
    atomic_path,
    guard_output,
    published_date,
    table_chunks,
)
from pipeline.qualify import Qualifier
from pipeline.qualify.stage import qualify_triples
from pipeline.store import WorkStore
from pipeline.tables import DOCUMENT_STATUSES, INTEGER_COLUMNS, TRIPLE_STATUSES

TOP_N = 15
SLOTS = ("designator", "designee", "role", "trigger")
# Chart buckets: days for short spans, months for up to ten years, years beyond.
MAX_DAY_BUCKETS = 92
MAX_MONTH_BUCKETS = 120
MAX_YEAR_BUCKETS = 50
CHART_WIDTH = 960
CHART_HEIGHT = 260


@dataclass
class ReportSummary:
    path: Path
    rows: int
    shown: int
    documents: int
    bytes: int = 0
    by_status: dict[str, int] = field(default_factory=dict)


def highlight(row: dict[str, Any]) -> list[list[str]]:
    """The sentence cut into [text, slot] pieces, slot "" for plain text.

    Offsets in the table are in the document; the sentence's own start is
    not stored, so it is found as the shift that puts every slot's text at
    its offsets. Where no shift fits (a sentence changed since), each slot's
    text is looked for on its own; slots that overlap one already placed are
    left plain.
    """
    sentence = row.get("sentence") or ""
    spans = []
    for slot in SLOTS:
        text = row.get(slot) or ""
        start = row.get(f"{slot}_start")
        if text and text in sentence:
            spans.append((slot, text, None if start is None else int(start)))
    shift = _sentence_shift(sentence, spans)
    placed: list[tuple[int, int, str]] = []
    for slot, text, start in spans:
        if shift is not None and start is not None:
            begin = start - shift
        else:
            begin = sentence.find(text)
        end = begin + len(text)
        if all(end <= b or begin >= e for b, e, _ in placed):
            placed.append((begin, end, slot))
    pieces: list[list[str]] = []
    cursor = 0
    for begin, end, slot in sorted(placed):
        if begin > cursor:
            pieces.append([sentence[cursor:begin], ""])
        pieces.append([sentence[begin:end], slot])
        cursor = end
    if cursor < len(sentence) or not pieces:
        pieces.append([sentence[cursor:], ""])
    return pieces


def _sentence_shift(sentence: str, spans: list[tuple[str, str, int | None]]) -> int | None:
    anchored = [(text, start) for _, text, start in spans if start is not None]
    if not anchored:
        return None
    text, start = anchored[0]
    found = sentence.find(text)
    while found >= 0:
        shift = start - found
        if all(0 <= s - shift and sentence[s - shift:s - shift + len(t)] == t for t, s in anchored):
            return shift
        found = sentence.find(text, found + 1)
    return None


def _safe_url(url: str) -> str:
    return url if url.lower().startswith(("http://", "https://")) else ""


def _row_json(row: dict[str, Any]) -> str:
    """One row as JSON that cannot end the <script> block that holds it."""
    record = {
        "doc": row["doc_id"], "sent": row["sent_index"], "status": row["status"],
        "voice": row["voice"], "designator": row["designator"], "designee": row["designee"],
        "role": row["role"], "trigger": row["trigger"], "designator_norm": row["designator_norm"],
        "designee_norm": row["designee_norm"], "role_norm": row["role_norm"],
        "pattern": row["pattern"], "published": row["published"],
        "date": row.get("date") or published_date(row["published"]) or "", "title": row["title"],
        "url": _safe_url(row["url"]), "pieces": highlight(row),
    }
    text = json.dumps(record, ensure_ascii=False, separators=(",", ":"), default=int)
    return (text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


def _rows(store: WorkStore, limit: int) -> Iterator[str]:
    shown = 0
    for chunk in table_chunks(store, "triples"):
        for row in chunk.to_dict(orient="records"):
            if limit and shown >= limit:
                return
            # Empty text is NULL in the tables; the page wants "" (offsets stay None).
            row = {k: (None if k in INTEGER_COLUMNS else "") if v is pd.NA or v is None else v
                   for k, v in row.items()}
            yield _row_json(row)
            shown += 1



def _top(store: WorkStore, column: str, n: int = TOP_N) -> list[dict[str, Any]]:
    rows = store.db.execute(
        f"SELECT {column}, COUNT(*) AS c FROM triples WHERE COALESCE({column}, '') != '' "
        f"GROUP BY {column} ORDER BY c DESC, {column} LIMIT ?", (n,)).fetchall()
    most = rows[0][1] if rows else 1
    return [{"name": name, "count": count, "share": round(100 * count / most, 1)}
            for name, count in rows]


def _bucket(day: str, unit: str) -> str:
    return day if unit == "day" else day[:7] if unit == "month" else day[:4]


def _buckets(first: dt.date, last: dt.date, unit: str) -> list[str]:
    keys = []
    day = first
    while day <= last:
        key = _bucket(day.isoformat(), unit)
        if not keys or keys[-1] != key:
            keys.append(key)
        day += dt.timedelta(days=1) if unit == "day" else dt.timedelta(days=28 if unit == "month" else 365)
    if _bucket(last.isoformat(), unit) != keys[-1]:
        keys.append(_bucket(last.isoformat(), unit))
    return keys


def timeline(store: WorkStore) -> dict[str, Any]:
    """Designations per date (the designation's own, `triples.date`) and status, bucketed by
    day, month or year. At most MAX_YEAR_BUCKETS years are drawn: anniversary lines reach back
    centuries, and the rows older than the first bar are counted as `earlier`."""
    per_day: dict[str, Counter] = {}
    undated = 0
    columns = {row[1] for row in store.db.execute("PRAGMA table_info(triples)")}
    # A table from before the qualifiers has no `date`: its rows are dated by publication.
    own = "NULLIF(t.date, '')" if "date" in columns else "NULL"
    for date, published, status, count in store.db.execute(
            f"SELECT {own}, d.published, t.status, COUNT(*) FROM triples t LEFT JOIN "
            "(SELECT doc_id, published FROM documents WHERE status='ok') d USING (doc_id) "
            f"GROUP BY {own}, d.published, t.status"):
        day = date if "date" in columns else published_date(published)
        if day is None:
            undated += count
            continue
        per_day.setdefault(day, Counter())[status] += count
    if not per_day:
        return {"bars": [], "undated": undated, "earlier": 0, "cutoff": "", "unit": "day", "max": 0}
    first, last = (dt.date.fromisoformat(d) for d in (min(per_day), max(per_day)))
    earlier, cutoff = 0, ""
    if last.year - first.year >= MAX_YEAR_BUCKETS:
        cutoff = str(last.year - MAX_YEAR_BUCKETS + 1)
        for day in [d for d in per_day if d < cutoff]:
            earlier += sum(per_day.pop(day).values())
        first = dt.date.fromisoformat(min(per_day))
    span = (last - first).days + 1
    unit = "day" if span <= MAX_DAY_BUCKETS else "month" if span <= MAX_MONTH_BUCKETS * 30 else "year"
    totals: dict[str, Counter] = {key: Counter() for key in _buckets(first, last, unit)}
    for day, counts in per_day.items():
        totals[_bucket(day, unit)].update(counts)
    return {**_chart(totals, unit, undated), "earlier": earlier, "cutoff": cutoff}


def _chart(totals: dict[str, Counter], unit: str, undated: int) -> dict[str, Any]:
    """Geometry of a stacked bar chart, computed here so the template only draws."""
    left, right, top, bottom = 44, 8, 12, 34
    plot_w = CHART_WIDTH - left - right
    plot_h = CHART_HEIGHT - top - bottom
    most = max((sum(c.values()) for c in totals.values()), default=0) or 1
    step = plot_w / max(len(totals), 1)
    gap = min(2.0, step * 0.2)
    every = max(1, round(len(totals) / 12))  # at most about 12 labels on the axis
    bars = []
    for index, (key, counts) in enumerate(totals.items()):
        x = left + index * step
        y = top + plot_h
        segments = []
        for status in TRIPLE_STATUSES:
            n = counts.get(status, 0)
            if not n:
                continue
            h = plot_h * n / most
            y -= h
            segments.append({"status": status, "y": round(y, 2), "h": round(h, 2)})
        bars.append({"key": key, "x": round(x + gap / 2, 2), "w": round(max(step - gap, 0.5), 2),
                     "total": sum(counts.values()), "segments": segments,
                     "tip": f"{key}: " + ", ".join(f"{counts[s]} {s}" for s in TRIPLE_STATUSES if counts.get(s)),
                     "label": key if index % every == 0 else "",
                     "label_x": round(x + step / 2, 2)})
    ticks = sorted({0, most // 2, most}) if most > 1 else [0, 1]
    return {"bars": bars, "undated": undated, "unit": unit, "max": most,
            "ticks": [{"value": t, "y": round(top + plot_h - plot_h * t / most, 2)} for t in ticks],
            "width": CHART_WIDTH, "height": CHART_HEIGHT, "left": left, "right": CHART_WIDTH - right,
            "top": top,
            "base": top + plot_h, "label_y": top + plot_h + 16}


def _environment() -> Any:
    from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape

    return Environment(loader=PackageLoader("pipeline", "templates"),
                       autoescape=select_autoescape(["html", "j2"], default=True),
                       undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True)


def _assets() -> dict[str, Any]:
    """The page's CSS and script, inline, and the script's hash for the page's CSP."""
    from markupsafe import Markup

    folder = resources.files("pipeline") / "templates"
    css = (folder / "report.css").read_text(encoding="utf-8").strip()
    script = (folder / "report.js").read_text(encoding="utf-8").strip()
    # The hash covers the script element's exact content: the template puts it between newlines.
    digest = hashlib.sha256(f"\n{script}\n".encode()).digest()
    return {"css": Markup(css), "script": Markup(script),
            "script_hash": f"sha256-{base64.b64encode(digest).decode()}"}


def report(store: WorkStore, out: Path, *, max_rows: int = 0, force: bool = False,
           config: Config | None = None) -> ReportSummary:
    """Write `out`/report.html from the work store's tables.

    Args:
        store: the work store, after `designa extract` (or `run`).
        out: the export folder.
        max_rows: rows to list in the table (0: all); counts and charts use all rows.
        force: write into a folder of files designa did not write.
        config: the settings (the qualifier words); the defaults when not given.

    Raises:
        MissingStageOutput: the documents or triples table has not been made yet.
        OutputExists: `out` holds files designa did not write and force is off.
    """
    store.require("documents")
    store.require("triples")
    config = config or load_config()
    # The chart counts designations by their own date: a table not yet qualified gets its dates.
    qualify_triples(store, Qualifier.from_config(config), config)
    out = Path(out)
    guard_output(out, force)
    out.mkdir(parents=True, exist_ok=True)
    rows = store.count("triples")
    by_status = dict.fromkeys(TRIPLE_STATUSES, 0)
    by_status.update(dict(store.db.execute(
        "SELECT status, COUNT(*) FROM triples GROUP BY status").fetchall()))
    documents = dict.fromkeys(DOCUMENT_STATUSES, 0)
    documents.update(dict(store.db.execute(
        "SELECT status, COUNT(*) FROM documents GROUP BY status").fetchall()))
    with_designations = store.db.execute("SELECT COUNT(DISTINCT doc_id) FROM triples").fetchone()[0]
    facts = store.db.execute(
        "SELECT COUNT(*) FROM (SELECT 1 FROM triples GROUP BY designee_norm, role_norm, status)"
    ).fetchone()[0]
    shown = min(rows, max_rows) if max_rows else rows
    context = {
        "version": __version__,
        "rows": rows,
        "shown": shown,
        "by_status": by_status,
        "statuses": TRIPLE_STATUSES,
        "documents": documents,
        "documents_total": sum(documents.values()),
        "with_designations": with_designations,
        "facts": facts,
        "tops": [("Designators", "designator_norm", _top(store, "designator_norm")),
                 ("Designees", "designee_norm", _top(store, "designee_norm")),
                 ("Roles", "role_norm", _top(store, "role_norm"))],
        "chart": timeline(store),
        "data": _rows(store, max_rows),
        **_assets(),
    }
    path = out / REPORT
    template = _environment().get_template("report.html.j2")
    with atomic_path(path) as tmp, tmp.open("w", encoding="utf-8") as handle:
        # Streamed: the rows are encoded one by one as the page is written.
        for piece in template.generate(**context):
            handle.write(piece)
    return ReportSummary(path=path, rows=rows, shown=shown, documents=sum(documents.values()),
                         bytes=path.stat().st_size, by_status=by_status)
