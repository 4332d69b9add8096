# Every target sets up .venv itself when it is missing or pyproject.toml changed.
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed
PYTHON ?= python3

.PHONY: setup run test eval bench bench-full load lint format clean

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

bench: setup  ## 1k and 12.5k products, 6.9k Chinese ones on e5: ingest, search/ask latency, start-up, next to the raw libraries
	$(PY) bench/run.py --sizes 1k,12k,jd

bench-full: setup  ## bench, plus 100k products (index built once under bench/.work and kept)
	$(PY) bench/run.py --sizes 1k,12k,jd,100k

load: setup  ## 1,000 /ask from 32 clients at once against wenwen serve -> bench/results/load.json
	$(PY) bench/load.py --requests 1000 --concurrency 32

lint: setup
	$(VENV)/bin/lint-imports
	$(VENV)/bin/ruff check assistant tests scripts bench
	$(VENV)/bin/ruff format --check assistant tests scripts bench

format: setup
	$(VENV)/bin/ruff check --fix assistant tests scripts bench
	$(VENV)/bin/ruff format assistant tests scripts bench

clean:
	rm -rf $(VENV) .wenwen .pytest_cache .ruff_cache
