"""A new organisation sends a video; once an editor approves it, the video names its company.

Before: the organisation typed in the form appeared nowhere on the public page or card.
"""

import re

import pytest
from PIL import Image

from tests.partners.conftest import make_vocabulary


@pytest.fixture
def poster_png(tmp_path):
    path = tmp_path / "poster.png"
    Image.new("RGB", (640, 360), (20, 30, 60)).save(path)
    return path


@pytest.mark.django_db(transaction=True)
def test_approved_video_of_a_new_organisation_shows_its_company(
    live_server, site_tree, phone_page, desktop_page, poster_png, django_user_model
):
    from partners.models import PartnerPage, VideoSubmission
    from videos.models import VideoPage

    vocabulary = make_vocabulary()
    django_user_model.objects.create_superuser("redactie", "redactie@example.org", "pw-e2e")

    page = phone_page
    page.goto(f"{live_server.url}/nl/partners/video-indienen/")
    page.locator("#id_submission-organisation_name").fill("Zonnewerf Gent")
    page.get_by_label("Contactpersoon").fill("Lies Claes")
    page.get_by_label("E-mailadres").fill("lies@zonnewerf.example")
    page.get_by_label("YouTube- of Vimeo-adres").fill("https://youtu.be/aqz-KE-bpKQ")
    page.locator("#id_submission-poster").set_input_files(str(poster_png))
    page.get_by_label("Titel in het Nederlands").fill("Zonnecellen uit Gent")
    page.get_by_label("Samenvatting in het Nederlands").fill("Lies en Omar maken zonnecellen.")
    page.get_by_label("Energie").check()
    for n, role, profile, route in (
        (1, "Ingenieur", "theory", "master"),
        (2, "Monteur", "practice", "dual"),
    ):
        page.locator(f"#id_submission-hero_{n}_role").fill(role)
        page.locator(f"#id_submission-hero_{n}_profile_type").select_option(
            str(vocabulary[profile].pk)
        )
        page.locator(f"#id_submission-hero_{n}_education_route").select_option(
            str(vocabulary[route].pk)
        )
    for name in ("right_to_publish", "consent", "parental_consent", "privacy_notice"):
        page.locator(f"#id_submission-confirms_{name}").check()
    page.get_by_role("button", name=re.compile("Verstuur|Verzend", re.I)).click()
    page.wait_for_url(re.compile(r".*/status/[^/]+/\?received=1$"))

    submission = VideoSubmission.objects.get()
    video = VideoPage.objects.get()
    draft_partner = PartnerPage.objects.get(title="Zonnewerf Gent")
    assert not draft_partner.live
    assert video.company_id == draft_partner.pk
    # The draft partner is not in the public directory yet.
    page.goto(f"{live_server.url}/nl/partners/")
    assert "Zonnewerf Gent" not in page.content()

    admin = desktop_page
    admin.goto(f"{live_server.url}/admin/login/")
    admin.locator("#id_username").fill("redactie")
    admin.locator("#id_password").fill("pw-e2e")
    admin.locator("#id_password").press("Enter")
    admin.wait_for_url(f"{live_server.url}/admin/")
    admin.goto(f"{live_server.url}/admin/pages/{video.pk}/edit/")
    approve = admin.locator(
        'button[data-workflow-action-name="approve"]:not([data-workflow-action-modal-url])'
    )
    if not approve.is_visible():
        admin.locator("footer .dropdown-toggle, [data-w-dropdown-target='toggle']").last.click()
    with admin.expect_navigation():
        approve.click()

    # The approval's redirect may arrive a moment before the browser settles: wait for it.
    for _attempt in range(20):
        submission.refresh_from_db()
        if submission.status == VideoSubmission.Status.APPROVED:
            break
        admin.wait_for_timeout(500)
    assert submission.status == VideoSubmission.Status.APPROVED
    assert submission.partner_id == draft_partner.pk
    draft_partner.refresh_from_db()
    assert draft_partner.live

    page.goto(f"{live_server.url}/nl/videos/")
    card = page.locator(".card", has_text="Zonnecellen uit Gent")
    assert "Zonnewerf Gent" in card.text_content()
    card.get_by_role("link", name="Zonnecellen uit Gent").click()
    page.wait_for_url("**/nl/videos/zonnecellen-uit-gent/")
    company = page.get_by_role("link", name="Zonnewerf Gent")
    company.click()
    page.wait_for_url("**/nl/partners/zonnewerf-gent/")
    assert "Zonnecellen uit Gent" in page.content()
    assert page.external_requests == []
