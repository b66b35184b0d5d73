"""One typing policy across CSV, JSONL, Parquet and xlsx; exact cells. No model needed.

The acceptance of issue 13: pandas and DuckDB read `triples` from CSV
(`--csv-raw`), Parquet and JSONL to the same values and dtypes, and every
cell of `designa.xlsx` equals its source value and is no formula.
"""
from __future__ import annotations

import datetime as dt
import json

import openpyxl
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from pipeline.config import load_config
from pipeline.export import WORKBOOK, export
from pipeline.store import WorkStore
from pipeline.tables import DATE_COLUMNS, DOCUMENT_COLUMNS, INTEGER_COLUMNS, TABLE_COLUMNS
from store_builder import build_store, document, entity, triple

RISKY = "- El Pleno eligió a Josué Gutiérrez como defensor del Pueblo."


@pytest.fixture
def out(tmp_path):
    documents = [
        document("d1", "27/01/2023", title="=cmd|' /C calc'!A0", url="https://example.org/1"),
        document("d2", "Fri, 03 Feb 2023 10:00:00 GMT", title="'Entre comillas"),
        document("d3", "hace dos horas", title=""),
        # A record not processed, so that no documents column is empty throughout (DuckDB's
        # JSON reader types a column without any value as NULL, where CSV says VARCHAR).
        document("d4", "", status="empty"),
    ]
    rows = [
        # The qualifiers are set on this row, so that none of their columns is empty throughout.
        triple("d1", "El Gobierno designó el 12 de enero a Ana Ruiz como jefa del SIS en reemplazo de Luis Paz.",
               "Gobierno", "Ana Ruiz", "jefa del SIS", "designó", designator_label="ORG", designee_label="PER",
               date="2023-01-12", date_precision="day", date_text="el 12 de enero", date_source="sentence",
               replaces="Luis Paz", replaces_norm="Luis Paz", replaces_start=80, replaces_end=88,
               role_head="jefa", role_org="SIS"),
        triple("d2", RISKY, "Pleno", "Josué Gutiérrez", "defensor del Pueblo", "eligió",
               norms=("@Pleno", "+Josué", "'=rol")),
        # No designator: its offsets and label are empty, i.e. NULL.
        triple("d3", "Se designó a Luis Díaz como ministro.", "", "Luis Díaz", "ministro", "designó"),
    ]
    work = build_store(tmp_path / "work", documents, rows, [entity("d1", "Ana Ruiz", "PER", 22)])
    config = load_config(None, ["export.csv_neutralise=false"])
    with WorkStore(work, create=False) as store:
        export(store, tmp_path / "out", config, formats=["csv", "jsonl", "parquet", "xlsx"])
    return tmp_path / "out"


def _pandas(out, table):
    frames = {"csv": pd.read_csv(out / f"{table}.csv"),
              "jsonl": pd.read_json(out / f"{table}.jsonl", lines=True),
              "parquet": pd.read_parquet(out / f"{table}.parquet")}
    for frame in frames.values():
        # pandas never infers dates from text (and reads a Parquet date32 as
        # datetime.date): one step, the same for every format, as the README says.
        for column in DATE_COLUMNS & set(frame.columns):
            frame[column] = pd.to_datetime(frame[column]).astype("datetime64[s]")
    return frames


@pytest.mark.parametrize("table", ["triples", "documents", "facts", "entities"])
def test_pandas_reads_the_same_values_and_dtypes_from_every_format(out, table):
    frames = _pandas(out, table)
    csv = frames["csv"]
    assert list(csv.columns) == TABLE_COLUMNS[table]
    for name in ("jsonl", "parquet"):
        pd.testing.assert_frame_equal(csv, frames[name], obj=f"{table}.{name}")


def test_empty_is_null_and_types_follow_the_policy(out):
    triples = pq.read_table(out / "triples.parquet")
    assert triples.schema.field("published").type == pa.date32()
    assert triples.schema.field("designator_start").type == pa.int64()
    assert triples.schema.field("doc_id").type == pa.string()
    assert triples.schema.metadata is None or b"pandas" not in triples.schema.metadata
    rows = triples.to_pylist()
    assert rows[0]["published"] == dt.date(2023, 1, 27) and rows[1]["published"] == dt.date(2023, 2, 3)
    assert rows[2]["designator"] is None and rows[2]["designator_start"] is None
    assert rows[2]["published"] is None  # "hace dos horas" is no date
    records = [json.loads(line) for line in (out / "triples.jsonl").read_text(encoding="utf-8").splitlines()]
    assert records[2]["designator"] is None and records[2]["designator_label"] is None
    assert records[0]["published"] == "2023-01-27"
    documents = pq.read_table(out / "documents.parquet").to_pylist()
    assert list(documents[0]) == DOCUMENT_COLUMNS
    assert documents[0]["record"] == 0 and documents[2]["title"] is None
    # The date as the source wrote it stays in documents.published_text.
    assert [d["published_text"] for d in documents] == ["27/01/2023", "Fri, 03 Feb 2023 10:00:00 GMT",
                                                       "hace dos horas", None]


def test_duckdb_reads_the_same_types_and_values_from_every_format(out):
    duckdb = pytest.importorskip("duckdb")
    con = duckdb.connect()
    readers = {"csv": "read_csv('{}')", "jsonl": "read_json('{}')", "parquet": "read_parquet('{}')"}
    for table in ("triples", "documents"):
        types, values = {}, {}
        for fmt, reader in readers.items():
            source = reader.format(out / f"{table}.{fmt}")
            types[fmt] = con.sql(f"DESCRIBE SELECT * FROM {source}").fetchall()
            values[fmt] = con.sql(f"SELECT * FROM {source}").fetchall()
        assert types["csv"] == types["jsonl"] == types["parquet"], table
        assert values["csv"] == values["jsonl"] == values["parquet"], table
        kinds = {name: kind for name, kind, *_ in types["parquet"]}
        assert kinds["published"] == "DATE" and kinds["doc_id"] == "VARCHAR"
    assert kinds["record"] == "BIGINT"


def test_every_xlsx_cell_equals_its_source_value_and_none_is_a_formula(out):
    book = openpyxl.load_workbook(out / WORKBOOK)
    for table in ("triples", "facts", "entities", "documents"):
        source = pq.read_table(out / f"{table}.parquet").to_pylist()
        sheet = book[table]
        rows = list(sheet.iter_rows(min_row=2))
        assert len(rows) == len(source)
        for cells, record in zip(rows, source):
            for cell, column in zip(cells, TABLE_COLUMNS[table]):
                value = record[column]
                assert cell.data_type != "f", (table, column, cell.value)
                if isinstance(value, dt.date):
                    assert cell.value.date() == value and cell.number_format == "yyyy-mm-dd"
                else:
                    assert cell.value == value, (table, column)
                if isinstance(value, str):
                    assert cell.data_type == "s"
                    assert bool(cell.quotePrefix) == value.startswith(("=", "+", "-", "@")), value
                elif column in INTEGER_COLUMNS and value is not None:
                    assert isinstance(cell.value, int)


def test_csv_for_spreadsheets_is_neutralised_and_reversible(tmp_path, out):
    work = tmp_path / "work"
    with WorkStore(work, create=False) as store:
        export(store, tmp_path / "sheets", load_config(None, []), formats=["csv"])
    from pipeline.check import check

    keys = ["doc_id", "designator_norm", "designee_norm", "role_norm", "sentence", "title"]
    assert check(tmp_path / "sheets" / "triples.csv", out / "triples.jsonl", keys).ok
    text = (tmp_path / "sheets" / "triples.csv").read_text(encoding="utf-8-sig")
    assert ",'- El Pleno" in text and ",'@Pleno" in text and ",''=rol" in text
    # A title that merely starts with an apostrophe is left alone.
    assert ",'Entre comillas" in text and "''Entre" not in text
    raw = (out / "triples.csv").read_text(encoding="utf-8-sig")
    assert ",- El Pleno" in raw and ",'=rol" in raw


SPANISH = "El Gobierno designó a Ana Ruiz como jefa del SIS, según informó hoy el diario oficial."


def test_source_is_the_records_outlet_and_path_the_file(tmp_path):
    from pipeline.ingest import ingest

    source = tmp_path / "archivo.jsonl"
    records = [{"id": "a1", "text": SPANISH, "medio": "El Universal", "fecha": "2023-01-27"},
               {"id": "a2", "text": SPANISH + " Otra nota.", "date": "27 de enero de 2023"}]
    source.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records) + "\n",
                      encoding="utf-8")
    ingest([source], tmp_path / "work", load_config(None, []))
    with WorkStore(tmp_path / "work", create=False) as store:
        for table in ("entities", "triples"):  # no model here: empty stage tables
            store.start_table(table)
            store.commit_table(table)
        export(store, tmp_path / "out", load_config(None, []), formats=["jsonl"])
    documents = [json.loads(line) for line in (tmp_path / "out" / "documents.jsonl").read_text(
        encoding="utf-8").splitlines()]
    assert [(d["doc_id"], d["source"], d["path"], d["record"]) for d in documents] == [
        ("a1", "El Universal", str(source), 1), ("a2", str(source), str(source), 2)]
    assert [d["published"] for d in documents] == ["2023-01-27", "2023-01-27"]
    # The setting names the fields: without "medio" the outlet is not read.
    ingest([source], tmp_path / "work2", load_config(None, ['input.source_fields=["outlet"]']))
    with WorkStore(tmp_path / "work2", create=False) as store:
        assert store.db.execute("SELECT source FROM documents WHERE doc_id='a1'").fetchone()[0] == str(source)


def test_a_work_folder_from_before_documents_path_still_exports(tmp_path):
    import sqlite3

    work = build_store(tmp_path / "work", [document("d1", "2023-01-02")], [])
    db = sqlite3.connect(work / "designa.sqlite")
    db.execute("ALTER TABLE documents DROP COLUMN path")
    db.commit()
    db.close()
    with WorkStore(work, create=False) as store:
        export(store, tmp_path / "out", load_config(None, []), formats=["jsonl"])
    row = json.loads((tmp_path / "out" / "documents.jsonl").read_text(encoding="utf-8"))
    assert row["path"] == row["source"] == "d1.txt"
