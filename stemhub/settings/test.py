"""Tests: fast hashing, in-memory mail, no HTTPS redirects; the database from DATABASE_URL."""

from .base import *  # noqa: F403
from .base import BASE_DIR, LOGGING
from .local import *  # noqa: F403

DEBUG = False
SECRET_KEY = "test-only-key"  # noqa: S105
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
# Mail still goes through the outbox; the immediate task backend delivers it at once to
# Django's test outbox. Fault tests switch "background" to the database queue and a worker.
STEMHUB_MAIL_DELIVERY_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
TASKS = {
    "default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
    "background": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
}
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
STEMHUB_RATELIMIT_CACHE = "default"
MEDIA_ROOT = BASE_DIR / "media-test"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "stemhub.static_storage.StaticFilesStorage"},
}

# Serve static files straight from the app folders, no collectstatic needed.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True

LOGGING["loggers"]["wagtail"] = {"level": "WARNING"}

# Off for the suite (tests change content without signals); tests/pagecache turns it on.
STEMHUB_PAGE_CACHE = False
