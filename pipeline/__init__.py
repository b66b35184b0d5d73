"""designa: designations (X designates Y as Z) and named entities from Spanish news."""
from __future__ import annotations

__version__ = "0.1.0"
