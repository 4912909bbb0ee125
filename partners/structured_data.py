"""A partner page as schema.org's Organization (or the narrower type its kind names)."""

from partners.choices import PartnerKind
from stemhub.seo.images import share_image
from stemhub.seo.jsonld import without_empty

SCHEMA_TYPES = {
    PartnerKind.SCHOOL: "EducationalOrganization",
    PartnerKind.GOVERNMENT: "GovernmentOrganization",
}


def organization(page, request, context, shared):
    sectors = context.get("sectors")
    if sectors is None:
        sectors = list(page.sectors.all())
    logo = share_image(request, page.logo, fit=True).url if page.logo_id else ""
    return without_empty(
        {
            "@type": SCHEMA_TYPES.get(page.kind, "Organization"),
            "@id": f"{shared.url}#organization",
            "name": page.title,
            "description": shared.description,
            "url": page.website or shared.url,
            "mainEntityOfPage": shared.url,
            "logo": logo,
            "image": shared.image.url,
            "knowsAbout": [sector.name for sector in sectors],
        }
    )
