# jobwatch: everything a fresh machine needs is Python >= 3.11 and make.
PYTHON ?= $(shell command -v python3.11 2>/dev/null || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
JW := $(BIN)/jobwatch
# The bundled sample holds two recorded weeks; the demo refreshes both, oldest first.
SAMPLE_WEEKS := 2026-11-09 2026-11-16

.PHONY: demo test lint format install clean

## demo: install, refresh the offline sample (warehouse, snapshot, site), print a role comparison
demo: $(VENV)/.installed
	@for week in $(SAMPLE_WEEKS); do $(JW) refresh --sample --week $$week || exit 1; done
	$(JW) compare "AI/ML Engineer" "AI Software Engineer"
	$(JW) status
	@echo ""
	@echo "jobwatch is installed in $(BIN), which is not on your PATH yet: run"
	@echo "  . $(BIN)/activate"
	@echo "in this shell (or call $(JW) by its path), then try the examples of README.md, \"Try it\"."

## test: install with the dev extra, lint, type-check and run the whole test suite
test: $(VENV)/.installed lint
	$(BIN)/pytest

lint: $(VENV)/.installed
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy
	$(BIN)/lint-imports

format: $(VENV)/.installed
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

install: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "jobwatch needs Python >= 3.11")'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	$(BIN)/python -m jobwatch.pipeline.gazetteer
	@touch $@

clean:
	rm -rf $(VENV) data .pytest_cache .mypy_cache .ruff_cache .import_linter_cache
