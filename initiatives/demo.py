"""Demo step of the initiative hub: its section page (skeleton), then the initiatives of
demo/initiatives.yaml with the real facts of the campaign's seed texts.

Idempotent: an initiative whose Dutch slug exists is left as it is.
"""

from partners.models import PartnerPage
from stemhub.demo import add_child_page
from stemhub.demo.schema import (
    Choice,
    Integer,
    ListOf,
    Mapping,
    Records,
    Ref,
    Slug,
    Text,
    Translated,
)
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
from .setup import (
    EDUCATION_LEVELS,
    LANGUAGES,
    RECORD_TYPES,
    REGIONS,
    TARGET_GROUPS,
    ensure_all,
)
from .translation import initiative_texts

SECTION_PAGE = InitiativeIndexPage
PARTNER_PAGE = Ref(("partners.yaml", "partners", "slug"), ("companies.yaml", "companies", "slug"))
# Plain text (summary, country, source_author) and rich text (HTML) in both languages, as
# registered for translation (initiatives.translation), never a copy of that list.
TRANSLATED_TEXT = tuple(field.name for field in initiative_texts())
VOCABULARY = {
    "regions": (Region, REGIONS),
    "languages": (Language, LANGUAGES),
    "target_groups": (TargetGroup, TARGET_GROUPS),
    "education_levels": (EducationLevel, EDUCATION_LEVELS),
}


class _Partner(Mapping):
    """A partner is a partner page (`partner: slug`) or an organisation without one (`name`)."""

    def __call__(self, value, where, files):
        clean = super().__call__(value, where, files)
        if ("partner" in clean) == ("name" in clean):
            where.fail("give either 'partner' (a slug from partners.yaml) or 'name', not both")
        return clean


INITIATIVE = Mapping(
    {
        "slug": Translated(Slug()),
        "title": Translated(),
        "organisation": PARTNER_PAGE.optional(),
        "record_type": Choice([slug for slug, _nl, _en in RECORD_TYPES]),
        **{name: Translated().optional() for name in TRANSLATED_TEXT},
        **{
            name: ListOf(Choice([slug for slug, _nl, _en in terms]))
            for name, (_model, terms) in VOCABULARY.items()
        },
        "sectors": ListOf(Ref(("sectors.yaml", "sectors", "slug"))),
        "year_started": Integer(1950, 2100).optional(),
        "status": Choice(InitiativeStatus.values),
        "website": Text().optional(),
        "partners": ListOf(
            _Partner(
                {
                    "role": Choice(PartnerRole.values),
                    "partner": PARTNER_PAGE.optional(),
                    "name": Text().optional(),
                }
            ),
            allow_empty=True,
        ),
    }
)
DEMO_FILES = {"initiatives.yaml": Mapping({"initiatives": Records(INITIATIVE, key="slug.nl")})}


def load(context):
    ensure_all()
    index = context.sections["initiatives"]
    partners = {page.slug_nl: page for page in PartnerPage.objects.all()}
    vocabulary = {
        name: model.objects.in_bulk(field_name="slug") for name, (model, _) in VOCABULARY.items()
    }
    vocabulary["sectors"] = Sector.objects.in_bulk(field_name="slug")
    record_types = RecordType.objects.in_bulk(field_name="slug")
    for record in context.files["initiatives.yaml"]["initiatives"]:
        fields = {name: record[name] for name in TRANSLATED_TEXT if name in record}
        for name, terms in vocabulary.items():
            fields[name] = [terms[slug] for slug in record[name]]
        fields["partners"] = [
            InitiativePartner(
                role=partner["role"],
                partner=partners[partner["partner"]] if "partner" in partner else None,
                name=partner.get("name", ""),
                sort_order=order,
            )
            for order, partner in enumerate(record["partners"])
        ]
        _, created = add_child_page(
            index,
            InitiativePage,
            record["slug"],
            record["title"],
            status=record["status"],
            year_started=record.get("year_started"),
            website=record.get("website", ""),
            organisation=partners.get(record.get("organisation")),
            record_type=record_types[record["record_type"]],
            **fields,
        )
        if created:
            context.count("initiatives")
