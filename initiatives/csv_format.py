"""The initiatives' CSV exchange format (`manage.py export_initiatives` / `import_initiatives`).

This module holds the format itself (columns, cells, formula protection, problems);
`csv_rows` checks one row, `csv_exchange` reads and writes whole files.

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

from dataclasses import dataclass, field

from django.utils.translation import gettext

from taxonomy.models import Sector

from .models import EducationLevel, Language, Region, TargetGroup
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


def per_language(name):
    return [f"{name}_{language}" for language in LANGUAGES]


COLUMNS = [
    *per_language("slug"),
    *per_language("title"),
    "record_type",
    "organisation",
    *per_language("source_author"),
    *per_language("country"),
    "regions",
    "languages",
    *per_language("summary"),
    *per_language("abstract"),
    *per_language("description"),
    *per_language("kpis"),
    *per_language("strategy"),
    "education_levels",
    "target_groups",
    "sectors",
    *per_language("impact"),
    *per_language("reach"),
    *per_language("budget"),
    "year_started",
    "status",
    "website",
    "partners",
]


def protect_formula(text):
    """A cell a spreadsheet will show as text; `unprotect_formula` gives the value back."""
    if text.startswith((*FORMULA_STARTS, QUOTE)):
        return QUOTE + text
    return text


def unprotect_formula(text):
    return text[1:] if text.startswith(QUOTE) else text


# Problems --------------------------------------------------------------------------------------


@dataclass
class CellError:
    """One problem in one cell: where it is, what it holds, what is wrong and how to fix it.

    `message` and `fix` are English message ids (marked with gettext_noop where they are written)
    with `%(value)s` and the `params` as placeholders; they are rendered in the reader's
    language when shown (the admin), in the active language by `str()`."""

    row: int
    column: str
    message: str
    value: str = ""
    fix: str = ""
    params: dict = field(default_factory=dict)

    def _render(self, text):
        return gettext(text) % {"value": self.value, **self.params} if text else ""

    @property
    def problem(self):
        return self._render(self.message)

    @property
    def how_to_fix(self):
        return self._render(self.fix)

    @property
    def shown_value(self):
        """The value given, shortened for a table cell."""
        return self.value if len(self.value) <= 80 else self.value[:79] + "…"

    def __str__(self):
        text = gettext("row %(row)d, column %(column)s: %(problem)s") % {
            "row": self.row,
            "column": self.column,
            "problem": self.problem,
        }
        return f"{text}. {self.how_to_fix}" if self.fix else text


class ImportFailed(Exception):
    def __init__(self, errors):
        self.errors = errors
        super().__init__("\n".join(str(error) for error in errors))
