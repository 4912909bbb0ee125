"""Demo step of the shared vocabulary: the sectors of demo/sectors.yaml (part of the skeleton)."""

from stemhub.demo.schema import Colour, Mapping, Records, Slug, Translated

from .models import Sector

DEMO_FILES = {
    "sectors.yaml": Mapping(
        {
            "sectors": Records(
                Mapping({"slug": Slug(), "name": Translated(), "poster_colour": Colour()}),
                key="slug",
            )
        }
    )
}


def load_skeleton(context):
    for order, record in enumerate(context.files["sectors.yaml"]["sectors"]):
        name = record["name"]
        _, created = Sector.objects.get_or_create(
            slug=record["slug"],
            defaults={
                "name": name["nl"],
                "name_nl": name["nl"],
                "name_en": name["en"],
                "sort_order": order,
            },
        )
        if created:
            context.count("sectors")
