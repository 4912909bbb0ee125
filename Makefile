# Two commands matter: `make run` and `make test`. Everything else supports them.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
HOST ?= 127.0.0.1
PORT ?= 8000
export DJANGO_SETTINGS_MODULE ?= stemhub.settings.dev
# Absolute links (admin mails, sitemap, the demo site's host) follow where we serve.
export WAGTAILADMIN_BASE_URL ?= http://$(HOST):$(PORT)

.PHONY: run test test-fast install db messages makemessages lint bench bench-load clean deploy-check

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

test: install messages deploy-check
	$(VENV)/bin/ruff check .
	$(PY) manage.py makemigrations --check --dry-run --noinput --settings=stemhub.settings.test
	DJANGO_SETTINGS_MODULE=stemhub.settings.test $(VENV)/bin/pytest

# The same without the browser tests (tests/e2e, marked `e2e`): the quick loop while working.
test-fast: install messages
	$(VENV)/bin/ruff check .
	$(PY) manage.py makemigrations --check --dry-run --noinput --settings=stemhub.settings.test
	DJANGO_SETTINGS_MODULE=stemhub.settings.test $(VENV)/bin/pytest -m "not e2e"

# Production settings with a realistic environment must pass Django's deployment checklist with
# no warning at all. Nothing here connects to the database or Redis.
deploy-check: install
	DJANGO_SETTINGS_MODULE=stemhub.settings.production \
	SECRET_KEY="$$($(PY) -c 'import secrets; print(secrets.token_urlsafe(50))')" \
	ALLOWED_HOSTS=stemhelden.be,www.stemhelden.be CSRF_TRUSTED_ORIGINS=https://stemhelden.be \
	DATABASE_URL=postgres://stemhub@db.internal:5432/stemhub REDIS_URL=redis://cache.internal:6379/0 \
	EMAIL_HOST=smtp.internal WAGTAILADMIN_BASE_URL=https://stemhelden.be DEBUG= \
	$(PY) manage.py check --deploy --fail-level WARNING

# Regenerate the catalogues after changing user-facing strings (needs GNU gettext).
makemessages: install
	$(PY) manage.py makemessages --locale nl --locale en --ignore ".venv/*" --ignore "bench/*" --no-obsolete
	$(PY) manage.py makemessages --domain djangojs --locale nl --locale en --ignore ".venv/*" --ignore "staticfiles/*" --no-obsolete

lint: install
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

bench: db
	$(PY) bench/browse.py
	$(PY) bench/classroom.py
	$(PY) bench/initiatives.py

# gunicorn (production settings, 2 workers) + PostgreSQL (stemhub_cache_bench) + Redis DB 4,
# started and stopped by the script; DURATION seconds per phase (180 is the documented target).
DURATION ?= 20
bench-load: install
	$(PY) -m pip install --quiet -e ".[bench]"
	$(PY) bench/load.py --duration $(DURATION)

clean:
	rm -rf $(VENV) db.sqlite3 media media-test staticfiles
