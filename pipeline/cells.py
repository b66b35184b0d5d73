"""What a cell holds in each export format: one typing policy, exact text.

The policy, the same for every table and format:

- empty is NULL: an empty CSV field, `null` in JSONL and Parquet, an empty
  xlsx cell; never an empty string in one format and NULL in another;
- whole numbers (offsets, counts, `sent_index`, `record`) are integers;
- dates (`published`, `first_published`, `last_published`) are ISO
  `YYYY-MM-DD`: a date type where the format has one (Parquet `date32`, an
  xlsx date cell), the ISO text in CSV and JSONL;
- everything else is text, ids included, and holds exactly the source's
  characters.

Spreadsheets read a text cell that starts with `= + - @`, a tab or a CR as
a formula (OWASP "CSV injection"). The xlsx workbook never needs to change a
value for that: its text cells are typed as strings, and formula-like ones
carry Excel's `quotePrefix` style, so that editing the cell keeps it text.
A CSV file has no types, so its formula-like cells get a leading apostrophe
(`neutralise`), which `restore` takes off exactly; `--csv-raw` writes CSV
for programs without it.
"""
from __future__ import annotations

import datetime as dt
import re
from typing import Any

import pandas as pd

from pipeline.tables import DATE_COLUMNS, INTEGER_COLUMNS

# Cells starting with these are formulas to a spreadsheet.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
# A text that neutralise prefixed: apostrophes, then a formula start. A text that
# is apostrophes + formula start already gets one more apostrophe, so that
# restore is exact; any other text (a title that merely starts with "'") is kept.
_NEUTRALISED = re.compile(r"'+[=+\-@\t\r]")

# Excel's limit of characters per cell, and the mark of a cut cell.
XLSX_MAX_CELL = 32_767
XLSX_TRUNCATED = " [...]"
# openpyxl refuses control characters that XML 1.0 cannot hold.
_XML_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def is_formula_like(text: str) -> bool:
    """Whether a spreadsheet would read this text typed into a cell as a formula."""
    return text.startswith(FORMULA_STARTS)


def neutralise(value: Any) -> Any:
    """Prefix a CSV text cell that a spreadsheet would read as a formula with an apostrophe.

    Only formula-like texts change ("- El Pleno" -> "'- El Pleno"); a text
    that starts with an apostrophe followed by such a character gets one
    more, so that `restore` gives back exactly the original. Anything else,
    a title starting with "'" included, is left as it is.
    """
    if isinstance(value, str) and (value.startswith(FORMULA_STARTS) or _NEUTRALISED.match(value)):
        return "'" + value
    return value


def restore(value: Any) -> Any:
    """Undo `neutralise`: drop the one apostrophe it added."""
    if isinstance(value, str) and _NEUTRALISED.match(value):
        return value[1:]
    return value


def neutralise_frame(chunk: pd.DataFrame, text_columns: list[str]) -> pd.DataFrame:
    """`neutralise` on the text columns of a chunk, vectorised."""
    chunk = chunk.copy()
    for column in text_columns:
        text = chunk[column]
        risky = (text.str.startswith(FORMULA_STARTS) | text.str.match(_NEUTRALISED)).fillna(False)
        if risky.any():
            chunk[column] = text.where(~risky, "'" + text)
    return chunk


def xlsx_text(value: str) -> tuple[str, bool]:
    """A text as an xlsx cell can hold it, and whether it had to be cut.

    The characters are the source's, except what the file format cannot
    hold: a CR is written as LF (XML reads it so anyway), control
    characters XML forbids become U+FFFD, and a text over Excel's 32,767
    characters is cut and ends in " [...]".
    """
    text = value.replace("\r\n", "\n").replace("\r", "\n")
    text = _XML_ILLEGAL.sub("\N{REPLACEMENT CHARACTER}", text)
    if len(text) <= XLSX_MAX_CELL:
        return text, False
    return text[:XLSX_MAX_CELL - len(XLSX_TRUNCATED)] + XLSX_TRUNCATED, True


def arrow_schema(columns: list[str]) -> Any:
    """The Parquet schema of a table: int64, date32 or string per column, all nullable.

    No pandas metadata is stored, so that pandas reads a Parquet column as it
    reads the same CSV or JSONL column (a whole-number column with gaps as
    float64 in each); DuckDB, Spark and Arrow read the types above.
    """
    import pyarrow as pa

    def kind(column: str) -> Any:
        if column in INTEGER_COLUMNS:
            return pa.int64()
        return pa.date32() if column in DATE_COLUMNS else pa.string()

    return pa.schema([pa.field(c, kind(c)) for c in columns])


def arrow_table(chunk: pd.DataFrame, schema: Any) -> Any:
    """A typed chunk (dates as ISO text) as an Arrow table of `schema`."""
    import pyarrow as pa

    arrays = []
    for column in schema:
        values = chunk[column.name]
        if column.name in DATE_COLUMNS:
            values = values.map(dt.date.fromisoformat, na_action="ignore")
        arrays.append(pa.array(values.astype(object).where(values.notna(), None).tolist(),
                               type=column.type))
    return pa.Table.from_arrays(arrays, schema=schema)
