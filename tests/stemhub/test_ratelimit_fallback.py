"""The public forms' rate limits keep counting when the shared cache (Redis) is unreachable."""

import logging
import socket

import pytest
from django.test import RequestFactory

from stemhub import ratelimit
from stemhub.ratelimit import RateLimit

from ..shared_content import ensure_all_unless_committed
from ..workers import redis_url_of_this_worker

REDIS_TEST_URL = redis_url_of_this_worker()


def closed_port():
    """A local port nobody listens on: bound, then released."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def redis_cache(location):
    return {
        "BACKEND": "django_redis.cache.RedisCache",
        "LOCATION": location,
        "OPTIONS": {
            "IGNORE_EXCEPTIONS": False,
            "SOCKET_CONNECT_TIMEOUT": 0.5,
            "SOCKET_TIMEOUT": 0.5,
        },
        "KEY_PREFIX": "stemhub-test",
    }


@pytest.fixture
def unreachable_redis(settings):
    settings.CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
        "ratelimit": redis_cache(f"redis://127.0.0.1:{closed_port()}/5"),
    }
    settings.STEMHUB_RATELIMIT_CACHE = "ratelimit"
    ratelimit.PROCESS_FALLBACK.clear()
    yield
    ratelimit.PROCESS_FALLBACK.clear()


def test_limit_still_holds_and_logs_an_error_when_redis_is_down(unreachable_redis, caplog):
    limit = RateLimit("test-down", limit=3, window=600)
    request = RequestFactory().post("/", REMOTE_ADDR="192.0.2.1")
    with caplog.at_level(logging.ERROR, logger="stemhub.ratelimit"):
        assert not limit.is_exceeded(request)
        assert [limit.hit(request) for _ in range(3)] == [1, 2, 3]
        assert limit.is_exceeded(request)
    assert "shared cache is unreachable" in caplog.text
    other = RequestFactory().post("/", REMOTE_ADDR="192.0.2.2")
    assert not limit.is_exceeded(other)


def test_candidacy_form_answers_429_with_redis_down(unreachable_redis, client, site_tree, settings):
    from initiatives.factories import create_initiative
    from initiatives.models import InitiativeCandidacy

    ensure_all_unless_committed()
    create_initiative(site_tree.sections["initiatives"], "robotkamp", title="Robotkamp")
    settings.STEMHUB_CANDIDACY_RATE_LIMIT = 1
    valid = {
        "organisation": "Robotbouwers vzw",
        "contact_person": "An Peeters",
        "email": "an@example.org",
        "role": "contributing",
        "message": "Wij bouwen graag mee.",
        "consent": "on",
    }
    first = client.post("/nl/initiatieven/robotkamp/", valid)
    assert first.status_code == 303, first.content.decode()[:2000]
    assert client.post("/nl/initiatieven/robotkamp/", valid).status_code == 429
    assert InitiativeCandidacy.objects.count() == 1


def test_counts_are_shared_through_a_reachable_redis(settings):
    settings.CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
        "ratelimit": redis_cache(REDIS_TEST_URL),
    }
    settings.STEMHUB_RATELIMIT_CACHE = "ratelimit"
    from django.core.cache import caches

    try:
        caches["ratelimit"].delete("probe")
    except Exception as error:  # noqa: BLE001 - any failure means: no Redis here
        pytest.skip(f"no Redis at {REDIS_TEST_URL}: {error}")
    limit = RateLimit("test-shared", limit=2, window=60)
    request = RequestFactory().post("/", REMOTE_ADDR="192.0.2.3")
    caches["ratelimit"].delete(limit.key(request))
    ratelimit.PROCESS_FALLBACK.clear()
    assert [limit.hit(request) for _ in range(2)] == [1, 2]
    assert caches["ratelimit"].get(limit.key(request)) == 2
    assert limit.is_exceeded(request)
    caches["ratelimit"].delete(limit.key(request))
