"""The privacy and accessibility statements (issue 14, item 6): both languages, their key
sections, the periods read from the settings, footer links on every page type, the sitemap,
and editors who change them in the admin."""

import re

import pytest
from bs4 import BeautifulSoup
from django.test import RequestFactory, override_settings
from django.urls import reverse
from django.utils import translation
from wagtail.models import Site
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from stemhub import roles, site_root_paths
from stemhub.context_processors import _site_pages
from stemhub.demo import DemoContext
from stemhub.demo.runner import read
from stemhub.demo.statements import load_statements
from stemhub.models import AccessibilityPage, PrivacyPage

from ..kept_content import Kept, built_as_in_a_test
from ..shared_content import CommittedSkeleton, module_content
from .admin_helpers import member_of
from .public_pages import build_public_pages

PRIVACY = {"nl": "/nl/privacyverklaring/", "en": "/en/privacy-statement/"}
ACCESSIBILITY = {"nl": "/nl/toegankelijkheidsverklaring/", "en": "/en/accessibility-statement/"}


def soup(response):
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def site_footer(response):
    """The page's site footer alone, parsed: the footer tests read nothing else, and parsing a
    whole page with html.parser cost about as much CPU as rendering it."""
    assert response.status_code == 200
    html = response.content.decode()
    assert html.count('<footer class="site-footer">') == 1
    start = html.index('<footer class="site-footer">')
    return BeautifulSoup(html[start : html.index("</footer>", start) + 9], "html.parser")


def headings(page):
    return [h2.get_text(" ", strip=True) for h2 in page.select("article h2")]


def test_footer_has_no_links_without_statements(client, site_tree):
    # The statements below are built once and stay until the module ends: in whatever order the
    # tests run, this one takes them away inside its own savepoint first.
    for model in (PrivacyPage, AccessibilityPage):
        for page in model.objects.all():
            page.delete()
    assert site_footer(client.get("/nl/")).select_one("footer nav") is None


@pytest.fixture(scope="module")
def statements_built(django_db_setup, django_db_blocker):
    """The two statements, loaded once for the module (tests/kept_content.py)."""
    with module_content(django_db_blocker):
        with built_as_in_a_test():
            site_tree = CommittedSkeleton.find_or_load()
            context = DemoContext(
                home=site_tree.home, files={"statements.yaml": read("statements.yaml")}
            )
            privacy, accessibility = load_statements(context)
            kept = Kept(privacy=privacy, accessibility=accessibility)
        yield kept


@pytest.fixture
def statements(statements_built, site_tree):
    """Fresh instances of the privacy and the accessibility statement."""
    kept = statements_built.fresh()
    return kept.privacy, kept.accessibility


@pytest.fixture(scope="module")
def public_pages_built(statements_built, django_db_blocker):
    """One page of every public type (tests/stemhub/public_pages.py), built once for the two
    tests at the end of the file that read them; their URLs."""
    with module_content(django_db_blocker):
        with built_as_in_a_test():
            pages = build_public_pages(CommittedSkeleton.find_or_load())
        yield pages


@pytest.fixture
def public_pages(public_pages_built, statements):
    return public_pages_built


@pytest.mark.parametrize(
    ("language", "title", "expected"),
    [
        (
            "nl",
            "Privacyverklaring",
            [
                "Wie is verantwoordelijk?",
                "Wat we tellen, en waarom",
                "Cookies",
                "Hoe lang we wat bewaren",
                "Inzage, een kopie of verwijdering",
                "Een klacht indienen",
            ],
        ),
        (
            "en",
            "Privacy statement",
            [
                "Who is responsible?",
                "What we count, and why",
                "Cookies",
                "How long we keep what",
                "Seeing, copying or removing your data",
                "Making a complaint",
            ],
        ),
    ],
)
def test_privacy_statement_has_its_sections_in_each_language(
    client, statements, language, title, expected
):
    page = soup(client.get(PRIVACY[language]))
    assert page.html["lang"] == language
    assert page.h1.get_text(strip=True) == title
    found = headings(page)
    assert all(heading in found for heading in expected), found
    text = page.get_text(" ", strip=True)
    assert "Vlaamse Toezichtcommissie" in text
    assert page.select_one('.statement-contact a[href="mailto:privacy@stemhub.example"]')


def test_privacy_statement_states_the_periods_of_the_settings(client, statements):
    with override_settings(
        STEMHUB_SUBMISSION_RETENTION_DAYS=123,
        STEMHUB_SENT_MAIL_RETENTION_DAYS=9,
        STEMHUB_CANDIDACY_RATE_WINDOW=7200,
    ):
        dutch = soup(client.get(PRIVACY["nl"])).get_text(" ", strip=True)
        english = soup(client.get(PRIVACY["en"])).get_text(" ", strip=True)
    assert "123 dagen" in dutch and "9 dagen" in dutch and "2 uur" in dutch
    assert "123 days" in english and "9 days" in english and "2 hours" in english
    rows = soup(client.get(PRIVACY["en"])).select(".statement-table--retention tbody tr")
    where = [row.th.get_text(strip=True) for row in rows]
    assert where[:2] == ["Video submissions", "Heroes of a submission"]
    assert "Outgoing mail" in where and "Rate limiter of the forms" in where


def test_privacy_statement_explains_the_one_cookie(client, statements, settings):
    page = soup(client.get(PRIVACY["nl"]))
    cookies = {
        row.th.get_text(strip=True): row
        for row in page.select(".statement-table--cookies tbody tr")
    }
    csrf = cookies[settings.CSRF_COOKIE_NAME].get_text(" ", strip=True)
    assert "52 weken" in csrf and "formulier" in csrf
    # The forms' thank-you travels in the address and the admin's confirmations in the editor's
    # session, so there is no messages cookie to name: just CSRF's and the editors' session.
    assert set(cookies) == {settings.CSRF_COOKIE_NAME, settings.SESSION_COOKIE_NAME}
    assert "Pagina gepubliceerd" in cookies[settings.SESSION_COOKIE_NAME].get_text()
    # The statement page itself has no form, so it sets no cookie at all.
    assert not client.get(PRIVACY["nl"]).cookies


@pytest.mark.parametrize(
    ("language", "status", "expected"),
    [
        (
            "nl",
            "gedeeltelijk conform",
            [
                "Nalevingsstatus",
                "Wat nog niet toegankelijk is",
                "Gemeten conformiteit",
                "Opstelling van deze verklaring",
                "Feedback en contactgegevens",
                "Handhavingsprocedure",
            ],
        ),
        (
            "en",
            "partially compliant",
            [
                "Conformance status",
                "What is not accessible yet",
                "Measured conformance",
                "How this statement was drawn up",
                "Feedback and contact",
                "Enforcement procedure",
            ],
        ),
    ],
)
def test_accessibility_statement_follows_the_flemish_model(
    client, statements, language, status, expected
):
    page = soup(client.get(ACCESSIBILITY[language]))
    assert headings(page) == expected
    assert page.select_one(".statement-status strong").get_text(strip=True) == status
    assert "WCAG" in page.select_one(".statement-status").get_text()
    figures = [dd.get_text(" ", strip=True) for dd in page.select(".statement-figures dd")]
    assert "axe-core" in figures[1]
    assert figures[-1] == "0"  # violations found
    text = page.get_text(" ", strip=True)
    assert "Vlaamse Ombudsdienst" in text and "30 november 2026" in text.lower()
    assert page.select_one('a[href="mailto:toegankelijkheid@stemhub.example"]')


def test_the_menu_and_footer_read_what_they_show_in_one_query(
    site_tree, statements, django_assert_num_queries
):
    """The menu and the footer read only the columns they show (context_processors.MENU_FIELDS):
    their titles and links, in both languages, need no query of their own."""
    request = RequestFactory().get("/nl/")
    Site.find_for_request(request)
    site_root_paths.read_every_language()
    with django_assert_num_queries(1):
        pages = _site_pages(request)
    # Every live, public menu page of the home page, in tree order: read without `.only()`.
    shown = Site.find_for_request(request).root_page.get_children().live().public().in_menu()
    assert [page.pk for page in pages["menu"]] == [page.pk for page in shown] != []
    assert [page.pk for page in pages["footer"]] == [page.pk for page in statements]
    with django_assert_num_queries(0):
        for language in ("nl", "en"):
            with translation.override(language):
                for page in [*pages["menu"], *pages["footer"]]:
                    assert page.title and page.get_url(request).startswith(f"/{language}/")


def test_a_draft_statement_is_not_linked(client, statements):
    privacy, _accessibility = statements
    privacy.unpublish()
    links = [a["href"] for a in soup(client.get("/en/")).select("footer nav a")]
    assert links == [ACCESSIBILITY["en"]]


def test_statements_are_in_the_sitemap_in_both_languages(client, statements):
    sitemap = client.get("/sitemap.xml").content.decode()
    for url in [*PRIVACY.values(), *ACCESSIBILITY.values()]:
        assert re.search(rf"<loc>https?://[^<]+{re.escape(url)}</loc>", sitemap), url


def test_statements_are_created_once(site_tree, statements):
    context = DemoContext(home=site_tree.home, files={"statements.yaml": read("statements.yaml")})
    again = load_statements(context)
    assert [page.pk for page in again] == [page.pk for page in statements]
    assert PrivacyPage.objects.count() == AccessibilityPage.objects.count() == 1


@pytest.mark.template_contexts
def test_an_editor_changes_the_privacy_statement_in_the_admin(client, statements):
    privacy, accessibility = statements
    client.force_login(member_of(roles.EDITORS_GROUP))
    assert (
        client.get(reverse("wagtailadmin_pages:edit", args=(accessibility.pk,))).status_code == 200
    )
    body = streamfield(
        [
            ("section", {"heading": "Nieuw hoofdstuk", "text": rich_text("<p>Tekst</p>")}),
            ("retention", {"heading": "Bewaartermijnen", "text": rich_text("")}),
        ]
    )
    data = nested_form_data(
        {
            "title_nl": "Privacyverklaring",
            "title_en": "Privacy statement",
            "slug_nl": "privacyverklaring",
            "slug_en": "privacy-statement",
            "intro_nl": rich_text("<p>Kort.</p>"),
            "intro_en": rich_text("<p>Short.</p>"),
            "contact_email": "dpo@stemhub.example",
            "updated_on": "2026-12-01",
            "body_nl": body,
            "body_en": streamfield([("contact", {"heading": "Ask us", "text": rich_text("")})]),
            "action-publish": "publish",
        }
    )
    response = client.post(reverse("wagtailadmin_pages:edit", args=(privacy.pk,)), data)
    assert response.status_code == 302, response.context["form"].errors
    dutch = soup(client.get(PRIVACY["nl"]))
    assert headings(dutch) == ["Nieuw hoofdstuk", "Bewaartermijnen"]
    english = soup(client.get(PRIVACY["en"]))
    assert english.select_one('a[href="mailto:dpo@stemhub.example"]')
    assert "1 December 2026" in english.get_text(" ", strip=True)


def test_each_statement_lives_once_below_the_home_page(site_tree, statements):
    from stemhub.models import HomePage

    for model in (PrivacyPage, AccessibilityPage):
        assert model.allowed_parent_page_models() == [HomePage]
        assert model.allowed_subpage_models() == []
        assert not model.can_create_at(site_tree.home)  # max_count = 1, and it exists


# --- with one page of every public type: built once, for the two tests below ------------------


def test_every_page_type_links_both_statements_in_the_footer(client, public_pages):
    pages = public_pages
    for dutch, english in pages.urls.values():
        for url, language in ((dutch, "nl"), (english, "en")):
            footer = site_footer(client.get(url)).select_one("footer nav.site-footer__nav")
            assert footer is not None, url
            links = [a["href"] for a in footer.select("a")]
            assert links == [PRIVACY[language], ACCESSIBILITY[language]], url
    # They are no menu items: the main menu stays the editors' choice.
    menu = soup(client.get("/nl/")).select_one(".main-nav")
    assert PRIVACY["nl"] not in [a["href"] for a in menu.select("a")]


@pytest.mark.usefixtures("public_pages")
def test_the_public_forms_link_the_privacy_statement(client):
    forms = {
        "/nl/partners/video-indienen/": PRIVACY["nl"],
        "/en/initiatives/propose/": PRIVACY["en"],
        "/nl/initiatieven/robotkamp/": PRIVACY["nl"],  # the candidacy form
    }
    for url, statement in forms.items():
        form = soup(client.get(url)).select_one("main form[method=post]")
        assert statement in [a["href"] for a in form.select("a")], url
