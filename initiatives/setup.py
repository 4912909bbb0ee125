"""Things every installation needs, not just the demo: the initiatives' vocabulary, and (through
`stemhub.roles`) the editors' groups and review workflows. Idempotent, and written against an
`apps` registry so the data migration and the demo loader (and tests, whose database may have
been flushed) share one definition.
"""

from django.apps import apps as global_apps

from stemhub import roles

# The editors, their groups and workflows are defined once, in stemhub.roles.
EDITORS_GROUP = roles.EDITORS_GROUP
WORKFLOW_NAME = roles.INITIATIVE_REVIEW
TASK_NAME = roles.REVIEW_TASK

# (slug, Dutch, English); slugs are used in URLs and CSV files, so they never change.
REGIONS = [
    ("antwerpen", "Antwerpen", "Antwerp"),
    ("limburg", "Limburg", "Limburg"),
    ("oost-vlaanderen", "Oost-Vlaanderen", "East Flanders"),
    ("vlaams-brabant", "Vlaams-Brabant", "Flemish Brabant"),
    ("west-vlaanderen", "West-Vlaanderen", "West Flanders"),
    ("brussel", "Brussel", "Brussels"),
    ("vlaanderen", "Heel Vlaanderen", "All of Flanders"),
    ("europa", "Europa", "Europe"),
]
TARGET_GROUPS = [
    ("kinderen-10-14", "Kinderen van 10 tot 14 jaar", "Children aged 10 to 14"),
    ("secundaire-leerlingen", "Leerlingen secundair onderwijs", "Secondary school pupils"),
    ("leerkrachten", "Leerkrachten", "Teachers"),
    ("ouders", "Ouders", "Parents"),
    ("volwassenen", "Volwassenen en zij-instromers", "Adults and career switchers"),
]
EDUCATION_LEVELS = [
    ("basisonderwijs", "Basisonderwijs", "Primary education"),
    ("secundair-onderwijs", "Secundair onderwijs", "Secondary education"),
    ("beroepsopleiding", "Beroepsgericht onderwijs en opleiding", "Vocational education"),
    ("hoger-onderwijs", "Hoger onderwijs", "Higher education"),
    ("levenslang-leren", "Volwassenenonderwijs en levenslang leren", "Adult and lifelong learning"),
]
# What kind of record (after the EU STEM Coalition database) and the languages it works in.
RECORD_TYPES = [
    ("initiative", "Initiatief", "Initiative"),
    ("programme", "Programma", "Programme"),
    ("study", "Studie", "Study"),
    ("network", "Netwerk", "Network"),
    ("event", "Evenement", "Event"),
]
LANGUAGES = [
    ("nl", "Nederlands", "Dutch"),
    ("en", "Engels", "English"),
    ("fr", "Frans", "French"),
    ("de", "Duits", "German"),
]


def ensure_vocabulary(apps=global_apps):
    for model_name, terms in (
        ("Region", REGIONS),
        ("TargetGroup", TARGET_GROUPS),
        ("EducationLevel", EDUCATION_LEVELS),
        ("RecordType", RECORD_TYPES),
        ("Language", LANGUAGES),
    ):
        try:
            model = apps.get_model("initiatives", model_name)
        except LookupError:  # an earlier migration's state: the model comes later (0005)
            continue
        for order, (slug, nl, en) in enumerate(terms):
            model.objects.get_or_create(
                slug=slug,
                defaults={"name": nl, "name_nl": nl, "name_en": en, "sort_order": order},
            )


def ensure_all(apps=global_apps):
    """The one call tests and the demo make: vocabulary, groups, workflows, page rights.

    Returns the STEM-platform editors' group."""
    ensure_vocabulary(apps)
    return roles.ensure_roles(apps)[roles.EDITORS_GROUP]
