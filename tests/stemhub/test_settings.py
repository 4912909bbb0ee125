"""Configuration: production is secure and refuses to start without a key."""

import os
import secrets
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.management import call_command

ROOT = Path(__file__).resolve().parents[2]


def run_manage(*args, **env):
    # The browser tests set DJANGO_ALLOW_ASYNC_UNSAFE, which check --deploy rightly warns about.
    unwanted = {"SECRET_KEY", "DEBUG", "DJANGO_ALLOW_ASYNC_UNSAFE"}
    environment = {k: v for k, v in os.environ.items() if k not in unwanted}
    environment.update(env)
    return subprocess.run(  # noqa: S603 - fixed arguments, our own manage.py
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.fixture(scope="module")
def production_start():
    """One real start under the production settings with DEBUG switched off in words
    ("false") and a realistic environment, running Django's deployment checklist: it is both
    the clean `check --deploy` and the proof that DEBUG=false starts (two starts before, each
    about 2.8 s of CPU)."""
    return run_manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        DJANGO_SETTINGS_MODULE="stemhub.settings.production",
        SECRET_KEY=secrets.token_urlsafe(50),
        ALLOWED_HOSTS="stemhub.example",
        DEBUG="false",
    )


def test_check_deploy_is_clean_under_production_settings(production_start):
    assert production_start.returncode == 0, production_start.stdout + production_start.stderr
    assert "no issues" in production_start.stdout


def test_production_without_secret_key_stops_with_one_line():
    result = run_manage("check", DJANGO_SETTINGS_MODULE="stemhub.settings.production")
    assert result.returncode != 0
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1
    assert "SECRET_KEY" in lines[0]


@pytest.mark.parametrize("value", ["true", "1", "on", "True"])
def test_production_with_debug_on_stops_with_one_line(value):
    result = run_manage(
        "check",
        DJANGO_SETTINGS_MODULE="stemhub.settings.production",
        SECRET_KEY=secrets.token_urlsafe(50),
        DEBUG=value,
    )
    assert result.returncode != 0
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, result.stderr
    assert "DEBUG" in lines[0]


def test_production_with_debug_off_starts(production_start):
    assert production_start.returncode == 0, production_start.stderr


@pytest.mark.django_db
def test_migrations_are_in_step_with_the_models():
    call_command("makemigrations", "--check", "--dry-run", "--noinput", verbosity=0)


def test_rich_text_offers_no_third_party_embeds():
    """Children's audience: editors cannot paste an oEmbed (a third-party iframe) anywhere."""
    from django.apps import apps
    from wagtail.rich_text import features

    assert "embed" not in features.get_default_features()
    assert not apps.is_installed("wagtail.embeds")
