"""Demo content for the site skeleton: the page tree, sectors and partners from the seed texts.

Each app adds its own content in `<app>/demo.py` with a `load(context)` function; the
`load_demo` command calls them in order. Everything is created only when it is missing, so
loading twice creates nothing new and never overwrites what an editor changed.
"""

from dataclasses import dataclass, field
from urllib.parse import urlsplit

from django.conf import settings
from django.db import transaction
from wagtail.models import Collection, Locale, Page, Site

from initiatives.models import InitiativeIndexPage
from partners.models import PartnerIndexPage, PartnerPage
from stemhub.models import HomeEntryPoint, HomeFeaturedPage, HomePage
from taxonomy.models import Sector
from videos.models import VideoIndexPage


@dataclass
class DemoContext:
    """What one app's demo loader hands to the next one."""

    home: HomePage
    created: dict = field(default_factory=dict)
    log: list = field(default_factory=list)

    def count(self, label, n=1):
        self.created[label] = self.created.get(label, 0) + n


def translated(nl, en):
    return {"nl": nl, "en": en}


def add_child_page(parent, model, slug, title, **fields):
    """Create a published child page with Dutch and English title and slug, unless it exists.

    `slug` and `title` are {"nl": …, "en": …}; other translated fields may be given the same way
    or as already-suffixed names (intro_nl=…).
    """
    existing = model.objects.child_of(parent).filter(slug_nl=slug["nl"]).first()
    if existing:
        return existing, False
    values = {
        "title": title["nl"],
        "title_nl": title["nl"],
        "title_en": title["en"],
        "slug": slug["nl"],
        "slug_nl": slug["nl"],
        "slug_en": slug["en"],
    }
    for name, value in fields.items():
        if isinstance(value, dict) and set(value) == {"nl", "en"}:
            values[name] = value["nl"]
            values[f"{name}_nl"] = value["nl"]
            values[f"{name}_en"] = value["en"]
        else:
            values[name] = value
    m2m = {name: values.pop(name) for name in list(values) if _is_m2m(model, name)}
    page = model(**values)
    parent.add_child(instance=page)
    for name, items in m2m.items():
        getattr(page, name).set(items)
    page.save_revision().publish()
    return page, True


def _is_m2m(model, name):
    try:
        return model._meta.get_field(name).many_to_many
    except Exception:  # noqa: BLE001 - not a model field, so not a many-to-many
        return False


SECTORS = [
    ("materialen-recyclage", "Materialen en recyclage", "Materials and recycling"),
    ("automobiel", "Automobiel", "Automotive"),
    ("bouw", "Bouw en constructie", "Construction"),
    ("defensie", "Defensie", "Defence"),
    ("gezondheid-noodhulp", "Gezondheid en noodhulp", "Health and emergency aid"),
    ("energie", "Energie", "Energy"),
    ("financien-bank", "Financiën en bank", "Finance and banking"),
    ("ict-cyberveiligheid", "ICT en cyberveiligheid", "ICT and cyber security"),
    (
        "arbeidsmarkt-overheid",
        "Arbeidsmarkt en openbare diensten",
        "Labour market and public services",
    ),
    ("robotica-industrie", "Robotica en industrie", "Robotics and industry"),
    ("chemie-biotech", "Chemie en biotechnologie", "Chemistry and biotech"),
    ("media", "Media", "Media"),
    ("onderwijs", "Onderwijs", "Education"),
]

# (slug, name, kind, website, sectors, short description nl, en) — organisations named in the seeds.
PARTNERS = [
    (
        "umicore",
        "Umicore",
        "company",
        "https://www.umicore.com/",
        ["materialen-recyclage", "chemie-biotech"],
        "Materiaaltechnologie en recyclage; recupereert onder meer germanium in Olen.",
        "Materials technology and recycling; recovers germanium, among others, in Olen.",
    ),
    (
        "vrt",
        "VRT",
        "organisation",
        "https://www.vrt.be/",
        ["media"],
        "De Vlaamse openbare omroep maakte de #STEMhelden-video's met kindreporters.",
        "The Flemish public broadcaster made the #STEMhelden videos with child reporters.",
    ),
    (
        "technopolis",
        "Technopolis",
        "organisation",
        "https://www.technopolis.be/",
        ["onderwijs"],
        "Het Vlaamse doe-centrum voor wetenschap en technologie, "
        "mede-initiatiefnemer van #STEMhelden.",
        "The Flemish hands-on science and technology centre, co-founder of #STEMhelden.",
    ),
    (
        "stem-platform",
        "STEM-platform",
        "government",
        "https://www.vlaanderen.be/stem",
        ["onderwijs"],
        "Het Vlaamse STEM-platform verspreidt de video's naar scholen en ouderverenigingen.",
        "The Flemish STEM-platform brings the videos to schools and parent associations.",
    ),
    (
        "vdab",
        "VDAB",
        "government",
        "https://www.vdab.be/",
        ["arbeidsmarkt-overheid"],
        "De Vlaamse dienst voor arbeidsbemiddeling en beroepsopleiding.",
        "The Flemish public employment and vocational training service.",
    ),
    (
        "defensie",
        "Defensie",
        "government",
        "https://www.mil.be/",
        ["defensie"],
        "Het Belgische leger, onder meer de marine die zeemijnen onschadelijk maakt.",
        "The Belgian armed forces, among them the navy that clears sea mines.",
    ),
    (
        "rode-kruis",
        "Rode Kruis Vlaanderen",
        "organisation",
        "https://www.rodekruis.be/",
        ["gezondheid-noodhulp"],
        "Hulpverlening en bloedvoorziening, met STEM achter de schermen.",
        "Emergency aid and blood supply, with STEM behind the scenes.",
    ),
    (
        "csr-europe",
        "CSR Europe",
        "organisation",
        "https://www.csreurope.org/",
        ["onderwijs"],
        "Europees bedrijfsnetwerk achter Together 4 STEM.",
        "European business network behind Together 4 STEM.",
    ),
    (
        "vti-torhout",
        "VTI Torhout",
        "school",
        "https://www.vtitorhout.be/",
        ["onderwijs"],
        "Technische school die toont waarom STEM op school belangrijk is.",
        "Technical school that shows why STEM at school matters.",
    ),
    (
        "githo-nijlen",
        "GITHO Nijlen",
        "school",
        "https://www.githo.be/",
        ["onderwijs", "chemie-biotech"],
        "Start nieuwe richtingen biotechnologische en chemische wetenschappen.",
        "Starts new courses in biotechnological and chemical sciences.",
    ),
]


def load_sectors(context):
    for order, (slug, nl, en) in enumerate(SECTORS):
        _, created = Sector.objects.get_or_create(
            slug=slug,
            defaults={"name": nl, "name_nl": nl, "name_en": en, "sort_order": order},
        )
        if created:
            context.count("sectors")


def _demo_host():
    """The demo site answers where the admin says it lives (WAGTAILADMIN_BASE_URL)."""
    address = urlsplit(settings.WAGTAILADMIN_BASE_URL)
    default_port = 443 if address.scheme == "https" else 80
    return address.hostname or "localhost", address.port or default_port


def load_home():
    """The home page as the site root, replacing Wagtail's 'Welcome' page."""
    if Collection.get_first_root_node() is None:  # a flushed database has none; images need it
        Collection.add_root(name="Root")
    home = HomePage.objects.first()
    if home is None:
        # The root and the locale come from Wagtail's migrations, but a flushed database has none.
        Locale.objects.get_or_create(language_code=settings.LANGUAGE_CODE)
        root = Page.get_first_root_node() or Page.add_root(
            instance=Page(title="Root", title_nl="Root", title_en="Root", slug="root")
        )
        home = HomePage(
            title="#STEMhelden",
            title_nl="#STEMhelden",
            title_en="#STEMhelden",
            slug="stemhelden",
            slug_nl="stemhelden",
            slug_en="stemhelden",
            hero_heading_nl="Word jij een #STEMheld?",
            hero_heading_en="Will you be a #STEMhero?",
            hero_text_nl=(
                "Kindreporters trekken naar bedrijven waar jonge mensen met een STEM-job "
                "samen een probleem oplossen dat ertoe doet. Ontdek hun verhaal en wat jij "
                "ervoor kunt studeren."
            ),
            hero_text_en=(
                "Child reporters visit companies where young people with a STEM job solve "
                "a problem that matters, together. Discover their story and what you can "
                "study to do the same."
            ),
            campaign_message_nl=(
                "<h2>Waarom #STEMhelden?</h2><p>Vlaanderen heeft te weinig STEM-profielen, en "
                "vooral te weinig meisjes kiezen voor STEM. Wie vanaf 15 jaar een studierichting "
                "kiest, moet al eerder een inspirerend beeld krijgen van wat een STEM-job is. "
                "Daarom laten we telkens een theoretisch en een praktisch opgeleide STEM-held "
                "samen vertellen hoe ze een maatschappelijk probleem oplossen.</p>"
            ),
            campaign_message_en=(
                "<h2>Why #STEMhelden?</h2><p>Flanders has too few STEM professionals, and too "
                "few girls choose STEM in particular. Young people choose a study programme from "
                "the age of 15, so they need an inspiring picture of a STEM job before then. "
                "That is why, every time, a theoretically and a practically trained STEM hero "
                "explain together how they solve a problem that matters to society.</p>"
            ),
            featured_heading_nl="In de kijker",
            featured_heading_en="In the spotlight",
        )
        root.add_child(instance=home)
        home.save_revision().publish()

    hostname, port = _demo_host()
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        Site.objects.create(
            hostname=hostname,
            port=port,
            root_page=home,
            is_default_site=True,
            site_name="#STEMhelden",
        )
    elif site.root_page_id != home.id:
        old_root = site.root_page
        site.root_page = home
        site.site_name = "#STEMhelden"
        if (site.hostname, site.port) == ("localhost", 80):  # still Wagtail's placeholder
            site.hostname, site.port = hostname, port
        site.save()
        if old_root.depth == 2 and not isinstance(old_root.specific, HomePage):
            old_root.delete()
    return home


def load_sections(context):
    home = context.home
    videos, _ = add_child_page(
        home,
        VideoIndexPage,
        translated("videos", "videos"),
        translated("Video's", "Videos"),
        intro=translated(
            "<p>Kies een sector en ontdek welke STEM-helden er werken. Onder elke video vind je "
            "wegwijzers naar de volgende stap.</p>",
            "<p>Choose a sector and meet the STEM heroes who work there. Under every video you "
            "find signposts to the next step.</p>",
        ),
        show_in_menus=True,
    )
    initiatives, _ = add_child_page(
        home,
        InitiativeIndexPage,
        translated("initiatieven", "initiatives"),
        translated("STEM-initiatieven", "STEM initiatives"),
        intro=translated(
            "<p>Alle Vlaamse STEM-initiatieven op één plek, voor kinderen, jongeren, ouders, "
            "leerkrachten en volwassenen die met STEM aan de slag willen.</p>",
            "<p>All of Flanders' STEM initiatives in one place, for children, young people, "
            "parents, teachers and adults who want to work with STEM.</p>",
        ),
        show_in_menus=True,
    )
    partners, _ = add_child_page(
        home,
        PartnerIndexPage,
        translated("partners", "partners"),
        translated("Partners", "Partners"),
        intro=translated(
            "<p>Bedrijven en organisaties die #STEMhelden mee mogelijk maken.</p>",
            "<p>Companies and organisations that make #STEMhelden possible.</p>",
        ),
        show_in_menus=True,
    )
    context.sections = {"videos": videos, "initiatives": initiatives, "partners": partners}

    sectors = {sector.slug: sector for sector in Sector.objects.all()}
    for slug, name, kind, website, sector_slugs, nl, en in PARTNERS:
        _, created = add_child_page(
            partners,
            PartnerPage,
            translated(slug, slug),
            translated(name, name),
            kind=kind,
            website=website,
            short_description=translated(nl, en),
            listing_summary=translated(nl, en),
            sectors=[sectors[s] for s in sector_slugs],
        )
        if created:
            context.count("partners")


ENTRY_POINTS = [
    (
        "parents",
        "videos",
        ("Voor ouders", "For parents"),
        (
            "Bekijk met je kind hoe een STEM-job er echt uitziet, per sector.",
            "Watch with your child what a STEM job really looks like, sector by sector.",
        ),
        ("Naar de video's", "Go to the videos"),
    ),
    (
        "teachers",
        "videos",
        ("Voor leerkrachten", "For teachers"),
        (
            "Gebruik de video's in de klas: kort, concreet en bij de eindtermen.",
            "Use the videos in class: short, concrete and linked to attainment targets.",
        ),
        ("Lesmateriaal zoeken", "Find classroom material"),
    ),
    (
        "initiatives",
        "initiatives",
        ("Zelf aan de slag", "Get started yourself"),
        (
            "Vind workshops, academies en projecten in heel Vlaanderen.",
            "Find workshops, academies and projects all over Flanders.",
        ),
        ("Initiatieven ontdekken", "Discover initiatives"),
    ),
    (
        "partners",
        "partners",
        ("Voor bedrijven", "For companies"),
        (
            "Toon jonge mensen wat jouw STEM-helden doen en word partner.",
            "Show young people what your STEM heroes do and become a partner.",
        ),
        ("Word partner", "Become a partner"),
    ),
]


def load_home_entry_points(context):
    home = context.home
    if home.entry_points.exists():
        return
    for order, (audience, section, heading, text, label) in enumerate(ENTRY_POINTS):
        HomeEntryPoint.objects.create(
            home_page=home,
            sort_order=order,
            audience=audience,
            link_page=context.sections[section],
            heading=heading[0],
            heading_nl=heading[0],
            heading_en=heading[1],
            text=text[0],
            text_nl=text[0],
            text_en=text[1],
            link_label=label[0],
            link_label_nl=label[0],
            link_label_en=label[1],
        )
    context.count("entry points", len(ENTRY_POINTS))


def feature_pages(context, pages):
    """Let later loaders put their best pages in the spotlight (once)."""
    home = context.home
    if home.featured_pages.exists():
        return
    for order, page in enumerate(pages):
        HomeFeaturedPage.objects.create(home_page=home, page=page, sort_order=order)


@transaction.atomic
def load(context=None):
    home = load_home()
    context = context or DemoContext(home=home)
    context.home = home
    load_sectors(context)
    load_sections(context)
    load_home_entry_points(context)
    return context
