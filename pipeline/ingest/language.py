"""Is a text Spanish? A function-word profile, fast and without a model.

Spanish news is dense in a small set of function words ("de", "la", "que",
"el", "en", "y", "los", "del", ...). A text whose share of them is far below
Spanish prose, and whose share of another language's function words is
higher, is reported as not Spanish. Short texts are given the benefit of the
doubt: too few words to tell.
"""
from __future__ import annotations

import re

_WORD = re.compile(r"[a-záéíóúüñ]+")

_SPANISH = frozenset(
    "de la que el en y a los del se las por un para con no una su al lo como más pero sus "
    "le ya o este fue ha sí porque esta entre cuando muy sin sobre también me hasta hay donde "
    "quien desde todo nos durante todos uno les ni contra otros ese eso ante ellos e esto "
    "mí antes algunos qué unos yo otro otras otra él tanto esa estos mucho quienes nada "
    "muchos cual poco ella estar estas algunas algo nosotros es son está están dijo".split()
)
_OTHER = frozenset(
    "the of and to in is that for it was on with as by be at this from are have not "
    "der die und das ist nicht mit den dem des ein eine "
    "le les et est une dans pour qui pas sur au aux du ce ces "
    "il di che non per sono della".split()
)

MIN_WORDS = 12


def is_spanish(text: str) -> tuple[bool, str]:
    """Return (verdict, reason); the reason is empty when the text is Spanish."""
    words = _WORD.findall(text[:20000].lower())
    if len(words) < MIN_WORDS:
        return True, ""
    # Counted with a C-level map, and the other languages only when Spanish is scarce:
    # ingest runs alone, before the workers start, so its time is the run's.
    spanish = sum(map(_SPANISH.__contains__, words)) / len(words)
    if spanish >= 0.12:
        return True, ""
    other = sum(map(_OTHER.__contains__, words)) / len(words)
    if spanish > other:
        return True, ""
    return False, (
        f"Spanish function words are {spanish:.0%} of the words "
        f"(Spanish news: about 30%), other languages' {other:.0%}"
    )
