"""The site's about page (demo/about.yaml): the campaign's story as StreamField blocks per
language, created below the home page once and shown in the main menu."""

from stemhub.models import AboutPage

from .pages import add_child_page
from .schema import Choice, ListOf, Mapping, Ref, Slug, Text, Translated

PARTNER = Ref(("partners.yaml", "partners", "slug"), ("companies.yaml", "companies", "slug"))
BLOCK = Mapping(
    {
        "type": Choice(["section", "partners", "network"]),
        "heading": Text(),
        "text": Text().optional(),
        "partners": ListOf(PARTNER).optional(),
        "links": ListOf(
            Mapping({"name": Text(), "url": Text().optional(), "description": Text().optional()})
        ).optional(),
    }
)
ABOUT_FILE = Mapping(
    {
        "about": Mapping(
            {
                "slug": Translated(Slug()),
                "title": Translated(),
                "body": Mapping({"nl": ListOf(BLOCK), "en": ListOf(BLOCK)}),
            }
        )
    }
)


def _stream(blocks, partner_ids):
    """The StreamField's raw data for one language."""
    stream = []
    for block in blocks:
        value = {"heading": block["heading"], "text": block.get("text", "")}
        if block["type"] == "partners":
            value["partners"] = [
                partner_ids[slug] for slug in block.get("partners", []) if slug in partner_ids
            ]
        if block["type"] == "network":
            value["links"] = [
                {
                    "name": link["name"],
                    "url": link.get("url", ""),
                    "description": link.get("description", ""),
                }
                for link in block.get("links", [])
            ]
        stream.append({"type": block["type"], "value": value})
    return stream


def load_about(context, partner_ids):
    """`partner_ids`: {Dutch slug: page id} of the partner pages the partners block may show."""
    about = context.files["about.yaml"]["about"]
    page, created = add_child_page(
        context.home,
        AboutPage,
        about["slug"],
        about["title"],
        show_in_menus=True,
        body={
            "nl": _stream(about["body"]["nl"], partner_ids),
            "en": _stream(about["body"]["en"], partner_ids),
        },
    )
    if created:
        context.count("story pages")
    return page
