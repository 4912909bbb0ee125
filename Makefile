# Two commands matter: `make run` and `make test`. Everything else supports them.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
HOST ?= 127.0.0.1
PORT ?= 8000
export DJANGO_SETTINGS_MODULE ?= stemhub.settings.dev
# Absolute links (admin mails, sitemap, the demo site's host) follow where we serve.
export WAGTAILADMIN_BASE_URL ?= http://$(HOST):$(PORT)

.PHONY: run test install db messages makemessages lint bench clean

# The virtualenv is rebuilt when pyproject.toml changes.
$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[test]"
	touch $@

install: $(VENV)/.installed

messages: install
	$(PY) manage.py compile_catalogues

# Migrate, fill the translated columns of rows that migrations created, fix translated URL paths.
db: install
	$(PY) manage.py migrate --noinput
	$(PY) manage.py update_translation_fields
	$(PY) manage.py set_translation_url_paths

run: db messages
	$(PY) manage.py load_demo
	$(PY) manage.py runserver $(HOST):$(PORT)

test: install messages
	$(VENV)/bin/ruff check .
	$(PY) manage.py makemigrations --check --dry-run --noinput --settings=stemhub.settings.test
	DJANGO_SETTINGS_MODULE=stemhub.settings.test $(VENV)/bin/pytest

# Regenerate the catalogues after changing user-facing strings (needs GNU gettext).
makemessages: install
	$(PY) manage.py makemessages --locale nl --locale en --ignore ".venv/*" --ignore "bench/*" --no-obsolete
	$(PY) manage.py makemessages --domain djangojs --locale nl --locale en --ignore ".venv/*" --ignore "staticfiles/*" --no-obsolete
	$(PY) manage.py fill_english_catalogue

lint: install
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

bench: db
	$(PY) bench/browse.py
	$(PY) bench/classroom.py
	$(PY) bench/initiatives.py

clean:
	rm -rf $(VENV) db.sqlite3 media media-test staticfiles
