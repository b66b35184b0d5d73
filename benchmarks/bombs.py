"""Peak memory of ingest on single files just under the caps (gzip and WARC bombs).

Each bomb is generated as a stream (compressed on the fly, a few MB on disk)
in a temporary folder, then read by `iter_records` + `classify` in a fresh
process whose peak RSS (ru_maxrss) is printed with the row it produced:

    python benchmarks/bombs.py                  # every bomb, default caps
    python benchmarks/bombs.py --only txt.gz    # one of them
    python benchmarks/bombs.py --scale 0.1      # sizes x 0.1 (quick look)

The acceptance bound is 1.5 GB per input file; the script prints the ratio.
Figures depend on the machine's load only for time, not for memory.
"""
from __future__ import annotations

import argparse
import gzip
import json
import resource
import subprocess
import sys
import tempfile
import time
import zlib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

GB = 1 << 30
MB = 1 << 20
BOUND = 1.5 * GB
WORDS = "El Gobierno designó a la nueva ministra de Economía según un comunicado oficial. "


def _gzip_stream(path: Path, chunks, level: int = 6) -> None:
    with gzip.open(path, "wb", compresslevel=level) as handle:
        for chunk in chunks:
            handle.write(chunk)


def _repeat(total: int, unit: bytes, block: int = 4 * MB):
    piece = unit * (block // len(unit))
    written = 0
    while written + len(piece) <= total:
        yield piece
        written += len(piece)
    yield unit * ((total - written) // len(unit))


def make_txt_gz(folder: Path, size: int) -> Path:
    path = folder / "bomba.txt.gz"
    _gzip_stream(path, _repeat(size, WORDS.encode()))
    return path


def make_jsonl_gz(folder: Path, size: int) -> Path:
    path = folder / "bomba.jsonl.gz"
    _gzip_stream(path, [b'{"id": "b1", "text": "', *_repeat(size, WORDS.encode()), b'"}\n',
                        json.dumps({"id": "b2", "text": WORDS}).encode() + b"\n"])
    return path


def make_warc_gz(folder: Path, size: int, record_type: str = "response") -> Path:
    """One big record (each record its own gzip member), then a small good one."""
    path = folder / f"bomba-{record_type}.warc.gz"

    def record(rtype: str, body_chunks, length: int, uri: str) -> bytes | None:
        http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n"
        head = (f"WARC/1.0\r\nWARC-Type: {rtype}\r\nWARC-Target-URI: {uri}\r\n"
                f"WARC-Date: 2023-01-01T00:00:00Z\r\nWARC-Record-ID: <urn:uuid:{uri[-8:]:0>8}>\r\n"
                f"Content-Type: application/http; msgtype=response\r\n"
                f"Content-Length: {len(http) + length}\r\n\r\n").encode()
        compressor = zlib.compressobj(6, zlib.DEFLATED, 31)
        out.write(compressor.compress(head + http))
        for chunk in body_chunks:
            out.write(compressor.compress(chunk))
        out.write(compressor.compress(b"\r\n\r\n"))
        out.write(compressor.flush())
        return None

    with path.open("wb") as out:
        html = b"<html><body><p>" + WORDS.encode() * 10 + b"</p></body></html>"
        record(record_type, _repeat(size, b"<p>" + WORDS.encode() + b"</p>"), size // len(
            b"<p>" + WORDS.encode() + b"</p>") * len(b"<p>" + WORDS.encode() + b"</p>"), "http://x.pe/00000001")
        record("response", [html], len(html), "http://x.pe/00000002")
    return path


def make_html_gz(folder: Path, size: int) -> Path:
    path = folder / "bomba.html.gz"
    _gzip_stream(path, [b"<html><body>", *_repeat(size, b"<p>" + WORDS.encode() + b"</p>"),
                        b"</body></html>"])
    return path


def measure(path: Path) -> None:
    """Run in a child process: read the file, print rows and peak RSS as JSON."""
    from pipeline.config import load_config
    from pipeline.ingest import classify, iter_records

    config = load_config()
    started = time.perf_counter()
    rows = [{k: row[k] for k in ("record", "status", "reason", "n_chars")}
            for row in classify(iter_records([path], config), config)]
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    print(json.dumps({"rows": rows, "peak": peak, "seconds": time.perf_counter() - started}))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--scale", type=float, default=1.0)
    parser.add_argument("--only", default="")
    parser.add_argument("--measure", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:
        measure(args.measure)
        return
    # Just under the default caps: input.max_gz_bytes 2,000,000,000 for the expansion,
    # input.max_chars 50,000,000 (200,000,000 bytes) for one document.
    cases = {
        "txt.gz 1.9 GB": (make_txt_gz, int(1.9e9 * args.scale)),
        "txt.gz 190 MB": (make_txt_gz, int(190e6 * args.scale)),
        "jsonl.gz one 1.9 GB line": (make_jsonl_gz, int(1.9e9 * args.scale)),
        "jsonl.gz one 190 MB line": (make_jsonl_gz, int(190e6 * args.scale)),
        "warc.gz 1.9 GB response": (make_warc_gz, int(1.9e9 * args.scale)),
        "warc.gz 1.9 GB metadata": (lambda f, s: make_warc_gz(f, s, "metadata"), int(1.9e9 * args.scale)),
        "warc.gz 190 MB response": (make_warc_gz, int(190e6 * args.scale)),
        "html.gz 190 MB": (make_html_gz, int(190e6 * args.scale)),
        # The largest documents that are read: just under the bounds, status ok.
        "txt.gz 49 M characters": (make_txt_gz, int(49e6 * len(WORDS.encode()) / len(WORDS) * args.scale)),
        "html.gz 19.9 MB": (make_html_gz, int(19.9e6 * args.scale)),
    }
    print(f"{'bomb':28} {'on disk':>10} {'peak RSS':>10} {'of 1.5 GB':>9} {'time':>7}  rows")
    for name, (make, size) in cases.items():
        if args.only and args.only not in name:
            continue
        with tempfile.TemporaryDirectory() as folder:
            path = make(Path(folder), size)
            result = subprocess.run([sys.executable, __file__, "--measure", str(path)],
                                    capture_output=True, text=True, cwd=ROOT)
            if result.returncode != 0:
                print(f"{name:28} FAILED: {result.stderr.strip()[-300:]}")
                continue
            data = json.loads(result.stdout.strip().splitlines()[-1])
            rows = "; ".join(f"{r['status']} {r['reason'][:60]}" for r in data["rows"])
            print(f"{name:28} {path.stat().st_size / MB:8.1f}MB {data['peak'] / MB:8.0f}MB "
                  f"{data['peak'] / BOUND:9.2f} {data['seconds']:6.1f}s  {rows}", flush=True)


if __name__ == "__main__":
    main()
