"""`designa report`: the self-contained HTML page. No model needed.

The last tests open the page in a real headless Chromium (Debian's package);
they skip cleanly where /usr/bin/chromium is not installed.
"""
from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pipeline.cli import app
from pipeline.report import highlight, report
from pipeline.store import WorkStore
from store_builder import build_store, document, triple

ATTACK = "<script>document.title='pwned'</script><img src=x onerror=\"document.title='img'\">"
CHROMIUM = Path("/usr/bin/chromium")


def rows():
    attack_sentence = f"El Gobierno designó a Ana Ruiz como jefa del SIS {ATTACK}."
    return [
        triple("d1", "El Gobierno designó a Ana Ruiz como jefa del SIS.", "Gobierno", "Ana Ruiz",
               "jefa del SIS", "designó", offset=40),
        triple("d2", attack_sentence, "Gobierno", "Ana Ruiz", "jefa del SIS", "designó",
               norms=("Gobierno", "</script><b>Ana</b>", "jefa del SIS")),
        triple("d3", "La presidenta nombrará a Luis Díaz ministro del Interior.", "presidenta",
               "Luis Díaz", "ministro del Interior", "nombrará", status="planned"),
        triple("d4", "Pedro Soto fue designado embajador en Chile.", "", "Pedro Soto",
               "embajador en Chile", "designado", status="asserted"),
        triple("d5", "El Congreso no eligió a Rosa Gil como defensora del Pueblo.", "Congreso",
               "Rosa Gil", "defensora del Pueblo", "eligió", status="negated"),
    ]


@pytest.fixture
def work(tmp_path):
    documents = [
        document("d1", "27/01/2023", title="Ana Ruiz, jefa del SIS", url="https://example.org/a"),
        document("d2", "2023-01-28", title=ATTACK, url="javascript:alert(1)"),
        document("d3", "3 de marzo de 2023", title="Luis Díaz"),
        document("d4", "", title="Sin fecha"),
        document("d5", "2023-03-04T10:00:00-05:00"),
        document("d6", "", status="not_spanish"),
    ]
    return build_store(tmp_path / "work", documents, rows())


def page(work, out, **options):
    with WorkStore(work, create=False) as store:
        summary = report(store, out, **options)
    return summary, summary.path.read_text(encoding="utf-8")


def embedded_rows(html):
    block = re.search(r'<script id="designa-data" type="application/json">(.*?)</script>', html, re.S)
    return json.loads(block.group(1))


def test_highlight_uses_the_offsets_to_pick_the_right_occurrence():
    sentence = "Gobierno dijo que el Gobierno designó a Ana como jefa."
    row = triple("x", sentence, "Gobierno", "Ana", "jefa", "designó", offset=100)
    # The designator is the second "Gobierno": its offset says so.
    row["designator_start"] = 100 + sentence.index("Gobierno", 1)
    pieces = highlight(row)
    assert "".join(text for text, _ in pieces) == sentence
    assert [(text, slot) for text, slot in pieces if slot] == [
        ("Gobierno", "designator"), ("designó", "trigger"), ("Ana", "designee"), ("jefa", "role")]
    assert pieces[0] == ["Gobierno dijo que el ", ""]


def test_highlight_without_usable_offsets_still_marks_the_slots():
    row = triple("x", "Ana fue designada jefa.", "", "Ana", "jefa", "designada")
    row.update(designee_start=None, role_start=999, trigger_start=5)
    pieces = highlight(row)
    assert "".join(text for text, _ in pieces) == row["sentence"]
    assert {slot for _, slot in pieces if slot} == {"designee", "role", "trigger"}


def test_page_has_counts_tops_chart_and_every_row(work, tmp_path):
    summary, html = page(work, tmp_path / "out")
    assert summary.path == tmp_path / "out" / "report.html"
    assert (summary.rows, summary.shown, summary.documents) == (5, 5, 6)
    assert summary.by_status == {"asserted": 3, "planned": 1, "hypothetical": 0, "negated": 1}
    assert "<strong>5</strong> designations" in html
    assert 'data-field="designee_norm" data-value="Ana Ruiz"' in html
    assert 'data-field="designator_norm" data-value="Gobierno"' in html
    assert "<svg id=\"timeline\"" in html and "per month" not in html and "per day" in html
    assert html.count('<rect class="s-') == 4  # four dated rows, one per day
    assert "1 designation(s) without a date" in html
    data = embedded_rows(html)
    assert [r["doc"] for r in data] == ["d1", "d2", "d3", "d4", "d5"]
    assert data[0]["date"] == "2023-01-27" and data[2]["date"] == "2023-03-03"
    assert data[3]["designator"] == "" and data[3]["pieces"][0] == ["Pedro Soto", "designee"]


def test_page_is_self_contained_and_escapes_untrusted_text(work, tmp_path):
    _, html = page(work, tmp_path / "out")
    # No resource is fetched: no src/href to anything but the article links in the data.
    assert not re.search(r'<(script|link|img|iframe)[^>]+(src|href)=', html)
    assert "default-src 'none'" in html
    # The attack text appears only escaped: never as markup.
    assert ATTACK not in html
    assert "<img src=x" not in html and "</script><b>" not in html
    assert html.count("<script") == 2 and html.count("</script>") == 2
    assert "&lt;/script&gt;&lt;b&gt;Ana&lt;/b&gt;" in html  # in the top designees
    data = embedded_rows(html)
    assert data[1]["title"] == ATTACK  # the JSON gives the text back intact, for textContent
    assert data[1]["url"] == ""        # a javascript: URL is never a link
    assert data[0]["url"] == "https://example.org/a"


def test_max_rows_lists_fewer_but_counts_all(work, tmp_path):
    summary, html = page(work, tmp_path / "out", max_rows=2)
    assert (summary.rows, summary.shown) == (5, 2)
    assert len(embedded_rows(html)) == 2
    assert "Listing the first 2 of 5 rows" in html


def test_long_spans_are_charted_by_month(tmp_path):
    documents = [document("a", "2023-01-05"), document("b", "2023-06-20"), document("c", "2023-06-21")]
    triples = [triple(d["doc_id"], "El Gobierno designó a Ana Ruiz como jefa del SIS.", "Gobierno",
                      "Ana Ruiz", "jefa del SIS", "designó") for d in documents]
    _, html = page(build_store(tmp_path / "work", documents, triples), tmp_path / "out")
    assert "per month" in html
    assert html.count('<g class="bar">') == 6  # January to June, empty months included
    assert "<title>2023-06: 2 asserted</title>" in html


def test_report_cli(work, tmp_path):
    result = CliRunner().invoke(app, ["report", "--work", str(work), "--out", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "out" / "report.html").is_file() and "designations" in result.output
    missing = CliRunner().invoke(app, ["report", "--work", str(tmp_path / "none")])
    assert missing.exit_code == 1 and "designa ingest" in missing.output


# -- a real browser ------------------------------------------------------------

needs_chromium = pytest.mark.skipif(not CHROMIUM.is_file(), reason="Chromium is not installed "
                                    "(apt-get install chromium) at /usr/bin/chromium")


def chromium(tmp_path, *arguments, timeout=120):
    """Run headless Chromium with a fresh profile and nothing that reaches the network."""
    profile = tmp_path / "chromium-profile"
    command = [str(CHROMIUM), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
               "--no-first-run", "--disable-background-networking", "--disable-component-update",
               "--disable-sync", f"--user-data-dir={profile}", *arguments]
    return subprocess.run(command, capture_output=True, text=True, timeout=timeout, check=False)


@needs_chromium
def test_page_renders_in_chromium(work, tmp_path):
    _, _ = page(work, tmp_path / "out")
    done = chromium(tmp_path, "--virtual-time-budget=5000", "--dump-dom",
                    (tmp_path / "out" / "report.html").as_uri())
    dom = done.stdout
    assert done.returncode == 0 and "</html>" in dom, done.stderr[-2000:]
    # The script ran (under the page's CSP) and built one table row per designation.
    assert 'data-ready="true"' in dom
    built = re.findall(r'<tr class="row s-(\w+)">', dom)
    assert built == ["asserted", "asserted", "planned", "asserted", "negated"]
    assert '<mark class="m-designee">Ana Ruiz</mark>' in dom
    assert '<mark class="m-trigger">nombrará</mark>' in dom
    assert "rows 1–5 of 5" in dom
    # The attack in the news text stayed text: no element, no script run.
    assert "pwned" not in re.search(r"<title>(.*?)</title>", dom, re.S).group(1)
    assert not re.search(r"<img[^>]*onerror", dom)
    assert "&lt;img src=x onerror=" in dom
    assert 'href="javascript:' not in dom


@needs_chromium
def test_filter_from_the_address_runs_in_chromium(work, tmp_path):
    _, _ = page(work, tmp_path / "out")
    url = (tmp_path / "out" / "report.html").as_uri()
    # Accents and case ignored, every word must match.
    done = chromium(tmp_path, "--virtual-time-budget=5000", "--dump-dom", url + "#q=LUIS%20diaz")
    assert re.findall(r'<tr class="row s-(\w+)">', done.stdout) == ["planned"]
    assert "rows 1–1 of 1 matching (5 in all)" in done.stdout
    done = chromium(tmp_path, "--virtual-time-budget=5000", "--dump-dom", url + "#status=asserted")
    assert re.findall(r'<tr class="row s-(\w+)">', done.stdout) == ["asserted"] * 3
    done = chromium(tmp_path, "--virtual-time-budget=5000", "--dump-dom", url + "#q=nadie%20jamás")
    assert "<tr class=\"row" not in done.stdout and "no row matches" in done.stdout


def _tops(dom):
    """Each top list of a rendered page as [(name, count), ...], by field."""
    found = {}
    for field, body in re.findall(r'<div class="panel top" data-field="(\w+)">(.*?)</div>', dom, re.S):
        found[field] = [(name, int(n)) for name, n in re.findall(
            r'<span class="top-name">(.*?)</span><span class="top-n">(\d+)</span>', body)]
    return found


@needs_chromium
def test_top_list_filters_exactly_and_chart_and_tops_follow_the_filters(work, tmp_path):
    _, _ = page(work, tmp_path / "out")
    url = (tmp_path / "out" / "report.html").as_uri()
    # A top-list value filters on the field, exactly: "Ana Ruiz" as designee_norm is d1 only,
    # where the words "Ana Ruiz" are also in d2 (whose designee_norm is other text).
    done = chromium(tmp_path, "--virtual-time-budget=5000", "--dump-dom",
                    url + "#field=designee_norm&value=Ana%20Ruiz")
    dom = done.stdout
    assert re.findall(r'<tr class="row s-(\w+)">', dom) == ["asserted"]
    assert "rows 1–1 of 1 matching (5 in all)" in dom and "designee_norm = Ana Ruiz" in dom
    assert _tops(dom)["designator_norm"] == [("Gobierno", 1)]
    assert _tops(dom)["designee_norm"] == [("Ana Ruiz", 1)]
    assert dom.count('<rect class="s-') == 1
    words = chromium(tmp_path, "--virtual-time-budget=5000", "--dump-dom", url + "#q=Ana%20Ruiz").stdout
    assert len(re.findall(r'<tr class="row', words)) == 2
    # The status filter: the chart and the top lists count only the planned row.
    dom = chromium(tmp_path, "--virtual-time-budget=5000", "--dump-dom", url + "#status=planned").stdout
    assert _tops(dom)["designee_norm"] == [("Luis Díaz", 1)] and _tops(dom)["role_norm"] == [
        ("ministro del Interior", 1)]
    assert dom.count('<rect class="s-') == 1 and 'class="s-planned"' in dom
    assert "show the 1 row(s) that match the filters." in dom
    # No filter: the page as written (every row counted).
    dom = chromium(tmp_path, "--virtual-time-budget=5000", "--dump-dom", url).stdout
    assert _tops(dom)["designator_norm"] == [("Gobierno", 2), ("Congreso", 1), ("presidenta", 1)]
    assert dom.count('<rect class="s-') == 4


@needs_chromium
def test_page_screenshot_is_drawn(work, tmp_path):
    _, _ = page(work, tmp_path / "out")
    shot = tmp_path / "report.png"
    done = chromium(tmp_path, "--window-size=1280,1600", "--hide-scrollbars",
                    f"--screenshot={shot}", (tmp_path / "out" / "report.html").as_uri())
    assert done.returncode == 0, done.stderr[-2000:]
    data = shot.read_bytes()
    assert data.startswith(b"\x89PNG") and len(data) > 20_000  # a drawn page, not a blank one


def test_chart_counts_designations_by_their_own_date_and_keeps_old_ones_apart(tmp_path):
    documents = [document("a", "2023-05-01"), document("b", "2023-05-02")]
    triples = [
        triple("a", "1925.- Los alemanes eligen presidente al mariscal Paul von Hindenburg.", "alemanes",
               "Paul von Hindenburg", "presidente", "eligen"),
        triple("b", "El Gobierno designó en marzo a Ana Ruiz como jefa del SIS.", "Gobierno", "Ana Ruiz",
               "jefa del SIS", "designó"),
        triple("b", "El Gobierno designó en 2021 a Luis Paz como jefe del SIS.", "Gobierno", "Luis Paz",
               "jefe del SIS", "designó", sent_index=1, offset=80),
    ]
    _, html = page(build_store(tmp_path / "work", documents, triples), tmp_path / "out")
    # 2021 and March 2023, by month: the 1925 row is older than the 50 years a chart spans.
    assert "per month" in html
    assert "1 designation(s) dated before 1974 are not in the chart" in html
    assert '"date":"2023-03-01"' in html and '"date":"1925-01-01"' in html
