"""One CSV row of initiatives checked cell by cell (the format is in csv_format.py).

Each check reads its columns, fills the row's InitiativeRecord and reports every problem, so a
file's author sees all of them at once.
"""

from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.core.validators import URLValidator, validate_slug

from partners.models import PartnerPage
from stemhub.rich_text import clean_rich_text

from .csv_format import (
    MULTI_VALUED,
    RICH_TEXT,
    SEPARATOR,
    TRANSLATED_TEXT,
    CellError,
    per_language,
)
from .models import InitiativePage, InitiativeStatus, PartnerRole, RecordType


@dataclass
class InitiativeRecord:
    row: int
    values: dict = field(default_factory=dict)
    terms: dict = field(default_factory=dict)
    organisation: object = None
    record_type: object = None
    has_record_type: bool = False
    partners: list = field(default_factory=list)


class Lookups:
    """Everything a row may refer to, read once."""

    def __init__(self):
        self.partners = {page.slug_nl: page for page in PartnerPage.objects.all()}
        self.terms = {
            name: {term.slug: term for term in model.objects.all()}
            for name, model in MULTI_VALUED.items()
        }
        self.record_types = {term.slug: term for term in RecordType.objects.all()}


def clean_rich_text_cells(record):
    for name in RICH_TEXT:
        features = InitiativePage._meta.get_field(name).features
        for column in per_language(name):
            record.values[column] = clean_rich_text(record.values.get(column, ""), features)


def check_row(row, cells, lookups):
    """Every cell of one row, checked by the column's own check; all problems are collected."""
    errors = []
    record = InitiativeRecord(row=row)

    def error(column, message):
        errors.append(CellError(row, column, message))

    for check in ROW_CHECKS:
        check(cells, record, lookups, error)
    return record, errors


def _check_slugs(cells, record, lookups, error):
    for column in ("slug_nl", "slug_en"):
        value = cells[column].strip()
        if column == "slug_nl" and not value:
            error(column, "required")
        elif value:
            try:
                validate_slug(value)
            except ValidationError:
                error(column, "use only lower-case letters, digits and hyphens")
        record.values[column] = value
    record.values["slug_en"] = record.values["slug_en"] or record.values["slug_nl"]


def _check_titles(cells, record, lookups, error):
    record.values["title_nl"] = cells["title_nl"].strip()
    record.values["title_en"] = cells["title_en"].strip()
    if not record.values["title_nl"]:
        error("title_nl", "required")
    for column in ("title_nl", "title_en"):
        if len(record.values[column]) > 255:
            error(column, "longer than 255 characters")


def _check_texts(cells, record, lookups, error):
    for name, max_length in TRANSLATED_TEXT.items():
        for column in per_language(name):
            value = cells[column]
            if max_length and len(value) > max_length:
                error(column, f"longer than {max_length} characters")
            if "\x00" in value:
                error(column, "contains a NUL character")
            record.values[column] = value


def _look_up(column, slug, known, error, problem="unknown slug '{slug}'"):
    """The object `known` has for `slug`, or None and an error for the column."""
    found = known.get(slug)
    if found is None:
        error(column, problem.format(slug=slug))
    return found


def _check_organisation(cells, record, lookups, error):
    slug = cells["organisation"].strip()
    if slug:
        problem = "no partner with slug '{slug}'"
        record.organisation = _look_up("organisation", slug, lookups.partners, error, problem)


def _check_record_type(cells, record, lookups, error):
    if "record_type" not in cells:
        return
    record.has_record_type = True
    slug = cells["record_type"].strip()
    if slug:
        record.record_type = _look_up("record_type", slug, lookups.record_types, error)


def _check_terms(cells, record, lookups, error):
    for name in MULTI_VALUED:
        if name not in cells:
            continue
        record.terms[name] = []
        for slug in filter(None, cells[name].strip().split(SEPARATOR)):
            term = _look_up(name, slug, lookups.terms[name], error)
            if term is not None:
                record.terms[name].append(term)


def _check_year(cells, record, lookups, error):
    year = cells["year_started"].strip()
    record.values["year_started"] = None
    if year:
        if year.isdigit() and 1900 <= int(year) <= 2100:
            record.values["year_started"] = int(year)
        else:
            error("year_started", "must be a year between 1900 and 2100, or empty")


def _check_status(cells, record, lookups, error):
    status = cells["status"].strip()
    if status not in InitiativeStatus.values:
        error("status", f"must be one of {', '.join(InitiativeStatus.values)}")
    record.values["status"] = status


def _check_website(cells, record, lookups, error):
    website = cells["website"].strip()
    if website:
        try:
            URLValidator(schemes=["http", "https"])(website)
        except ValidationError:
            error("website", "not a valid http(s) address")
    record.values["website"] = website


def _check_partners(cells, record, lookups, error):
    for entry in filter(None, cells["partners"].split(SEPARATOR)):
        role, _colon, reference = entry.partition(":")
        if role not in PartnerRole.values or not reference:
            error("partners", f"'{entry}' is not role:partner-slug or role:=Name")
        elif reference.startswith("="):
            name = reference[1:].strip()
            if not name or len(name) > 200:
                error("partners", f"'{entry}' needs a name of 1 to 200 characters")
            else:
                record.partners.append((role, None, name))
        elif (partner := lookups.partners.get(reference)) is None:
            error("partners", f"no partner with slug '{reference}'")
        else:
            record.partners.append((role, partner, ""))


# Each check reads its columns from `cells`, fills `record` and reports through `error`.
ROW_CHECKS = [
    _check_slugs,
    _check_titles,
    _check_texts,
    _check_organisation,
    _check_record_type,
    _check_terms,
    _check_year,
    _check_status,
    _check_website,
    _check_partners,
]


def check_slug_conflicts(records):
    """An English slug may not belong to another initiative than the one the row updates."""
    errors = []
    by_slug_en = dict(InitiativePage.objects.values_list("slug_en", "slug_nl"))
    for record in records:
        owner = by_slug_en.get(record.values["slug_en"])
        if owner and owner != record.values["slug_nl"]:
            errors.append(
                CellError(
                    record.row,
                    "slug_en",
                    f"'{record.values['slug_en']}' already belongs to initiative '{owner}'",
                )
            )
    return errors
