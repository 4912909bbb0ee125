"""The privacy and accessibility statements (demo/statements.yaml): created below the home page
once, linked from the footer. Their periods and cookie facts come from the settings."""

from datetime import date

from stemhub.models import AccessibilityPage, PrivacyPage

from .pages import add_child_page
from .schema import Choice, Integer, ListOf, Mapping, Slug, Text, Translated, Validator


class Date(Validator):
    """A date written as '2026-11-30' (quoted or not)."""

    def __call__(self, value, where, files):
        if isinstance(value, date):
            return value
        try:
            return date.fromisoformat(str(value))
        except ValueError:
            where.fail(f"{value!r} is not a date like 2026-11-30")


PRIVACY_BLOCKS = ["section", "retention", "cookies", "contact"]
ACCESSIBILITY_BLOCKS = ["section", "status", "measured", "drawn_up", "contact"]
MEASURED = ("checked_on", "tool", "pages", "page_types", "rules", "violations")


def block_schema(types):
    return Mapping(
        {
            "type": Choice(types),
            "heading": Text(),
            "text": Text().optional(),
            "checked_on": Date().optional(),
            "tool": Text().optional(),
            "pages": Integer(minimum=0).optional(),
            "page_types": Integer(minimum=0).optional(),
            "rules": Integer(minimum=0).optional(),
            "violations": Integer(minimum=0).optional(),
        }
    )


def page_schema(types, **fields):
    return Mapping(
        {
            "slug": Translated(Slug()),
            "title": Translated(),
            "intro": Translated(),
            "contact_email": Text(),
            "updated_on": Date(),
            **fields,
            "body": Mapping({"nl": ListOf(block_schema(types)), "en": ListOf(block_schema(types))}),
        }
    )


STATEMENTS_FILE = Mapping(
    {
        "privacy": page_schema(PRIVACY_BLOCKS),
        "accessibility": page_schema(
            ACCESSIBILITY_BLOCKS,
            conformance=Choice([choice.value for choice in AccessibilityPage.Conformance]),
            method=Choice([choice.value for choice in AccessibilityPage.Method]),
            drawn_up_on=Date(),
        ),
    }
)


def _stream(blocks):
    stream = []
    for block in blocks:
        value = {"heading": block["heading"], "text": block.get("text", "")}
        if block["type"] == "measured":
            value.update({name: block[name] for name in MEASURED})
            value["checked_on"] = value["checked_on"].isoformat()
        stream.append({"type": block["type"], "value": value})
    return stream


def _add(context, model, record, **fields):
    page, created = add_child_page(
        context.home,
        model,
        record["slug"],
        record["title"],
        intro={language: f"<p>{text}</p>" for language, text in record["intro"].items()},
        contact_email=record["contact_email"],
        updated_on=record["updated_on"],
        body={"nl": _stream(record["body"]["nl"]), "en": _stream(record["body"]["en"])},
        **fields,
    )
    if created:
        context.count("statements")
    return page


def load_statements(context):
    records = context.files["statements.yaml"]
    privacy = _add(context, PrivacyPage, records["privacy"])
    accessibility = records["accessibility"]
    statement = _add(
        context,
        AccessibilityPage,
        accessibility,
        conformance=accessibility["conformance"],
        method=accessibility["method"],
        drawn_up_on=accessibility["drawn_up_on"],
    )
    return privacy, statement
