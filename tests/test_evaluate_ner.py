"""evaluate-ner: CoNLL reading, conlleval-style scoring, and the command."""
from __future__ import annotations

import spacy
import pytest
from typer.testing import CliRunner

from pipeline.errors import GoldFileError
from pipeline.evaluate_ner import evaluate_ner, read_conll, score, spans_from_tags, write_predictions

CONLL = """Ana B-PER
Torres I-PER
visitó O
Quito B-LOC
. O

La O
Liga B-MISC
Andina I-MISC
empezó O
"""


def test_spans_follow_conlleval():
    assert spans_from_tags(["B-PER", "I-PER", "O", "B-LOC"]) == {(0, 2, "PER"), (3, 4, "LOC")}
    # An I- after O or after another type starts a new entity.
    assert spans_from_tags(["O", "I-ORG", "I-ORG"]) == {(1, 3, "ORG")}
    assert spans_from_tags(["B-PER", "I-LOC"]) == {(0, 1, "PER"), (1, 2, "LOC")}
    assert spans_from_tags(["B-PER", "B-PER"]) == {(0, 1, "PER"), (1, 2, "PER")}


def test_exact_span_and_type_micro_scores():
    gold = [["B-PER", "I-PER", "O", "B-LOC"], ["B-ORG", "O"]]
    predicted = [["B-PER", "O", "O", "B-LOC"], ["B-ORG", "B-MISC"]]
    overall, labels = score(gold, predicted)
    assert (overall.true_positives, overall.predicted, overall.gold) == (2, 4, 3)
    assert overall.precision == pytest.approx(0.5)
    assert overall.recall == pytest.approx(2 / 3)
    assert overall.f1 == pytest.approx(2 * 0.5 * (2 / 3) / (0.5 + 2 / 3))
    assert labels["PER"].true_positives == 0 and labels["PER"].gold == 1
    assert labels["MISC"].predicted == 1 and labels["MISC"].gold == 0
    assert labels["LOC"].f1 == 1.0


def test_read_conll(tmp_path):
    path = tmp_path / "mini.conll"
    path.write_text(CONLL, encoding="utf-8")
    sentences = read_conll(path)
    assert [s.tokens for s in sentences] == [["Ana", "Torres", "visitó", "Quito", "."],
                                             ["La", "Liga", "Andina", "empezó"]]
    assert sentences[1].tags == ["O", "B-MISC", "I-MISC", "O"]


@pytest.mark.parametrize("text,message", [("Ana\n", "expected 'TOKEN TAG'"),
                                          ("Ana X-PER\n", "is not O"), ("\n\n", "no sentences")])
def test_malformed_files_say_where(tmp_path, text, message):
    path = tmp_path / "bad.conll"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(GoldFileError, match=message):
        read_conll(path)


def test_missing_file_is_a_gold_file_error(tmp_path):
    with pytest.raises(GoldFileError, match="Cannot read"):
        read_conll(tmp_path / "absent.conll")


def ruler_nlp():
    """A deterministic 'NER': an entity ruler that knows two names."""
    nlp = spacy.blank("es")
    ruler = nlp.add_pipe("entity_ruler")
    ruler.add_patterns([{"label": "PER", "pattern": [{"ORTH": "Ana"}, {"ORTH": "Torres"}]},
                        {"label": "ORG", "pattern": "Quito"}])
    return nlp


def test_evaluate_ner_runs_the_pipeline_on_the_file_tokens(tmp_path):
    path = tmp_path / "mini.conll"
    path.write_text(CONLL, encoding="utf-8")
    result = evaluate_ner(path, ruler_nlp())
    assert result.predictions[0] == ["B-PER", "I-PER", "O", "B-ORG", "O"]
    assert (result.overall.true_positives, result.overall.predicted, result.overall.gold) == (1, 2, 3)
    out = tmp_path / "pred.txt"
    write_predictions(result, out)
    lines = out.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "Ana B-PER B-PER"
    assert lines[3] == "Quito B-LOC B-ORG"
    assert lines[5] == ""


def test_cli_needs_force_to_overwrite_predictions(tmp_path):
    from pipeline.cli import app

    path = tmp_path / "mini.conll"
    path.write_text(CONLL, encoding="utf-8")
    existing = tmp_path / "pred.txt"
    existing.write_text("keep", encoding="utf-8")
    result = CliRunner().invoke(app, ["evaluate-ner", str(path), "--predictions", str(existing)])
    assert result.exit_code == 1
    assert "--force" in result.output
    assert existing.read_text(encoding="utf-8") == "keep"


def test_cli_reports_a_bad_file(tmp_path):
    from pipeline.cli import app

    path = tmp_path / "bad.conll"
    path.write_text("Ana\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["evaluate-ner", str(path), "--quiet"])
    assert result.exit_code == 1
    assert "Error:" in result.output


def test_floors_name_what_is_below(tmp_path):
    path = tmp_path / "mini.conll"
    path.write_text(CONLL, encoding="utf-8")
    result = evaluate_ner(path, ruler_nlp())  # 1 of 2 predicted right, 1 of 3 found: F1 0.4
    assert result.failures(min_f1=0.4) == []
    assert result.failures(min_f1=0.5) == ["micro F1 0.400 < 0.500"]
    assert result.failures(min_label_f1={"PER": 1.0, "MISC": 0.1}) == ["MISC F1 0.000 < 0.100"]


def test_cli_bad_label_floor_is_a_clear_error(tmp_path):
    from pipeline.cli import app

    path = tmp_path / "mini.conll"
    path.write_text(CONLL, encoding="utf-8")
    result = CliRunner().invoke(app, ["evaluate-ner", str(path), "--min-label-f1", "MISC"])
    assert result.exit_code == 1
    assert "LABEL=VALUE" in result.output
