"""Qualifiers of a designation: when (date), in place of whom (replaces), office and body of the role."""
from __future__ import annotations

from pipeline.qualify.qualifier import DATE_SOURCES, Qualifier
from pipeline.tables import QUALIFIER_COLUMNS

__all__ = ["DATE_SOURCES", "QUALIFIER_COLUMNS", "Qualifier"]
