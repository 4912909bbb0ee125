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
        if args or kwargs:  # anyone passing `force`: not kept
            return super().url(name, *args, **kwargs)
        key = (name, settings.DEBUG)
        kept = self.__dict__.setdefault("_kept_urls", {})
        try:
            return kept[key]
        except KeyError:
            url = super().url(name)  # a name the manifest lacks raises here, every time
            if len(kept) < MAX_KEPT and self.keeps(name):
                kept[key] = url
            return url

    def keeps(self, name):
        return True

    def forget_urls(self):
        self.__dict__.pop("_kept_urls", None)


class StaticFilesStorage(KeptURLs, django_storage.StaticFilesStorage):
    """Django's, for development and tests (the files straight from the app folders)."""


class CompressedManifestStaticFilesStorage(
    KeptURLs, whitenoise_storage.CompressedManifestStaticFilesStorage
):
    """WhiteNoise's hashed and compressed files, for production.

    `collectstatic` in this process rebuilds the manifest (`post_process`): the URLs kept before
    it are forgotten. A name the manifest lacks is hashed from the file on disk at every call
    when the manifest is not strict: such a URL is not kept."""

    def keeps(self, name):
        return self.manifest_strict or self.stored_name_in_manifest(name)

    def stored_name_in_manifest(self, name):
        return self.hashed_files.get(self.hash_key(self.clean_name(name))) is not None

    def post_process(self, *args, **kwargs):
        self.forget_urls()
        try:
            yield from super().post_process(*args, **kwargs)
        finally:
            self.forget_urls()
