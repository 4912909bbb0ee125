"""The staticfiles storages keep each URL they worked out (stemhub.static_storage): the same URL
as Django's and WhiteNoise's storages give, a new one when the static settings change, and the
manifest storage's plain name while debugging."""

import json

import pytest
from django.contrib.staticfiles import storage as django_storage
from django.contrib.staticfiles.storage import staticfiles_storage
from django.template import engines
from whitenoise import storage as whitenoise_storage

from stemhub import static_storage

TAG = "{% load static %}{% static 'css/main.css' %}|{% static 'js/focus.js' as focus %}{{ focus }}"


def rendered():
    return engines["django"].from_string(TAG).render({})


def test_the_layouts_static_urls_are_djangos(settings):
    django = django_storage.StaticFilesStorage()
    assert rendered() == f"{django.url('css/main.css')}|{django.url('js/focus.js')}"
    assert rendered() == "/static/css/main.css|/static/js/focus.js"
    assert isinstance(staticfiles_storage._wrapped, static_storage.StaticFilesStorage)
    settings.STATIC_URL = "https://cdn.example.org/assets/"
    assert rendered() == (
        "https://cdn.example.org/assets/css/main.css|https://cdn.example.org/assets/js/focus.js"
    )


def test_the_manifest_storage_answers_as_whitenoises(tmp_path, settings):
    (tmp_path / "staticfiles.json").write_text(
        json.dumps({"version": "1.1", "paths": {"css/main.css": "css/main.0123abcd.css"}})
    )
    ours = static_storage.CompressedManifestStaticFilesStorage(location=tmp_path)
    theirs = whitenoise_storage.CompressedManifestStaticFilesStorage(location=tmp_path)
    for debug in (False, True, False):
        settings.DEBUG = debug
        assert ours.url("css/main.css") == theirs.url("css/main.css"), debug
    assert ours.url("css/main.css") == "/static/css/main.0123abcd.css"
    settings.DEBUG = True  # `force` (while collecting) gives the hashed name all the same
    assert ours.url("css/main.css", force=True) == "/static/css/main.0123abcd.css"


def test_a_missing_name_still_raises_and_collecting_forgets_the_kept_urls(tmp_path, settings):
    (tmp_path / "staticfiles.json").write_text(
        json.dumps({"version": "1.1", "paths": {"css/main.css": "css/main.0123abcd.css"}})
    )
    (tmp_path / "css").mkdir()
    (tmp_path / "css" / "main.css").write_text("body { color: #123; }")
    ours = static_storage.CompressedManifestStaticFilesStorage(location=tmp_path)
    settings.DEBUG = False
    for _ in range(2):  # a refusal is never kept as an answer
        with pytest.raises(ValueError):
            ours.url("js/missing.js")
    assert ours.url("css/main.css") == "/static/css/main.0123abcd.css"
    # collectstatic in this process: the file is hashed afresh, the manifest rewritten
    list(ours.post_process({"css/main.css": (ours, "css/main.css")}))
    collected = ours.hashed_files["css/main.css"]
    assert collected != "css/main.0123abcd.css"
    assert ours.url("css/main.css") == f"/static/{collected}"


def test_a_name_hashed_from_disk_outside_a_lax_manifest_is_not_kept(tmp_path, settings):
    (tmp_path / "staticfiles.json").write_text(json.dumps({"version": "1.1", "paths": {}}))
    (tmp_path / "extra.css").write_text("a { color: red; }")
    ours = static_storage.CompressedManifestStaticFilesStorage(location=tmp_path)
    ours.manifest_strict = False
    settings.DEBUG = False
    first = ours.url("extra.css")
    (tmp_path / "extra.css").write_text("a { color: blue; }")
    assert ours.url("extra.css") != first  # hashed from the file again, as WhiteNoise does
