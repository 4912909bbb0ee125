"""The initiatives' CSV exchange format (`manage.py export_initiatives` / `import_initiatives`).

File
    UTF-8 (a leading byte-order mark is accepted on import, never written), comma-separated,
    fields quoted when needed (RFC 4180, CRLF line ends), one header row with exactly the columns
    below, in any order on import and in this order on export; one initiative per row.

Columns
    One column per field and language: ``title_nl``, ``title_en``, ``summary_nl`` … A field
    without a language suffix is the same in both languages.

    ============================  ==========================================================
    slug_nl                       required; the initiative's key: a row whose ``slug_nl``
                                  exists updates that initiative, otherwise one is created
    slug_en                       the English web address; empty means "same as slug_nl"
    title_nl / title_en           title_nl required
    record_type                   the slug of one record type (``initiative``, ``programme``,
                                  ``study``, ``network``, ``event``) or empty
    organisation                  the Dutch slug of a partner page (e.g. ``csr-europe``) or empty
    source_author_nl/_en, country_nl/_en, summary_nl/_en, abstract_nl/_en, budget_nl/_en
                                  plain text (line breaks allowed inside a quoted cell)
    description_nl/_en, kpis_nl/_en, strategy_nl/_en, impact_nl/_en, reach_nl/_en
                                  rich text as Wagtail stores it (HTML such as ``<p>…</p>``)
    regions, languages, target_groups, education_levels, sectors
                                  multi-valued: slugs separated by ``|`` without spaces,
                                  e.g. ``antwerpen|limburg``; empty for none. languages
                                  are language codes (``nl|en``)
    year_started                  a year such as ``2019``, or empty
    status                        ``planned``, ``running`` or ``ended``
    website                       a full URL (``https://…``) or empty
    partners                      ordered list separated by ``|``; each entry is
                                  ``role:partner-slug`` for a partner page, or
                                  ``role:=Organisation name`` for an organisation without one;
                                  role is ``lead`` or ``contributing``.
                                  Example: ``lead:csr-europe|contributing:=Huawei``
    ============================  ==========================================================

    Vocabulary slugs are those of the Region, Language, TargetGroup, EducationLevel, Sector and
    RecordType snippets. ``record_type`` and ``languages`` came later: a file made before them
    (without these two columns) is still imported and leaves them as they are.

Formulas
    Spreadsheet programs run a cell that starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage
    return as a formula. Export therefore writes such a cell with one ``'`` in front, and also a
    cell that itself starts with ``'``; import removes exactly one leading ``'`` from every cell.
    So ``=SUM(A1)`` is written ``'=SUM(A1)``, ``'quoted`` is written ``''quoted``, and both read
    back unchanged. A file made by hand must follow the same rule.

Rich text
    Rich-text cells are cleaned on import to what the page editor itself may store for that field
    (``stemhub.rich_text``): scripts, event attributes, ``javascript:`` links and tags the field
    does not offer are dropped. Content written by the editor passes unchanged.

Import
    The file must be UTF-8 without NUL bytes; otherwise one line says where it is not, and nothing
    is imported. The whole file is checked first; every problem is reported as
    ``row N, column C: message`` (the header is row 1). Only a file without any problem is
    imported, in one transaction: all rows or none. Every imported initiative is saved as a new
    revision and published. Images (logo or photo) are not part of the file and are left as
    they are.

Export
    Every initiative, sorted by ``slug_nl``; multi-valued cells in the vocabulary's own order.
    Exporting, importing that file and exporting again gives the same bytes.
"""

import csv
import io
from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.core.validators import URLValidator, validate_slug
from django.db import transaction
from django.utils import translation

from partners.models import PartnerPage
from stemhub.rich_text import clean_rich_text
from taxonomy.models import Sector

from .models import (
    EducationLevel,
    InitiativeIndexPage,
    InitiativePage,
    InitiativePartner,
    InitiativeStatus,
    Language,
    PartnerRole,
    RecordType,
    Region,
    TargetGroup,
)
from .translation import initiative_texts

LANGUAGES = ("nl", "en")
# field: maximum length (None: unlimited)
TRANSLATED_TEXT = {field.name: field.max_length for field in initiative_texts()}
RICH_TEXT = ("description", "kpis", "strategy", "impact", "reach")
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
QUOTE = "'"
MULTI_VALUED = {
    "regions": Region,
    "languages": Language,
    "target_groups": TargetGroup,
    "education_levels": EducationLevel,
    "sectors": Sector,
}
SEPARATOR = "|"
# Columns added after the format was first published: a file without them is still accepted.
OPTIONAL_COLUMNS = ("record_type", "languages")


def _per_language(name):
    return [f"{name}_{language}" for language in LANGUAGES]


COLUMNS = [
    *_per_language("slug"),
    *_per_language("title"),
    "record_type",
    "organisation",
    *_per_language("source_author"),
    *_per_language("country"),
    "regions",
    "languages",
    *_per_language("summary"),
    *_per_language("abstract"),
    *_per_language("description"),
    *_per_language("kpis"),
    *_per_language("strategy"),
    "education_levels",
    "target_groups",
    "sectors",
    *_per_language("impact"),
    *_per_language("reach"),
    *_per_language("budget"),
    "year_started",
    "status",
    "website",
    "partners",
]


# Export ----------------------------------------------------------------------------------------


def export_csv(stream):
    """Write every initiative to the text stream `stream`; returns the number of rows."""
    writer = csv.writer(stream, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    pages = (
        InitiativePage.objects.select_related("organisation", "record_type")
        .prefetch_related(*MULTI_VALUED, "partners__partner")
        .order_by("slug_nl")
    )
    count = 0
    for page in pages:
        writer.writerow([protect_formula(_export_value(page, column)) for column in COLUMNS])
        count += 1
    return count


def _export_value(page, column):
    if column == "organisation":
        return page.organisation.slug_nl if page.organisation else ""
    if column == "record_type":
        return page.record_type.slug if page.record_type else ""
    if column in MULTI_VALUED:
        terms = sorted(getattr(page, column).all(), key=lambda term: (term.sort_order, term.slug))
        return SEPARATOR.join(term.slug for term in terms)
    if column == "year_started":
        return "" if page.year_started is None else str(page.year_started)
    if column == "partners":
        return SEPARATOR.join(
            f"{link.role}:{link.partner.slug_nl}" if link.partner else f"{link.role}:={link.name}"
            for link in page.partners.all()
        )
    value = getattr(page, column)
    return "" if value is None else str(value)


def protect_formula(text):
    """A cell a spreadsheet will show as text; `unprotect_formula` gives the value back."""
    if text.startswith((*FORMULA_STARTS, QUOTE)):
        return QUOTE + text
    return text


def unprotect_formula(text):
    return text[1:] if text.startswith(QUOTE) else text


# Import ----------------------------------------------------------------------------------------


@dataclass
class CellError:
    row: int
    column: str
    message: str

    def __str__(self):
        return f"row {self.row}, column {self.column}: {self.message}"


@dataclass
class InitiativeRecord:
    row: int
    values: dict = field(default_factory=dict)
    terms: dict = field(default_factory=dict)
    organisation: object = None
    record_type: object = None
    has_record_type: bool = False
    partners: list = field(default_factory=list)


class ImportFailed(Exception):
    def __init__(self, errors):
        self.errors = errors
        super().__init__("\n".join(str(error) for error in errors))


class Lookups:
    """Everything a row may refer to, read once."""

    def __init__(self):
        self.partners = {page.slug_nl: page for page in PartnerPage.objects.all()}
        self.terms = {
            name: {term.slug: term for term in model.objects.all()}
            for name, model in MULTI_VALUED.items()
        }
        self.record_types = {term.slug: term for term in RecordType.objects.all()}


def read_records(text):
    """Parse and check the whole file; raise ImportFailed with every problem found."""
    if text.startswith("\ufeff"):
        text = text[1:]
    _check_no_nul(text)
    reader = csv.reader(io.StringIO(text, newline=""))
    errors = []
    try:
        header = next(reader)
    except StopIteration:
        raise ImportFailed([CellError(1, "-", "the file is empty")]) from None
    except csv.Error as error:
        raise ImportFailed([CellError(1, "-", f"not a valid CSV file ({error})")]) from None
    missing = [
        column for column in COLUMNS if column not in header and column not in OPTIONAL_COLUMNS
    ]
    unknown = [column for column in header if column not in COLUMNS]
    errors += [CellError(1, column, "this column is missing") for column in missing]
    errors += [CellError(1, column or "(empty)", "unknown column") for column in unknown]
    duplicates = {column for column in header if header.count(column) > 1}
    errors += [CellError(1, column, "this column appears twice") for column in duplicates]
    if errors:
        raise ImportFailed(errors)

    lookups = Lookups()
    records = []
    seen = {"slug_nl": {}, "slug_en": {}}
    row_number = 1
    try:
        for row_number, row in enumerate(reader, start=2):  # noqa: B007 - used after the loop
            if not any(cell.strip() for cell in row):
                continue
            if len(row) != len(header):
                errors.append(
                    CellError(
                        row_number,
                        "-",
                        f"expected {len(header)} cells, found {len(row)}",
                    )
                )
                continue
            cells = dict(zip(header, map(unprotect_formula, row), strict=True))
            record, row_errors = _check_row(row_number, cells, lookups)
            _clean_rich_text(record)
            errors += row_errors
            for key in ("slug_nl", "slug_en"):
                value = record.values.get(key)
                if value and value in seen[key]:
                    errors.append(
                        CellError(
                            row_number, key, f"'{value}' is also used in row {seen[key][value]}"
                        )
                    )
                elif value:
                    seen[key][value] = row_number
            records.append(record)
    except csv.Error as error:
        errors.append(CellError(row_number + 1, "-", f"not valid CSV ({error})"))
    errors += _check_slug_conflicts(records)
    if errors:
        raise ImportFailed(errors)
    return records


def _check_no_nul(text):
    """A NUL byte is never text: refuse the file in one line, naming where the first one is."""
    position = text.find("\x00")
    if position >= 0:
        line = text.count("\n", 0, position) + 1
        raise ImportFailed([CellError(line, "-", "the file contains a NUL byte; it is not text")])


def _clean_rich_text(record):
    for name in RICH_TEXT:
        features = InitiativePage._meta.get_field(name).features
        for column in _per_language(name):
            record.values[column] = clean_rich_text(record.values.get(column, ""), features)


def _check_row(row, cells, lookups):
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
        for column in _per_language(name):
            value = cells[column]
            if max_length and len(value) > max_length:
                error(column, f"longer than {max_length} characters")
            if "\x00" in value:
                error(column, "contains a NUL character")
            record.values[column] = value


def _check_organisation(cells, record, lookups, error):
    slug = cells["organisation"].strip()
    if slug:
        record.organisation = lookups.partners.get(slug)
        if record.organisation is None:
            error("organisation", f"no partner with slug '{slug}'")


def _check_record_type(cells, record, lookups, error):
    if "record_type" not in cells:
        return
    record.has_record_type = True
    slug = cells["record_type"].strip()
    if slug:
        record.record_type = lookups.record_types.get(slug)
        if record.record_type is None:
            error("record_type", f"unknown slug '{slug}'")


def _check_terms(cells, record, lookups, error):
    for name in MULTI_VALUED:
        if name not in cells:
            continue
        record.terms[name] = []
        for slug in filter(None, cells[name].strip().split(SEPARATOR)):
            term = lookups.terms[name].get(slug)
            if term is None:
                error(name, f"unknown slug '{slug}'")
            else:
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


def _check_slug_conflicts(records):
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


def import_records(records):
    """Create or update (by slug_nl) and publish every record, all in one transaction."""
    index = InitiativeIndexPage.objects.first()
    if index is None:
        raise ImportFailed(
            [CellError(1, "-", "there is no initiative overview page to import into")]
        )
    created = updated = 0
    with translation.override("nl"), transaction.atomic():
        existing = {page.slug_nl: page for page in InitiativePage.objects.all()}
        for record in records:
            page = existing.get(record.values["slug_nl"])
            is_new = page is None
            if is_new:
                page = InitiativePage()
            _apply(page, record)
            if is_new:
                index.add_child(instance=page)
                created += 1
            else:
                page.save()
                updated += 1
            page.save_revision().publish()
    return created, updated


def _apply(page, record):
    values = record.values
    page.title = values["title_nl"]
    page.slug = values["slug_nl"]
    for name in ("slug", "title", *TRANSLATED_TEXT):
        for language in LANGUAGES:
            column = f"{name}_{language}"
            setattr(page, column, values[column])
    for name in TRANSLATED_TEXT:
        setattr(page, name, values[f"{name}_nl"])
    page.organisation = record.organisation
    if record.has_record_type:
        page.record_type = record.record_type
    page.year_started = values["year_started"]
    page.status = values["status"]
    page.website = values["website"]
    for name, terms in record.terms.items():
        getattr(page, name).set(terms)
    page.partners = [
        InitiativePartner(role=role, partner=partner, name=name, sort_order=order)
        for order, (role, partner, name) in enumerate(record.partners)
    ]
