"""Reading the demo data files in `demo/` (YAML), each checked against its schema."""

from functools import lru_cache
from pathlib import Path

import yaml
from django.conf import settings

from .schema import DemoDataError, Where, key_of


def demo_dir():
    return Path(getattr(settings, "STEMHUB_DEMO_DIR", settings.BASE_DIR / "demo"))


class DemoFiles:
    """The data files of one run: each file is read and validated once, on first use.

    `schemas` maps a file name to the schema its content must match (see schema.py).
    """

    def __init__(self, schemas, directory=None):
        self.schemas = dict(schemas)
        self.directory = Path(directory) if directory else demo_dir()
        self._clean = {}

    def __getitem__(self, name):
        if name not in self._clean:
            self._clean[name] = self._read(name)
        return self._clean[name]

    def validate_all(self):
        for name in self.schemas:
            self[name]

    def keys(self, name, list_name, key):
        """The keys (e.g. slugs) of the records in one list of a file, for references."""
        records = self.raw(name).get(list_name) or []
        return {key_of(record, key) for record in records}

    def raw(self, name):
        path = self.directory / name
        if not path.exists():
            Where(name).fail(f"the file is missing from {self.directory}")
        return _parse(name, path, path.stat().st_mtime_ns)

    def _read(self, name):
        if name not in self.schemas:
            raise DemoDataError(f"demo/{name}: no app registers this file (DEMO_FILES)")
        return self.schemas[name](self.raw(name), Where(name), self)


@lru_cache(maxsize=64)
def _parse(name, path, mtime_ns):
    """One file's YAML, read again only when the file changed (tests build many trees)."""
    where = Where(name)
    try:
        content = yaml.load(path.read_text(encoding="utf-8"), Loader=_LOADER)  # noqa: S506 - a safe loader
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        line = f" near line {mark.line + 1}" if mark else ""
        problem = getattr(error, "problem", None) or str(error)
        raise DemoDataError(f"{where}: not valid YAML{line} ({problem})") from error
    if not isinstance(content, dict):
        where.fail("expected named sections (name: …) at the top of the file")
    return content


_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
