"""The loaded model and extractor, shared by the stages of one command."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from pipeline.analyse.workers import Analyser
from pipeline.config import Config
from pipeline.extract.extractor import Extractor, load_extractor
from pipeline.fingerprints import rows_fingerprint
from pipeline.nlp import ModelInfo, load_nlp
from pipeline.qualify import Qualifier


@dataclass
class Session:
    """The configuration, the loaded model (with its parse key), the extractor and the qualifier."""

    config: Config
    nlp: Any
    info: ModelInfo
    extractor: Extractor
    qualifier: Qualifier | None = None

    def __post_init__(self) -> None:
        if self.qualifier is None:
            self.qualifier = Qualifier.from_config(self.config)

    @classmethod
    def load(cls, config: Config) -> Session:
        nlp, info = load_nlp(config)
        return cls(config, nlp, info, load_extractor(config, nlp.vocab))

    def rows_fingerprint(self) -> str:
        """What cached triple rows depend on besides the parse (see `pipeline.fingerprints`)."""
        return rows_fingerprint(self.config)

    def analyser(self, *, tables: str = "all", batch_size: int | None = None) -> Analyser:
        """The unit of work for this session's model, rules and settings."""
        return Analyser(self.nlp, self.extractor, triggers=self.config.data_path("extract.triggers"),
                        mode=self.config.get("run.parse"), tables=tables,
                        max_tokens=int(self.config.get("run.max_sentence_tokens")),
                        batch_size=int(batch_size or self.config.get("run.batch_size")))
