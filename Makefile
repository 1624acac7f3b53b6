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

DEMO_TOKEN := local-demo-token
DEMO_DB := sqlite:///var/boundaries.sqlite3
DEMO_LOGIN := claire@conseil.example
DEMO_PASSWORD := boundaries-demo
PORT ?= 8000

run: setup
	@$(BIN)/python scripts/port-free.py $(PORT)
	$(BIN)/boundaries check --config $(EXAMPLE_CONFIG)
	$(BIN)/boundaries simulate --config $(EXAMPLE_CONFIG) --events $(EXAMPLE_EVENTS) --compare
	$(BIN)/boundaries simulate --config $(EXAMPLE_CONFIG) --events $(EXAMPLE_EVENTS) --mail | sed -n '/^\(Mail that\|Courrier que\)/,$$p'
	$(BIN)/boundaries report --config $(EXAMPLE_CONFIG) --events $(EXAMPLE_EVENTS)
	$(BIN)/boundaries coach --config $(EXAMPLE_CONFIG) --events $(EXAMPLE_EVENTS) --client horizon
	@echo
	@echo "Starting the live service on http://127.0.0.1:$(PORT) (SQLite: var/boundaries.sqlite3)."
	@echo "Open http://127.0.0.1:$(PORT)/healthz and http://127.0.0.1:$(PORT)/openapi.json"
	@echo "Send it a signed test call from another terminal:"
	@echo "  TWILIO_AUTH_TOKEN=$(DEMO_TOKEN) $(BIN)/boundaries call-test --url http://127.0.0.1:$(PORT) --from '+33 1 23 45 67 89'"
	@echo "  TWILIO_AUTH_TOKEN=$(DEMO_TOKEN) $(BIN)/boundaries call-test --url http://127.0.0.1:$(PORT) --from '+33 1 23 45 67 89' --digits 1"
	@echo "See what it stored: $(BIN)/boundaries events --database $(DEMO_DB)"
	@echo "Stop it (Ctrl-C) before following the README's tour: the tour starts its own service and store."
	@echo "($(DEMO_TOKEN) is for local testing only; see README to connect a real number.)"
	@echo
	@BOUNDARIES_PASSWORD=$(DEMO_PASSWORD) $(BIN)/boundaries user add $(DEMO_LOGIN) --if-missing --create --database $(DEMO_DB) --config $(EXAMPLE_CONFIG)
	@echo "Dashboard: http://127.0.0.1:$(PORT)/  demo login: $(DEMO_LOGIN)  password: $(DEMO_PASSWORD)"
	@echo "(a demo login for the example data on this machine only; add yours with 'boundaries user add EMAIL --join --database $(DEMO_DB)')"
	@echo
	TWILIO_AUTH_TOKEN=$(DEMO_TOKEN) $(BIN)/boundaries serve --config $(EXAMPLE_CONFIG) \
	    --database $(DEMO_DB) --load-history $(EXAMPLE_EVENTS) --port $(PORT)

# Most tests wait on servers and subprocesses, not the CPU: four workers on two cores.
TEST_WORKERS ?= 4

test: setup
	scripts/run-tests.sh -n $(TEST_WORKERS) --dist loadfile

lint: setup
	$(BIN)/ruff check src tests bench examples
	$(BIN)/ruff format --check src tests bench examples
	$(BIN)/mypy

format: setup
	$(BIN)/ruff format src tests bench examples
	$(BIN)/ruff check --fix src tests bench examples

bench: setup
	scripts/bench-tools.sh
	$(BIN)/python bench/simulate.py
	$(BIN)/python bench/triage.py
	$(BIN)/python bench/webhook.py
	$(BIN)/python bench/journal.py
	$(BIN)/python bench/report.py

clean:
	rm -rf $(VENV) build *.egg-info src/*.egg-info .pytest_cache .mypy_cache .ruff_cache
