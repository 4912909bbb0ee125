"""Find media files no record refers to, and temporary uploads a killed request left behind.

A file counts as referenced when any model's FileField (images, renditions, documents,
worksheets, posters, uploaded videos) holds its name. Only files older than the grace period
are ever reported, so an upload that is being stored right now is never touched.
"""

import time
from dataclasses import dataclass
from pathlib import Path

from django.apps import apps
from django.conf import settings
from django.core.files.storage import default_storage
from django.db import models


@dataclass(frozen=True)
class Orphan:
    where: str  # "media" or "upload-temp"
    name: str
    size: int
    age_hours: float


def referenced_names():
    names = set()
    for model in apps.get_models():
        fields = model._meta.concrete_fields
        file_fields = [f.name for f in fields if isinstance(f, models.FileField)]
        for field in file_fields:
            names.update(
                model._default_manager.exclude(**{field: ""})
                .exclude(**{f"{field}__isnull": True})
                .values_list(field, flat=True)
            )
    return names


def walk(storage, folder=""):
    directories, files = storage.listdir(folder)
    for name in files:
        yield f"{folder}/{name}" if folder else name
    for directory in directories:
        yield from walk(storage, f"{folder}/{directory}" if folder else directory)


def media_orphans(grace_hours, storage=default_storage, now=None):
    now = now or time.time()
    referenced = referenced_names()
    try:
        names = list(walk(storage))
    except FileNotFoundError:
        return []
    found = []
    for name in sorted(names):
        if name in referenced:
            continue
        age = (now - storage.get_modified_time(name).timestamp()) / 3600
        if age >= grace_hours:
            found.append(Orphan("media", name, storage.size(name), age))
    return found


def temp_upload_orphans(grace_hours, now=None):
    now = now or time.time()
    folder = settings.FILE_UPLOAD_TEMP_DIR
    if not folder or not Path(folder).is_dir():
        return []
    found = []
    for path in sorted(Path(folder).iterdir()):
        if path.is_file() and ".upload" in path.name:
            stat = path.stat()
            age = (now - stat.st_mtime) / 3600
            if age >= grace_hours:
                found.append(Orphan("upload-temp", str(path), stat.st_size, age))
    return found


def delete(orphan, storage=default_storage):
    if orphan.where == "media":
        storage.delete(orphan.name)
    else:
        Path(orphan.name).unlink(missing_ok=True)
