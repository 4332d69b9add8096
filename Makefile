# Every target sets up .venv itself when it is missing or pyproject.toml changed.
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed
PYTHON ?= python3

.PHONY: setup run test eval bench lint format clean

setup: $(STAMP)

# torch first, pinned: that takes the CPU wheel; a bare torch would pull a multi-GB CUDA build.
$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q torch==2.13.0
	$(PY) -m pip install -q -e '.[dev]'
	touch $(STAMP)

run: setup  ## build the default index on first use, then serve on WENWEN_HOST:WENWEN_PORT
	$(VENV)/bin/wenwen serve

test: setup
	$(PY) -m pytest -q

eval: setup  ## answer-quality evals (index built first if missing) -> evals/results/<time>/
	$(VENV)/bin/wenwen eval

bench: setup  ## ingest throughput and search latency, next to the raw libraries
	$(PY) bench/run.py

lint: setup
	$(VENV)/bin/ruff check assistant tests scripts bench
	$(VENV)/bin/ruff format --check assistant tests scripts bench

format: setup
	$(VENV)/bin/ruff check --fix assistant tests scripts bench
	$(VENV)/bin/ruff format assistant tests scripts bench

clean:
	rm -rf $(VENV) .wenwen .pytest_cache .ruff_cache
