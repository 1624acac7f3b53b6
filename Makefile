# Entry points: `make run` and `make test` set up everything they need themselves.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
EXAMPLE_CONFIG := examples/boundaries.toml
EXAMPLE_EVENTS := examples/events.jsonl

.PHONY: setup run test lint format bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[dev]'
	touch $(STAMP)

setup: $(STAMP)

run: setup
	$(BIN)/boundaries check --config $(EXAMPLE_CONFIG)
	$(BIN)/boundaries simulate --config $(EXAMPLE_CONFIG) --events $(EXAMPLE_EVENTS) --compare

test: setup
	scripts/run-tests.sh

lint: setup
	$(BIN)/ruff check src tests bench examples
	$(BIN)/ruff format --check src tests bench examples
	$(BIN)/mypy

format: setup
	$(BIN)/ruff format src tests bench examples
	$(BIN)/ruff check --fix src tests bench examples

bench: setup
	$(BIN)/python bench/simulate.py
	$(BIN)/python bench/triage.py

clean:
	rm -rf $(VENV) build *.egg-info src/*.egg-info .pytest_cache .mypy_cache .ruff_cache
