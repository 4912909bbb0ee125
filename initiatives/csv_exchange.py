"""Whole CSV files of initiatives: export, read-and-check, import (format: csv_format.py)."""

import csv
import io

from django.db import transaction
from django.utils import translation
from django.utils.translation import gettext_noop as _  # message ids, rendered when shown

from .csv_format import (
    COLUMNS,
    LANGUAGES,
    MULTI_VALUED,
    OPTIONAL_COLUMNS,
    SEPARATOR,
    TRANSLATED_TEXT,
    CellError,
    ImportFailed,
    protect_formula,
    unprotect_formula,
)
from .csv_rows import Lookups, check_row, check_slug_conflicts, clean_rich_text_cells
from .models import InitiativeIndexPage, InitiativePage, InitiativePartner

SAVE_AS_CSV = _("Save the file again as “CSV UTF-8 (comma-separated)” in your spreadsheet program.")
START_FROM_EXPORT = _("Start from the export (Initiatives → CSV) and add your rows to it.")
UNKNOWN_COLUMN_FIX = _(
    "Correct the column's name or remove the column; the export has every column."
)

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


# Import ----------------------------------------------------------------------------------------


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
        raise ImportFailed(
            [CellError(1, "-", _("the file is empty"), fix=START_FROM_EXPORT)]
        ) from None
    except csv.Error as error:
        raise ImportFailed(
            [CellError(1, "-", _("not a valid CSV file (%(value)s)"), str(error), SAVE_AS_CSV)]
        ) from None
    missing = [
        column for column in COLUMNS if column not in header and column not in OPTIONAL_COLUMNS
    ]
    unknown = [column for column in header if column not in COLUMNS]
    errors += [
        CellError(1, column, _("this column is missing"), fix=_("Add it to the first row."))
        for column in missing
    ]
    errors += [
        CellError(1, column or "(empty)", _("unknown column"), column, UNKNOWN_COLUMN_FIX)
        for column in unknown
    ]
    duplicates = {column for column in header if header.count(column) > 1}
    errors += [
        CellError(1, column, _("this column appears twice"), column, _("Keep one of the two."))
        for column in duplicates
    ]
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
                        _("expected %(expected)d cells, found %(found)d"),
                        fix=_(
                            "Look for a missing or extra comma, or a quote that is not closed, "
                            "in this row."
                        ),
                        params={"expected": len(header), "found": len(row)},
                    )
                )
                continue
            cells = dict(zip(header, map(unprotect_formula, row), strict=True))
            record, row_errors = check_row(row_number, cells, lookups)
            clean_rich_text_cells(record)
            errors += row_errors
            for key in ("slug_nl", "slug_en"):
                value = record.values.get(key)
                if value and value in seen[key]:
                    errors.append(
                        CellError(
                            row_number,
                            key,
                            _("'%(value)s' is also used in row %(other)d"),
                            value,
                            _("Every initiative needs its own slug: change one of the two."),
                            {"other": seen[key][value]},
                        )
                    )
                elif value:
                    seen[key][value] = row_number
            records.append(record)
    except csv.Error as error:
        errors.append(
            CellError(row_number + 1, "-", _("not valid CSV (%(value)s)"), str(error), SAVE_AS_CSV)
        )
    errors += check_slug_conflicts(records)
    if errors:
        raise ImportFailed(errors)
    return records


def _check_no_nul(text):
    """A NUL byte is never text: refuse the file in one line, naming where the first one is."""
    position = text.find("\x00")
    if position >= 0:
        line = text.count("\n", 0, position) + 1
        raise ImportFailed(
            [
                CellError(
                    line, "-", _("the file contains a NUL byte; it is not text"), fix=SAVE_AS_CSV
                )
            ]
        )


def import_records(records):
    """Create or update (by slug_nl) and publish every record, all in one transaction."""
    index = InitiativeIndexPage.objects.first()
    if index is None:
        raise ImportFailed(
            [
                CellError(
                    1,
                    "-",
                    _("there is no initiative overview page to import into"),
                    fix=_("Create the initiatives overview page under the home page first."),
                )
            ]
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
