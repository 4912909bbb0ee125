"""The staticfiles storages the settings use, each keeping the URL it worked out for a file.

`{% static %}` asks the storage at every use: the storage quotes and joins the path, and
production's manifest storage also looks up the hashed name and splits and rebuilds the URL; every
page has five such tags in its layout alone. A storage's answer for a name depends only on the
settings it was made with (Django makes a new storage when STATIC_URL, STATIC_ROOT or STORAGES
change), the manifest it read once when it was made, and DEBUG (the manifest storage gives the
plain name while debugging), so each storage keeps its answers per name and DEBUG.
"""

from django.conf import settings
from django.contrib.staticfiles import storage as django_storage
from whitenoise import storage as whitenoise_storage

# A template could name its file from a variable: past this many names, URLs are not kept.
MAX_KEPT = 1000


class KeptURLs:
    def url(self, name, *args, **kwargs):
        if args or kwargs:  # the manifest storage's `force`, asked while collecting
            return super().url(name, *args, **kwargs)
        key = (name, settings.DEBUG)
        kept = self.__dict__.setdefault("_kept_urls", {})
        try:
            return kept[key]
        except KeyError:
            url = super().url(name)
            if len(kept) < MAX_KEPT:
                kept[key] = url
            return url


class StaticFilesStorage(KeptURLs, django_storage.StaticFilesStorage):
    """Django's, for development and tests (the files straight from the app folders)."""


class CompressedManifestStaticFilesStorage(
    KeptURLs, whitenoise_storage.CompressedManifestStaticFilesStorage
):
    """WhiteNoise's hashed and compressed files, for production."""
