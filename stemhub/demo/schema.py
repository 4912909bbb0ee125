"""What a demo data file may hold: small validators that name the file and record at fault.

A schema is a `Mapping` of field names to validators. Each validator returns the clean value or
raises `DemoDataError` saying where (file, record, field) and what is wrong, in words an editor
who never reads Python understands.
"""

import re

SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
LANGUAGES = ("nl", "en")


class DemoDataError(Exception):
    """A demo data file that cannot be loaded; the message says where and why."""


class Where:
    """A position in a data file: `demo/videos.yaml, videos[3] 'zonnecellen-maken', title`."""

    def __init__(self, file, parts=()):
        self.file = file
        self.parts = tuple(parts)

    def __truediv__(self, part):
        return Where(self.file, (*self.parts, str(part)))

    def __str__(self):
        return ", ".join((f"demo/{self.file}", *self.parts)) if self.parts else f"demo/{self.file}"

    def fail(self, problem):
        raise DemoDataError(f"{self}: {problem}")


class Validator:
    required = True

    def optional(self):
        clone = type(self).__new__(type(self))
        clone.__dict__.update(self.__dict__)
        clone.required = False
        return clone

    def __call__(self, value, where, files):
        raise NotImplementedError


class Text(Validator):
    """A non-empty piece of text (numbers are read as their text)."""

    def __call__(self, value, where, files):
        if isinstance(value, bool) or not isinstance(value, str | int | float):
            where.fail(f"expected a text, found {_describe(value)}")
        value = str(value).strip()
        if not value:
            where.fail("is empty")
        return value


class Slug(Validator):
    def __call__(self, value, where, files):
        if not isinstance(value, str) or not SLUG.match(value):
            where.fail(
                f"{value!r} is not a slug (small letters, digits and single hyphens, "
                "e.g. 'zonnecellen-maken')"
            )
        return value


class Integer(Validator):
    def __init__(self, minimum=None, maximum=None):
        self.minimum, self.maximum = minimum, maximum

    def __call__(self, value, where, files):
        if isinstance(value, bool) or not isinstance(value, int):
            where.fail(f"expected a whole number, found {_describe(value)}")
        if self.minimum is not None and value < self.minimum:
            where.fail(f"{value} is below the smallest allowed value, {self.minimum}")
        if self.maximum is not None and value > self.maximum:
            where.fail(f"{value} is above the largest allowed value, {self.maximum}")
        return value


class Choice(Validator):
    def __init__(self, choices):
        self.choices = tuple(choices)

    def __call__(self, value, where, files):
        if value not in self.choices:
            where.fail(f"{value!r} is not one of: {', '.join(map(str, self.choices))}")
        return value


class Colour(Validator):
    """Red, green and blue from 0 to 255: [29, 107, 58]."""

    def __call__(self, value, where, files):
        if not (
            isinstance(value, list)
            and len(value) == 3
            and all(isinstance(c, int) and 0 <= c <= 255 for c in value)
        ):
            where.fail(f"expected a colour as [red, green, blue] from 0 to 255, found {value!r}")
        return tuple(value)


class ListOf(Validator):
    def __init__(self, item, allow_empty=False):
        self.item, self.allow_empty = item, allow_empty

    def __call__(self, value, where, files):
        if value is None and self.allow_empty:
            return []
        if not isinstance(value, list):
            where.fail(f"expected a list, found {_describe(value)}")
        if not value and not self.allow_empty:
            where.fail("the list is empty")
        return [self.item(item, where / f"item {n}", files) for n, item in enumerate(value, 1)]


class Translated(Validator):
    """The same field in Dutch and English side by side: `{nl: …, en: …}`."""

    def __init__(self, inner=None):
        self.inner = inner or Text()

    def __call__(self, value, where, files):
        if not isinstance(value, dict):
            where.fail(f"needs a Dutch and an English text (nl: … and en: …), found {value!r}")
        missing = [language for language in LANGUAGES if language not in value]
        if missing:
            where.fail(f"the {' and '.join(_LANGUAGE_NAMES[m] for m in missing)} text is missing")
        extra = sorted(set(value) - set(LANGUAGES))
        if extra:
            where.fail(f"unknown language {', '.join(extra)} (only nl and en)")
        return {
            language: self.inner(value[language], where / language, files) for language in LANGUAGES
        }


_LANGUAGE_NAMES = {"nl": "Dutch (nl)", "en": "English (en)"}


class Mapping(Validator):
    """Named fields; unknown names are refused so that a typo never goes unnoticed."""

    def __init__(self, fields, name_by=None):
        self.fields = fields
        self.name_by = name_by  # how a record is named in messages, e.g. "slug" or "code"

    def __call__(self, value, where, files):
        if not isinstance(value, dict):
            where.fail(f"expected named fields (name: value), found {_describe(value)}")
        unknown = sorted(set(value) - set(self.fields))
        if unknown:
            where.fail(
                f"unknown field {', '.join(map(repr, unknown))}; allowed: {', '.join(self.fields)}"
            )
        clean = {}
        for name, validator in self.fields.items():
            raw = value.get(name)
            if raw is None or raw == "":
                if isinstance(validator, ListOf) and validator.allow_empty:
                    clean[name] = []
                elif validator.required:
                    where.fail(f"the field {name!r} is missing")
                continue
            clean[name] = validator(raw, where / name, files)
        return clean


class Records(ListOf):
    """A list of records, each named in messages by its key: `videos[3] 'zonnecellen-maken'`."""

    def __init__(self, mapping, key):
        super().__init__(mapping)
        self.key = key

    def __call__(self, value, where, files):
        if not isinstance(value, list) or not value:
            where.fail("expected a list of records")
        clean, seen = [], set()
        for number, record in enumerate(value, 1):
            key = key_of(record, self.key)
            at = Where(where.file, (*where.parts[:-1], f"{where.parts[-1]}[{number}]"))
            at = at / repr(key) if key else at
            item = self.item(record, at, files)
            if key in seen:
                at.fail(f"{self.key} {key!r} is used twice")
            seen.add(key)
            clean.append(item)
        return clean


class Ref(Validator):
    """A key of a record in another data file, e.g. a sector slug from sectors.yaml."""

    def __init__(self, *sources):
        self.sources = sources  # (file, list name, key path) triples

    def __call__(self, value, where, files):
        for file, list_name, key in self.sources:
            if value in files.keys(file, list_name, key):
                return value
        names = " or ".join(f"demo/{file}" for file, _, _ in self.sources)
        where.fail(f"{value!r} is not in {names}")


def key_of(record, path):
    """The value at a dotted path of a record ('slug.nl'), when it is a text or number."""
    value = record if isinstance(record, dict) else {}
    for part in path.split("."):
        value = value.get(part) if isinstance(value, dict) else None
    return value if isinstance(value, str | int) else None


def _describe(value):
    if value is None:
        return "nothing"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "named fields"
    return repr(value)
