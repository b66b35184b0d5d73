from __future__ import annotations

from pathlib import Path
from typing import Optional

from pipeline.cli._util import ConfigOpt, SetOpt, app, handle_errors, out, settings
from pipeline.nlp import load_nlp


@app.command("model")
@handle_errors
def model_cli(config: Optional[Path] = ConfigOpt, set_: Optional[list[str]] = SetOpt) -> None:
    """Say which spaCy model designa will use, where each component comes from, and whether it fits this spaCy."""
    cfg = settings(config, set_)
    nlp, info = load_nlp(cfg)
    out.print(f"designa will use {info.name} {info.version} on spaCy {info.spacy_version} "
              f"(pipeline: {', '.join(nlp.pipe_names)}).", highlight=False)
    for names, origin in info.sources:
        out.print(f"  {names}: {origin}", highlight=False)
    if info.notice:
        out.print(f"Note: {info.notice}", highlight=False)
