"""The partner directory and each partner's page, in both languages."""

import re

import pytest
from wagtail.images import get_image_model

from .conftest import png_bytes


@pytest.fixture
def umicore_video(site_tree, umicore):
    import io

    from django.core.files.images import ImageFile

    from stemhub.demo import add_child_page, translated
    from videos.models import VideoPage

    poster = get_image_model().objects.create(
        title="poster", file=ImageFile(io.BytesIO(png_bytes()), name="poster.png")
    )
    video, _ = add_child_page(
        site_tree.sections["videos"],
        VideoPage,
        translated("germanium", "germanium"),
        translated("Germanium uit afval", "Germanium from waste"),
        video_url="https://www.youtube.com/watch?v=dQw4w9WgXcQ",
        company=umicore,
        poster=poster,
    )
    return video


@pytest.mark.parametrize(
    ("path", "description"),
    [
        ("/nl/partners/", "Materiaaltechnologie en recyclage"),
        ("/en/partners/", "Materials technology and recycling"),
    ],
)
def test_directory_lists_partners_with_sectors_and_website(client, site_tree, path, description):
    response = client.get(path)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Umicore" in html and "VRT" in html
    assert description in html
    assert 'href="https://www.umicore.com/"' in html
    assert "partner-card" in html
    assert re.search(r'class="result-count"[^>]*>\s*10 partners', html)


def test_directory_links_to_the_submission_form_in_each_language(client, site_tree):
    assert 'href="/nl/partners/video-indienen/"' in client.get("/nl/partners/").content.decode()
    assert 'href="/en/partners/submit-video/"' in client.get("/en/partners/").content.decode()


def test_directory_filters_by_sector_and_kind(client, site_tree):
    html = client.get("/nl/partners/?sector=media").content.decode()
    assert "/nl/partners/vrt/" in html
    assert "/nl/partners/umicore/" not in html
    html = client.get("/en/partners/?kind=school").content.decode()
    assert "/en/partners/vti-torhout/" in html
    assert "/en/partners/vrt/" not in html


def test_directory_ignores_an_unknown_filter_and_says_so(client, site_tree):
    response = client.get("/nl/partners/?sector=no-such-sector&kind=<b>x</b>")
    assert response.status_code == 200
    html = response.content.decode()
    assert 'class="form-notice"' in html
    assert "/nl/partners/umicore/" in html
    assert "<b>x</b>" not in html


@pytest.mark.template_contexts
@pytest.mark.parametrize("path", ["/nl/partners/", "/en/partners/"])
def test_an_old_bookmark_with_only_an_unknown_sector_lists_every_partner(client, site_tree, path):
    """Issue 18: the unknown value is dropped before filtering, not filtered on."""
    response = client.get(f"{path}?sector=no-such-sector&kind=company")
    assert response.context["filterset"].problem_names == {"sector"}
    assert 'class="form-notice"' in response.content.decode()
    companies = [p for p in response.context["partners"] if p.kind == "company"]
    assert len(response.context["partners"]) == len(companies) > 0


@pytest.mark.template_contexts
@pytest.mark.parametrize("path", ["/nl/partners/", "/en/partners/"])
def test_an_unknown_sector_next_to_a_known_one_narrows_like_the_known_one_alone(
    client, site_tree, path
):
    mixed = client.get(f"{path}?sector=media&sector=no-such-sector")
    alone = client.get(f"{path}?sector=media")
    assert mixed.context["result_count"] == alone.context["result_count"] > 0
    assert mixed.context["filterset"].problem_names == {"sector"}
    assert mixed.context["filterset"].values["sector"] == ["media"]


@pytest.mark.template_contexts
def test_directory_search_and_counts(client, site_tree):
    response = client.get("/en/partners/?q=recycling")
    assert [partner.slug_nl for partner in response.context["partners"]] == ["umicore"]
    kinds = next(facet for facet in response.context["facets"] if facet.name == "kind")
    assert {option.value: option.count for option in kinds.options}["company"] == 1


@pytest.mark.parametrize(
    ("path", "title"),
    [
        ("/nl/partners/umicore/", "Germanium uit afval"),
        ("/en/partners/umicore/", "Germanium from waste"),
    ],
)
def test_partner_page_lists_its_live_videos(client, umicore_video, path, title):
    html = client.get(path).content.decode()
    assert title in html
    assert umicore_video.poster.get_rendition("fill-400x225|format-webp").url in html


def test_partner_page_hides_draft_videos(client, umicore_video):
    umicore_video.unpublish()
    html = client.get("/nl/partners/umicore/").content.decode()
    assert "Germanium uit afval" not in html
    assert "empty-state" in html


def test_partner_page_fetches_videos_without_a_query_per_video(
    client, umicore_video, django_assert_max_num_queries
):
    client.get("/nl/partners/umicore/")  # warm caches (site root paths, renditions)
    with django_assert_max_num_queries(25):
        client.get("/nl/partners/umicore/")


def test_partner_page_without_initiative_links_shows_no_initiatives(client, umicore):
    assert umicore.initiative_list() == []
    html = client.get("/nl/partners/umicore/").content.decode()
    assert 'id="partner-initiatives"' not in html
