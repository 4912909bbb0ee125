"""One CSV row of initiatives checked cell by cell (the format is in csv_format.py).

Each check reads its columns, fills the row's InitiativeRecord and reports every problem, so a
file's author sees all of them at once.
"""

from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.core.validators import URLValidator, validate_slug
from django.utils.translation import gettext_noop as _  # message ids, rendered when shown

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

# Problems and fixes said more than once (English message ids, shown translated).
REQUIRED = _("required")
TOO_LONG = _("longer than %(max)d characters")
SHORTEN = _("Shorten the text to at most %(max)d characters.")
UNKNOWN_SLUG = _("unknown slug '%(value)s'")
NO_PARTNER = _("no partner with slug '%(value)s'")
PARTNER_FORMAT = _(
    "Write role:partner-slug or role:=Organisation name, role lead or contributing, "
    "entries separated by |."
)


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
            name: {term.slug: term for term in model.objects.live()}
            for name, model in MULTI_VALUED.items()
        }
        self.record_types = {term.slug: term for term in RecordType.objects.live()}


def clean_rich_text_cells(record):
    for name in RICH_TEXT:
        features = InitiativePage._meta.get_field(name).features
        for column in per_language(name):
            record.values[column] = clean_rich_text(record.values.get(column, ""), features)


def check_row(row, cells, lookups):
    """Every cell of one row, checked by the column's own check; all problems are collected."""
    errors = []
    record = InitiativeRecord(row=row)

    def error(column, message, fix="", value=None, **params):
        given = cells.get(column, "") if value is None else value
        errors.append(CellError(row, column, message, given, fix, params))

    for check in ROW_CHECKS:
        check(cells, record, lookups, error)
    return record, errors


def _check_slugs(cells, record, lookups, error):
    for column in ("slug_nl", "slug_en"):
        value = cells[column].strip()
        if column == "slug_nl" and not value:
            error(column, REQUIRED, _("Fill in the Dutch web address, e.g. robotkamp-gent."))
        elif value:
            try:
                validate_slug(value)
            except ValidationError:
                error(
                    column,
                    _("use only lower-case letters, digits and hyphens"),
                    _("Write it like robotkamp-gent: no spaces, accents or other signs."),
                )
        record.values[column] = value
    record.values["slug_en"] = record.values["slug_en"] or record.values["slug_nl"]


def _check_titles(cells, record, lookups, error):
    record.values["title_nl"] = cells["title_nl"].strip()
    record.values["title_en"] = cells["title_en"].strip()
    if not record.values["title_nl"]:
        error("title_nl", REQUIRED, _("Fill in the initiative's Dutch title."))
    for column in ("title_nl", "title_en"):
        if len(record.values[column]) > 255:
            error(column, TOO_LONG, SHORTEN, max=255)


def _check_texts(cells, record, lookups, error):
    for name, max_length in TRANSLATED_TEXT.items():
        for column in per_language(name):
            value = cells[column]
            if max_length and len(value) > max_length:
                error(column, TOO_LONG, SHORTEN, max=max_length)
            if "\x00" in value:
                error(
                    column,
                    _("contains a NUL character"),
                    _("Type the text of this cell again; an invisible character slipped in."),
                )
            record.values[column] = value


def _look_up(column, slug, known, error, problem, fix, **params):
    """The object `known` has for `slug`, or None and an error (with its fix) for the column."""
    found = known.get(slug)
    if found is None:
        error(column, problem, fix, value=slug, **params)
    return found


def _check_organisation(cells, record, lookups, error):
    slug = cells["organisation"].strip()
    if slug:
        record.organisation = _look_up(
            "organisation",
            slug,
            lookups.partners,
            error,
            NO_PARTNER,
            _("Use the Dutch slug of a partner page, or leave the cell empty."),
        )


def _check_record_type(cells, record, lookups, error):
    if "record_type" not in cells:
        return
    record.has_record_type = True
    slug = cells["record_type"].strip()
    if slug:
        record.record_type = _look_up(
            "record_type",
            slug,
            lookups.record_types,
            error,
            UNKNOWN_SLUG,
            _("Use one of %(choices)s, or leave the cell empty."),
            choices=", ".join(lookups.record_types),
        )


def _check_terms(cells, record, lookups, error):
    for name in MULTI_VALUED:
        if name not in cells:
            continue
        record.terms[name] = []
        for slug in filter(None, cells[name].strip().split(SEPARATOR)):
            term = _look_up(
                name,
                slug,
                lookups.terms[name],
                error,
                UNKNOWN_SLUG,
                _("Use slugs of this vocabulary (%(choices)s), separated by | without spaces."),
                choices=", ".join(lookups.terms[name]),
            )
            if term is not None:
                record.terms[name].append(term)


def _check_year(cells, record, lookups, error):
    year = cells["year_started"].strip()
    record.values["year_started"] = None
    if year:
        if year.isdigit() and 1900 <= int(year) <= 2100:
            record.values["year_started"] = int(year)
        else:
            error(
                "year_started",
                _("must be a year between 1900 and 2100, or empty"),
                _("Write the year in four digits, e.g. 2019."),
            )


def _check_status(cells, record, lookups, error):
    status = cells["status"].strip()
    if status not in InitiativeStatus.values:
        error(
            "status",
            _("must be one of %(choices)s"),
            _("Write one of these words exactly, in lower case."),
            choices=", ".join(InitiativeStatus.values),
        )
    record.values["status"] = status


def _check_website(cells, record, lookups, error):
    website = cells["website"].strip()
    if website:
        try:
            URLValidator(schemes=["http", "https"])(website)
        except ValidationError:
            error(
                "website",
                _("not a valid http(s) address"),
                _("Write the full address starting with https://, or leave the cell empty."),
            )
    record.values["website"] = website


def _check_partners(cells, record, lookups, error):
    for entry in filter(None, cells["partners"].split(SEPARATOR)):
        role, _colon, reference = entry.partition(":")
        if role not in PartnerRole.values or not reference:
            error(
                "partners",
                _("'%(value)s' is not role:partner-slug or role:=Name"),
                PARTNER_FORMAT,
                value=entry,
            )
        elif reference.startswith("="):
            name = reference[1:].strip()
            if not name or len(name) > 200:
                error(
                    "partners",
                    _("'%(value)s' needs a name of 1 to 200 characters"),
                    PARTNER_FORMAT,
                    value=entry,
                )
            else:
                record.partners.append((role, None, name))
        elif (partner := lookups.partners.get(reference)) is None:
            error(
                "partners",
                NO_PARTNER,
                _("Use the Dutch slug of a partner page, or write role:=Name for another one."),
                value=reference,
            )
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
                    _("'%(value)s' already belongs to initiative '%(owner)s'"),
                    record.values["slug_en"],
                    _("Choose another English slug, or leave the cell empty to use slug_nl."),
                    {"owner": owner},
                )
            )
    return errors
