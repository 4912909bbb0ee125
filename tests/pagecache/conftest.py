"""The page cache on, against local memory and against Redis (what production uses)."""

import uuid

import pytest
from django.core.cache import caches
from django.test import Client

from ..workers import redis_url_of_this_worker

REDIS_URL = redis_url_of_this_worker()


def redis_problem():
    """None when Redis answers at REDIS_URL, else why not."""
    import redis

    try:
        redis.Redis.from_url(REDIS_URL, socket_connect_timeout=0.5).ping()
    except Exception as error:  # any failure means: no Redis here
        return f"{type(error).__name__}: {error}"
    return None


def cache_settings(backend):
    prefix = f"stemhub-test-{uuid.uuid4().hex}"
    if backend == "redis":
        return {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": prefix,
        }
    return {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": prefix}


@pytest.fixture(params=["locmem", "redis"])
def page_cache(request, settings):
    """The page cache switched on, in a cache of its own (a fresh key prefix per test)."""
    if request.param == "redis":
        problem = redis_problem()
        if problem:
            pytest.skip(
                f"Redis is not reachable at {REDIS_URL} ({problem}); set STEMHUB_TEST_REDIS_URL"
            )
    settings.CACHES = {"default": cache_settings(request.param)}
    settings.STEMHUB_PAGE_CACHE = True
    cache = caches["default"]
    yield cache
    if request.param == "redis":
        cache.delete_pattern("*")
    else:
        cache.clear()


@pytest.fixture
def visitor():
    """An anonymous browser: no session, checks CSRF like a real one."""
    return Client(enforce_csrf_checks=True)
