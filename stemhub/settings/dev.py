"""Development: debug on, plain HTTP, mail on the console, a fixed throwaway key."""

from .base import *  # noqa: F403
from .base import STORAGES, env_bool, os
from .local import *  # noqa: F403

DEBUG = env_bool("DEBUG", True)
SECRET_KEY = os.environ.get("SECRET_KEY") or "dev-only-insecure-key-never-use-in-production"  # noqa: S105
STEMHUB_MAIL_DELIVERY_BACKEND = os.environ.get(
    "EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend"
)
STORAGES = {
    "default": STORAGES["default"],  # the bucket when AWS_STORAGE_BUCKET_NAME is set
    "staticfiles": {"BACKEND": "stemhub.static_storage.StaticFilesStorage"},
}

# Serve static files straight from the app folders, no collectstatic needed.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True

# /nl/_errors/404/ and /nl/_errors/500/ show the real error pages (README: "Seeing the real
# error pages"); uploaded media are served with DEBUG=false too (STEMHUB_SERVE_MEDIA).
ERROR_PAGE_PREVIEWS = True

# Template and code edits show at once; `STEMHUB_PAGE_CACHE=true make run` to try the page cache.
STEMHUB_PAGE_CACHE = env_bool("STEMHUB_PAGE_CACHE", False)
