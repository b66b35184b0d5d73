"""Rule logic of the entity layer on hand-built Docs (no statistical model)."""
from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc, Span

from pipeline.config import load_config
from pipeline.errors import ConfigError
from pipeline.fingerprints import entity_layer_fingerprint
from pipeline.gazetteer import (
    SPANS_KEY, EntityCleanup, EntityMerge, cldr_names, entity_norm,
    load_given_names, load_names, load_rules,
)


@pytest.fixture(scope="module")
def config():
    return load_config()


@pytest.fixture(scope="module")
def rules(config):
    return load_rules(config.data_path("entities.rules"))


@pytest.fixture(scope="module")
def blank():
    """A blank Spanish pipeline with the gazetteer only: tokens in, spans out."""
    config = load_config()
    nlp = spacy.blank("es")
    paths = {key: str(config.data_path(f"entities.{key}"))
             for key in ("places", "organisations", "misc", "given_names")}
    nlp.add_pipe("designa_gazetteer", config={**paths, "cldr_locales": ["es"]})
    return nlp


@pytest.fixture(scope="module")
def merge(config, rules):
    bodies = frozenset(n.canonical for n in load_names(config.data_path("entities.organisations"), "ORG")
                       if n.group == "government")
    return EntityMerge(rules, load_given_names(config.data_path("entities.given_names")), bodies)


def build(vocab, words, ents):
    """A Doc with sentence start at 0 and entities given as (start, end, label)."""
    doc = Doc(vocab, words=words, sent_starts=[True] + [False] * (len(words) - 1))
    doc.ents = [Span(doc, s, e, label=label) for s, e, label in ents]
    return doc


def run(blank, merge, rules, words, model_ents):
    """The layer as load_nlp wires it: cleanup, gazetteer, merge, on the model's entities."""
    doc = build(blank.vocab, words, model_ents)
    doc = EntityCleanup(rules)(doc)
    doc = blank.get_pipe("designa_gazetteer")(doc)
    doc = merge(doc)
    return [(ent.text, ent.label_) for ent in doc.ents], doc


def test_sentence_initial_common_words_are_no_entity(blank, merge, rules):
    words = "El anuncio marca un nuevo capítulo".split()
    ents, _ = run(blank, merge, rules, words, [(0, 3, "MISC")])
    assert ents == []


def test_a_sentence_initial_stop_word_is_trimmed_from_a_name(blank, merge, rules):
    words = "Según Ana Torres , la cifra sube".split()
    ents, _ = run(blank, merge, rules, words, [(0, 3, "PER")])
    assert ents == [("Ana Torres", "PER")]


def test_a_name_starter_is_kept_at_sentence_start(blank, merge, rules):
    words = "Nueva Aldea de Arriba celebra".split()
    ents, _ = run(blank, merge, rules, words, [(0, 4, "LOC")])
    assert ents == [("Nueva Aldea de Arriba", "LOC")]


def test_an_entity_is_cut_at_lower_case_content_words(blank, merge, rules):
    words = "El pacto acerca al Perú".split()
    ents, _ = run(blank, merge, rules, words, [(0, 5, "MISC")])
    assert ents == [("Perú", "LOC")]


def test_gazetteer_relabels_a_country_and_sets_its_norm(blank, merge, rules):
    words = "Ayer Perú y EE.UU. firmaron".split()
    ents, doc = run(blank, merge, rules, words, [(1, 2, "PER")])
    assert ents == [("Perú", "LOC"), ("EE.UU.", "LOC")]
    assert [ent.ent_id_ for ent in doc.ents] == ["Perú", "Estados Unidos"]
    assert entity_norm(doc.ents[1], lambda text: text) == "Estados Unidos"


def test_a_longer_gazetteer_name_replaces_the_pieces(blank, merge, rules):
    words = "según la Organización de Estados Americanos hoy".split()
    ents, doc = run(blank, merge, rules, words, [(2, 3, "ORG"), (4, 6, "LOC")])
    assert ents == [("Organización de Estados Americanos", "ORG")]
    assert doc.ents[0].ent_id_ == "OEA"


def test_a_place_inside_a_longer_name_keeps_the_name(blank, merge, rules):
    words = "el Banco de España subió".split()
    ents, _ = run(blank, merge, rules, words, [(1, 4, "ORG")])
    assert ents == [("Banco de España", "ORG")]


def test_gobierno_de_person_is_split(blank, merge, rules):
    words = "la política del Gobierno de Lucía Ramos , dijo".split()
    ents, _ = run(blank, merge, rules, words, [(3, 7, "LOC")])
    assert ents == [("Gobierno", "ORG"), ("Lucía Ramos", "PER")]


def test_gobierno_de_place_is_one_organisation(blank, merge, rules):
    words = "el Gobierno de Chile anunció".split()
    ents, _ = run(blank, merge, rules, words, [(1, 4, "LOC")])
    assert ents == [("Gobierno de Chile", "ORG")]


def test_a_body_with_a_nationality_adjective_is_one_organisation(blank, merge, rules):
    words = "comunicó al Congreso peruano su intención".split()
    ents, doc = run(blank, merge, rules, words, [(2, 3, "LOC")])
    assert ents == [("Congreso peruano", "ORG")]
    assert doc.ents[0].ent_id_ == "Congreso peruano"


def test_given_name_and_surname_make_a_person(blank, merge, rules):
    words = "dijo Hugo de Zela en Lima".split()
    ents, _ = run(blank, merge, rules, words, [(1, 2, "LOC"), (3, 4, "LOC")])
    assert ents == [("Hugo de Zela", "PER"), ("Lima", "LOC")]


def test_an_organisation_head_grows_into_the_whole_name(blank, merge, rules):
    words = "el Comité Nacional de Pesca Artesanal pidió".split()
    ents, _ = run(blank, merge, rules, words, [(2, 3, "LOC"), (4, 6, "MISC")])
    assert ents == [("Comité Nacional de Pesca Artesanal", "ORG")]


def test_an_organisation_phrase_stops_before_a_person(blank, merge, rules):
    words = "del Ministerio de Pesca Ana Torres dijo".split()
    ents, _ = run(blank, merge, rules, words, [])
    assert ents == [("Ministerio de Pesca", "ORG"), ("Ana Torres", "PER")]


def test_acronyms_called_misc_become_organisations(blank, merge, rules):
    words = "la XYZQ denunció".split()
    ents, _ = run(blank, merge, rules, words, [(1, 2, "MISC")])
    assert ents == [("XYZQ", "ORG")]


def test_works_without_pos_and_without_a_parse(blank, merge, rules):
    doc = build(blank.vocab, "Además Perú ganó".split(), [(0, 2, "PER")])
    assert not doc.has_annotation("POS") and not doc.has_annotation("DEP")
    doc = merge(blank.get_pipe("designa_gazetteer")(EntityCleanup(rules)(doc)))
    assert [(e.text, e.label_) for e in doc.ents] == [("Perú", "LOC")]
    assert SPANS_KEY not in doc.spans


def test_pos_tags_drop_a_sentence_initial_verb_when_present(blank, merge, rules):
    doc = Doc(blank.vocab, words="Agregó que vendrá".split(), pos=["VERB", "SCONJ", "VERB"],
              sent_starts=[True, False, False])
    doc.ents = [Span(doc, 0, 1, label="PER")]
    assert list(EntityCleanup(rules)(doc).ents) == []


def test_cldr_gives_spanish_country_names():
    names = {(n.label, n.alias): n.canonical for n in cldr_names(["es"])}
    assert names[("LOC", "Perú")] == "Perú"
    assert names[("LOC", "Países Bajos")] == "Países Bajos"
    assert names[("ORG", "Unión Europea")] == "UE"


def test_unknown_locale_is_a_config_error():
    with pytest.raises(ConfigError, match="cldr_locales"):
        cldr_names(["xx_NOPE"])


def test_bad_gazetteer_file_is_a_config_error(tmp_path):
    path = tmp_path / "bad.toml"
    path.write_text('[group]\n"Lugar" = "not a list"\n', encoding="utf-8")
    with pytest.raises(ConfigError, match="must be a list"):
        load_names(path, "LOC")


def test_fingerprint_changes_with_the_data(tmp_path, config):
    copy = tmp_path / "places.toml"
    copy.write_text(config.data_path("entities.places").read_text(encoding="utf-8"), encoding="utf-8")
    same = load_config(overrides=[f'entities.places="{copy}"'])
    before = entity_layer_fingerprint(same)
    copy.write_text(copy.read_text(encoding="utf-8") + '\n[extra]\n"Aldea Nueva" = []\n',
                    encoding="utf-8")
    assert entity_layer_fingerprint(same) != before


def test_pipeline_key_includes_the_layer(tmp_path, config):
    from pipeline.fingerprints import pipeline_key

    off = load_config(overrides=["entities.enabled=false"])
    assert pipeline_key("m", "1", config) != pipeline_key("m", "1", off)


def test_a_surname_repeating_a_person_is_that_person(blank, merge, rules):
    words = "Ana Torres llegó y Torres habló".split()
    ents, _ = run(blank, merge, rules, words, [(0, 2, "PER"), (4, 5, "LOC")])
    assert ents == [("Ana Torres", "PER"), ("Torres", "PER")]


def test_misc_names_from_the_gazetteer(blank, merge, rules):
    words = "la Copa América y el Premio Nobel".split()
    ents, doc = run(blank, merge, rules, words, [(1, 3, "LOC")])
    assert ents == [("Copa América", "MISC"), ("Premio Nobel", "MISC")]


def test_a_body_inside_a_title_is_no_organisation(blank, merge, rules):
    words = "el secretario de Estado viajó tras el golpe de Estado".split()
    ents, _ = run(blank, merge, rules, words, [])
    assert ents == []
