# make run: set up and open the app; make test: set up and run every test offscreen.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
TEST_STAMP := $(VENV)/.installed-test
DIST_STAMP := $(VENV)/.installed-dist

.PHONY: run test lint test-slow bench bench-small check-libs check-test-packages dist check-dist clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(STAMP): $(BIN)/python pyproject.toml
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(TEST_STAMP): $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@

run: $(STAMP) check-libs
	$(BIN)/coprod-app

check-libs:
	@$(BIN)/python tools/check_qt_libs.py

# The Debian packages the tests use (pdftotext, DejaVu, Xvfb...): installed when run as root,
# else the one apt command is printed, so no test skips or fails for a missing tool.
check-test-packages:
	@$(PYTHON) tools/check_test_packages.py

test: check-test-packages $(TEST_STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -m "not slow" -q

# The layers and the no-cycles rule of pyproject.toml's [tool.importlinter] (fails on a Qt import in
# storage), then ruff's lint rules and its format, both pinned in pyproject.toml.
lint: $(TEST_STAMP)
	$(BIN)/lint-imports --no-cache
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

test-slow: check-test-packages $(TEST_STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -m slow -q

bench: $(TEST_STAMP)
	$(BIN)/python benchmarks/run.py

# A quick smoke run on a small database: checks the scripts work, measures nothing.
bench-small: $(TEST_STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python benchmarks/run.py --small

$(DIST_STAMP): $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[dist]'
	touch $@

# The frozen one-folder app, dist/coprod-app/ (coprod-app windowed, coprod-app-cli console),
# built from the committed recipe packaging/coprod-app.spec; Windows uses the same recipe.
dist: $(DIST_STAMP)
	$(BIN)/pyinstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller \
	  packaging/coprod-app.spec
	@du -sh dist/coprod-app

# Checks the frozen app as a user would meet it (tools/check_frozen.py says what it checks).
check-dist: dist
	$(BIN)/python tools/check_frozen.py dist/coprod-app

clean:
	rm -rf $(VENV) build dist *.egg-info
