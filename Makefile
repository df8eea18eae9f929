# healthld: `make build` processes input/ into output/; `make test` runs the suite.
# Every target that runs Python depends on `install`, which creates .venv if missing.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
INPUT  ?= input
OUTPUT ?= output

.PHONY: install build check test validate clean bench bench-memory bench-adversarial

install: $(STAMP)

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

build: install
	$(BIN)/healthld build $(INPUT) --out $(OUTPUT)

# Exits 1 when a build would change an output, or a page has an error (writes nothing).
check: install
	$(BIN)/healthld check $(INPUT) --out $(OUTPUT)

validate: install
	$(BIN)/healthld validate $$(find output -name '*.htm*' | sort)

test: install
	$(BIN)/python -m pytest -q

clean:
	find output -mindepth 1 ! -name .gitkeep -exec rm -rf {} +

# The benchmark (not a test): naive reference, --jobs 1, --jobs 2, no-op rebuild and the
# floor over 500 synthetic pages, three interleaved repetitions, the fastest of each
# counting; prints pages/s and ratios, writes bench/results.json. About two minutes.
bench: install
	$(BIN)/python bench/run.py

# The same plus the peak RSS of a 5,000-page build (target: <= 300 MB).
bench-memory: install
	$(BIN)/python bench/run.py --memory-pages 5000

# Each pathological page shape (issue 15) at two sizes: seconds, growth when the size
# doubles (target <= 2.5x) and seconds per KB against a typical page (target <= 5x).
bench-adversarial: install
	$(BIN)/python bench/adversarial.py
