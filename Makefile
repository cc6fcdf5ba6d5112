# Thin aliases for the README commands. Everything runs in a local virtualenv (.venv).
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
HOST ?= 127.0.0.1:8000
# Both cores; browser tests run per worker with their own database and live server.
PYTEST_ARGS ?= -n 2

.PHONY: demo test benchmark chromium lint format install clean

## make demo: virtualenv, packages, database, gemeenten, demo data, and the portal on http://127.0.0.1:8000
demo: $(VENV)/.installed
	$(PY) manage.py migrate --noinput
	$(PY) manage.py import_gemeenten
	$(PY) manage.py load_demo
	$(PY) manage.py runserver $(HOST)

## make test: virtualenv with test packages, Chromium for browser tests, then the whole suite
test: $(VENV)/.installed-test chromium
	$(VENV)/bin/pytest $(PYTEST_ARGS)

## make benchmark: latency percentiles of the main pages at realistic volume (a few minutes)
BENCHMARK_ARGS ?=
benchmark: $(VENV)/.installed
	$(PY) manage.py benchmark $(BENCHMARK_ARGS)

# The browser tests drive Debian's Chromium (Playwright cannot download its own browser here):
# install it when missing and we are root, otherwise say how.
chromium:
	@if ! command -v chromium >/dev/null 2>&1; then \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    echo "Chromium ontbreekt; installeren met apt-get (nodig voor de browsertests)..."; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
	  else \
	    echo "Chromium ontbreekt. Installeer het met 'sudo apt-get install chromium'," >&2; \
	    echo "of sla de browsertests over: make test PYTEST_ARGS='-m \"not browser\"'" >&2; \
	    exit 1; \
	  fi; \
	fi

lint: $(VENV)/.installed-test
	$(PY) manage.py check
	$(PY) manage.py makemigrations --check --dry-run
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

format: $(VENV)/.installed-test
	$(VENV)/bin/ruff format .
	$(VENV)/bin/ruff check --fix .

install: $(VENV)/.installed

$(VENV)/bin/python:
	$(PYTHON) -m venv $(VENV)
	$(VENV)/bin/pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(VENV)/bin/python
	$(VENV)/bin/pip install --quiet .
	@rm -rf build *.egg-info
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(VENV)/bin/python
	$(VENV)/bin/pip install --quiet ".[test,dev]"
	@rm -rf build *.egg-info
	touch $@ $(VENV)/.installed

clean:
	rm -rf $(VENV) staticfiles build *.egg-info
