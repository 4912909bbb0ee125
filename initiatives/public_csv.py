"""The browse's open-data download: the current filtered list, in the visitor's language."""

import csv

from django.utils.translation import gettext as _

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
# Excel only reads a CSV as UTF-8 (accents intact) when it starts with a byte-order mark.
BYTE_ORDER_MARK = "\ufeff"


def safe_cell(value):
    """Stop spreadsheet programs from running a cell as a formula (CSV injection)."""
    text = "" if value is None else str(value)
    if text.startswith(FORMULA_STARTS):
        return "'" + text
    return text


def _names(items):
    return "; ".join(str(item) for item in items)


def write_public_csv(stream, initiatives, request, delimiter=","):
    """Comma-separated by default; `delimiter=";"` for Excel set to Belgian (Dutch) regional
    settings, which opens a comma-separated file as one column."""
    stream.write(BYTE_ORDER_MARK)
    writer = csv.writer(stream, delimiter=delimiter)
    writer.writerow(
        [
            _("Name"),
            _("Web address"),
            _("Organisation"),
            _("Short summary"),
            _("Region"),
            _("Target group"),
            _("Education level"),
            _("Sector or theme"),
            _("Status"),
            _("Year started"),
            _("Website"),
            # Added later, so at the end: a script that reads the first columns keeps working.
            _("Type"),
            _("Country"),
            _("Language"),
        ]
    )
    for initiative in initiatives:
        writer.writerow(
            [
                safe_cell(value)
                for value in (
                    initiative.title,
                    initiative.get_full_url(request),
                    initiative.organisation.title if initiative.organisation else "",
                    initiative.summary,
                    _names(initiative.regions.all()),
                    _names(initiative.target_groups.all()),
                    _names(initiative.education_levels.all()),
                    _names(initiative.sectors.all()),
                    initiative.get_status_display(),
                    initiative.year_started or "",
                    initiative.website,
                    initiative.record_type or "",
                    initiative.country,
                    _names(initiative.languages.all()),
                )
            ]
        )
