# Two commands matter: `make run` and `make test`. Everything else supports them.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
HOST ?= 127.0.0.1
PORT ?= 8000
export DJANGO_SETTINGS_MODULE ?= stemhub.settings.dev
# Absolute links (admin mails, sitemap, the demo site's host) follow where we serve.
export WAGTAILADMIN_BASE_URL ?= http://$(HOST):$(PORT)
# Python keeps compiled modules, and pytest its assertion-rewritten test modules, in __pycache__
# (git-ignored). With PYTHONDONTWRITEBYTECODE set in the environment, every pytest worker and every
# manage.py compiled the project and rewrote the tests again, in every run: 5-6 s of CPU per
# worker before its first test (README "Tests and benchmarks").
unexport PYTHONDONTWRITEBYTECODE

.PHONY: run test test-fast install db messages makemessages lint bench bench-load bench-sizes bench-impact clean deploy-check backup restore

# The virtualenv is rebuilt when pyproject.toml changes.
$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[test]"
	touch $@

install: $(VENV)/.installed

# The .mo files are compiled when a .po file is newer (or a .mo is missing): a Django start of
# about 2 s saved in every `make test`/`test-fast` that changed no text.
PO_FILES := $(wildcard locale/*/LC_MESSAGES/*.po)
MO_FILES := $(PO_FILES:.po=.mo)

messages: install $(MO_FILES)

$(MO_FILES) &: $(PO_FILES) | install
	$(PY) manage.py compile_catalogues

# Migrate, fill the translated columns of rows that migrations created, fix translated URL paths.
db: install
	$(PY) manage.py migrate --noinput
	$(PY) manage.py update_translation_fields
	$(PY) manage.py set_translation_url_paths
	$(PY) manage.py rebuild_search_index

# The worker (mail, video conversion, clean-up) runs beside the web server and stops with it.
run: db messages
	$(PY) manage.py load_demo
	$(PY) manage.py run_worker --reload & worker=$$!; \
	trap 'kill $$worker 2>/dev/null' EXIT INT TERM; \
	$(PY) manage.py runserver $(HOST):$(PORT)

# pytest runs on TEST_WORKERS pytest-xdist workers, one per core of the 2-core machines we have
# (each its own test database, Redis DB, live server and browser; see README "Tests and
# benchmarks"). TEST_WORKERS=0: one process, no xdist. `loadfile` hands each worker whole test
# files, so a file's module-scoped content (tests/shared_content.py) and the full demo of
# tests/stemhub/test_full_demo.py are built once, on one worker; `--no-loadscope-reorder` hands
# them out in collection order (not by number of tests), where tests/file_order.py puts the files
# marked `long_file` first and pytest-django the browser tests (which flush the database) last. `load` and
# `loadgroup` split a file over both workers and build it twice (and `xdist_group` marks nothing
# under pytest 9.2: xdist 3.8 renames `Item._nodeid`, which pytest 9.2 no longer reads);
# `worksteal` takes tests from the END of a busy worker's queue, so a worker could run database
# tests after a flush, without the shared skeleton.
TEST_WORKERS ?= 2
TEST_DIST ?= loadfile
PYTEST_WORKERS := $(if $(filter 0,$(TEST_WORKERS)),-p no:xdist,-n $(TEST_WORKERS) --dist $(TEST_DIST) --no-loadscope-reorder)

# `makemigrations --check` runs inside pytest (tests/stemhub/test_settings.py), in the process
# that already has Django loaded, not in a Django start of its own before pytest.
test: install messages deploy-check
	$(VENV)/bin/ruff check .
	DJANGO_SETTINGS_MODULE=stemhub.settings.test $(VENV)/bin/pytest $(PYTEST_WORKERS)

# The same without the browser tests (tests/e2e, marked `e2e`): the quick loop while working.
test-fast: install messages
	$(VENV)/bin/ruff check .
	DJANGO_SETTINGS_MODULE=stemhub.settings.test $(VENV)/bin/pytest $(PYTEST_WORKERS) -m "not e2e"

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
	$(PY) manage.py fill_english_catalogue

lint: install
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

bench: db
	$(PY) bench/browse.py
	$(PY) bench/classroom.py
	$(PY) bench/initiatives.py
	$(PY) bench/selftest.py
	$(PY) bench/search.py

# gunicorn (production settings, 2 workers) + PostgreSQL (stemhub_cache_bench) + Redis DB 4,
# started and stopped by the script; DURATION seconds per phase (180 is the documented target).
DURATION ?= 20
bench-load: install
	$(PY) -m pip install --quiet -e ".[bench]"
	$(PY) bench/load.py --duration $(DURATION)

# The same pages with 24 and with 900 videos (page cache off): does a page slow down as content grows?
bench-sizes: install
	$(PY) -m pip install --quiet -e ".[bench]"
	$(PY) bench/sizes.py

# What the impact counters cost: the beacon beside a static file, folding a million events (PostgreSQL, Redis).
bench-impact: install
	$(PY) bench/impact.py

# Database dump + media in backups/stemhub-<time>.tar.gz; restore into an empty database:
#   make restore FILE=backups/stemhub-20261129-221500.tar.gz
backup: install
	$(PY) manage.py backup --output backups

restore: install
	@test -n "$(FILE)" || { echo "Say which backup: make restore FILE=backups/stemhub-….tar.gz"; exit 2; }
	$(PY) manage.py restore "$(FILE)"
	$(PY) manage.py compile_catalogues

clean:
	rm -rf $(VENV) db.sqlite3 media media-test staticfiles
