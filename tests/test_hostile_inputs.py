"""Hostile archives: stray bytes, broken quotes, bombs under the caps, corrupt WARC records.

Each test is one row of issue 12's table, on small generated inputs (bombs
are generated as streams; caps are lowered with --set so that nothing
large is written). Every fixture is written here, into tmp_path.
"""
from __future__ import annotations

import gzip
import io
import json
import os
import tracemalloc
from pathlib import Path

import pytest

from pipeline.config import load_config
from pipeline.ingest import classify, iter_records
from pipeline.ingest.decode import decode_bytes_document
from pipeline.ingest.warc import next_record_start

SPANISH = ("El Gobierno designó a la señora Núñez como ministra de Economía, según informó la "
           "oficina de prensa del Palacio en un comunicado difundido por la tarde. Nota {n}.")


def rows_for(*sources: Path, overrides: list[str] | None = None) -> list[dict]:
    config = load_config(None, overrides or [])
    return list(classify(iter_records(list(sources), config), config))


# -- decoding -----------------------------------------------------------------------------


@pytest.mark.parametrize("stray", [b"\xff", b"\xe9", b"\x81\x8d", b"\xc3"])
def test_one_stray_byte_keeps_a_utf8_document_utf8(tmp_path, stray):
    text = SPANISH.format(n=1) * 3
    path = tmp_path / "nota.txt"
    path.write_bytes(text.encode() + b" " + stray + b" " + text.encode())
    [row] = rows_for(path)
    assert row["status"] == "ok"
    assert "designó" in row["text"] and "Ã" not in row["text"]
    assert f"{len(stray)} invalid byte(s) in UTF-8 replaced" in row["reason"]


def test_one_stray_byte_in_a_jsonl_line(tmp_path):
    line = json.dumps({"id": "a", "text": SPANISH.format(n=1)}, ensure_ascii=False).encode()
    path = tmp_path / "notas.jsonl"
    path.write_bytes(line.replace(b"prensa", b"pr\xe9nsa") + b"\n")
    [row] = rows_for(path)
    assert row["status"] == "ok" and "Núñez" in row["text"] and "pr\ufffdnsa" in row["text"]
    assert "1 invalid byte(s)" in row["reason"]


def test_legacy_text_is_cp1252_not_what_the_detector_guesses():
    for text in ("Año de la niñez: señaló el pequeño", SPANISH.format(n=2), "Perú y Chile, “aliados”"):
        decoded = decode_bytes_document(text.encode("cp1252"))
        assert decoded.text == text and decoded.encoding == "cp1252", decoded


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be", "utf-32"])
def test_utf16_and_utf32_with_bom_in_every_text_format(tmp_path, encoding):
    def encoded(text: str) -> bytes:
        if encoding == "utf-16-be":
            return b"\xfe\xff" + text.encode("utf-16-be")
        return text.encode(encoding)

    (tmp_path / "a.txt").write_bytes(encoded(SPANISH.format(n=1)))
    (tmp_path / "b.jsonl").write_bytes(encoded("".join(
        json.dumps({"id": f"j{n}", "text": SPANISH.format(n=n)}, ensure_ascii=False) + "\n"
        for n in range(2, 4))))
    (tmp_path / "c.csv").write_bytes(encoded("id;text\r\n" + "".join(
        f'c{n};"{SPANISH.format(n=n)}"\r\n' for n in range(4, 6))))
    (tmp_path / "d.html").write_bytes(encoded(f"<html><body><p>{SPANISH.format(n=6)}</p></body></html>"))
    rows = rows_for(tmp_path)
    assert [r["status"] for r in rows] == ["ok"] * 6, [(r["source"], r["reason"]) for r in rows]
    assert all("Núñez" in r["text"] for r in rows)


def test_nul_bytes_are_judged_wherever_they_are(tmp_path):
    body = (SPANISH.format(n=1) + "\n").encode() * 200  # about 32 KB
    (tmp_path / "early.txt").write_bytes(b"\x00" + body)
    (tmp_path / "late.txt").write_bytes(body + b"\x00")
    rows = {Path(r["source"]).name: r for r in rows_for(tmp_path)}
    assert rows["early.txt"]["status"] == rows["late.txt"]["status"] == "unreadable"
    assert "NUL" in rows["late.txt"]["reason"]


# -- CSV ------------------------------------------------------------------------------------


def csv_rows(count: int) -> list[str]:
    return ["id,text,date"] + [f'r{n},"{SPANISH.format(n=n)}",2023-01-0{1 + n % 9}' for n in range(count)]


def test_unclosed_quote_costs_one_row_not_the_file(tmp_path):
    lines = csv_rows(1000)
    lines[5] = 'r4,"' + SPANISH.format(n=4) + ",2023-01-05"  # the quote never closes
    path = tmp_path / "notas.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    rows = rows_for(path)
    assert len(rows) == 1000
    [broken] = [r for r in rows if r["status"] != "ok"]
    assert broken["status"] == "unreadable" and broken["record"] == "6" and "line 6" in broken["reason"]
    assert sum(r["status"] == "ok" for r in rows) == 999
    assert max(r["n_chars"] for r in rows) < 200


def test_a_quote_that_closes_later_does_not_swallow_a_row(tmp_path):
    for text in (SPANISH, "Hola desde Lima {n}"):  # with and without commas in the next row
        lines = ["id,text,date"] + [f'r{n},"{text.format(n=n)}",2023-01-0{1 + n}' for n in range(8)]
        lines[3] = 'r2,"' + text.format(n=2) + ",2023-01-03"  # opens; the next row's quote closes it
        path = tmp_path / "notas.csv"
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        rows = rows_for(path)
        assert [(r["doc_id"], r["status"]) for r in rows if r["status"] != "ok"][0][1] == "unreadable"
        assert [r["record"] for r in rows if r["status"] == "unreadable"] == ["4"]
        assert {r["doc_id"] for r in rows if r["status"] == "ok"} == {f"r{n}" for n in range(8) if n != 2}


def test_a_real_multiline_field_stays_one_record(tmp_path):
    path = tmp_path / "notas.csv"
    text = SPANISH.format(n=1) + "\n\nSegundo párrafo, con comas, y más.\nTercero, final"
    path.write_text(f'id,text,date\nm1,"{text}",2023\nm2,"{SPANISH.format(n=2)}",2023\n', encoding="utf-8")
    rows = rows_for(path)
    assert [(r["doc_id"], r["status"]) for r in rows] == [("m1", "ok"), ("m2", "ok")]
    assert rows[0]["text"].endswith("Tercero, final")


# -- bombs under the caps ---------------------------------------------------------------------


def gzip_stream(path: Path, total: int, unit: bytes, head: bytes = b"", tail: bytes = b"") -> None:
    with gzip.open(path, "wb", compresslevel=1) as handle:
        handle.write(head)
        block = unit * ((1 << 20) // len(unit))
        for _ in range(total // len(block)):
            handle.write(block)
        handle.write(tail)


def peak_while_reading(path: Path, overrides: list[str]) -> tuple[list[dict], int]:
    tracemalloc.start()
    try:
        rows = rows_for(path, overrides=overrides)
        return rows, tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


CAPS = ["input.max_chars=1000000", "input.max_gz_bytes=200000000"]  # 4 MB a document


@pytest.mark.parametrize("name,head,tail", [
    ("bomba.txt.gz", b"", b""),
    ("bomba.jsonl.gz", b'{"id": "b1", "text": "', b'"}\n{"id": "b2", "text": "Hola, Per\\u00fa."}\n'),
    ("bomba.csv.gz", b'id,text\nb1,"', b'"\nb2,"Hola"\n'),
])
def test_a_document_over_the_bound_is_refused_as_it_arrives(tmp_path, name, head, tail):
    path = tmp_path / name
    gzip_stream(path, 40 << 20, b"designo a la ministra ", head, tail)  # 40 MB, 10x the bound
    rows, peak = peak_while_reading(path, CAPS)
    assert rows[0]["status"] == "too_long"
    assert peak < 16 << 20, f"{peak:,} bytes held for a document bounded at 4 MB"
    if name != "bomba.txt.gz":  # the records after the long one are still read
        assert len(rows) == 2 and rows[1]["doc_id"] == "b2"


def test_gz_expansion_cap_is_enforced_as_bytes_arrive(tmp_path):
    path = tmp_path / "muchas.jsonl.gz"
    line = json.dumps({"text": "designó " * 3000}).encode() + b"\n"  # 24 kB a line
    gzip_stream(path, 30 << 20, line)
    rows, peak = peak_while_reading(path, ["input.max_gz_bytes=2000000"])
    assert rows[-1]["status"] == "too_long" and "input.max_gz_bytes" in rows[-1]["reason"]
    assert peak < 64 << 20


# -- WARC -------------------------------------------------------------------------------------


def warc_bytes(records: list[tuple[str, bytes]], compress: bool) -> tuple[bytes, list[int]]:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=compress)
    offsets = []
    for n, (kind, body) in enumerate(records):
        offsets.append(buffer.tell())
        if kind == "response":
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/plain; charset=utf-8")],
                                       protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(f"http://diario.pe/{n}", "response",
                                                          payload=io.BytesIO(body), http_headers=headers))
        else:
            writer.write_record(writer.create_warc_record(f"http://diario.pe/{n}", kind,
                                                          payload=io.BytesIO(body)))
    return buffer.getvalue(), offsets


@pytest.mark.parametrize("compress", [True, False])
def test_a_corrupt_record_in_the_middle_costs_only_that_record(tmp_path, compress):
    data, offsets = warc_bytes([("response", SPANISH.format(n=n).encode()) for n in range(6)], compress)
    data = bytearray(data)
    at = offsets[2] + (30 if compress else 0)
    data[at:at + 24] = b"\xff\x00\x1b[31m" + b"\xfe" * 18
    path = tmp_path / ("a.warc.gz" if compress else "a.warc")
    path.write_bytes(bytes(data))
    rows = rows_for(path)
    assert [r["status"] for r in rows] == ["ok", "ok", "unreadable", "ok", "ok", "ok"]
    reason = rows[2]["reason"]
    assert "corrupt WARC record" in reason and reason.isprintable() and "\x1b" not in reason


@pytest.mark.parametrize("compress", [True, False])
def test_a_large_metadata_record_is_jumped_over_not_read(tmp_path, compress, monkeypatch):
    from pipeline.ingest import warc

    jumps = []
    real_jump = warc._jump
    monkeypatch.setattr(warc, "_jump", lambda *args: jumps.append(args) or real_jump(*args))
    big = b"x" * (8 << 20)  # over JUMP_BYTES; compresses to a few kB
    data, offsets = warc_bytes([("response", SPANISH.format(n=1).encode()), ("metadata", big),
                                ("response", SPANISH.format(n=2).encode())], compress)
    path = tmp_path / ("a.warc.gz" if compress else "a.warc")
    path.write_bytes(data)
    with path.open("rb") as handle:  # the jump lands on the next record without reading the big one
        after = offsets[1] + 1 if compress else offsets[1] + len(big)
        assert next_record_start(handle, after, compress) == offsets[2]
    rows = rows_for(path)
    assert [r["status"] for r in rows] == ["ok", "ok"]
    assert len(jumps) == 1


# -- folders, empty files, odd fields -----------------------------------------------------------


def test_symlinked_folders_are_read_and_unlistable_ones_reported(tmp_path, monkeypatch):
    real = tmp_path / "real"
    real.mkdir()
    (real / "a.txt").write_text(SPANISH.format(n=1), encoding="utf-8")
    src = tmp_path / "src"
    (src / "locked").mkdir(parents=True)
    (src / "enlace").symlink_to(real, target_is_directory=True)
    (src / "bucle").symlink_to(src, target_is_directory=True)  # a loop is read once
    scandir = os.scandir

    def refusing(path):
        if Path(path).name == "locked":
            raise PermissionError(13, "Permission denied", str(path))
        return scandir(path)

    monkeypatch.setattr(os, "scandir", refusing)
    rows = rows_for(src)
    by_name = {Path(r["source"]).name: r for r in rows}
    assert by_name["a.txt"]["status"] == "ok"
    assert by_name["locked"]["status"] == "unreadable" and "folder" in by_name["locked"]["reason"]
    assert len(rows) == 2


def test_empty_and_header_only_files_get_a_row(tmp_path):
    (tmp_path / "vacio.jsonl").write_bytes(b"")
    (tmp_path / "cabecera.csv").write_text("id,text\n", encoding="utf-8")
    rows = {Path(r["source"]).name: r for r in rows_for(tmp_path)}
    assert rows["vacio.jsonl"]["status"] == rows["cabecera.csv"]["status"] == "empty"
    assert "no record" in rows["cabecera.csv"]["reason"]


def test_deeply_nested_html_keeps_its_text(tmp_path):
    path = tmp_path / "hondo.html"
    path.write_text("<html><body>" + "<div>" * 3000 + f"<p>{SPANISH.format(n=1)}</p>" + "</div>" * 3000
                    + "</body></html>", encoding="utf-8")
    [row] = rows_for(path)
    assert row["status"] == "ok" and "Núñez" in row["text"]


def test_list_valued_text_is_joined_and_duplicate_ids_say_so(tmp_path):
    path = tmp_path / "notas.jsonl"
    path.write_text("\n".join(json.dumps(value, ensure_ascii=False) for value in (
        {"id": "a", "text": [SPANISH.format(n=1), "Segundo párrafo."]},
        {"id": "a", "text": SPANISH.format(n=2)},
        {"id": "b", "text": {"cuerpo": "x"}},
    )) + "\n", encoding="utf-8")
    first, second, third = rows_for(path)
    assert first["text"] == SPANISH.format(n=1) + "\n\nSegundo párrafo."
    assert second["doc_id"] == "a~2" and "id a already used" in second["reason"]
    assert third["status"] == "unreadable" and "dict" in third["reason"]


def test_a_warc_gz_compressed_as_one_stream_is_read_whole(tmp_path):
    data, _ = warc_bytes([("response", SPANISH.format(n=n).encode()) for n in range(4)], False)
    path = tmp_path / "entero.warc.gz"
    path.write_bytes(gzip.compress(data))  # one gzip stream, not one member a record
    rows = rows_for(path)
    assert [(r["record"], r["status"]) for r in rows] == [(str(n), "ok") for n in range(1, 5)]
