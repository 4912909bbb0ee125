"""Demo step of the partner directory: its section page and the organisations named in the
seed texts (skeleton, demo/partners.yaml), then the fictional companies that stand in for the
videos' unnamed companies (demo/companies.yaml).
"""

from stemhub.demo import add_child_page, translated
from stemhub.demo.schema import Choice, ListOf, Mapping, Records, Ref, Slug, Text, Translated
from taxonomy.models import Sector

from .models import PartnerIndexPage, PartnerPage

SECTION_PAGE = PartnerIndexPage
SECTOR = Ref(("sectors.yaml", "sectors", "slug"))

DEMO_FILES = {
    "partners.yaml": Mapping(
        {
            "partners": Records(
                Mapping(
                    {
                        "slug": Slug(),
                        "name": Text(),
                        "kind": Choice(PartnerPage.Kind.values),
                        "website": Text(),
                        "sectors": ListOf(SECTOR),
                        "description": Translated(),
                    }
                ),
                key="slug",
            )
        }
    ),
    "companies.yaml": Mapping(
        {
            "description": Translated(),
            "companies": Records(
                Mapping({"slug": Slug(), "name": Text(), "sectors": ListOf(SECTOR)}), key="slug"
            ),
        }
    ),
}


def _sectors(slugs):
    by_slug = Sector.objects.in_bulk(slugs, field_name="slug")
    return [by_slug[slug] for slug in slugs if slug in by_slug]


def load_skeleton(context):
    directory = context.sections["partners"]
    for record in context.files["partners.yaml"]["partners"]:
        _, created = add_child_page(
            directory,
            PartnerPage,
            translated(record["slug"], record["slug"]),
            translated(record["name"], record["name"]),
            kind=record["kind"],
            website=record["website"],
            short_description=record["description"],
            listing_summary=record["description"],
            sectors=_sectors(record["sectors"]),
        )
        if created:
            context.count("partners")


def load(context):
    directory = context.sections["partners"]
    data = context.files["companies.yaml"]
    for record in data["companies"]:
        _, created = add_child_page(
            directory,
            PartnerPage,
            translated(record["slug"], record["slug"]),
            translated(record["name"], record["name"]),
            kind=PartnerPage.Kind.COMPANY,
            short_description=data["description"],
            sectors=_sectors(record["sectors"]),
        )
        if created:
            context.count("demo companies")
