"""An initiative as schema.org's Project: an organised effort with a founder year and a region.

Initiatives are long-running programmes rather than dated happenings, so Project fits better
than Event; the organisation that runs one is its parentOrganization.
"""

from stemhub.seo.jsonld import without_empty


def organisation_node(partner, request):
    if partner is None:
        return None
    return without_empty(
        {
            "@type": "Organization",
            "name": partner.title,
            "url": partner.get_full_url(request) if partner.live else partner.website,
        }
    )


def vocabulary(page, context, name):
    """The page's terms of one vocabulary, as its context already holds them (InitiativePage
    .get_context), else read."""
    terms = context.get("terms") or {}
    return terms[name] if name in terms else list(getattr(page, name).all())


def project(page, request, context, shared):
    regions = [region.name for region in vocabulary(page, context, "regions")]
    members = [
        {"@type": "Organization", "name": link.display_name}
        for link in context.get("partner_links", [])
    ]
    return without_empty(
        {
            "@type": "Project",
            "@id": f"{shared.url}#project",
            "name": shared.name,
            "description": shared.description or shared.name,
            "url": page.website or shared.url,
            "mainEntityOfPage": shared.url,
            "image": shared.image.url,
            "foundingDate": str(page.year_started) if page.year_started else "",
            "parentOrganization": organisation_node(page.organisation, request),
            "areaServed": [*regions, *([page.country] if page.country else [])],
            "member": members,
            "keywords": ", ".join(sector.name for sector in vocabulary(page, context, "sectors")),
        }
    )
