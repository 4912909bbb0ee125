"""Static files, media (local or in an S3-compatible bucket) and uploads; part of base.py."""

import contextlib
import os
from pathlib import Path

from django.utils.functional import SimpleLazyObject

from .environment import BASE_DIR, env_bool

# Static files and media.
STATIC_URL = "/static/"
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "staticfiles"))
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    # Each keeps the URLs it gave (stemhub/static_storage.py).
    "staticfiles": {"BACKEND": "stemhub.static_storage.CompressedManifestStaticFilesStorage"},
}
# Media in an S3-compatible bucket (django-storages) when AWS_STORAGE_BUCKET_NAME is set:
# images, renditions, documents, worksheets, posters and uploaded videos. Give the bucket a
# domain of our own (AWS_S3_CUSTOM_DOMAIN, e.g. media.stemhelden.be behind our CDN) so that
# visitors' browsers never ask another host for anything.
AWS_STORAGE_BUCKET_NAME = os.environ.get("AWS_STORAGE_BUCKET_NAME", "")
AWS_S3_ENDPOINT_URL = os.environ.get("AWS_S3_ENDPOINT_URL") or None
AWS_ACCESS_KEY_ID = os.environ.get("AWS_ACCESS_KEY_ID") or None
AWS_SECRET_ACCESS_KEY = os.environ.get("AWS_SECRET_ACCESS_KEY") or None
AWS_S3_REGION_NAME = os.environ.get("AWS_S3_REGION_NAME") or None
AWS_S3_CUSTOM_DOMAIN = os.environ.get("AWS_S3_CUSTOM_DOMAIN") or None
# Signed, expiring links for a private bucket; plain links behind a public custom domain.
AWS_QUERYSTRING_AUTH = env_bool("AWS_QUERYSTRING_AUTH", not AWS_S3_CUSTOM_DOMAIN)
AWS_S3_FILE_OVERWRITE = False
AWS_DEFAULT_ACL = None
AWS_S3_OBJECT_PARAMETERS = {"CacheControl": "public, max-age=604800"}


def s3_client_config():
    """A bucket that does not answer fails the request within seconds, not minutes."""
    from botocore.config import Config

    return Config(
        connect_timeout=5, read_timeout=60, retries={"max_attempts": 2, "mode": "standard"}
    )


# Built when a storage first reads it: importing botocore cost every Django start 0.1 s of CPU,
# with or without a bucket.
AWS_S3_CLIENT_CONFIG = SimpleLazyObject(s3_client_config)
if AWS_STORAGE_BUCKET_NAME:
    STORAGES["default"] = {"BACKEND": "storages.backends.s3.S3Storage"}

# Without a bucket the app serves MEDIA_ROOT itself (stemhub.media): directly, or through
# nginx's X-Accel-Redirect when this names nginx's internal location (e.g. /protected-media/).
STEMHUB_SERVE_MEDIA = not AWS_STORAGE_BUCKET_NAME
STEMHUB_MEDIA_ACCEL_REDIRECT = os.environ.get("STEMHUB_MEDIA_ACCEL_REDIRECT", "")
STEMHUB_MEDIA_MAX_AGE = int(os.environ.get("STEMHUB_MEDIA_MAX_AGE", 60 * 60 * 24 * 7))
# Large uploads are spooled here (not the system /tmp), so `clean_orphans` can remove what a
# killed request left behind.
FILE_UPLOAD_TEMP_DIR = os.environ.get("STEMHUB_UPLOAD_TEMP_DIR", str(BASE_DIR / "upload-tmp"))
with contextlib.suppress(OSError):  # a read-only image: then the variable must name one
    os.makedirs(FILE_UPLOAD_TEMP_DIR, exist_ok=True)
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000
FILE_UPLOAD_MAX_MEMORY_SIZE = 2_621_440
