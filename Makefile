# `make run` and `make test` are contracts (../shared/DESIGN.md §1): each creates .venv
# when it is missing and installs what it needs from this repository's own files.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: run test lint typecheck unit bench understand safety-eval migrate console clean docs

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-dev: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $@ $(VENV)/.installed

run: $(VENV)/.installed
	$(BIN)/python -m bot

console: $(VENV)/.installed
	$(BIN)/python -m bot console

migrate: $(VENV)/.installed
	$(BIN)/python -m bot migrate

lint: $(VENV)/.installed-dev
	$(BIN)/ruff check .

typecheck: $(VENV)/.installed-dev
	$(BIN)/mypy bot conversations

# Two workers: the suite waits on SQLite threads and subprocesses as much as on the CPU.
test: lint typecheck
	$(BIN)/python -m pytest -n 2

bench: $(VENV)/.installed-dev
	$(BIN)/python -m benchmarks

# How well typed answers are understood, per prompt kind, on tests/data/understanding/.
understand: $(VENV)/.installed-dev
	$(BIN)/python -m benchmarks.understand --misses

# The crisis detector on its labelled corpus (tests/data/safety/): figures per family, misses.
safety-eval: $(VENV)/.installed
	$(BIN)/python -m benchmarks.safety_eval

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache

docs: $(VENV)/.installed
	$(BIN)/python -m conversations.diagram > docs/journey.md
