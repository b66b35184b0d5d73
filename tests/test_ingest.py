"""Ingest: every input format, every record one documents row, bad input reported not fatal.

Every fixture is written here, into tmp_path: no file from ../shared.
"""
from __future__ import annotations

import gzip
import io
import json
from pathlib import Path

import pytest

from pipeline.config import load_config
from pipeline.ingest import classify, ingest, iter_records
from pipeline.ingest.readers import decode_bytes, reader_for
from pipeline.store import WorkStore

SPANISH = (
    "El Congreso de la República eligió este jueves a la señora Núñez como nueva presidenta "
    "de la Comisión de Economía, según informó la oficina de prensa del Parlamento en un "
    "comunicado que fue difundido por la tarde."
)
OTHER_SPANISH = (
    "La Cancillería designó a un nuevo cónsul general del Perú en México, tras la salida de "
    "la diplomática que ocupaba el cargo desde hace dos años, y anunció más cambios en la red "
    "consular durante las próximas semanas."
)
ENGLISH = (
    "The committee said that it was not able to reach a decision on the matter and that the "
    "vote would be held again next week, when all of the members are expected to be present."
)


def rows_for(tmp_path: Path, *sources: Path, overrides: list[str] | None = None) -> list[dict]:
    config = load_config(None, overrides or [])
    return list(classify(iter_records(list(sources), config), config))


def by_status(rows: list[dict]) -> dict[str, list[dict]]:
    found: dict[str, list[dict]] = {}
    for row in rows:
        found.setdefault(row["status"], []).append(row)
    return found


# -- encodings -------------------------------------------------------------------------


def test_latin1_text_is_detected_not_mangled(tmp_path):
    path = tmp_path / "latin1.txt"
    path.write_bytes(SPANISH.encode("latin-1"))
    [row] = rows_for(tmp_path, path)
    assert row["status"] == "ok"
    assert "señora Núñez" in row["text"] and "República" in row["text"]


def test_cp1252_quotes_are_decoded(tmp_path):
    path = tmp_path / "cp1252.md"
    path.write_bytes(("# Título\n\n“" + SPANISH + "”").encode("cp1252"))
    [row] = rows_for(tmp_path, path)
    assert row["title"] == "Título"
    assert "“El Congreso" in row["text"]


def test_binary_and_empty_files_are_reported(tmp_path):
    (tmp_path / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    (tmp_path / "empty.txt").write_bytes(b"   \n")
    statuses = {Path(r["source"]).name: (r["status"], r["reason"]) for r in rows_for(tmp_path, tmp_path)}
    assert statuses["image.txt"][0] == "unreadable" and "binary" in statuses["image.txt"][1]
    assert statuses["empty.txt"][0] == "empty"


def test_decode_bytes_prefers_spanish_legacy_encoding():
    text, problem = decode_bytes("Año de la niñez: señaló el pequeño".encode("cp1252"))
    assert problem is None and text == "Año de la niñez: señaló el pequeño"


# -- JSONL / CSV ---------------------------------------------------------------------------


def test_jsonl_malformed_line_is_reported_with_its_number_and_the_rest_is_read(tmp_path):
    path = tmp_path / "news.ndjson"
    lines = [
        json.dumps({"id": "a1", "text": SPANISH, "title": "Uno", "date": "2023-01-02", "url": "http://x/1"}),
        '{"id": "a2", "text": "sin cerrar',
        "[1, 2]",
        json.dumps({"id": "a3", "text": OTHER_SPANISH}, ensure_ascii=False),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    rows = rows_for(tmp_path, path)
    assert [r["doc_id"] for r in rows if r["status"] == "ok"] == ["a1", "a3"]
    bad = [r for r in rows if r["status"] == "unreadable"]
    assert [r["record"] for r in bad] == ["2", "3"]
    assert "line 2" in bad[0]["reason"] and "news.ndjson" in bad[0]["reason"]
    first = rows[0]
    assert (first["title"], first["published"], first["url"]) == ("Uno", "2023-01-02", "http://x/1")


def test_field_names_are_configurable(tmp_path):
    path = tmp_path / "custom.jsonl"
    path.write_text(json.dumps({"clave": "k9", "cuerpo_nota": SPANISH, "cuando": "2023-05-05"}) + "\n",
                    encoding="utf-8")
    [row] = rows_for(tmp_path, path, overrides=[
        'input.id_fields=["clave"]', 'input.text_fields=["cuerpo_nota"]',
        'input.published_fields=["cuando"]'])
    assert (row["doc_id"], row["status"], row["published"]) == ("k9", "ok", "2023-05-05")


def test_csv_rows_semicolons_quotes_and_a_malformed_row(tmp_path):
    path = tmp_path / "notas.csv"
    path.write_text(
        "id;titulo;texto;fecha\n"
        f'c1;"Uno; con punto y coma";"{SPANISH}";2023-02-01\n'
        "c2;solo dos campos\n"
        f'c3;Tres;"{OTHER_SPANISH}\ncon salto de línea";2023-02-03\n',
        encoding="utf-8",
    )
    rows = rows_for(tmp_path, path)
    ok = {r["doc_id"]: r for r in rows if r["status"] == "ok"}
    assert set(ok) == {"c1", "c3"}
    assert ok["c1"]["title"] == "Uno; con punto y coma"
    assert "salto de línea" in ok["c3"]["text"]
    [bad] = [r for r in rows if r["status"] == "unreadable"]
    assert bad["record"] == "3" and "line 3" in bad["reason"] and "2 fields" in bad["reason"]


def test_tsv_in_latin1(tmp_path):
    path = tmp_path / "notas.tsv"
    path.write_bytes(f"id\ttext\nt1\t{SPANISH}\n".encode("latin-1"))
    [row] = rows_for(tmp_path, path)
    assert row["doc_id"] == "t1" and "Núñez" in row["text"]


# -- HTML / WARC -----------------------------------------------------------------------------


def page(title: str, body: str, date: str = "2023-03-04") -> str:
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}</title>
<meta property="article:published_time" content="{date}"></head><body>
<nav><ul><li><a href="/">Inicio</a></li><li><a href="/p">Política</a></li><li>Menú principal</li></ul></nav>
<script>var tracking = "no debe aparecer";</script>
<article><h1>{title}</h1><p>{body}</p><p>{OTHER_SPANISH}</p></article>
<footer><p>Copyright 2023 Diario Ejemplo. Todos los derechos reservados. Pie de página.</p></footer>
</body></html>"""


def test_html_main_text_title_and_date(tmp_path):
    path = tmp_path / "nota.html"
    path.write_text(page("Perú designa embajadora", SPANISH), encoding="utf-8")
    [row] = rows_for(tmp_path, path)
    assert row["status"] == "ok"
    assert "señora Núñez" in row["text"]
    for boilerplate in ("no debe aparecer", "Menú principal", "derechos reservados"):
        assert boilerplate not in row["text"]
    assert row["title"] == "Perú designa embajadora"
    assert row["published"] == "2023-03-04"


def test_html_in_latin1_declared_in_meta(tmp_path):
    path = tmp_path / "vieja.htm"
    path.write_bytes(page("Nota", SPANISH).replace('charset="utf-8"', 'charset="iso-8859-1"')
                     .encode("latin-1"))
    [row] = rows_for(tmp_path, path)
    assert "señora Núñez" in row["text"]


def write_warc(path: Path, compress: bool) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as handle:
        writer = WARCWriter(handle, gzip=compress)
        writer.write_record(writer.create_warcinfo_record("test.warc", {"software": "tests"}))

        def response(url: str, body: bytes, content_type: str, status: str = "200 OK") -> None:
            headers = StatusAndHeaders(status, [("Content-Type", content_type)], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(body),
                                                          http_headers=headers))

        writer.write_record(writer.create_warc_record("http://diario.pe/1", "request",
                                                      payload=io.BytesIO(b"GET /1 HTTP/1.1\r\n\r\n")))
        response("http://diario.pe/1", page("Primera", SPANISH).encode("utf-8"), "text/html; charset=utf-8")
        response("http://diario.pe/logo.png", b"\x89PNG\r\n\x1a\n" + bytes(200), "image/png")
        response("http://diario.pe/falta", b"<html>no</html>", "text/html", "404 Not Found")
        response("http://diario.pe/2.txt", OTHER_SPANISH.encode("cp1252"), "text/plain")


@pytest.mark.parametrize("name,compress", [("archivo.warc", False), ("archivo.warc.gz", True)])
def test_warc_response_records(tmp_path, name, compress):
    path = tmp_path / name
    write_warc(path, compress)
    rows = rows_for(tmp_path, path)
    assert len(rows) == 4  # four responses; warcinfo and request records are not documents
    ok = [r for r in rows if r["status"] == "ok"]
    assert [r["url"] for r in ok] == ["http://diario.pe/1", "http://diario.pe/2.txt"]
    assert "señora Núñez" in ok[0]["text"] and ok[0]["title"] == "Primera"
    assert "cónsul" in ok[1]["text"]
    reasons = " | ".join(r["reason"] for r in rows if r["status"] != "ok")
    assert "image/png" in reasons and "404" in reasons


# -- gzip ------------------------------------------------------------------------------------


def test_gz_of_text_formats_is_read(tmp_path):
    with gzip.open(tmp_path / "a.jsonl.gz", "wt", encoding="utf-8") as handle:
        handle.write(json.dumps({"id": "g1", "text": SPANISH}) + "\n")
    with gzip.open(tmp_path / "b.txt.gz", "wb") as handle:
        handle.write(OTHER_SPANISH.encode("latin-1"))
    rows = rows_for(tmp_path, tmp_path)
    assert [r["status"] for r in rows] == ["ok", "ok"]
    assert rows[0]["doc_id"] == "g1" and "cónsul" in rows[1]["text"]


def test_gzip_bomb_is_refused_without_expanding(tmp_path):
    path = tmp_path / "bomba.txt.gz"
    with gzip.open(path, "wb") as handle:
        for _ in range(20):
            handle.write(b" " * (1 << 20))  # 20 MB of spaces, a few kB compressed
    assert path.stat().st_size < 100_000
    [row] = rows_for(tmp_path, path, overrides=["input.max_gz_bytes=5000000"])
    assert row["status"] == "too_long"
    assert "input.max_gz_bytes" in row["reason"] and "refused" in row["reason"]


def test_corrupt_gzip_is_unreadable(tmp_path):
    path = tmp_path / "roto.jsonl.gz"
    path.write_bytes(gzip.compress(b'{"text": "hola"}\n' * 100)[:40])
    [row] = rows_for(tmp_path, path)
    assert row["status"] == "unreadable" and "gzip" in row["reason"]


# -- statuses -----------------------------------------------------------------------------------


def test_duplicate_points_at_the_first_copy(tmp_path):
    (tmp_path / "a.txt").write_text(SPANISH, encoding="utf-8")
    (tmp_path / "b.txt").write_text(SPANISH, encoding="utf-8")
    first, second = rows_for(tmp_path, tmp_path)
    assert first["status"] == "ok" and second["status"] == "duplicate"
    assert first["doc_id"] in second["reason"] and "a.txt" in second["reason"]


def test_not_spanish_too_long_and_unknown_type(tmp_path):
    (tmp_path / "en.txt").write_text(ENGLISH, encoding="utf-8")
    (tmp_path / "largo.txt").write_text(SPANISH * 10, encoding="utf-8")
    (tmp_path / "hoja.pdf").write_bytes(b"%PDF-1.4")
    rows = {Path(r["source"]).name: r for r in rows_for(tmp_path, tmp_path, overrides=["input.max_chars=1000"])}
    assert rows["en.txt"]["status"] == "not_spanish"
    assert rows["largo.txt"]["status"] == "too_long" and "input.max_chars" in rows["largo.txt"]["reason"]
    assert rows["hoja.pdf"]["status"] == "unreadable" and ".pdf" in rows["hoja.pdf"]["reason"]


def test_every_record_gets_one_row_in_the_documents_table(tmp_path):
    src = tmp_path / "src"
    (src / "sub").mkdir(parents=True)
    (src / "sub" / "a.txt").write_text(SPANISH, encoding="utf-8")
    (src / "b.jsonl").write_text("no json\n" + json.dumps({"text": OTHER_SPANISH}) + "\n", encoding="utf-8")
    (src / "c.bin").write_bytes(b"\x00\x01")
    summary = ingest([src], tmp_path / "work", load_config())
    assert summary.documents == 4
    with WorkStore(tmp_path / "work") as store:
        assert store.count("documents") == 4
        assert store.count("documents", "WHERE status='ok'") == 2


def test_reader_registry_covers_every_format():
    for name in ("a.txt", "a.md", "a.jsonl", "a.ndjson", "a.csv", "a.tsv", "a.html", "a.htm",
                 "a.warc", "a.warc.gz", "a.txt.gz", "a.jsonl.gz", "a.csv.gz", "a.html.gz"):
        assert reader_for(Path(name)) is not None, name
    assert reader_for(Path("a.pdf")) is None
