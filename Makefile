# Two commands do all the set-up: `make run` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
HASH   := $(shell cat pyproject.toml | cksum | cut -d' ' -f1)
# the app and its run-time dependencies only (make run); the test and lint tools on top (make test, make lint)
APP    := $(VENV)/.app-$(HASH)
TOOLS  := $(VENV)/.test-$(HASH)

.PHONY: run test lint bench screenshots smoke clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(APP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	rm -f $(VENV)/.app-* $(VENV)/.installed-*
	touch $(APP)

$(TOOLS): $(APP)
	$(BIN)/python -m pip install --quiet -e '.[test]'
	rm -f $(VENV)/.test-*
	touch $(TOOLS)

# The first start fills the local SQLite database with the demo service; later starts keep what is there.
run: $(APP)
	$(BIN)/mediation-desk $(if $(DB),--db $(DB)) demo --if-empty
	$(BIN)/mediation-desk $(if $(DB),--db $(DB))

test: $(TOOLS)
	$(BIN)/python -m pytest -q $(PYTEST_ARGS)

lint: $(TOOLS)
	$(BIN)/ruff check mediation_desk tests benchmarks installer resources
	$(BIN)/mypy

bench: $(TOOLS)
	for f in benchmarks/bench_*.py; do $(BIN)/python $$f || exit 1; done

screenshots: $(APP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m mediation_desk.ui.screenshots docs/screenshots

# builds the wheel and the PyInstaller bundle in build/smoke and dist/, and starts them (a few minutes)
smoke:
	PYTHON=$(PYTHON) sh installer/smoke.sh

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .mypy_cache .ruff_cache
