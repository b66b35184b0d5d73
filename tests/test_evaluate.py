"""The scorer of RELATION.md, on rows written for this file."""
from __future__ import annotations

import json

import pytest

from pipeline.errors import GoldFileError
from pipeline.evaluate import lenient_score, normalise, pair, read_gold, score, strict_match, token_f1


def row(designator, designee, role, status="asserted"):
    return {"designator": designator, "designee": designee, "role": role, "status": status}


@pytest.mark.parametrize("text,expected", [
    ("Designó", "designo"),                                   # accents removed, lower case
    ("  la  Cancillería ", "cancilleria"),                    # leading article, spaces
    ("al Perú", "peru"),                                      # leading preposition (contraction)
    ("como jefa del SIS", "jefa del sis"),                    # leading "como"
    ("de la OTAN", "otan"),                                   # several leading words
    ("EE.UU.", "eeuu"),                                       # punctuation dropped, not spaced
    ("“responsables de crímenes”", "responsables de crimenes"),
    ("ministro de Vivienda, Construcción", "ministro de vivienda construccion"),
    ("el", ""),
    ("", ""),
])
def test_normalise(text, expected):
    assert normalise(text) == expected


def test_normalise_is_nfc_first():
    decomposed = "Perú".replace("ú", "u\u0301")
    assert normalise(decomposed) == normalise("Perú") == "peru"


def test_token_f1():
    assert token_f1("a b", "a b") == 1.0
    assert token_f1("", "") == 1.0
    assert token_f1("a", "") == 0.0
    assert token_f1("embajadores en guatemala", "embajadores en guatemala y noruega") == pytest.approx(0.75)
    assert token_f1("a a b", "a b b") == pytest.approx(2 / 3)   # counts are a multiset


def test_strict_and_lenient_match():
    gold = row("Gobierno", "Alexandra Ames", "nueva secretaria de Gestión Social")
    assert strict_match(row("el Gobierno", "Alexandra Ames", "nueva secretaria de Gestión Social."), gold)
    near = row("Gobierno", "Alexandra Ames", "secretaria de Gestión Social")
    assert not strict_match(near, gold)
    assert lenient_score(near, gold) is not None
    far = row("Gobierno", "Ames", "secretaria")   # role F1 = 2*(1*1/5)/(1+1/5) = 1/3 < 0.5
    assert lenient_score(far, gold) is None


def test_designators_empty_on_one_side_only_do_not_match():
    gold = row("", "Pedro Soto", "embajador en Chile")
    assert lenient_score(row("", "Pedro Soto", "embajador en Chile"), gold) is not None
    assert lenient_score(row("Cancillería", "Pedro Soto", "embajador en Chile"), gold) is None
    assert lenient_score(row("", "Pedro Soto", "embajador en Chile"), row("Cancillería", "Pedro Soto",
                                                                         "embajador en Chile")) is None


def test_pairing_is_one_to_one_and_maximal():
    # Prediction 0 matches both gold rows, gold 0 best; prediction 1 matches only gold 0
    # ("ministra" against "ministra de Salud" has F1 0.5). Taking the best score first would
    # pair 0-0 and leave prediction 1 out; the one-to-one pairing with most pairs is 0-1, 1-0.
    gold = [row("", "Ana Ruiz", "ministra de Salud"), row("", "Ana Ruiz", "ministra de Salud Pública")]
    predicted = [row("", "Ana Ruiz", "ministra de Salud"), row("", "Ana Ruiz", "ministra")]
    assert lenient_score(predicted[1], gold[1]) is None
    assert sorted(pair(predicted, gold, strict=False)) == [(0, 1), (1, 0)]
    assert pair(predicted, gold, strict=True) == [(0, 0)]


def test_score_counts_precision_recall_and_status():
    items = [
        ({"id": "s1", "text": "t1", "triples": [row("Gobierno", "Ana Ruiz", "jefa del SIS"),
                                                 row("Gobierno", "Luis Paz", "jefe del SIS", "planned")]},
         [row("Gobierno", "Ana Ruiz", "jefa del SIS"), row("Gobierno", "Luis Paz", "jefe del SIS"),
          row("", "Marta", "gerenta")]),
        ({"id": "s2", "text": "t2", "triples": []}, [row("", "Nadie", "nada")]),
        ({"id": "s3", "text": "t3", "triples": [row("", "Eva", "alcaldesa de Lima")]}, []),
    ]
    result = score(items)
    assert (result.lenient.predictions, result.lenient.gold, result.lenient.matched) == (4, 3, 2)
    assert result.lenient.precision == pytest.approx(0.5)
    assert result.lenient.recall == pytest.approx(2 / 3)
    assert result.strict.matched == 2
    assert (result.status_right, result.status_total) == (1, 2)
    assert [r["designee"] for r in result.sentences[0].false_positives] == ["Marta"]
    assert [r["designee"] for r in result.sentences[2].false_negatives] == ["Eva"]
    assert result.failures(min_precision=0.6, min_recall=0.5, min_status=0.5) == ["lenient precision 0.500 < 0.600"]
    assert result.failures(min_strict_f1=0.5) == []


def test_read_gold_errors_name_the_line(tmp_path):
    path = tmp_path / "gold.jsonl"
    with pytest.raises(GoldFileError, match="does not exist"):
        read_gold(path)
    path.write_text('{"text": "a", "triples": []}\n{not json}\n', encoding="utf-8")
    with pytest.raises(GoldFileError, match="line 2"):
        read_gold(path)
    path.write_text(json.dumps({"text": "a"}) + "\n", encoding="utf-8")
    with pytest.raises(GoldFileError, match="triples"):
        read_gold(path)
    path.write_text(json.dumps({"text": "a", "triples": []}) + "\n\n", encoding="utf-8")
    assert read_gold(path)[0]["id"] == "line-1"
