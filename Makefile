# make run   - start the app (sets up .venv from pinned versions on first use)
# make test  - set up and run every test
# make lint  - ruff, mypy and the import contracts
# make translations - pick up new strings into translations/*.ts, then build the .qm files
# make package      - a PyInstaller bundle of the app for this platform, in dist/
# make package-smoke - build the bundle in a temporary folder and start it (CI does)
# make wheel        - a wheel with the compiled translations, in dist/
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
PACKAGE_STAMP := $(VENV)/.package-tools
PYTEST_ARGS ?=

# The window's translations: Qt Linguist sources in translations/ (committed), compiled
# .qm files next to the package (built, git-ignored, shipped as package data).
LANGS := it el fr es nl lv
TS_FILES := $(LANGS:%=translations/inclucities_%.ts)
QM_DIR := src/inclucities_desktop/translations
# English is the source language; its file holds only the plural forms ("1 conflict",
# "2 conflicts" where the code says "%n conflict(s)").
QM_FILES := $(LANGS:%=$(QM_DIR)/inclucities_%.qm) $(QM_DIR)/inclucities_en.qm
UI_SOURCES := $(wildcard src/inclucities_desktop/ui/*.py)

.PHONY: run test lint bench screenshots clean translations package package-smoke wheel

$(STAMP): pyproject.toml requirements/lock.txt
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || \
		{ echo "IncluCities needs Python 3.11 or newer ($(PYTHON) is older)"; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements/lock.txt
	$(BIN)/python -m pip install --quiet --no-deps --no-build-isolation -e .
	touch $(STAMP)

$(QM_DIR)/inclucities_%.qm: translations/inclucities_%.ts $(STAMP)
	@mkdir -p $(QM_DIR)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

# -locations none: line numbers in the .ts files would conflict whenever anyone edits a
# screen; -no-obsolete: a string gone from the code leaves the .ts (the tests insist).
translations: $(STAMP)
	$(BIN)/pyside6-lupdate -locations none -no-obsolete -source-language en \
		$(UI_SOURCES) -ts $(TS_FILES)
	$(BIN)/pyside6-lupdate -locations none -no-obsolete -source-language en \
		-target-language en -pluralonly $(UI_SOURCES) -ts translations/inclucities_en.ts
	$(MAKE) $(QM_FILES)

run: $(STAMP) $(QM_FILES)
	$(BIN)/inclucities $(ARGS)

# Every test but the bundle build (`make package-smoke`; 75 s alone, +4 min in parallel).
test: $(STAMP) $(QM_FILES)
	$(BIN)/python -m pytest -n 2 -m "not package" $(PYTEST_ARGS)

lint: $(STAMP)
	$(BIN)/ruff check src tests bench packaging
	$(BIN)/lint-imports
	$(BIN)/mypy

bench: $(STAMP)
	$(BIN)/python bench/bench_desktop.py

screenshots: $(STAMP) $(QM_FILES)
	$(BIN)/python -m pytest -p no:xdist tests/desktop/test_screenshots.py \
		tests/desktop/test_actions_screenshots.py --screenshots docs/screenshots

$(PACKAGE_STAMP): $(STAMP) requirements/package.txt
	$(BIN)/python -m pip install --quiet -r requirements/package.txt
	touch $(PACKAGE_STAMP)

# A wheel with the compiled translations inside (package data), in dist/.
wheel: $(STAMP) $(QM_FILES)
	$(BIN)/python -m pip wheel --quiet --no-deps --no-build-isolation -w dist .

# A onedir bundle in dist/IncluCities/ (see docs/packaging.md for the installers).
package: $(PACKAGE_STAMP) $(QM_FILES)
	$(BIN)/python packaging/make_icons.py
	$(BIN)/pyinstaller --noconfirm --clean --log-level WARN \
		--distpath dist --workpath build/pyinstaller packaging/inclucities.spec

# Build the bundle into a temporary folder and start it: the window opens offscreen on a
# temporary workspace (tests/packaging). CI runs it after `make test`.
package-smoke: $(PACKAGE_STAMP) $(QM_FILES)
	$(BIN)/python -m pytest -p no:xdist -m package tests/packaging

clean:
	rm -rf $(VENV) build dist src/*.egg-info $(QM_DIR)
