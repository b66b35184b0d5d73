"""Export: CSV for spreadsheets, xlsx, facts, JSONL/Parquet raw text. No model needed."""
from __future__ import annotations

import csv
import io
import json
import shutil
import subprocess

import openpyxl
import pandas as pd
import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from pipeline.cli import app
from pipeline.config import load_config
from pipeline.errors import ConfigError, OutputExists
from pipeline.export import (
    WORKBOOK,
    XLSX_MAX_CELL,
    export,
    neutralise,
    published_date,
    restore,
)
from pipeline.store import WorkStore
from pipeline.tables import DOCUMENT_COLUMNS, FACT_COLUMNS, TRIPLE_COLUMNS
from store_builder import build_store, document, entity, triple

SENTENCE = "El Gobierno designó a Ana Ruiz como jefa del SIS; lo anunció el lunes."
RISKY = {
    "=HYPERLINK(\"http://x\")": "equals",
    "- ministro del Interior": "a bulleted sentence",
    "+51 999": "plus",
    "@cuenta": "at",
    "\tcon tabulador": "tab",
    "\rcon retorno": "carriage return",
    "'=entre comillas": "an apostrophe before a formula start, escaped so that restore is exact",
}


@pytest.fixture
def work(tmp_path):
    documents = [
        document("d1", "27/01/2023", title="=cmd|' /C calc'!A0", url="https://example.org/1"),
        document("d2", "3 de febrero de 2023", title="Nombramientos; y más"),
        document("d3", "Fri, 06 Jan 2023 10:00:00 GMT", title="Otra nota"),
        document("d4", "hace dos horas", title="Sin fecha legible"),
        document("d5", "", status="empty"),
    ]
    risky_sentence = "- El Pleno eligió a Josué Gutiérrez como defensor del Pueblo."
    triples = [
        triple("d1", SENTENCE, "Gobierno", "Ana Ruiz", "jefa del SIS", "designó", offset=10),
        triple("d1", "Luego el Gobierno nombró a Ana Ruiz jefa del SIS.", "Gobierno", "Ana Ruiz",
               "jefa del SIS", "nombró", sent_index=3, offset=200),
        triple("d2", "El Gobierno designó a Ana Ruiz como jefa del SIS.", "Gobierno", "Ana Ruiz",
               "jefa del SIS", "designó"),
        triple("d3", "El Gobierno designará a Ana Ruiz como jefa del SIS.", "Gobierno", "Ana Ruiz",
               "jefa del SIS", "designará", status="planned"),
        triple("d4", risky_sentence, "Pleno", "Josué Gutiérrez", "defensor del Pueblo", "eligió",
               norms=("=Pleno", "@Josué Gutiérrez", "+defensor del Pueblo")),
        triple("d4", risky_sentence, "Pleno", "Josué Gutiérrez", "defensor del Pueblo", "eligió",
               sent_index=1, norms=("'Pleno", "\tJosué", "\rdefensor")),
    ]
    entities = [entity("d1", "Ana Ruiz", "PER", 32), entity("d1", "-Gobierno", "ORG", 13)]
    return build_store(tmp_path / "work", documents, triples, entities)


def run_export(work, out, formats, **settings):
    overrides = [f"export.{k}={json.dumps(v)}" for k, v in settings.items()]
    config = load_config(None, overrides)
    with WorkStore(work, create=False) as store:
        return export(store, out, config, formats=formats)


def read_csv(path, sep=","):
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), "CSV must start with a UTF-8 byte-order mark"
    return list(csv.reader(io.StringIO(raw[3:].decode("utf-8"), newline=""), delimiter=sep))


def test_neutralise_then_restore_gives_the_text_back():
    texts = ["", "'", "''", "hola", "'hola", "-", "- punto", "=1+1", "'=1+1", "''=x", "@a",
             "\tx", "\rx", " -x", "Perú", "'- ya neutralizado"]
    for text in texts:
        assert restore(neutralise(text)) == text
        if text.startswith(("=", "+", "-", "@", "\t", "\r")):
            assert neutralise(text) == "'" + text
    assert neutralise(-3) == -3 and neutralise(None) is None
    # A title that merely starts with an apostrophe is not touched (nor doubled).
    assert neutralise("'hola") == "'hola" and neutralise("''") == "''"
    assert neutralise("'=x") == "''=x" and restore("''=x") == "'=x"


def test_csv_has_bom_comma_header_and_sorted_rows(work, tmp_path):
    run_export(work, tmp_path / "out", ["csv"])
    rows = read_csv(tmp_path / "out" / "triples.csv")
    assert rows[0] == TRIPLE_COLUMNS
    assert [(r[0], r[1]) for r in rows[1:]] == [("d1", "0"), ("d1", "3"), ("d2", "0"), ("d3", "0"),
                                                ("d4", "0"), ("d4", "1")]
    assert read_csv(tmp_path / "out" / "documents.csv")[0] == DOCUMENT_COLUMNS
    assert read_csv(tmp_path / "out" / "facts.csv")[0] == FACT_COLUMNS
    # CRLF rows: a cell holding a bare CR is quoted, so the row stays whole.
    assert (tmp_path / "out" / "triples.csv").read_bytes().count(b"\r\n") >= 7


def test_csv_semicolon_for_spanish_excel(work, tmp_path):
    run_export(work, tmp_path / "out", ["csv"], csv_sep=";")
    text = (tmp_path / "out" / "documents.csv").read_bytes().decode("utf-8-sig")
    assert text.split("\r\n")[0] == ";".join(DOCUMENT_COLUMNS)
    rows = read_csv(tmp_path / "out" / "documents.csv", sep=";")
    assert all(len(r) == len(DOCUMENT_COLUMNS) for r in rows)
    # A title holding the separator is quoted, not split.
    assert "Nombramientos; y más" in [r[3] for r in rows]
    assert '"Nombramientos; y más"' in text


def test_csv_neutralises_formula_cells_and_keeps_numbers(work, tmp_path):
    run_export(work, tmp_path / "out", ["csv"])
    rows = read_csv(tmp_path / "out" / "triples.csv")
    header = rows[0]
    d4 = [dict(zip(header, r)) for r in rows[1:] if r[0] == "d4"]
    assert d4[0]["sentence"].startswith("'- El Pleno")
    assert (d4[0]["designator_norm"], d4[0]["designee_norm"], d4[0]["role_norm"]) == (
        "'=Pleno", "'@Josué Gutiérrez", "'+defensor del Pueblo")
    assert (d4[1]["designator_norm"], d4[1]["designee_norm"], d4[1]["role_norm"]) == (
        "'Pleno", "'\tJosué", "'\rdefensor")
    d1 = dict(zip(header, rows[1]))
    assert d1["title"] == "'=cmd|' /C calc'!A0"
    assert d1["designee_start"] == "32" and d1["sent_index"] == "0"
    # No text cell of any table starts like a formula.
    for name in ("triples", "facts", "entities", "documents"):
        for row in read_csv(tmp_path / "out" / f"{name}.csv")[1:]:
            assert not any(cell.startswith(("=", "+", "@", "\t", "\r")) for cell in row), row
            assert not any(cell.startswith("-") and not cell.lstrip("-").isdigit() for cell in row)


def test_jsonl_and_parquet_keep_the_raw_text(work, tmp_path):
    run_export(work, tmp_path / "out", ["jsonl", "parquet"])
    lines = (tmp_path / "out" / "triples.jsonl").read_text(encoding="utf-8").splitlines()
    records = [json.loads(line) for line in lines]
    assert records[0]["title"] == "=cmd|' /C calc'!A0"
    assert records[4]["sentence"].startswith("- El Pleno")
    assert (records[5]["designator_norm"], records[5]["designee_norm"]) == ("'Pleno", "\tJosué")
    assert isinstance(records[0]["designee_start"], int)
    table = pq.read_table(tmp_path / "out" / "triples.parquet").to_pandas()
    assert list(table.columns) == TRIPLE_COLUMNS
    assert table["role_norm"].tolist()[4:] == ["+defensor del Pueblo", "\rdefensor"]
    entities = pq.read_table(tmp_path / "out" / "entities.parquet").to_pandas()
    assert "-Gobierno" in entities["text"].tolist()


def test_facts_merge_mentions_with_dates_from_any_format(work, tmp_path):
    run_export(work, tmp_path / "out", ["csv"])
    rows = read_csv(tmp_path / "out" / "facts.csv")
    facts = [dict(zip(rows[0], r)) for r in rows[1:]]
    asserted = [f for f in facts if f["designee_norm"] == "Ana Ruiz" and f["status"] == "asserted"]
    assert len(asserted) == 1
    fact = asserted[0]
    # Two sentences of d1 and one of d2: three mentions in two documents.
    assert (fact["mentions"], fact["documents"]) == ("3", "2")
    # The designations' own dates: "lo anunció el lunes" in d1 (published Friday 27 January)
    # is Monday the 23rd; d2 gives none, so its publication date (3 February) stands.
    assert (fact["first_date"], fact["last_date"]) == ("2023-01-23", "2023-02-03")
    assert fact["designators"] == "Gobierno"
    assert fact["example_doc_id"] == "d1"
    planned = [f for f in facts if f["status"] == "planned"]
    assert [(p["first_date"], p["last_date"]) for p in planned] == [("2023-01-06", "2023-01-06")]
    # A document whose date cannot be read gives empty dates, not a wrong one.
    pleno = [f for f in facts if f["designee_norm"] == "'@Josué Gutiérrez"]
    assert (pleno[0]["first_date"], pleno[0]["last_date"]) == ("", "")
    # Most mentioned first.
    assert facts[0] is fact


@pytest.mark.parametrize("value, expected", [
    ("2023-01-02", "2023-01-02"),
    ("2023-01-05T23:30:00-05:00", "2023-01-05"),
    ("2023-01-27T10:00:00Z", "2023-01-27"),
    ("2023/01/02", "2023-01-02"),
    ("02/01/2023", "2023-01-02"),
    ("27 de enero de 2023", "2023-01-27"),
    ("Viernes, 27 de enero de 2023 10:30", "2023-01-27"),
    ("5 setiembre 2023", "2023-09-05"),
    ("Fri, 27 Jan 2023 10:00:00 GMT", "2023-01-27"),
    ("enero de 2023", None),
    ("27 de enero", None),
    ("hace dos horas", None),
    ("12345", None),
    ("", None),
    (None, None),
])
def test_published_date(value, expected):
    assert published_date(value) == expected


def test_xlsx_workbook_sheets_header_filter_widths_and_exact_strings(work, tmp_path):
    summary = run_export(work, tmp_path / "out", ["xlsx"])
    path = tmp_path / "out" / WORKBOOK
    assert path in summary.files and not list((tmp_path / "out").glob("*.csv"))
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == ["triples", "facts", "entities", "documents"]
    sheet = book["triples"]
    assert [c.value for c in sheet[1]] == TRIPLE_COLUMNS
    assert all(c.font.b for c in sheet[1])
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == f"A1:{openpyxl.utils.get_column_letter(len(TRIPLE_COLUMNS))}7"
    widths = {letter: dim.width for letter, dim in sheet.column_dimensions.items()}
    assert 8 <= widths["A"] <= 60 and widths["X"] > widths["B"]  # sentence is wider than sent_index
    values = [[c.value for c in row] for row in sheet.iter_rows(min_row=2)]
    assert len(values) == 6
    by_name = [dict(zip(TRIPLE_COLUMNS, row)) for row in values]
    assert by_name[0]["designee_start"] == 32 and isinstance(by_name[0]["sent_index"], int)
    # Cells hold the source's text: a formula-like text is a string cell with
    # Excel's quote prefix, never an added apostrophe.
    assert by_name[0]["title"] == "=cmd|' /C calc'!A0"
    assert by_name[4]["sentence"].startswith("- El Pleno")
    assert by_name[4]["designee_norm"] == "@Josué Gutiérrez"
    assert by_name[5]["designator_norm"] == "'Pleno"
    title = sheet.cell(row=2, column=TRIPLE_COLUMNS.index("title") + 1)
    assert title.data_type == "s" and title.quotePrefix
    plain = sheet.cell(row=2, column=TRIPLE_COLUMNS.index("designee") + 1)
    assert plain.value == "Ana Ruiz" and not plain.quotePrefix
    # No cell is a formula.
    for name in book.sheetnames:
        for row in book[name].iter_rows():
            assert all(c.data_type != "f" for c in row)
    facts = book["facts"]
    assert facts.auto_filter.ref == "A1:I5" and facts.freeze_panes == "A2"
    assert [c.value for c in facts[2]][:6] == ["Ana Ruiz", "jefa del SIS", "asserted", "Gobierno", 3, 2]


def test_xlsx_beyond_excel_limits(tmp_path, monkeypatch):
    long_sentence = "El Gobierno designó a Ana Ruiz como jefa del SIS " + "y " * 20000 + "fin."
    control = "El Ejecutivo\x01 nombró a Luis Díaz ministro del Interior."
    triples = [triple(f"d{i:02d}", "El Gobierno designó a Ana Ruiz como jefa del SIS.", "Gobierno",
                      "Ana Ruiz", "jefa del SIS", "designó") for i in range(7)]
    triples.append(triple("e1", long_sentence, "Gobierno", "Ana Ruiz", "jefa del SIS", "designó"))
    triples.append(triple("e2", control, "Ejecutivo", "Luis Díaz", "ministro del Interior", "nombró"))
    documents = [document(t["doc_id"], "2023-01-01") for t in triples]
    work = build_store(tmp_path / "work", documents, triples)
    # Excel's row limit, made small: 4 rows per sheet = a header and 3 data rows.
    monkeypatch.setattr("pipeline.export.XLSX_MAX_ROWS", 4)
    summary = run_export(work, tmp_path / "out", ["xlsx", "csv"])
    book = openpyxl.load_workbook(tmp_path / "out" / WORKBOOK)
    assert book.sheetnames[:3] == ["triples", "triples (2)", "triples (3)"]
    data = []
    for name in ("triples", "triples (2)", "triples (3)"):
        rows = list(book[name].iter_rows(values_only=True))
        assert list(rows[0]) == TRIPLE_COLUMNS and len(rows) <= 4
        assert book[name].auto_filter.ref == f"A1:{openpyxl.utils.get_column_letter(len(TRIPLE_COLUMNS))}{len(rows)}"
        data += rows[1:]
    assert [row[0] for row in data] == [t["doc_id"] for t in triples]
    long_cell = data[7][TRIPLE_COLUMNS.index("sentence")]
    assert len(long_cell) == XLSX_MAX_CELL and long_cell.endswith("[...]")
    assert data[8][TRIPLE_COLUMNS.index("sentence")] == "El Ejecutivo\ufffd nombró a Luis Díaz ministro del Interior."
    assert any("continued on sheets triples (2), triples (3)" in note for note in summary.notes)
    assert any("1 cell(s) longer than Excel's 32,767" in note for note in summary.notes)
    run = json.loads((tmp_path / "out" / "run.json").read_text())
    assert run["export"]["xlsx"]["truncated_cells"] == {"triples": 1}
    # The CSV keeps the full text.
    rows = read_csv(tmp_path / "out" / "triples.csv")
    assert rows[8][TRIPLE_COLUMNS.index("sentence")] == long_sentence


def test_unknown_format_and_bad_separator_are_config_errors(work, tmp_path):
    with pytest.raises(ConfigError, match="Unknown export format.*xls.*known: csv, xlsx"):
        run_export(work, tmp_path / "out", ["xls"])
    with pytest.raises(ConfigError, match="csv_sep must be one character"):
        run_export(work, tmp_path / "out", ["csv"], csv_sep=";;")


def test_tab_separator_by_name(work, tmp_path):
    run_export(work, tmp_path / "out", ["csv"], csv_sep="tab")
    assert read_csv(tmp_path / "out" / "facts.csv", sep="\t")[0] == FACT_COLUMNS


def test_refuses_a_folder_designa_did_not_write(work, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    (out / WORKBOOK).write_bytes(b"someone else's workbook")
    with pytest.raises(OutputExists, match="designa.xlsx"):
        run_export(work, out, ["xlsx"])


def test_export_cli_honours_format_and_separator(work, tmp_path):
    out = tmp_path / "out"
    result = CliRunner().invoke(app, ["export", "--work", str(work), "--out", str(out),
                                      "--format", "xlsx,csv", "--csv-sep", ";", "--quiet"])
    assert result.exit_code == 0, result.output
    assert (out / WORKBOOK).is_file()
    assert (out / "triples.csv").read_text(encoding="utf-8-sig").startswith("doc_id;sent_index;")
    frame = pd.read_excel(out / WORKBOOK, sheet_name="documents", dtype=str)
    assert list(frame.columns) == DOCUMENT_COLUMNS and len(frame) == 5
    bad = CliRunner().invoke(app, ["export", "--work", str(work), "--out", str(out), "--format", "pdf"])
    assert bad.exit_code == 1 and "Unknown export format" in bad.output


@pytest.mark.model
def test_run_writes_the_workbook(nlp_session, tmp_path):
    from pipeline.runner import run

    source = tmp_path / "notas.txt"
    source.write_text("El Gobierno designó a Ana Ruiz como jefa del SIS.\n", encoding="utf-8")
    summary = run([source], tmp_path / "work", tmp_path / "out", nlp_session, formats=["xlsx"])
    assert (tmp_path / "out" / WORKBOOK) in summary.export.files
    assert openpyxl.load_workbook(tmp_path / "out" / WORKBOOK).sheetnames == [
        "triples", "facts", "entities", "documents"]


SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")


@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice is not installed (apt-get install libreoffice-calc-nogui)")
def test_libreoffice_reads_the_workbook_as_designa_wrote_the_csv(work, tmp_path):
    out = tmp_path / "out"
    run_export(work, out, ["xlsx", "csv"])
    converted = tmp_path / "converted"
    # Filter options: comma, double quote, UTF-8, ..., -1 = every sheet to its own file.
    done = subprocess.run(
        [SOFFICE, "--headless", f"-env:UserInstallation={(tmp_path / 'lo-profile').as_uri()}",
         "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1",
         "--outdir", str(converted), str(out / WORKBOOK)],
        capture_output=True, text=True, timeout=180, check=False)
    assert done.returncode == 0, done.stderr
    for table in ("triples", "facts", "entities", "documents"):
        sheet = converted / f"designa-{table}.csv"
        theirs = list(csv.reader(io.StringIO(sheet.read_text(encoding="utf-8"), newline="")))
        # The workbook holds the text itself (the CSV's neutralising apostrophe
        # taken off), and a CR in a cell as LF (XML would read it so anyway).
        ours = [[restore(cell).replace("\r\n", "\n").replace("\r", "\n") for cell in row]
                for row in read_csv(out / f"{table}.csv")]
        assert theirs == ours, table


# -- qualifiers and facts by appointment (issue 14) ------------------------------------


@pytest.fixture
def appointments(tmp_path):
    """One appointment reported by three articles that name the designator two ways."""
    documents = [document(f"a{n}", day) for n, day in enumerate(("2023-03-01", "2023-03-02", "2023-03-09"))]
    sentence = "{agent} designó ayer a Ana Ruiz como ministra de Salud en reemplazo de Rosa Gil."
    triples = [triple(f"a{n}", sentence.format(agent=agent), agent, "Ana Ruiz", "ministra de Salud", "designó")
               for n, agent in enumerate(("Gobierno", "presidenta", "Gobierno"))]
    triples.append(triple("a2", "Luego nombró a Luis Paz ministro del Interior.", "", "Luis Paz",
                          "ministro del Interior", "nombró", sent_index=1, offset=100))
    return build_store(tmp_path / "work", documents, triples)


def test_facts_one_row_per_appointment_with_designators_listed(appointments, tmp_path):
    run_export(appointments, tmp_path / "out", ["csv"])
    rows = read_csv(tmp_path / "out" / "facts.csv")
    assert rows[0] == FACT_COLUMNS
    facts = [dict(zip(rows[0], r)) for r in rows[1:]]
    assert len(facts) == 2
    ana = facts[0]
    assert (ana["designee_norm"], ana["role_norm"], ana["status"]) == ("Ana Ruiz", "ministra de Salud", "asserted")
    assert ana["designators"] == "Gobierno | presidenta"  # most frequent first
    assert (ana["mentions"], ana["documents"]) == ("3", "3")
    # "ayer" against each article's date: the earliest and the latest of the three.
    assert (ana["first_date"], ana["last_date"]) == ("2023-02-28", "2023-03-08")
    assert facts[1]["designators"] == ""  # an agentless designation lists no designator


def test_qualifier_columns_typed_alike_in_every_format(appointments, tmp_path):
    run_export(appointments, tmp_path / "out", ["csv", "jsonl", "parquet", "xlsx"])
    rows = read_csv(tmp_path / "out" / "triples.csv")
    assert rows[0][:len(TRIPLE_COLUMNS) - 10] == TRIPLE_COLUMNS[:-10]  # the contract's order first
    first = dict(zip(rows[0], rows[1]))
    assert (first["date"], first["date_precision"], first["date_text"], first["date_source"]) == (
        "2023-02-28", "day", "ayer", "sentence")
    assert (first["replaces"], first["replaces_norm"]) == ("Rosa Gil", "Rosa Gil")
    sentence = first["sentence"]
    start = int(first["replaces_start"]) - int(first["trigger_start"]) + sentence.index("designó")
    assert sentence[start:start + len("Rosa Gil")] == "Rosa Gil"
    assert (first["role_head"], first["role_org"]) == ("ministra", "Salud")
    luis = dict(zip(rows[0], rows[-1]))
    assert (luis["date"], luis["date_source"], luis["replaces"], luis["replaces_start"]) == (
        "2023-03-09", "published", "", "")
    # Parquet: a date type; JSONL: ISO text; xlsx: a date cell shown as ISO.
    table = pq.read_table(tmp_path / "out" / "triples.parquet")
    assert str(table.schema.field("date").type) == "date32[day]"
    assert str(pq.read_table(tmp_path / "out" / "facts.parquet").schema.field("first_date").type) == "date32[day]"
    assert str(table.schema.field("replaces_start").type) == "int64"
    frame = table.to_pandas()
    assert frame["date"].astype(str).tolist()[0] == "2023-02-28"
    record = json.loads((tmp_path / "out" / "triples.jsonl").read_text(encoding="utf-8").splitlines()[0])
    assert record["date"] == "2023-02-28" and isinstance(record["replaces_start"], int)
    sheet = openpyxl.load_workbook(tmp_path / "out" / WORKBOOK)["triples"]
    cell = sheet.cell(row=2, column=TRIPLE_COLUMNS.index("date") + 1)
    assert cell.is_date and cell.value.date().isoformat() == "2023-02-28" and cell.number_format == "yyyy-mm-dd"
    # `check` reads the typed date back as the same ISO text from every format.
    from pipeline.check import DEFAULT_KEYS, check

    keys = DEFAULT_KEYS + ["date", "date_precision", "replaces_norm", "replaces_start"]
    for other in ("triples.parquet", "triples.jsonl"):
        result = check(tmp_path / "out" / "triples.csv", tmp_path / "out" / other, keys)
        assert result.ok and result.matched == 4, other


def test_export_qualifies_a_triples_table_written_without_qualifiers(appointments, tmp_path):
    with WorkStore(appointments, create=False) as store:
        store.db.execute("UPDATE triples SET date_source = NULL, date = NULL")
    run_export(appointments, tmp_path / "out", ["jsonl"])
    record = json.loads((tmp_path / "out" / "triples.jsonl").read_text(encoding="utf-8").splitlines()[0])
    assert (record["date"], record["date_source"]) == ("2023-02-28", "sentence")
