"""An initiative's page shows the hub's measured figures for its linked videos and lessons
beside the organisation's own, in both languages, only when the editors opted in."""

import pytest
from bs4 import BeautifulSoup

from impact.models import InitiativeFigures
from initiatives.factories import create_initiative
from tests.stemhub.admin_helpers import form_data

from ...kept_content import Kept, built_as_in_a_test
from ...shared_content import CommittedSkeleton, ensure_all_unless_committed, module_content


@pytest.fixture(scope="module")
def initiative_built(django_db_setup, django_db_blocker):
    """The initiative of this module's tests, published once for all of them."""
    with module_content(django_db_blocker):
        with built_as_in_a_test():
            kept = Kept(initiative=solar_camp(CommittedSkeleton.find_or_load()))
        yield kept


@pytest.fixture
def initiative(initiative_built, db):
    """A fresh instance of the module's initiative, without measured figures."""
    return initiative_built.fresh().initiative


def solar_camp(site_tree):
    ensure_all_unless_committed()
    return create_initiative(
        site_tree.sections["initiatives"],
        "zonnekamp",
        title="Zonnekamp",
        title_en="Solar camp",
        slug_en="solar-camp",
        reach={"nl": "<p>1.200 kinderen per jaar</p>", "en": "<p>1,200 children a year</p>"},
    )


def measured(response):
    return BeautifulSoup(response.content, "html.parser").select_one(".measured-figures")


def test_measured_figures_show_when_opted_in_in_both_languages(client, initiative, known_counts):
    page = initiative
    figures = InitiativeFigures.objects.create(initiative=page, show=True)
    figures.videos.set([known_counts.solar])
    figures.materials.set([known_counts.lesson])

    dutch = measured(client.get(page.url))
    assert dutch is not None
    text = dutch.get_text(" ", strip=True)
    assert "Gemeten door STEMhub" in text
    terms = [dt.get_text() for dt in dutch.select("dt")]
    facts = dict(zip(terms, [dd.get_text() for dd in dutch.select("dd")], strict=True))
    assert facts["Paginaweergaven"] == "1.047"  # 1000 two years ago + 47
    assert facts["Video's afgespeeld"] == "28"
    assert facts["Werkbladen gedownload"] == "9"
    assert facts["Gebruikt in de klas"] == "8"
    assert "1.200 kinderen per jaar" in client.get(page.url).content.decode()  # theirs stays

    english = measured(client.get("/en/initiatives/solar-camp/"))
    assert "Measured by STEMhub" in english.get_text()
    terms = [dt.get_text() for dt in english.select("dt")]
    facts = dict(zip(terms, [dd.get_text() for dd in english.select("dd")], strict=True))
    assert facts == {
        "Page views": "1,047",
        "Plays": "28",
        "Worksheet downloads": "9",
        "Times used in class": "8",
        "Signposts followed": "4",
    }


def test_no_measured_figures_without_the_opt_in(client, initiative, known_counts):
    page = initiative
    assert measured(client.get(page.url)) is None
    figures = InitiativeFigures.objects.create(initiative=page, show=False)
    figures.videos.set([known_counts.solar])
    assert measured(client.get(page.url)) is None
    assert measured(client.get("/en/initiatives/solar-camp/")) is None


def test_editors_opt_in_from_the_initiative_page_in_the_admin(
    editor_client, initiative, known_counts
):
    page = initiative
    edit = editor_client.get(f"/admin/pages/{page.pk}/edit/").content.decode()
    add_url = f"/admin/impact_initiativefigures/new/?initiative={page.pk}"
    assert add_url.replace("&", "&amp;") in edit or add_url in edit
    form = editor_client.get(add_url)
    assert form.status_code == 200
    data = form_data(form, "form[method=post]")
    assert data["initiative"] == str(page.pk)
    data.update(show=["on"], videos=[str(known_counts.solar.pk)])
    response = editor_client.post(add_url, data)
    assert response.status_code == 302
    figures = InitiativeFigures.objects.get(initiative=page)
    assert figures.show and list(figures.videos.all()) == [known_counts.solar]
    edit = editor_client.get(f"/admin/pages/{page.pk}/edit/").content.decode()
    assert f"/admin/impact_initiativefigures/edit/{figures.pk}/" in edit
