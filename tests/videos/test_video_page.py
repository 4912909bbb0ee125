"""A video page: the player, both languages, heroes and signposts, its query budget.

Every test here sees the four-video catalogue, built once for the module (`shared_catalogue`);
a test that changes a video does so inside its own savepoint.
"""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction

from videos.factories import make_image

pytestmark = pytest.mark.usefixtures("catalogue")


@pytest.fixture
def catalogue(shared_catalogue):
    return shared_catalogue


@pytest.mark.parametrize("language", ["nl", "en"])
def test_video_page_has_no_iframe_before_play(client, catalogue, language):
    response = client.get(catalogue["solar"].get_url() if language == "nl" else _en(catalogue))
    html = response.content.decode()
    assert response.status_code == 200
    assert "<iframe" not in html
    assert 'data-embed-src="https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?' in html
    # Without JavaScript the play button is a plain link to the video.
    assert 'href="https://www.youtube.com/watch?v=dQw4w9WgXcQ"' in html
    assert "js/video-player.js" in html


def _en(catalogue):
    from django.utils import translation

    with translation.override("en"):
        return catalogue["solar"].get_url()


def test_vimeo_video_plays_with_do_not_track(client, catalogue):
    html = client.get(catalogue["bank"].get_url()).content.decode()
    assert "https://player.vimeo.com/video/76979871?dnt=1" in html
    assert "<iframe" not in html


def test_video_page_in_english_shows_english_content(client, catalogue):
    response = client.get("/en/videos/making-solar-cells/")
    html = response.content.decode()
    assert response.status_code == 200
    assert '<html lang="en">' in html
    assert "Making solar cells" in html
    assert "More power from sunlight." in html
    assert "Want to do this too?" in html
    assert "Choose your course" in html  # the signpost's "why", in English
    assert "Theoretically trained" in html


def test_english_page_falls_back_to_dutch_where_english_is_empty(client, catalogue):
    # The bank video has no English title or intro: the English page shows the Dutch ones.
    response = client.get("/en/videos/geld-veilig-op-de-bank/")
    html = response.content.decode()
    assert response.status_code == 200
    assert "Geld veilig op de bank" in html
    assert "Betalen met je gsm." in html
    assert "The vault went digital." in html


def test_video_page_shows_heroes_company_sectors_and_signposts(client, catalogue):
    html = client.get(catalogue["solar"].get_url()).content.decode()
    assert html.count('<article class="hero-card') == 2
    assert html.count("Ingenieur") == 2  # each hero's own fields, as published
    assert "Theoretisch opgeleid" in html and "Praktisch opgeleid" in html
    assert "Master (universiteit)" in html and "Duaal leren" in html
    assert 'href="/nl/partners/umicore/"' in html
    assert 'href="/nl/videos/?sector=energie"' in html
    assert "https://www.onderwijskiezer.be/" in html
    # Related: another video in the energy sector.
    assert "Batterijen voor auto&#x27;s" in html
    assert "https://wa.me/?text=" in html


def test_hero_gender_is_never_shown(client, catalogue):
    for language in ("nl", "en"):
        html = client.get(f"/{language}/videos/").content.decode()
        html += client.get(catalogue["solar"].get_url()).content.decode()
        for word in ("non_binary", "Non-binary", "Non-binair", "identifies", "gender"):
            assert word not in html


def test_video_page_stays_within_its_query_budget(client, catalogue, video_index, vocab):
    solar = catalogue["solar"]
    solar.poster = make_image("solar poster", size=(64, 36))
    solar.save_revision().publish()
    url = solar.get_url()
    client.get(url)  # renditions are made on the first view
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    assert len(queries) <= 25, [q["sql"][:120] for q in queries]


def test_restricted_videos_are_not_listed(client, catalogue):
    PageViewRestriction.objects.create(
        page=catalogue["robots"], restriction_type=PageViewRestriction.LOGIN
    )
    html = client.get("/nl/videos/").content.decode()
    assert "Robots een brein geven" not in html
    assert "Zonnecellen maken" in html


def test_api_never_exposes_the_heroes_gender(client, catalogue):
    response = client.get("/api/v2/pages/?type=videos.VideoPage&fields=*")
    assert response.status_code == 200
    assert "gender" not in response.content.decode()
    assert "non_binary" not in response.content.decode()


def test_uploaded_video_plays_in_a_video_element_with_caption_tracks(client, video_index):
    from django.core.files.uploadedfile import SimpleUploadedFile

    from videos.factories import make_video

    page, _ = make_video(
        video_index,
        "Eigen video",
        video_url="",
        video_file=SimpleUploadedFile("eigen.mp4", b"\x00\x00\x00\x18ftypmp42", "video/mp4"),
        captions_nl=SimpleUploadedFile("nl.vtt", b"WEBVTT\n\n00:00.000 --> 00:01.000\nHallo\n"),
        captions_en=SimpleUploadedFile("en.vtt", b"WEBVTT\n\n00:00.000 --> 00:01.000\nHello\n"),
    )
    html = client.get(page.get_url()).content.decode()
    assert '<video class="player__video" controls preload="none"' in html
    assert '<source src="/media/videos/files/eigen' in html
    assert 'kind="captions" srclang="nl"' in html and 'kind="captions" srclang="en"' in html
    assert "<iframe" not in html


def test_a_video_cannot_have_both_an_address_and_a_file(video_index):
    from django.core.exceptions import ValidationError
    from django.core.files.uploadedfile import SimpleUploadedFile

    from videos.models import VideoPage

    page = VideoPage(
        title="Beide",
        slug="beide",
        video_url="https://youtu.be/dQw4w9WgXcQ",
        video_file=SimpleUploadedFile("x.mp4", b"0"),
    )
    with pytest.raises(ValidationError) as error:
        page.clean()
    assert "video_file" in error.value.message_dict
