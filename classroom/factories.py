"""Small builders for classroom material, shared by the demo, the tests and the bench.

Plain functions instead of factory_boy: a material page needs a parent page, and `add_child`
decides its place in the tree.
"""

import copy
import logging
import os
from functools import lru_cache

from django.core.files.base import ContentFile
from django.utils.text import slugify
from wagtail.documents import get_document_model

from stemhub.demo import add_child_page, ensure_terms, read, translated

from .models import AttainmentTarget, ClassroomMaterialPage, SchoolLevel, StemDomain, Worksheet


def ensure_vocabulary():
    """School levels, STEM domains and the example attainment targets of demo/, created once."""
    levels = ensure_terms(SchoolLevel, read("school_levels.yaml")["school_levels"])[0]
    domains = ensure_terms(StemDomain, read("stem_domains.yaml")["stem_domains"])[0]
    targets = {}
    data = read("attainment_targets.yaml")
    note = data["note"]
    for order, record in enumerate(data["attainment_targets"]):
        description, short_name = record["description"], record["short_name"]
        targets[record["code"]], _ = AttainmentTarget.objects.get_or_create(
            code=record["code"],
            defaults={
                "short_name": short_name["nl"],
                "short_name_nl": short_name["nl"],
                "short_name_en": short_name["en"],
                "description": description["nl"],
                "description_nl": description["nl"],
                "description_en": description["en"],
                "note": note["nl"],
                "note_nl": note["nl"],
                "note_en": note["en"],
                "sort_order": order,
            },
        )
    return levels, domains, targets


# PDF worksheets -----------------------------------------------------------------------------

FONT_CANDIDATES = [
    (
        "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
        "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
    ),
]


# Tables fpdf2's subsetting of an embedded font removes (`output.py`, `_add_fonts`).
DROPPED_BY_SUBSETTING = ("GDEF", "GPOS", "GSUB", "kern")

# fpdf2 subsets embedded fonts with fontTools, which logs every glyph at INFO level.
logging.getLogger("fontTools").setLevel(logging.WARNING)


@lru_cache(maxsize=1)
def _unicode_font():
    """A bundled TTF when the system has one; otherwise fpdf2's core (Latin-1) fonts."""
    for regular, bold in FONT_CANDIDATES:
        if os.path.exists(regular) and os.path.exists(bold):
            return regular, bold
    return None


@lru_cache(maxsize=4)
def _parsed_font(path, style):
    """fpdf2's reading of a TrueType font (widths and glyph ids of its 6,000 characters), done
    once per process: `add_font` read both DejaVu fonts again for every worksheet, about 40 %
    of what one cost. Only a template: `_add_font` gives each document its own copy."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_font("Template", style, path)
    font = pdf.fonts[f"template{style}"]
    return font if font.color_font is None else None


def _add_font(pdf, family, style, path):
    """`pdf.add_font(family, style, path)` with the parsed font of `_parsed_font`. What fpdf2
    changes per document is fresh: the font number, the used characters (`subset`), the font
    descriptor (numbered and given its font file on output) and the fontTools font, which
    writing the PDF cuts down to those characters in place (its big tables copied from the ones
    read once per process, `_read_tables`; the small ones read lazily, as the cut asks).
    tests/classroom/test_print_sheet.py checks the bytes equal fpdf2's own `add_font` and that
    the kept templates are never changed."""
    from fpdf.fonts import SubsetMap

    template = _parsed_font(path, style)
    if template is None:  # a colour font keeps a reference to its document: no sharing
        pdf.add_font(family, style, path)
        return
    font = copy.copy(template)
    font.i = len(pdf.fonts) + 1
    font.fontkey = f"{family.lower()}{style}"
    font.ttfont = _font_file(path)
    font.cw = copy.copy(template.cw)
    font.glyph_ids = dict(template.glyph_ids)
    font.missing_glyphs = []
    font.biggest_size_pt = 0
    font._hbfont = None
    font.subset = SubsetMap(font)
    # Writing the PDF numbers the descriptor and names its font file in place: one per document.
    font.desc = copy.copy(template.desc)
    pdf.fonts[font.fontkey] = font


def _opened_font_file(path):
    """fontTools' font, its tables read only when asked for (`lazy`). fpdf2's subsetting drops
    the OpenType layout tables (and `kern`, with GPOS there), but fontTools reads and converts
    them before it drops them: left out here, the same bytes."""
    from fontTools import ttLib

    ttfont = ttLib.TTFont(path, recalcTimestamp=False, lazy=True)
    dropped = [tag for tag in DROPPED_BY_SUBSETTING if tag in ttfont]
    if "GPOS" not in ttfont and "kern" in dropped:
        dropped.remove("kern")  # fontTools keeps `kern` when there is no GPOS
    for tag in dropped:
        del ttfont[tag]
    return ttfont


# The tables fontTools' subsetting reads in full (its glyph names, character map, outlines and
# widths): two thirds of what a worksheet cost, the same work for every sheet.
SHARED_TABLES = ("post", "cmap", "glyf", "hmtx")


@lru_cache(maxsize=4)
def _read_tables(path):
    """The shared tables of one font as fontTools reads them, once per process, with the
    glyph order and the small tables reading them loaded (`maxp`, `loca`, …). Only a template:
    `_font_file` gives each document its own copies."""
    ttfont = _opened_font_file(path)
    for tag in SHARED_TABLES:
        ttfont[tag]
    ttfont["cmap"].ensureDecompiled()  # its subtables are read lazily, on first use
    dependencies = tuple(tag for tag in ttfont.tables if tag not in SHARED_TABLES)
    return ttfont.getGlyphOrder(), {tag: ttfont.tables[tag] for tag in SHARED_TABLES}, dependencies


class _GlyphsCopiedOnRead(dict):
    """A document's glyph outlines: the template's, each copied when first read. Subsetting
    rebinds every table attribute it changes, except the outlines of the glyphs it keeps,
    which it trims and renumbers in place: those are the document's own copies."""

    def __init__(self, template):
        super().__init__(template)
        self.copied = set()

    def __getitem__(self, name):
        glyph = super().__getitem__(name)
        if name not in self.copied:
            glyph = copy.copy(glyph)
            self[name] = glyph
            self.copied.add(name)
        return glyph

    def get(self, name, default=None):
        return self[name] if name in self else default  # noqa: SIM401 - a copy, via __getitem__

    def values(self):
        return [self[name] for name in self]

    def items(self):
        return [(name, self[name]) for name in self]


def _font_file(path):
    """The fontTools font of one document: shallow copies of the shared tables (what
    subsetting rebinds stays the document's), each cmap subtable copied likewise, the outlines
    copied when read; the small tables are read from the file as before, so the same tables are
    loaded and written. tests/classroom/test_print_sheet.py compares the bytes with fpdf2's own
    `add_font` and checks the template is never changed."""
    ttfont = _opened_font_file(path)
    glyph_order, tables, dependencies = _read_tables(path)
    ttfont.glyphOrder = list(glyph_order)
    for tag, template in tables.items():
        table = copy.copy(template)
        if tag == "cmap":
            table.tables = [copy.copy(subtable) for subtable in template.tables]
        elif tag == "glyf":
            table.glyphs = _GlyphsCopiedOnRead(template.glyphs)
            table.glyphOrder = ttfont.glyphOrder
            table._reverseGlyphOrder = {}
        ttfont.tables[tag] = table
    for tag in dependencies:
        ttfont[tag]
    return ttfont


def _latin1(text):
    replacements = {"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-"}
    replacements |= {"\u2014": "-", "\u2026": "...", "\u2192": "->", "\u2265": ">=", "\u2264": "<="}
    for char, plain in replacements.items():
        text = text.replace(char, plain)
    return text.encode("latin-1", "replace").decode("latin-1")


def make_worksheet_pdf(
    title, *, subtitle="", tasks=(), name_label="Naam", footer="", table=None, table_title=""
):
    """A one-page A4 worksheet: title, a name line, the table the lesson asks pupils to fill
    in (headers and rows, empty cells to write in), then numbered tasks with room to write.
    fpdf2 is imported here, not with the module: 0.3 s of CPU that every process importing the
    demo loader (each test worker's collection) paid without making a sheet."""
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.set_auto_page_break(auto=True, margin=15)
    pdf.set_title(title)
    pdf.set_author("#STEMhelden")
    fonts = _unicode_font()
    if fonts:
        _add_font(pdf, "Sheet", "", fonts[0])
        _add_font(pdf, "Sheet", "B", fonts[1])
        family, clean = "Sheet", str
    else:
        family, clean = "Helvetica", _latin1
    pdf.add_page()
    pdf.set_font(family, "B", 11)
    pdf.set_text_color(45, 42, 140)
    pdf.cell(0, 8, clean("#STEMhelden"), new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.set_font(family, "B", 18)
    pdf.multi_cell(0, 9, clean(title), new_x="LMARGIN", new_y="NEXT")
    if subtitle:
        pdf.set_font(family, "", 11)
        pdf.multi_cell(0, 6, clean(subtitle), new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_font(family, "", 11)
    pdf.cell(0, 8, clean(f"{name_label}: " + "_" * 40), new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    if table:
        _draw_table(pdf, family, clean, table, table_title)
    for number, task in enumerate(tasks, start=1):
        pdf.set_font(family, "B", 12)
        pdf.multi_cell(0, 7, clean(f"{number}. {task}"), new_x="LMARGIN", new_y="NEXT")
        pdf.set_font(family, "", 11)
        for _line in range(3):
            pdf.cell(0, 9, "_" * 80, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)
    if footer:
        pdf.set_y(-22)
        pdf.set_font(family, "", 9)
        pdf.set_text_color(74, 79, 106)
        pdf.multi_cell(0, 5, clean(footer), new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def _draw_table(pdf, family, clean, table, table_title):
    """Header cells wrap onto a second line instead of running over their border."""
    from fpdf import FontFace

    headers, rows = table
    if table_title:
        pdf.set_font(family, "B", 12)
        pdf.multi_cell(0, 7, clean(table_title), new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(family, "", 11)
    with pdf.table(
        headings_style=FontFace(emphasis="BOLD", size_pt=10, fill_color=(230, 230, 240)),
        line_height=6,
        min_row_height=10,
        padding=1.5,
        text_align="LEFT",
        v_align="MIDDLE",
    ) as grid:
        for cells in [headers, *rows]:
            row = grid.row()
            for cell in cells:
                row.cell(clean(cell))
    pdf.ln(4)


def make_document(title, content, filename):
    """Store bytes as a Wagtail document, with size and hash recorded as an upload would."""
    document = get_document_model()(title=title)
    document.file.save(filename, ContentFile(content), save=False)
    document._set_document_file_metadata()
    document.save()
    return document


def make_worksheet(title, filename, language="", **pdf_options):
    pdf = make_worksheet_pdf(title, **pdf_options)
    return make_document(title, pdf, filename), language


# Material pages -----------------------------------------------------------------------------


def lesson_blocks(*, introduction="", steps=(), questions=(), experiment=None):
    """The raw StreamField data of a lesson idea in one language."""
    blocks = []
    if introduction:
        blocks.append({"type": "introduction", "value": {"heading": "", "text": introduction}})
    if steps:
        blocks.append(
            {
                "type": "steps",
                "value": {
                    "heading": "",
                    "steps": [{"title": t, "instruction": i, "minutes": m} for t, i, m in steps],
                },
            }
        )
    if experiment:
        blocks.append({"type": "experiment", "value": {"goal": "", "safety": "", **experiment}})
    if questions:
        blocks.append(
            {"type": "discussion", "value": {"heading": "", "questions": list(questions)}}
        )
    return blocks


def add_material(
    index,
    *,
    video,
    slug,
    title,
    duration=30,
    min_age=10,
    max_age=14,
    school_levels=(),
    stem_domains=(),
    attainment_targets=(),
    worksheets=(),
    **fields,
):
    """A published material page under `index`, unless one with this Dutch slug exists.

    `slug` and `title` are {"nl": …, "en": …} (or one string for both); `worksheets` is a list
    of (document, language) pairs.
    """
    if isinstance(slug, str):
        slug = translated(slugify(slug), slugify(slug))
    if isinstance(title, str):
        title = translated(title, title)
    return add_child_page(
        index,
        ClassroomMaterialPage,
        slug,
        title,
        video=video,
        duration=duration,
        min_age=min_age,
        max_age=max_age,
        school_levels=list(school_levels),
        stem_domains=list(stem_domains),
        attainment_targets=list(attainment_targets),
        worksheets=[
            Worksheet(document=document, language=language, sort_order=order)
            for order, (document, language) in enumerate(worksheets)
        ],
        **fields,
    )
