"""`manage.py backup` / `restore` (make backup / make restore): restoring into an empty
database and media folder gives the same pages and files. Runs manage.py in subprocesses on
throwaway SQLite files, as an operator would."""

import json
import os
import subprocess
import sys
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent.parent

PAGES_SCRIPT = """
import json, django
django.setup()
from django.test import Client
from wagtail.models import Page
from wagtail.images import get_image_model
pages = sorted(
    [p.url_path, p.title_nl, p.title_en, p.live, p.specific_class.__name__]
    for p in Page.objects.all()
)
images = sorted(i.file.name for i in get_image_model().objects.all())
client = Client()
statuses = {url: client.get(url).status_code for url in ("/nl/", "/en/", "/nl/videos/")}
print(json.dumps({"pages": pages, "images": images, "statuses": statuses}))
"""


def env_for(tmp_path, name):
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "stemhub.settings.dev",
        "DEBUG": "false",
        "ALLOWED_HOSTS": "testserver",
        "DATABASE_URL": f"sqlite:///{tmp_path / name}.sqlite3",
        "MEDIA_ROOT": str(tmp_path / f"{name}-media"),
        "LOG_LEVEL": "ERROR",
    }


def manage(env, *args):
    result = subprocess.run(  # noqa: S603
        [sys.executable, "manage.py", *args],
        cwd=BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    return result.stdout


def site_state(env):
    result = subprocess.run(  # noqa: S603
        [sys.executable, "-c", PAGES_SCRIPT],
        cwd=BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=True,
    )
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_restore_into_an_empty_database_gives_the_same_pages(tmp_path):
    source = env_for(tmp_path, "source")
    manage(source, "migrate", "--noinput", "-v0")
    manage(source, "update_translation_fields")
    manage(source, "set_translation_url_paths")
    manage(source, "load_demo", "--no-admin")
    Path(source["MEDIA_ROOT"], "original_images").mkdir(parents=True, exist_ok=True)
    Path(source["MEDIA_ROOT"], "original_images", "kept.txt").write_text("media survive")
    archive = manage(source, "backup", "--output", str(tmp_path / "backups")).strip()
    assert archive.endswith(".tar.gz") and Path(archive).exists()

    target = env_for(tmp_path, "target")
    manage(target, "restore", archive)
    before, after = site_state(source), site_state(target)
    assert len(after["pages"]) > 10
    assert after == before
    assert set(after["statuses"].values()) == {200}
    restored = Path(target["MEDIA_ROOT"], "original_images", "kept.txt")
    assert restored.read_text() == "media survive"

    # A second restore refuses to overwrite what is there now.
    result = subprocess.run(  # noqa: S603
        [sys.executable, "manage.py", "restore", archive],
        cwd=BASE_DIR,
        env=target,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode != 0
    assert "not empty" in result.stderr
