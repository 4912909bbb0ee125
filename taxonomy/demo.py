"""Demo step of the shared vocabulary: the sectors of demo/sectors.yaml (part of the skeleton)."""

from stemhub.demo import ensure_terms
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
    _sectors, created = ensure_terms(Sector, context.files["sectors.yaml"]["sectors"])
    if created:
        context.count("sectors", created)
