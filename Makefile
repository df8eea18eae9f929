# healthld: `make build` processes input/ into output/; `make test` runs the suite.
# Every target that runs Python depends on `install`, which creates .venv if missing.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
INPUT  ?= input
OUTPUT ?= output
# The pinned versions every install uses (pip -c), so CI installs the same each run.
CONSTRAINTS := constraints.txt
NEED_PYTHON := (3, 11)

.PHONY: install build check test validate clean bench bench-memory dist constraints eval bench-adversarial lint test-fast

# A .venv made by a Python older than 3.11 (or whose interpreter is gone) is removed here,
# when the Makefile is read, so the stamp goes with it and `install` makes a new one.
ifneq ($(wildcard $(VENV)),)
ifneq ($(shell $(BIN)/python -c 'import sys; print(sys.version_info >= $(NEED_PYTHON))' 2>/dev/null),True)
$(info $(VENV) was made by a Python older than 3.11, or is broken: making it again)
$(shell rm -rf $(VENV))
endif
endif

install: $(STAMP)

$(STAMP): pyproject.toml $(CONSTRAINTS)
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	@$(BIN)/python -c 'import sys; sys.exit(sys.version_info < $(NEED_PYTHON))' || { \
	    echo "healthld needs Python 3.11 or newer; $(PYTHON) is $$($(PYTHON) --version 2>&1)." \
	         "Run: make PYTHON=python3.11"; rm -rf $(VENV); exit 1; }
	$(BIN)/python -m pip install --quiet --upgrade -c $(CONSTRAINTS) pip
	$(BIN)/python -m pip install --quiet -c $(CONSTRAINTS) -e '.[test]'
	touch $(STAMP)

# After changing the dependencies in pyproject.toml: pin what is installed now.
constraints: install
	$(BIN)/python -m pip install --quiet -e '.[test]'
	{ echo "# The exact versions CI and \`make install\` install (pip's -c): every run gets the same"; \
	  echo "# dependencies. Regenerate after changing pyproject.toml's dependencies: make constraints"; \
	  $(BIN)/python -m pip freeze --all --exclude-editable; } > $(CONSTRAINTS)

# The wheel and sdist in dist/, built by PyPA's front end and checked as PyPI would.
dist: install
	rm -rf dist
	$(BIN)/python -m build --outdir dist .
	$(BIN)/twine check --strict dist/*

build: install
	$(BIN)/healthld build $(INPUT) --out $(OUTPUT)

# Exits 1 when a build would change an output, or a page has an error (writes nothing).
check: install
	$(BIN)/healthld check $(INPUT) --out $(OUTPUT)

validate: install
	$(BIN)/healthld validate $$(find $(OUTPUT) -name '*.htm*' | sort)

test: install
	$(BIN)/python -m pytest -q

# The inner loop (under 15 s): everything but the tests marked slow (subprocesses, the
# browser, bench-size pages, many generated examples). `make test` runs them all.
test-fast: install
	$(BIN)/python -m pytest -q -m "not slow"

# ruff (style, imports, likely bugs) over everything, mypy over pipeline/: both configured in
# pyproject.toml, both must be clean (CI runs this before the tests).
lint: install
	$(BIN)/ruff check .
	$(BIN)/mypy

clean:
	find $(OUTPUT) -mindepth 1 ! -name .gitkeep -exec rm -rf {} +

# The benchmark (not a test): naive reference, --jobs 1, --jobs 2, no-op rebuild and the
# floor over 500 synthetic pages, three interleaved repetitions, the fastest of each
# counting; prints pages/s and ratios, writes bench/results.json. About two minutes.
bench: install
	$(BIN)/python bench/run.py

# The same plus the peak RSS of a 5,000-page build (target: <= 300 MB).
bench-memory: install
	$(BIN)/python bench/run.py --memory-pages 5000

# Extraction against the hand-checked evaluation set (eval/README.md): precision and
# recall per field, pages fully right, invented reviewers and FAQs; writes eval/results.json.
eval: install
	$(BIN)/python eval/run.py

# Each pathological page shape (issue 15) at two sizes: seconds, growth when the size
# doubles (target <= 2.5x) and seconds per KB against a typical page (target <= 5x).
bench-adversarial: install
	$(BIN)/python bench/adversarial.py
