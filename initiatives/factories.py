"""Small builders for initiatives in tests and scripts (no factory library needed)."""

from stemhub.demo import add_child_page, translated
from taxonomy.models import Sector

from .models import (
    EducationLevel,
    InitiativePage,
    InitiativePartner,
    Language,
    RecordType,
    Region,
    TargetGroup,
)


def create_initiative(
    index,
    slug,
    title=None,
    title_en=None,
    regions=(),
    target_groups=(),
    education_levels=(),
    sectors=(),
    partners=(),
    record_type=None,
    languages=(),
    **fields,
):
    """A published initiative below `index`; vocabulary is given as slugs, partners as
    (role, PartnerPage-or-name) pairs, the record type as a slug."""
    title = title or slug.replace("-", " ").title()
    page, _created = add_child_page(
        index,
        InitiativePage,
        translated(slug, fields.pop("slug_en", slug)),
        translated(title, title_en or title),
        regions=list(Region.objects.filter(slug__in=regions)),
        target_groups=list(TargetGroup.objects.filter(slug__in=target_groups)),
        education_levels=list(EducationLevel.objects.filter(slug__in=education_levels)),
        sectors=list(Sector.objects.filter(slug__in=sectors)),
        languages=list(Language.objects.filter(slug__in=languages)),
        record_type=RecordType.objects.get(slug=record_type) if record_type else None,
        partners=[
            InitiativePartner(
                role=role,
                partner=None if isinstance(who, str) else who,
                name=who if isinstance(who, str) else "",
                sort_order=order,
            )
            for order, (role, who) in enumerate(partners)
        ],
        **fields,
    )
    return page
