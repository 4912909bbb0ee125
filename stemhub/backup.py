"""Backups: the database (pg_dump, or SQLite's online backup) and the media folder, in one file.

`make backup` writes backups/stemhub-<time>.tar.gz; `make restore FILE=…` loads one into an
empty database and an empty MEDIA_ROOT. With media in a bucket, only the database is in the
archive: keep the bucket's own versioning on (see README).
"""

import io
import os
import shutil
import sqlite3
import subprocess
import tarfile
import tempfile
from pathlib import Path

from django.conf import settings
from django.db import connection

DATABASE_MEMBER = {"postgresql": "database.sql", "sqlite": "database.sqlite3"}


class BackupError(Exception):
    pass


def _pg_env(db):
    env = {**os.environ}
    if db.get("PASSWORD"):
        env["PGPASSWORD"] = db["PASSWORD"]
    return env


def _pg_args(db):
    args = ["-h", db.get("HOST") or "localhost", "-U", db.get("USER") or "postgres"]
    if db.get("PORT"):
        args += ["-p", str(db["PORT"])]
    return args + ["-d", db["NAME"]]


def dump_database(target):
    db = connection.settings_dict
    if connection.vendor == "postgresql":
        command = ["pg_dump", "--no-owner", "--no-privileges", *_pg_args(db), "-f", str(target)]
        result = subprocess.run(command, env=_pg_env(db), capture_output=True, text=True)  # noqa: S603
        if result.returncode:
            raise BackupError(f"pg_dump failed: {result.stderr.strip()}")
    elif connection.vendor == "sqlite":
        connection.ensure_connection()
        destination = sqlite3.connect(target)
        with destination:
            connection.connection.backup(destination)
        destination.close()
    else:
        raise BackupError(f"No backup for the {connection.vendor} database")
    return DATABASE_MEMBER[connection.vendor]


def media_is_local():
    return settings.STORAGES["default"]["BACKEND"].endswith("FileSystemStorage")


def backup(output_dir, stamp):
    output = Path(output_dir) / f"stemhub-{stamp}.tar.gz"
    output.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as workdir:
        dump = Path(workdir) / "database"
        member = dump_database(dump)
        with tarfile.open(output, "w:gz") as archive:
            archive.add(dump, arcname=member)
            media = Path(settings.MEDIA_ROOT)
            if media_is_local() and media.exists():
                archive.add(media, arcname="media")
            info = tarfile.TarInfo("BACKUP")
            text = f"stemhub backup {stamp}\ndatabase: {connection.vendor}\n".encode()
            info.size = len(text)
            archive.addfile(info, io.BytesIO(text))
    return output


def database_is_empty():
    return not connection.introspection.table_names()


def restore(archive_path):
    if not database_is_empty():
        raise BackupError("The database is not empty: restore only into an empty database.")
    media = Path(settings.MEDIA_ROOT)
    if media_is_local() and media.exists() and any(media.iterdir()):
        raise BackupError(f"MEDIA_ROOT ({media}) is not empty: restore only into an empty one.")
    member = DATABASE_MEMBER.get(connection.vendor)
    if member is None:
        raise BackupError(f"No restore for the {connection.vendor} database")
    with tempfile.TemporaryDirectory() as workdir, tarfile.open(archive_path, "r:gz") as archive:
        names = archive.getnames()
        if member not in names:
            raise BackupError(f"This backup holds no {member} (made from another database?)")
        archive.extractall(workdir, filter="data")
        load_database(Path(workdir) / member)
        if media_is_local() and (Path(workdir) / "media").exists():
            shutil.copytree(Path(workdir) / "media", media, dirs_exist_ok=True)


def load_database(dump):
    db = connection.settings_dict
    if connection.vendor == "postgresql":
        command = ["psql", "-q", "-v", "ON_ERROR_STOP=1", *_pg_args(db), "-f", str(dump)]
        result = subprocess.run(command, env=_pg_env(db), capture_output=True, text=True)  # noqa: S603
        if result.returncode:
            raise BackupError(f"psql failed: {result.stderr.strip()[-2000:]}")
    else:
        connection.ensure_connection()
        source = sqlite3.connect(dump)
        with source:
            source.backup(connection.connection)
        source.close()
