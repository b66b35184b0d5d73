"""`model.matmul`: which library multiplies the networks' matrices (no trained model needed).

Its speed is measured by benchmarks/matmul.py, not here.
"""
from __future__ import annotations

import numpy
import pytest
import spacy
from thinc.api import NumpyOps

from pipeline.config import load_config
from pipeline.errors import ConfigError
from pipeline.fingerprints import pipeline_key
from pipeline.nlp import use_matmul


@pytest.fixture()
def small_nlp():
    nlp = spacy.blank("es")
    nlp.add_pipe("ner").add_label("PER")
    nlp.initialize()
    return nlp


def ops_of(nlp):
    return {(type(node.ops), getattr(node.ops, "use_blis", None)) for node in nlp.get_pipe("ner").model.walk()}


def test_numpy_puts_every_node_on_numpys_blas_and_keeps_the_outputs(small_nlp):
    docs = [small_nlp.make_doc("Ana Soto fue designada ministra por el presidente Pedro Ruiz en Lima .")]
    tok2vec = small_nlp.get_pipe("ner").model.get_ref("tok2vec")
    before = tok2vec.predict(docs)[0]
    assert ops_of(small_nlp) == {(NumpyOps, True)}
    use_matmul(small_nlp, "numpy")
    assert ops_of(small_nlp) == {(NumpyOps, False)}
    after = tok2vec.predict(docs)[0]
    assert numpy.abs(before).sum() > 0 and numpy.allclose(before, after, atol=1e-5)


def test_blis_leaves_spacys_default(small_nlp):
    use_matmul(small_nlp, "blis")
    assert ops_of(small_nlp) == {(NumpyOps, True)}


def test_numpys_blas_runs_one_thread_per_process(small_nlp):
    from threadpoolctl import threadpool_info

    use_matmul(small_nlp, "numpy")
    assert all(pool["num_threads"] == 1 for pool in threadpool_info() if pool["user_api"] == "blas")


def test_an_unknown_library_fails_at_load_naming_the_setting():
    with pytest.raises(ConfigError, match="model.matmul"):
        load_config(None, ['model.matmul="mkl"'])


def test_the_library_is_part_of_the_parse_key():
    numpy_key = pipeline_key("m", "1", load_config())
    blis_key = pipeline_key("m", "1", load_config(None, ['model.matmul="blis"']))
    assert numpy_key != blis_key
