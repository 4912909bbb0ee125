"""Settings shared by every environment: secure by default, configured from the environment.

`dev.py` and `test.py` relax what they must; `production.py` insists on what it needs.
"""

import os

import dj_database_url
from django.utils.translation import gettext_lazy as _

from .environment import BASE_DIR, env_bool, env_list
from .mail import *  # noqa: F403
from .opendata import *  # noqa: F403
from .privacy import *  # noqa: F403
from .public_forms import *  # noqa: F403
from .storage import *  # noqa: F403

DEBUG = env_bool("DEBUG", False)
SECRET_KEY = os.environ.get("SECRET_KEY", "")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    # wagtail-modeltranslation must come before everything it translates.
    "wagtail_modeltranslation",
    "wagtail_modeltranslation.makemigrations",
    "wagtail_modeltranslation.migrate",
    "modeltranslation",
    "stemhub",
    "taxonomy",
    "partners",
    "videos",
    "classroom",
    "initiatives",
    "selftest",
    "opendata",
    "impact",
    "wagtail.api.v2",
    # Wagtail's apps without the v3 API they build at start, which we do not serve
    # (stemhub/wagtail_apps.py: 0.6 s of CPU in every Django start).
    "stemhub.wagtail_apps.RedirectsConfig",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.sitemaps",
    "wagtail.sites",
    "wagtail.users",
    "stemhub.wagtail_apps.SnippetsConfig",
    "stemhub.wagtail_apps.DocumentsConfig",
    "stemhub.wagtail_apps.ImagesConfig",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "rest_framework",
    "ninja",
    "corsheaders",
    "csp",
    "axes",
    "django_tasks",
    "django_tasks_db",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # CORS for the read-only API only (CORS_URLS_REGEX): GET from any origin, no credentials.
    "corsheaders.middleware.CorsMiddleware",
    "stemhub.security.SiteCSPMiddleware",
    "django_permissions_policy.PermissionsPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Compresses what the page cache did not already store compressed (errors, misses, forms).
    "django.middleware.gzip.GZipMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "stemhub.locale_middleware.SiteLocaleMiddleware",  # Django's, minus redirects under /api/
    "stemhub.request_checks.FormCharsetMiddleware",
    "stemhub.middleware.ServiceUnavailableMiddleware",
    "django.middleware.common.CommonMiddleware",
    # Counts feed reads, embedded cards and empty searches that views marked, on a cache hit too.
    "impact.middleware.EdgeCountingMiddleware",
    # Anonymous pages from the shared cache; must come before CSRF, auth and messages.
    "stemhub.pagecache.middleware.PageCacheMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # The admin is Dutch by default for signed-in editors, whatever their browser says.
    "stemhub.admin_language.AdminLanguageMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "stemhub.language_redirects.WrongLanguageRedirectMiddleware",
    # Last, as django-axes asks: turns a locked-out sign-in into the lockout page.
    "axes.middleware.AxesMiddleware",
]

AUTHENTICATION_BACKENDS = [
    # django-axes first: it refuses a locked-out user+address before the password is checked.
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]

ROOT_URLCONF = "stemhub.urls"
WSGI_APPLICATION = "stemhub.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "django.template.context_processors.i18n",
                "stemhub.context_processors.site_navigation",
            ],
        },
    },
]

# Database: a local SQLite file unless DATABASE_URL says otherwise.
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DB_CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Cache: Redis when REDIS_URL is set (shared by every app server), else local memory.
REDIS_URL = os.environ.get("REDIS_URL", "")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": REDIS_URL,
            "OPTIONS": {"IGNORE_EXCEPTIONS": True},
            "KEY_PREFIX": "stemhub",
        },
        # The rate limits must notice when Redis is gone (stemhub.ratelimit falls back to a
        # per-process count and logs an error), so this alias raises instead of ignoring.
        "ratelimit": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": REDIS_URL,
            "OPTIONS": {
                "IGNORE_EXCEPTIONS": False,
                "SOCKET_CONNECT_TIMEOUT": 1,
                "SOCKET_TIMEOUT": 1,
            },
            "KEY_PREFIX": "stemhub",
        },
    }
    DJANGO_REDIS_IGNORE_EXCEPTIONS = True
    STEMHUB_RATELIMIT_CACHE = "ratelimit"
else:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            # Room for the page cache's entries next to rate limits (per process).
            "OPTIONS": {"MAX_ENTRIES": 2000},
        }
    }
    STEMHUB_RATELIMIT_CACHE = "default"

# Page cache for anonymous visitors (stemhub.pagecache; README, "Page cache").
STEMHUB_PAGE_CACHE = env_bool("STEMHUB_PAGE_CACHE", True)
STEMHUB_PAGE_CACHE_ALIAS = "default"
STEMHUB_PAGE_CACHE_TIMEOUT = int(os.environ.get("STEMHUB_PAGE_CACHE_TIMEOUT", 15 * 60))
STEMHUB_PAGE_CACHE_MAX_AGE = int(os.environ.get("STEMHUB_PAGE_CACHE_MAX_AGE", 60))
STEMHUB_PAGE_CACHE_S_MAXAGE = int(os.environ.get("STEMHUB_PAGE_CACHE_S_MAXAGE", 5 * 60))
STEMHUB_PAGE_CACHE_STALE_WHILE_REVALIDATE = 60
STEMHUB_PAGE_CACHE_MAX_VARIANTS = int(os.environ.get("STEMHUB_PAGE_CACHE_MAX_VARIANTS", 200))
STEMHUB_PAGE_CACHE_MAX_QUERY_LENGTH = 1024
# The GET parameters public pages read; every other parameter is dropped before the page runs.
STEMHUB_PAGE_CACHE_FILTERSETS = [
    "videos.filters.VideoFilterSet",
    "classroom.filters.ClassroomMaterialFilterSet",
    "initiatives.filters.InitiativeFilterSet",
    "partners.filters.PartnerFilterSet",
]
STEMHUB_PAGE_CACHE_QUERY_PARAMETERS = [
    "page",
    "q",
    "p",
    "received",
    "thanks",  # the thank-you after one-click feedback without JavaScript (impact.feedback)
    "sent",  # the thank-you after a candidacy or a candidate's message (initiatives.sent_notices)
    "kind",  # the site search's kind filter (stemhub.search)
    # The self-test's answers (selftest.forms: one parameter per question, at most 8 questions).
    *(f"q{number}" for number in range(1, 9)),
]

# A CDN or Varnish in front: purged on publish through wagtail.contrib.frontend_cache.
FRONTEND_CACHE_PURGE_URL = os.environ.get("FRONTEND_CACHE_PURGE_URL", "")
WAGTAILFRONTENDCACHE = (
    {
        "default": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": FRONTEND_CACHE_PURGE_URL,
        }
    }
    if FRONTEND_CACHE_PURGE_URL
    else {}
)
# URLs are purged exactly as computed per language (slugs differ per language).
WAGTAILFRONTENDCACHE_LANGUAGES = []

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Languages: Dutch first (default and fallback), English complete.
LANGUAGE_CODE = "nl"
LANGUAGES = [("nl", _("Dutch")), ("en", _("English"))]
LANGUAGE_COOKIE_NAME = "stemhub_language"
# Dates as Flanders writes them, in both languages ("24 November 2026", stemhub/formats/).
FORMAT_MODULE_PATH = ["stemhub.formats"]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Europe/Brussels"
USE_I18N = True
USE_TZ = True

MODELTRANSLATION_DEFAULT_LANGUAGE = "nl"
MODELTRANSLATION_LANGUAGES = ("nl", "en")
MODELTRANSLATION_FALLBACK_LANGUAGES = ("nl",)
WAGTAILMODELTRANSLATION_TRANSLATE_SLUGS = True
WAGTAIL_I18N_ENABLED = False
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAILADMIN_PERMITTED_LANGUAGES = [("nl", "Nederlands"), ("en", "English")]

# Apps that add demo content (their `demo` module, data in demo/), in dependency order; see
# stemhub/demo/runner.py. An app listed here without a `demo` module stops `load_demo`.
STEMHUB_DEMO_APPS = ["taxonomy", "partners", "videos", "classroom", "initiatives", "selftest"]
STEMHUB_EDITORS_EMAIL = env_list("STEMHUB_EDITORS_EMAIL", "redactie@stemhub.example")

# Security: on unless a development settings module turns it off.
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", str(60 * 60 * 24 * 365)))
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SESSION_COOKIE_HTTPONLY = True
# The admin's confirmations ("Page published") live in the editor's session, not in a cookie of
# their own; the public forms show their thank-you from the address (stemhub/see_other.py), so a
# visitor never gets a cookie besides CSRF's.
MESSAGE_STORAGE = "django.contrib.messages.storage.session.SessionStorage"
LANGUAGE_COOKIE_SECURE = True
LANGUAGE_COOKIE_SAMESITE = "Lax"
# Wagtail's live preview shows the page in a same-origin frame, so DENY would break editing;
# SAMEORIGIN still stops every other site from framing us.
X_FRAME_OPTIONS = "SAMEORIGIN"
SILENCED_SYSTEM_CHECKS = ["security.W019"]

# Content-Security-Policy (django-csp; stemhub.security picks the policy per path). Public pages
# carry no inline script or style, so they need no nonce and can be cached as they are. Video
# players are framed only from the two privacy-enhanced hosts, and only after a click.
CSP_REPORT_PATH = "/csp-report/"
VIDEO_PLAYER_ORIGINS = ["https://www.youtube-nocookie.com", "https://player.vimeo.com"]
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'"],
        "media-src": ["'self'"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "frame-src": VIDEO_PLAYER_ORIGINS,
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'self'"],
        "report-uri": [CSP_REPORT_PATH],
    }
}
# Wagtail's admin (and the page previews it frames) uses inline scripts and styles of its own:
# it gets its own, looser policy, still without any host but ours.
STEMHUB_ADMIN_PATH_PREFIXES = ["/admin/"]
ADMIN_CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        **CONTENT_SECURITY_POLICY["DIRECTIVES"],
        "script-src": ["'self'", "'unsafe-inline'"],
        "style-src": ["'self'", "'unsafe-inline'"],
        "img-src": ["'self'", "data:", "blob:"],
        "media-src": ["'self'", "blob:"],
        "font-src": ["'self'", "data:"],
        "frame-src": ["'self'", *VIDEO_PLAYER_ORIGINS],
        "worker-src": ["'self'", "blob:"],
    }
}
# Browser features nobody on a children's site needs: all off, for us and for every frame.
PERMISSIONS_POLICY = {
    feature: []
    for feature in (
        "accelerometer",
        "ambient-light-sensor",
        "autoplay",
        "browsing-topics",
        "camera",
        "display-capture",
        "geolocation",
        "gyroscope",
        "hid",
        "interest-cohort",
        "magnetometer",
        "microphone",
        "midi",
        "payment",
        "serial",
        "usb",
        "xr-spatial-tracking",
    )
}
# The player's frame may autoplay after the click and go full screen.
PERMISSIONS_POLICY |= {
    "autoplay": ["self", *VIDEO_PLAYER_ORIGINS],
    "fullscreen": ["self", *VIDEO_PLAYER_ORIGINS],
    "picture-in-picture": ["self", *VIDEO_PLAYER_ORIGINS],
}

# Sign-in protection (django-axes): after 5 wrong passwords for one user from one address that
# pair is locked for an hour; editors are unlocked under Settings → Locked sign-ins.
AXES_FAILURE_LIMIT = int(os.environ.get("AXES_FAILURE_LIMIT", 5))
AXES_COOLOFF_TIME = int(os.environ.get("AXES_COOLOFF_HOURS", 1))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_CALLABLE = "stemhub.security.lockout_response"
AXES_CLIENT_IP_CALLABLE = "stemhub.ratelimit.sign_in_address"
# No log of successful sign-ins: editors' addresses are not kept beyond failed attempts.
AXES_DISABLE_ACCESS_LOG = True
AXES_ENABLE_ACCESS_FAILURE_LOG = False
AXES_VERBOSE = False

# Wagtail.
WAGTAIL_SITE_NAME = "STEMhub #STEMhelden"
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAILDOCS_EXTENSIONS = ["pdf", "docx", "odt", "pptx", "odp", "xlsx", "ods"]
WAGTAILDOCS_DOCUMENT_FORM_BASE = "classroom.documents.CheckedDocumentForm"
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp"]
WAGTAILEMBEDS_FINDERS = []  # never look anything up on another host
WAGTAILADMIN_NOTIFICATION_USE_HTML = True
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAIL_ENABLE_WHATS_NEW_BANNER = False
# No avatars from gravatar.com: the admin would send every editor's e-mail hash to another host
# (and the admin's CSP blocks it anyway). Editors see their initials instead (stemhub/avatars.py)
# or an avatar they uploaded themselves.
WAGTAIL_GRAVATAR_PROVIDER_URL = None

# Background work (django-tasks). "default" stays immediate for Wagtail's own small tasks
# (reference index, search index); "background" is the database queue the worker
# (`manage.py run_worker`) takes mail, video conversion and the daily clean-up from.
TASKS = {
    "default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
    "background": {"BACKEND": "django_tasks_db.DatabaseBackend"},
}
# Video conversion by the worker (partners.conversions): Debian's ffmpeg.
STEMHUB_FFMPEG = os.environ.get("STEMHUB_FFMPEG", "ffmpeg")
STEMHUB_CONVERSION_TIMEOUT = int(os.environ.get("STEMHUB_CONVERSION_TIMEOUT", 20 * 60))
# A task still "running" this many seconds after it started belongs to a worker that died:
# the next worker puts it back in the queue (longer than any task may take).
STEMHUB_TASK_LEASE_SECONDS = int(os.environ.get("STEMHUB_TASK_LEASE_SECONDS", 30 * 60))

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
    "loggers": {
        "django.request": {"level": "ERROR"},
        "django_tasks": {"level": "WARNING"},
        "axes": {"level": "WARNING"},  # lockouts and failures, not every routine clean-up
        "wagtail.tasks": {"level": "WARNING"},
    },
}

# Behind a load balancer: how many X-Forwarded-For hops to trust for the client address (0: none).
STEMHUB_TRUSTED_PROXY_HOPS = int(os.environ.get("STEMHUB_TRUSTED_PROXY_HOPS", 0))
