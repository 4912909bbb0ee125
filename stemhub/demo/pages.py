"""Building blocks of every demo step: the context handed from step to step, pages created
once in both languages, and pages found by their Dutch path below the home page.
"""

from contextlib import contextmanager
from dataclasses import dataclass, field

from wagtail.models import Page

from stemhub.models import HomeFeaturedPage


@dataclass
class DemoContext:
    """What one demo step hands to the next: the home page, the section pages by app label,
    the data files of this run and how many things each step created."""

    home: Page
    files: object = None
    sections: dict = field(default_factory=dict)
    created: dict = field(default_factory=dict)

    def count(self, label, n=1):
        self.created[label] = self.created.get(label, 0) + n


def translated(nl, en):
    return {"nl": nl, "en": en}


def add_child_page(parent, model, slug, title, **fields):
    """Create a published child page with Dutch and English title and slug, unless it exists.

    `slug` and `title` are {"nl": …, "en": …}; other translated fields may be given the same way
    or as already-suffixed names (intro_nl=…).
    """
    # The id alone first: a first load finds nothing, and a miss that selects no page columns
    # (each translated field is three of them) costs under half of one that reads the page; a
    # second load pays one query more per page it finds (the id, then the page).
    existing = model.objects.child_of(parent).filter(slug_nl=slug["nl"]).values_list("pk")
    if existing_pk := existing.first():
        return model.objects.get(pk=existing_pk[0]), False
    values = {
        # What Wagtail's default would be (Page.get_default_locale: the parent's locale), without
        # reading the parent again from the database for every page.
        "locale_id": parent.locale_id,
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
    with _validated_when_published(page):
        parent.add_child(instance=page)
    for name, items in m2m.items():
        getattr(page, name).set(items)
    # Publishing validates the page in full (Page.save: full_clean) in the state its revision
    # holds, which is the state add_child saved: neither add_child's save nor the revision
    # validates that same state before it. A page created as a draft is validated here, as
    # Wagtail does.
    page.save_revision(clean=not page.live).publish()
    return page, True


@contextmanager
def _validated_when_published(page):
    """add_child's save of a live page sets what validating sets first (slug, draft title,
    locale: Wagtail's `_set_core_field_defaults`) without validating it: `publish()` validates
    the same state in full right after and raises what validating raised here (a demo load is
    one transaction: nothing of a refused page is kept). Validating is a large part of what
    saving a page costs (modeltranslation's slug checks, every page type's clean): once
    instead of twice per demo page.

    Only for a page published now: one with a go_live_at is published as not live, which
    Page.save only minimally cleans, so it is validated here as before.

    Two differences from validating here: a value the database refuses (NOT NULL, too long)
    fails at the INSERT (IntegrityError/DataError) before anything validates it, and a refused
    page exists as a row until the caller's transaction rolls back; every caller today is
    atomic (a demo load is one transaction, a test its own)."""
    if not page.live or page.go_live_at:
        yield
        return
    page.full_clean = page._set_core_field_defaults
    try:
        yield
    finally:
        del page.full_clean


def _is_m2m(model, name):
    try:
        return model._meta.get_field(name).many_to_many
    except Exception:  # noqa: BLE001 - not a model field, so not a many-to-many
        return False


def page_at(home, path):
    """The page at a Dutch path below the home page ('videos/zonnecellen-maken'), or None."""
    url_path = f"{home.url_path}{path.strip('/')}/"
    return Page.objects.filter(url_path_nl=url_path).first()


def feature_pages(context, pages):
    """Put pages in the home page's spotlight, once: an editor's choice is never replaced."""
    home = context.home
    if home.featured_pages.exists():
        return
    for order, page in enumerate(pages):
        HomeFeaturedPage.objects.create(home_page=home, page=page, sort_order=order)
