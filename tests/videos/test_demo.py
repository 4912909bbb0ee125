from django.core.management import call_command
from wagtail.images import get_image_model

from stemhub.models import HomePage
from videos.models import Signpost, VideoHero, VideoPage


def test_load_demo_creates_the_campaign_videos_once_in_both_languages(client, db):
    call_command("load_demo", "--no-admin", verbosity=0)
    videos = VideoPage.objects.live()
    assert videos.count() == 24
    assert videos.filter(year=2020, series=1).count() == 13
    assert videos.filter(year=2021, series=2).count() == 11
    assert all(video.is_placeholder and video.video_provider == "youtube" for video in videos)
    assert VideoHero.objects.count() == 48
    assert not VideoPage.objects.filter(poster__isnull=True).exists()
    assert not VideoPage.objects.filter(sectors__isnull=True).exists()
    assert not VideoPage.objects.filter(title_en="").exists()
    assert Signpost.objects.count() == 8
    assert HomePage.objects.get().featured_pages.count() == 3
    # Signposts with purpose (issue 16): every video has a deep link with a why in both
    # languages, so the editors' report of home-page-only videos starts empty.
    from videos.link_report import videos_with_only_home_page_links

    for video in videos:
        deep = [link for link in video.signposts.all() if link.deep_link]
        assert deep, video.slug_nl
        assert all(link.why_nl and link.why_en for link in deep), video.slug_nl
    assert not videos_with_only_home_page_links().exists()
    # Every hero's route leads somewhere.
    assert not VideoHero.objects.filter(education_route__onderwijskiezer_url="").exists()
    # Role models (issue 16): the curated collection, linked from the home page, and the
    # child reporters with their page.
    collection = client.get("/nl/vrouwen-in-stem/")
    assert collection.status_code == 200
    assert collection.content.decode().count('class="card video-card"') == 8
    assert "/en/women-in-stem/" in client.get("/en/").content.decode()
    assert not VideoPage.objects.live().filter(reporter__isnull=True).exists()
    assert "Lotte, 11" in client.get("/nl/onze-reporters/").content.decode()
    assert VideoHero.objects.exclude(career_path_nl="").count() == 8
    # Editors open the latest revision: it must carry the heroes too.
    revision = videos.get(slug_nl="zonnecellen-maken").get_latest_revision_as_object()
    assert len(revision.heroes.all()) == 2

    counts = (
        VideoPage.objects.count(),
        VideoHero.objects.count(),
        get_image_model().objects.count(),
    )
    call_command("load_demo", "--no-admin", verbosity=0)
    assert (
        VideoPage.objects.count(),
        VideoHero.objects.count(),
        get_image_model().objects.count(),
    ) == counts

    assert client.get("/nl/videos/zeemijnen-onschadelijk-maken/").status_code == 200
    response = client.get("/en/videos/clearing-sea-mines/")
    assert response.status_code == 200
    assert "Clearing sea mines" in response.content.decode()
    assert "24 videos" in client.get("/en/videos/").content.decode()
    assert "Clearing sea mines" in client.get("/en/").content.decode()  # home spotlight
