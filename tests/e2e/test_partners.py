"""A partner sends a video with a poster; an editor approves it; the video is on the site."""

import re

import pytest

from tests.partners.conftest import make_vocabulary

from .admin_steps import approve_draft, png_file, sign_in


@pytest.fixture
def poster_png(tmp_path):
    return png_file(tmp_path / "poster.png")


@pytest.fixture
def vocabulary(db):
    return make_vocabulary()


@pytest.fixture
def editor(db):
    from django.contrib.auth import get_user_model

    return get_user_model().objects.create_superuser("redactie", "redactie@example.org", "pw-e2e")


@pytest.mark.django_db(transaction=True)
def test_partner_submits_and_editor_approves(
    live_server,
    site_tree,
    vocabulary,
    editor,
    phone_page,
    desktop_page,
    poster_png,
):
    from partners.models import VideoSubmission
    from videos.models import VideoPage

    page = phone_page
    page.goto(f"{live_server.url}/nl/partners/")
    page.locator(".partner-directory__cta a").click()
    page.wait_for_url("**/nl/partners/video-indienen/")

    page.get_by_label("Jouw organisatie", exact=False).first.select_option(label="Umicore")
    page.get_by_label("Contactpersoon").fill("An Peeters")
    page.get_by_label("E-mailadres").fill("an.peeters@example.org")
    page.get_by_label("YouTube- of Vimeo-adres").fill("https://youtu.be/dQw4w9WgXcQ")
    page.locator("#id_submission-poster").set_input_files(str(poster_png))
    page.get_by_label("Titel in het Nederlands").fill("Germanium uit oude zonnepanelen")
    summary = page.get_by_label("Samenvatting in het Nederlands")
    summary.fill("Sofie en Jens halen germanium uit afval.")
    page.get_by_label("Materialen en recyclage").check()
    for n, role, profile, route in (
        (1, "Ingenieur", "theoretisch", "master"),
        (2, "Operator", "praktisch", "duaal"),
    ):
        page.locator(f"#id_submission-hero_{n}_role").fill(role)
        page.locator(f"#id_submission-hero_{n}_profile_type").select_option(
            str(vocabulary[{"theoretisch": "theory", "praktisch": "practice"}[profile]].pk)
        )
        page.locator(f"#id_submission-hero_{n}_education_route").select_option(
            str(vocabulary[{"master": "master", "duaal": "dual"}[route]].pk)
        )
    for name in ("right_to_publish", "consent", "parental_consent", "privacy_notice"):
        page.locator(f"#id_submission-confirms_{name}").check()
    page.get_by_role("button", name=re.compile("Send|Verstuur|Verzend", re.I)).click()

    page.wait_for_url(re.compile(r".*/nl/partners/video-indienen/status/[^/]+/\?received=1$"))
    submission = VideoSubmission.objects.get()
    assert submission.reference in page.locator(".reference").inner_text()
    assert page.external_requests == []
    video = VideoPage.objects.get()
    assert not video.live

    # The editor logs in and approves the draft in the page editor's workflow menu.
    admin = desktop_page
    sign_in(admin, live_server, "redactie", "pw-e2e")
    admin.goto(f"{live_server.url}/admin/partners_videosubmission/")
    assert submission.reference in admin.content()
    admin.get_by_role("link", name=re.compile("Review the draft page|Concept", re.I)).first.click()
    admin.wait_for_url(f"**/admin/pages/{video.pk}/edit/")
    approve_draft(admin)

    video.refresh_from_db()
    assert video.live
    submission.refresh_from_db()
    assert submission.status == VideoSubmission.Status.APPROVED

    page.goto(f"{live_server.url}/nl/videos/")
    assert "Germanium uit oude zonnepanelen" in page.content()
