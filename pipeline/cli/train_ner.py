from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer

from pipeline.cli._util import ForceOpt, app, handle_errors, out
from pipeline.config import configs_dir
from pipeline.errors import ConfigError
from pipeline.ner_train import DEFAULT_CORPUS, train_ner


@app.command("train-ner")
@handle_errors
def train_ner_cli(
    corpus: Path = typer.Option(DEFAULT_CORPUS, "--corpus", help="Folder with the CoNLL-2002 Spanish files esp.train and esp.testa (and esp.testb)."),
    output: Path = typer.Option(Path("models/ner-es-conll2002"), "--output", help="Where the trained component is written (the folder `entities.model` names)."),
    training_config: Optional[Path] = typer.Option(None, "--training-config", help="spaCy training config (default: configs/ner/ner.cfg)."),
    build: Path = typer.Option(Path("build/ner"), "--build", help="Folder for the converted corpus and the training run (git ignores build/)."),
    spacy_set: Optional[list[str]] = typer.Option(None, "--spacy-set", help="Override one setting of the training config: section.key=value (repeatable), e.g. training.max_steps=1000."),
    force: bool = ForceOpt,
) -> None:
    """Rebuild the news-trained NER component: `spacy train` on CoNLL-2002 esp.train, best on esp.testa."""
    overrides: list[str] = []
    for item in spacy_set or []:
        if "=" not in item:
            raise ConfigError(f"--spacy-set takes section.key=value, got {item!r}.")
        key, value = item.split("=", 1)
        overrides += [f"--{key.strip()}", value.strip()]
    config = training_config or configs_dir() / "ner" / "ner.cfg"
    result = train_ner(corpus, output, config=config, build=build, overrides=overrides, force=force)
    minutes, seconds = divmod(round(result.seconds), 60)
    scores = ", ".join(f"{k} {v:.3f}" for k, v in result.dev_scores.items() if isinstance(v, float))
    out.print(f"Trained the NER component in {minutes} min {seconds} s; written to {result.model_dir} "
              f"(dev, esp.testa: {scores}).", highlight=False)
