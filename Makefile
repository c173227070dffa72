# `make run` and `make test` are contracts (README.md): each creates .venv
# when it is missing and installs what it needs from this repository's own files.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: run test tests lint typecheck unit lock bench understand safety-eval migrate console clean docs

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
	$(BIN)/ruff format --check .

typecheck: $(VENV)/.installed-dev
	$(BIN)/mypy bot conversations tests benchmarks

# One test worker per CPU this process may use (`make test WORKERS=4` to choose). A few
# tests take many seconds: an idle worker takes over tests queued for a busy one.
WORKERS ?= logical

# mypy runs beside the tests, not before them: on two cores the tests' workers wait on
# the database often enough to leave it room, and `make test` fails if either fails.
test: lint
	$(MAKE) --no-print-directory -j2 typecheck tests

tests: $(VENV)/.installed-dev
	$(BIN)/python -m pytest -n $(WORKERS) --dist worksteal

# The pure tests (tests/unit): no database server, no subprocess, a few seconds.
unit: $(VENV)/.installed-dev
	$(BIN)/python -m pytest tests/unit -q

# requirements.lock: the versions the Docker image installs, pinned with hashes, from
# pyproject.toml's ranges (which stay the package's own). Run after changing them.
lock: $(BIN)/python
	$(BIN)/python -m pip install --quiet 'pip-tools>=7.5,<8'
	CUSTOM_COMPILE_COMMAND="make lock" $(BIN)/pip-compile --quiet --upgrade \
		--generate-hashes --allow-unsafe --all-build-deps --strip-extras \
		--no-emit-index-url --no-emit-find-links --output-file requirements.lock pyproject.toml

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
