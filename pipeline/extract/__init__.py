"""Stage 3, extract: parsed documents to the triples table."""
from __future__ import annotations

from pipeline.extract.extractor import Designation, Extractor, load_extractor

__all__ = ["Designation", "Extractor", "load_extractor"]
