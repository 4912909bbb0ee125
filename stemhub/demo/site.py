"""The site's own demo step: the home page as the site root, the section pages of the apps,
the home page's entry points and its spotlight (demo/home.yaml, demo/sections.yaml).
"""

from urllib.parse import urlsplit

from django.conf import settings
from wagtail.models import Collection, Locale, Page, Site

from stemhub.models import HomeEntryPoint, HomePage
from stemhub.models.home import Audience

from .pages import add_child_page, feature_pages, page_at
from .schema import Choice, DemoDataError, ListOf, Mapping, Records, Slug, Text, Translated

PAGE_PATH = Text()

HOME_FILE = Mapping(
    {
        "home": Mapping(
            {
                "title": Translated(),
                "slug": Slug(),
                "hero_heading": Translated(),
                "hero_text": Translated(),
                "campaign_message": Translated(),
                "featured_heading": Translated(),
            }
        ),
        "entry_points": Records(
            Mapping(
                {
                    "audience": Choice(Audience.values),
                    "link": ListOf(PAGE_PATH),
                    "heading": Translated(),
                    "text": Translated(),
                    "link_label": Translated(),
                }
            ),
            key="audience",
        ),
        "featured": ListOf(PAGE_PATH),
    }
)


def sections_file(app_labels):
    return Mapping(
        {
            "sections": Records(
                Mapping(
                    {
                        "app": Choice(app_labels),
                        "slug": Translated(Slug()),
                        "title": Translated(),
                        "intro": Translated(),
                        "listing_summary": Translated().optional(),
                    }
                ),
                key="app",
            )
        }
    )


def _demo_host():
    """The demo site answers where the admin says it lives (WAGTAILADMIN_BASE_URL)."""
    address = urlsplit(settings.WAGTAILADMIN_BASE_URL)
    default_port = 443 if address.scheme == "https" else 80
    return address.hostname or "localhost", address.port or default_port


def load_home(files):
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
        record = files["home.yaml"]["home"]
        values = {"slug": record["slug"], "slug_nl": record["slug"], "slug_en": record["slug"]}
        for name, value in record.items():
            if name != "slug":
                values |= {name: value["nl"], f"{name}_nl": value["nl"], f"{name}_en": value["en"]}
        home = HomePage(**values)
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
            site_name=home.title,
        )
    elif site.root_page_id != home.id:
        old_root = site.root_page
        site.root_page = home
        site.site_name = home.title
        if (site.hostname, site.port) == ("localhost", 80):  # still Wagtail's placeholder
            site.hostname, site.port = hostname, port
        site.save()
        if old_root.depth == 2 and not isinstance(old_root.specific, HomePage):
            old_root.delete()
    return home


def add_section(context, app_label, model):
    """The section page of one app (demo/sections.yaml), created below the home page once."""
    record = next(
        (r for r in context.files["sections.yaml"]["sections"] if r["app"] == app_label), None
    )
    if record is None:
        raise DemoDataError(f"demo/sections.yaml: no section for the app {app_label!r}")
    fields = {name: value for name, value in record.items() if name not in ("app", "slug", "title")}
    page, created = add_child_page(
        context.home, model, record["slug"], record["title"], show_in_menus=True, **fields
    )
    context.sections[app_label] = page
    return page, created


def _first_existing(home, paths):
    for path in paths:
        page = page_at(home, path)
        if page is not None:
            return page
    return None


def load_entry_points(context):
    """The home page's entry points, once; each links to the first of its pages that exists."""
    home = context.home
    if home.entry_points.exists():
        return
    records = context.files["home.yaml"]["entry_points"]
    for order, record in enumerate(records):
        values = {"home_page": home, "sort_order": order, "audience": record["audience"]}
        values["link_page"] = _first_existing(home, record["link"])
        if values["link_page"] is None:
            raise DemoDataError(
                f"demo/home.yaml, entry_points {record['audience']!r}: none of the pages "
                f"{', '.join(record['link'])} exists below the home page"
            )
        for name in ("heading", "text", "link_label"):
            text = record[name]
            values |= {name: text["nl"], f"{name}_nl": text["nl"], f"{name}_en": text["en"]}
        HomeEntryPoint.objects.create(**values)
    context.count("entry points", len(records))


def relink_entry_points(context):
    """An entry point that links to a stand-in (the teachers' one to the videos until the
    classroom exists) moves to its first choice once that page exists; an editor's own
    choice of page is left alone."""
    home = context.home
    for record in context.files["home.yaml"]["entry_points"]:
        best = _first_existing(home, record["link"])
        stand_ins = [page_at(home, path) for path in record["link"]]
        stand_in_ids = [page.pk for page in stand_ins if page is not None and page != best]
        if best is not None and stand_in_ids:
            HomeEntryPoint.objects.filter(
                home_page=home, audience=record["audience"], link_page_id__in=stand_in_ids
            ).update(link_page=best)


def load_featured(context):
    """The spotlight of demo/home.yaml, once (an editor's choice is never replaced)."""
    pages = []
    for path in context.files["home.yaml"]["featured"]:
        page = page_at(context.home, path)
        if page is None:
            raise DemoDataError(f"demo/home.yaml, featured: no page at {path!r}")
        pages.append(page)
    feature_pages(context, pages)
