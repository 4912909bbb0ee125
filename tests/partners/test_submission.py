"""The public video form: what it refuses (storing nothing) and what it accepts (all at once)."""

import re
from pathlib import Path
from smtplib import SMTPException
from unittest import mock

import pytest
from bs4 import BeautifulSoup
from django.core.files.uploadedfile import SimpleUploadedFile
from wagtail.images import get_image_model
from wagtail.models import WorkflowState

from partners.models import PartnerPage, VideoSubmission
from stemhub.models import OutgoingMail
from tests.public_forms import focused_notice, send_and_land
from videos.models import VideoPage

from .conftest import SUBMIT_EN, SUBMIT_NL, mp4_bytes, png_bytes, poster_upload


def stored_files(media_root):
    root = Path(media_root)
    return [p for p in root.rglob("*") if p.is_file()] if root.exists() else []


def assert_nothing_stored(media_root):
    assert VideoSubmission.objects.count() == 0
    assert VideoPage.objects.count() == 0
    assert get_image_model().objects.count() == 0
    assert WorkflowState.objects.count() == 0
    assert stored_files(media_root) == []


def errors(response):
    return re.findall(r'class="field-error" id="([^"]+)-error">([^<]*)<', response.content.decode())


REFUSED = {
    "no Dutch title": ({"title_nl": ""}, "title_nl"),
    "bad e-mail": ({"email": "an.peeters"}, "email"),
    "bad phone": ({"phone": "call me maybe"}, "phone"),
    "other video host": ({"video_url": "https://www.dailymotion.com/video/x7"}, "video_url"),
    "no video at all": ({"video_url": ""}, "video_url"),
    "no organisation": ({"partner": ""}, "organisation_name"),
    "two organisations": ({"organisation_name": "Nieuw bv"}, "organisation_name"),
    "no sector": ({"sectors": None}, "sectors"),
    "organisation past 64 bits": ({"partner": "9223372036854775808"}, "partner"),
    "sector past 64 bits": ({"sectors": ["9223372036854775808"]}, "sectors"),
    "no hero role": ({"hero_2_role": ""}, "hero_2_role"),
    "unknown profile type": ({"hero_1_profile_type": "999999"}, "hero_1_profile_type"),
    "no parental consent": ({"confirms_parental_consent": None}, "confirms_parental_consent"),
    "no privacy notice": ({"confirms_privacy_notice": None}, "confirms_privacy_notice"),
    "no poster": ({"poster": None}, "poster"),
    "poster is text": (
        {"poster": SimpleUploadedFile("poster.png", b"not an image at all" * 10)},
        "poster",
    ),
    "poster is a GIF": (
        {"poster": SimpleUploadedFile("p.png", png_bytes(image_format="GIF"))},
        "poster",
    ),
    "poster too small": ({"poster": poster_upload(width=100, height=50)}, "poster"),
    "video file is an image": (
        {"video_url": "", "video_file": SimpleUploadedFile("clip.mp4", png_bytes())},
        "video_file",
    ),
    "url and file": (
        {"video_file": SimpleUploadedFile("clip.mp4", mp4_bytes())},
        "video_file",
    ),
    "summary too long": ({"summary_nl": "x" * 501}, "summary_nl"),
}


@pytest.mark.parametrize("case", REFUSED.keys())
def test_refused_submission_stores_nothing_and_says_why(client, valid_data, _media_root, case):
    changes, field = REFUSED[case]
    response = client.post(SUBMIT_NL, valid_data(**changes))
    assert response.status_code == 400
    assert_nothing_stored(_media_root)
    fields = [name for name, _ in errors(response)]
    assert f"id_submission-{field}" in fields
    html = response.content.decode()
    # The error summary links to the field, and the field points at its message.
    assert f'href="#id_submission-{field}"' in html
    if field not in {"sectors"}:
        assert re.search(rf'aria-describedby="[^"]*id_submission-{field}-error', html)


def test_refused_submission_keeps_what_was_typed(client, valid_data):
    response = client.post(SUBMIT_NL, valid_data(email="wrong", title_en="Germanium & co"))
    html = response.content.decode()
    assert 'value="Germanium uit afval"' in html
    assert 'value="Germanium &amp; co"' in html
    assert "Twee helden halen germanium uit oude zonnepanelen." in html
    assert 'value="Procesingenieur"' in html
    assert re.search(r'<option value="\d+" selected>Umicore</option>', html)
    assert "kies het videobestand en de posterafbeelding opnieuw" in html


def test_the_organisations_offered_are_the_directorys_live_partners(client, valid_data, site_tree):
    """A draft partner page (a new organisation's, in review) is neither shown nor accepted."""
    directory = site_tree.sections["partners"]
    draft = PartnerPage(title="Verborgen bv", title_nl="Verborgen bv", slug="verborgen-bv")
    draft.live = False
    directory.add_child(instance=draft)
    page = BeautifulSoup(client.get(SUBMIT_NL).content, "html.parser")
    offered = [option["value"] for option in page.select("select[name=submission-partner] option")]
    live = PartnerPage.objects.child_of(directory).live().order_by("title")
    assert offered == ["", *(str(partner.pk) for partner in live)] != [""]
    response = client.post(SUBMIT_NL, valid_data(partner=str(draft.pk)))
    assert "id_submission-partner" in [name for name, _ in errors(response)]


def test_refusal_messages_are_translated(client, valid_data, settings):
    from django.utils import translation

    with translation.override("nl"):
        from django.utils.translation import gettext

        expected = gettext("Give the video a Dutch title.")
    response = client.post(SUBMIT_NL, valid_data(title_nl=""))
    assert expected in response.content.decode()


def test_honeypot_refuses_keeps_what_was_typed_and_stores_nothing(
    client, valid_data, _media_root, mailoutbox
):
    response = client.post(SUBMIT_NL, valid_data(company_website="http://spam.example"))
    assert response.status_code == 400
    assert_nothing_stored(_media_root)
    assert mailoutbox == []
    html = response.content.decode()
    assert "We konden je inzending niet verwerken. Probeer het opnieuw." in html
    assert 'value="An Peeters"' in html
    assert "spam.example" not in html  # a person who filled it by accident can send again


def test_csrf_token_is_required(valid_data, _media_root):
    from django.test import Client

    response = Client(enforce_csrf_checks=True).post(SUBMIT_NL, valid_data())
    assert response.status_code == 403
    assert_nothing_stored(_media_root)


def test_accepted_submission_stores_one_record_one_draft_and_one_workflow(
    client, valid_data, umicore, site_tree, django_capture_on_commit_callbacks, mailoutbox
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(SUBMIT_NL, valid_data())
    assert response.status_code == 303

    submission = VideoSubmission.objects.get()
    page = VideoPage.objects.get()
    state = WorkflowState.objects.get()
    assert response["Location"] == (
        f"/nl/partners/video-indienen/status/{submission.status_token}/?received=1"
    )
    assert submission.page_id == page.pk
    assert submission.video_key == "youtube:dQw4w9WgXcQ"
    assert submission.status == VideoSubmission.Status.IN_REVIEW
    assert len(submission.status_token) >= 40
    assert list(submission.sectors.values_list("slug", flat=True)) == ["materialen-recyclage"]

    assert not page.live
    assert page.get_parent().pk == site_tree.sections["videos"].pk
    assert (page.title_nl, page.title_en) == ("Germanium uit afval", "Germanium from waste")
    assert page.slug_nl == "germanium-uit-afval" and page.slug_en == "germanium-from-waste"
    assert page.intro_nl == "<p>Twee helden halen germanium uit oude zonnepanelen.</p>"
    assert page.intro_en == "<p>Two heroes recover germanium from old solar panels.</p>"
    assert (page.video_provider, page.video_id) == ("youtube", "dQw4w9WgXcQ")
    assert page.company_id == umicore.pk
    assert page.poster is not None and page.poster.pk == submission.poster_id
    assert [h.job_title for h in page.heroes.order_by("sort_order")] == [
        "Procesingenieur",
        "Operator",
    ]
    assert [s.signpost.slug for s in page.signposts.all()] == ["vdab"]
    assert page.get_latest_revision() is not None

    assert state.workflow.name == "Partner video review"
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert int(state.object_id) == page.pk

    to = sorted(tuple(m.to) for m in mailoutbox)
    assert to == [("an.peeters@example.org",), ("redactie@stemhub.example",)]
    assert all(submission.reference in m.subject for m in mailoutbox)
    assert submission.status_token in mailoutbox[0].body or submission.status_token in (
        mailoutbox[1].body
    )


def test_thank_you_page_shows_the_reference(client, valid_data):
    response = client.post(SUBMIT_NL, valid_data(), follow=True)
    submission = VideoSubmission.objects.get()
    html = response.content.decode()
    assert submission.reference in html
    assert "notice--success" in html


@pytest.mark.parametrize("language", ["nl", "en"])
def test_after_a_submission_only_the_csrf_cookie_is_set(client, valid_data, language):
    form = {"nl": SUBMIT_NL, "en": SUBMIT_EN}[language]
    posted, landed = send_and_land(client, form, valid_data())
    assert posted["Location"].endswith("/?received=1")
    thanks = {"nl": "Bedankt! We hebben je video", "en": "Thank you! We received your"}
    assert thanks[language] in focused_notice(landed)
    assert VideoSubmission.objects.get().reference in landed.content.decode()
    # The status page's breadcrumbs: the pages routing read on the way down, then the route.
    crumbs = BeautifulSoup(landed.content, "html.parser").select_one("nav.breadcrumbs")
    assert [(link.get_text(), link["href"]) for link in crumbs.select("a")] == [
        ({"nl": "Start", "en": "Home"}[language], f"/{language}/"),
        ("Partners", f"/{language}/partners/"),
    ]
    here = {"nl": "Je ingezonden video", "en": "Your video submission"}[language]
    assert crumbs.select_one("[aria-current=page]").get_text() == here


def test_new_organisation_and_english_submitter(
    client, valid_data, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            SUBMIT_EN,
            valid_data(
                partner="", organisation_name="Nieuw Bedrijf bv", title_en="", summary_en=""
            ),
        )
    assert response.status_code == 303
    assert response["Location"].startswith("/en/partners/submit-video/status/")
    submission = VideoSubmission.objects.get()
    assert submission.language == "en"
    assert submission.organisation == "Nieuw Bedrijf bv"
    page = VideoPage.objects.get()
    # A new organisation gets a draft partner page as the video's company (issue 19).
    assert page.company.title == "Nieuw Bedrijf bv"
    assert not page.company.live
    assert page.title_en == "Germanium uit afval"  # falls back to the Dutch title
    receipt = next(m for m in mailoutbox if m.to == ["an.peeters@example.org"])
    assert "/en/partners/submit-video/status/" in receipt.body


def test_uploaded_mp4_is_accepted_by_content(client, valid_data, _media_root):
    upload = SimpleUploadedFile("clip.webm", mp4_bytes(), content_type="video/webm")
    response = client.post(SUBMIT_NL, valid_data(video_url="", video_file=upload))
    assert response.status_code == 303, errors(response)
    submission = VideoSubmission.objects.get()
    assert submission.video_file.name.endswith(".mp4")  # the content said MP4, not the name
    assert submission.video_key.startswith("sha256:")
    assert VideoPage.objects.get().video_file.name == submission.video_file.name


def test_uploaded_webm_is_accepted(client, valid_data):
    webm = b"\x1a\x45\xdf\xa3\x9f\x42\x86\x81\x01\x42\xf7\x81\x01\x42\x82\x84webm" + b"\0" * 500
    upload = SimpleUploadedFile("clip.mp4", webm, content_type="video/mp4")
    response = client.post(SUBMIT_NL, valid_data(video_url="", video_file=upload))
    assert response.status_code == 303, errors(response)
    assert VideoSubmission.objects.get().video_file.name.endswith(".webm")


def test_oversized_video_is_refused(client, valid_data, settings, _media_root):
    settings.STEMHUB_MAX_VIDEO_UPLOAD_BYTES = 10_000
    upload = SimpleUploadedFile("clip.mp4", mp4_bytes(size=50_000))
    response = client.post(SUBMIT_NL, valid_data(video_url="", video_file=upload))
    assert response.status_code == 400
    assert dict(errors(response))["id_submission-video_file"].startswith("Dit bestand is groter")
    assert_nothing_stored(_media_root)


def test_duplicate_video_url_is_recognised(client, valid_data, mailoutbox):
    assert client.post(SUBMIT_NL, valid_data()).status_code == 303
    response = client.post(
        SUBMIT_NL, valid_data(video_url="https://youtu.be/dQw4w9WgXcQ", title_nl="Opnieuw")
    )
    assert response.status_code == 400
    message = dict(errors(response))["id_submission-video_url"]
    assert "al naar ons gestuurd" in message
    assert VideoSubmission.objects.count() == 1
    assert VideoPage.objects.count() == 1


def test_duplicate_uploaded_file_is_recognised(client, valid_data):
    data = valid_data(video_url="", video_file=SimpleUploadedFile("a.mp4", mp4_bytes()))
    assert client.post(SUBMIT_NL, data).status_code == 303
    again = valid_data(video_url="", video_file=SimpleUploadedFile("b.mp4", mp4_bytes()))
    response = client.post(SUBMIT_NL, again)
    assert response.status_code == 400
    assert "al naar ons gestuurd" in dict(errors(response))["id_submission-video_file"]
    assert VideoSubmission.objects.count() == 1


def test_video_already_on_the_site_is_recognised(client, valid_data, site_tree):
    from stemhub.demo import add_child_page, translated

    add_child_page(
        site_tree.sections["videos"],
        VideoPage,
        translated("bestaand", "existing"),
        translated("Bestaand", "Existing"),
        video_url="https://www.youtube.com/embed/dQw4w9WgXcQ",
    )
    response = client.post(SUBMIT_NL, valid_data())
    assert response.status_code == 400
    assert "staat al op STEMhelden" in dict(errors(response))["id_submission-video_url"]
    assert VideoSubmission.objects.count() == 0


def test_mail_failure_loses_nothing_and_is_recorded(
    client, valid_data, django_capture_on_commit_callbacks, caplog
):
    """Mail goes through the outbox: a failing server is recorded there and retried later."""
    with (
        mock.patch(
            "django.core.mail.backends.locmem.EmailBackend.send_messages",
            side_effect=SMTPException("mail server down"),
        ),
        django_capture_on_commit_callbacks(execute=True),
    ):
        response = client.post(SUBMIT_NL, valid_data())
    assert response.status_code == 303
    submission = VideoSubmission.objects.get()
    outbox = OutgoingMail.objects.all()
    assert sorted(tuple(m.to) for m in outbox) == [
        ("an.peeters@example.org",),
        ("redactie@stemhub.example",),
    ]
    for mail in outbox:
        assert submission.reference in mail.subject
        assert mail.status == OutgoingMail.Status.RETRYING
        assert mail.last_error == "SMTPException: mail server down"
    assert VideoPage.objects.count() == 1
    assert WorkflowState.objects.count() == 1
    assert "failed" in caplog.text


def test_hostile_text_is_stored_as_text_and_escaped(client, valid_data):
    hostile = '<script>alert("x")</script><img src=x onerror=alert(1)>'
    response = client.post(SUBMIT_NL, valid_data(title_nl=hostile[:120]), follow=True)
    submission = VideoSubmission.objects.get()
    assert submission.title_nl == hostile[:120]
    html = response.content.decode()
    assert "<script>alert" not in html
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in html
    assert VideoPage.objects.get().title == hostile[:120]


def test_single_line_fields_lose_smuggled_line_breaks(client, valid_data):
    client.post(SUBMIT_NL, valid_data(title_nl="Titel\r\nBcc: evil@example.org"))
    assert VideoSubmission.objects.get().title_nl == "Titel Bcc: evil@example.org"


def test_rate_limit_on_attempts_gives_a_translated_429(client, valid_data, settings, _media_root):
    settings.STEMHUB_SUBMISSION_ATTEMPT_LIMIT = 2
    for _ in range(2):
        assert client.post(SUBMIT_NL, valid_data(email="bad")).status_code == 400
    response = client.post(SUBMIT_NL, valid_data())
    assert response.status_code == 429
    assert response["Retry-After"] == "3600"
    assert "Too many attempts" in response.content.decode() or "Te veel" in (
        response.content.decode()
    )
    assert_nothing_stored(_media_root)


def test_rate_limit_on_accepted_submissions(client, valid_data, settings):
    settings.STEMHUB_SUBMISSION_RATE_LIMIT = 1
    assert client.post(SUBMIT_NL, valid_data()).status_code == 303
    other = valid_data(video_url="https://vimeo.com/76979871", title_nl="Tweede")
    assert client.post(SUBMIT_EN, other).status_code == 429
    assert VideoSubmission.objects.count() == 1


def test_rate_limit_is_per_address(client, valid_data, settings):
    settings.STEMHUB_SUBMISSION_ATTEMPT_LIMIT = 1
    assert (
        client.post(SUBMIT_NL, valid_data(email="bad"), REMOTE_ADDR="10.0.0.1").status_code == 400
    )
    assert (
        client.post(SUBMIT_NL, valid_data(email="bad"), REMOTE_ADDR="10.0.0.2").status_code == 400
    )
    assert (
        client.post(SUBMIT_NL, valid_data(email="bad"), REMOTE_ADDR="10.0.0.1").status_code == 429
    )


def test_failure_inside_the_transaction_leaves_no_record_no_page_and_no_file(
    client, valid_data, _media_root
):
    with (
        mock.patch("partners.submissions.partner_video_workflow", side_effect=RuntimeError("boom")),
        pytest.raises(RuntimeError),
    ):
        client.post(
            SUBMIT_NL,
            valid_data(video_url="", video_file=SimpleUploadedFile("a.mp4", mp4_bytes())),
        )
    assert_nothing_stored(_media_root)
