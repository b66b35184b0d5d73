from __future__ import annotations

from pathlib import Path
from typing import Optional

from pipeline.cli._util import (
    BatchSizeOpt, ConfigOpt, ForceOpt, NProcessOpt, QuietOpt, SetOpt, WorkOpt, app, handle_errors,
    model_notice, out, progress_bar, settings, summary_table, work_dir,
)
from pipeline.extract.normalize import load_normalizer
from pipeline.ner import run_ner
from pipeline.nlp import load_nlp
from pipeline.store import WorkStore


@app.command("ner")
@handle_errors
def ner_cli(
    work: Optional[Path] = WorkOpt,
    config: Optional[Path] = ConfigOpt,
    set_: Optional[list[str]] = SetOpt,
    n_process: Optional[int] = NProcessOpt,
    batch_size: Optional[int] = BatchSizeOpt,
    quiet: bool = QuietOpt,
    force: bool = ForceOpt,
) -> None:
    """Parse the documents (cached) and write the entities table."""
    cfg = settings(config, set_)
    with WorkStore(work_dir(cfg, work), create=False) as store:
        store.require("documents")
        nlp, info = load_nlp(cfg)
        model_notice(info, quiet)
        total = store.count("documents", "WHERE status='ok'")
        with progress_bar("ner", total, quiet) as advance:
            summary = run_ner(store, nlp, info, load_normalizer(cfg.data_path("extract.aliases")),
                              batch_size=batch_size or cfg.get("run.batch_size"),
                              n_process=n_process or cfg.get("run.n_process"), progress=advance)
    if not quiet:
        out.print(summary_table("ner", [("documents", summary.documents), ("parsed", summary.parsed),
                                        ("from cache", summary.cached), ("tokens", summary.tokens),
                                        ("entities", summary.entities)]))
