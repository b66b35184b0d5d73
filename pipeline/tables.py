"""Table schemas. Column order is part of the contract (DESIGN.md)."""
from __future__ import annotations

DOCUMENT_COLUMNS = [
    "doc_id", "source", "record", "title", "published", "url", "n_chars", "status", "reason",
    "path", "published_text",
]
# What the work store keeps: `published_text` is `published` as written, added on export.
DOCUMENT_STORED_COLUMNS = [c for c in DOCUMENT_COLUMNS if c != "published_text"]

ENTITY_COLUMNS = ["doc_id", "sent_index", "text", "label", "start", "end", "norm"]

TRIPLE_COLUMNS = [
    "doc_id", "sent_index", "designator", "designee", "role", "trigger", "trigger_lemma",
    "status", "voice", "designator_norm", "designee_norm", "role_norm",
    "designator_label", "designee_label", "designator_start", "designator_end",
    "designee_start", "designee_end", "role_start", "role_end", "trigger_start",
    "trigger_end", "pattern", "sentence", "source", "published", "url", "title",
]
# Qualifiers of each designation (pipeline/qualify), after the contract's columns.
QUALIFIER_COLUMNS = [
    "date", "date_precision", "date_text", "date_source", "replaces", "replaces_norm",
    "replaces_start", "replaces_end", "role_head", "role_org",
]
TRIPLE_COLUMNS += QUALIFIER_COLUMNS

# Triples columns that come from the document, not from extraction.
DOCUMENT_FIELDS_IN_TRIPLES = ["source", "published", "url", "title"]
TRIPLE_EXTRACT_COLUMNS = [c for c in TRIPLE_COLUMNS if c not in DOCUMENT_FIELDS_IN_TRIPLES]

# One row per appointment: the designators that reported it are listed, most frequent first.
FACT_COLUMNS = [
    "designee_norm", "role_norm", "status", "designators", "mentions", "documents",
    "first_date", "last_date", "example_doc_id",
]

# The typing policy of every export format (pipeline/cells.py): these are whole
# numbers, DATE_COLUMNS are ISO dates, every other column is text.
INTEGER_COLUMNS = {
    "record", "sent_index", "start", "end", "n_chars", "designator_start", "designator_end",
    "designee_start", "designee_end", "role_start", "role_end", "trigger_start",
    "trigger_end", "mentions", "documents", "replaces_start", "replaces_end",
}
# Calendar dates, ISO 8601 in text formats and a date type where the format has one.
DATE_COLUMNS = {"published", "date", "first_date", "last_date"}

DOCUMENT_STATUSES = ("ok", "empty", "duplicate", "not_spanish", "unreadable", "too_long")
TRIPLE_STATUSES = ("asserted", "planned", "hypothetical", "negated")
VOICES = ("active", "passive", "se", "nominal", "participle")

TRIPLES_ORDER = ["doc_id", "sent_index", "trigger_start", "designee_start", "role_start"]
ENTITIES_ORDER = ["doc_id", "start", "end", "label"]

# Every exported table's columns, by name.
TABLE_COLUMNS = {"triples": TRIPLE_COLUMNS, "facts": FACT_COLUMNS, "entities": ENTITY_COLUMNS,
                 "documents": DOCUMENT_COLUMNS}
