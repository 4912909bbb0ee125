"""The printed lesson sheet: a print button, the video as a QR code on paper only, the
campaign's name, and a worksheet that holds the table the lesson asks for."""

import pickle
import re
import zlib

import pytest
from bs4 import BeautifulSoup

from classroom import factories
from classroom.factories import make_worksheet_pdf
from videos.factories import make_video

from .helpers import make_material


def _pdf_text(pdf_bytes):
    streams = re.findall(rb"stream\r?\n(.*?)\r?\nendstream", pdf_bytes, re.S)
    text = b""
    for stream in streams:
        try:
            text += zlib.decompress(stream)
        except zlib.error:
            text += stream
    return text.decode("latin-1")


def test_worksheet_holds_the_table(monkeypatch):
    # The core PDF fonts write text literally, so the test can read it back.
    monkeypatch.setattr(factories, "_unicode_font", lambda: None)
    headers = ("Aantal citroenen", "Spanning (volt)", "Brandt het ledje?")
    pdf = make_worksheet_pdf(
        "Werkblad: Maak een citroenbatterij",
        tasks=["Wanneer brandde het ledje?"],
        table=(headers, [("1", "", ""), ("2", "", "")]),
    )
    text = _pdf_text(pdf)
    for header in headers:
        escaped = header.replace("(", "\\(").replace(")", "\\)")  # PDF string escaping
        assert f"({escaped})" in text
    assert text.index("Aantal citroenen") < text.index("Wanneer brandde")


def _without_date_and_id(pdf_bytes):
    """Two runs of fpdf2 differ in the creation time and the file id derived from it."""
    pdf_bytes = re.sub(rb"/CreationDate \(D:[^)]*\)", b"", pdf_bytes)
    return re.sub(rb"/ID \[<[0-9A-F]+><[0-9A-F]+>\]", b"", pdf_bytes)


def test_worksheet_with_the_parsed_font_kept_is_the_pdf_of_fpdfs_own_add_font(monkeypatch):
    if factories._unicode_font() is None:
        pytest.skip("no DejaVu font here: the core fonts are used, nothing is kept")
    # A first sheet uses characters the second lacks: none may leak into the second's font.
    make_worksheet_pdf("Één → ≥ ≤ … “Werkblad” ÿ", tasks=["Ça va? Ω"], footer="x")
    options = dict(
        subtitle="Spanning meten met citroenen",
        tasks=["Wanneer brandde het ledje?"],
        table=(("Aantal", "Spanning (volt)"), [("1", ""), ("2", "")]),
        table_title="Metingen",
        footer="Bij de video 'Zonnecellen maken'",
    )
    kept = make_worksheet_pdf("Werkblad: Maak een citroenbatterij", **options)
    monkeypatch.setattr(
        factories, "_add_font", lambda pdf, family, style, path: pdf.add_font(family, style, path)
    )
    own = make_worksheet_pdf("Werkblad: Maak een citroenbatterij", **options)
    assert _without_date_and_id(kept) == _without_date_and_id(own)
    # What writing a PDF changes in place is the document's own: the kept templates' descriptors
    # were never numbered or given a font file (two sheets made at once in two threads).
    for path, style in zip(factories._unicode_font(), ("", "B"), strict=True):
        template = factories._parsed_font(path, style)
        assert template.desc._id is None
        assert getattr(template.desc, "font_file2", None) is None
    # Nor were the font tables every sheet copies (`_font_file`), by these sheets or any made
    # before in this process: the kept ones read as the font file does, afresh (no glyph
    # trimmed, renumbered or unpacked, no character, width or glyph name dropped).
    for path in factories._unicode_font():
        kept_tables = _fingerprint(factories._read_tables(path))
        assert kept_tables == _fingerprint(factories._read_tables.__wrapped__(path)), path


def _fingerprint(read):
    """What the tables hold, as pickled bytes: nothing shared with the tables themselves."""
    glyph_order, tables, _dependencies = read
    glyf, post = tables["glyf"], tables["post"]
    return pickle.dumps(
        (
            list(glyph_order),
            [(name, sorted(vars(glyph).items())) for name, glyph in dict.items(glyf.glyphs)],
            list(glyf.glyphOrder),
            dict(tables["hmtx"].metrics),
            [(t.format, dict(getattr(t, "cmap", {}))) for t in tables["cmap"].tables],
            (
                post.formatType,
                list(getattr(post, "extraNames", [])),
                dict(getattr(post, "mapping", {})),
            ),
        )
    )


def test_lesson_page_prints_the_video_as_qr_code_only_on_paper(client, classroom_index, site_tree):
    video = make_video(site_tree.sections["videos"], "Zonnecellen maken", slug="zonnecellen-maken")[
        0
    ]
    material = make_material(classroom_index, video, title="Zonnecellen in de klas")
    html = BeautifulSoup(client.get(material.url).content, "html.parser")
    button = html.select_one("button[data-print]")
    assert button is not None and button.has_attr("hidden")  # shown by JavaScript
    address = html.select_one(".material-video__address")
    assert "print-only" in address["class"]
    assert address.select_one("svg.qr-code") is not None
    assert "/nl/videos/zonnecellen-maken/" in address.get_text()
    assert "#STEMhelden" in html.select_one(".material-page__campaign").get_text()
    # On screen the raw address is hidden; print.css shows it.
    assert ".print-only { display: none !important; }" in _static("css/main.css")
    assert ".print-only { display: block !important; }" in _static("css/print.css")


def _static(path):
    from django.conf import settings

    return (settings.BASE_DIR / "static" / path).read_text()
