"""Records the site writes itself: one permission policy (stemhub.admin_permissions) for all."""

import pytest

from partners.models import VideoConversion, VideoSubmission
from stemhub.admin_permissions import SiteRecordPermissionPolicy
from stemhub.models import OutgoingMail


def refused(response):
    return response.status_code in (302, 403) and "/edit/" not in response.get("Location", "")


@pytest.fixture
def mail(db):
    return OutgoingMail.objects.create(
        from_email="site@stemhub.example", to=["an@example.org"], subject="Ontvangen"
    )


@pytest.mark.parametrize(
    "listing",
    ["stemhub_outgoingmail", "partners_videosubmission", "partners_videoconversion"],
)
def test_nobody_adds_a_record_by_hand(admin_client, listing):
    assert admin_client.get(f"/admin/{listing}/").status_code == 200
    assert refused(admin_client.get(f"/admin/{listing}/new/"))


def test_an_outgoing_mail_is_never_deleted_by_hand_but_can_be_read(admin_client, mail):
    assert admin_client.get(f"/admin/stemhub_outgoingmail/inspect/{mail.pk}/").status_code == 200
    assert refused(admin_client.get(f"/admin/stemhub_outgoingmail/delete/{mail.pk}/"))
    admin_client.post(f"/admin/stemhub_outgoingmail/delete/{mail.pk}/")
    assert OutgoingMail.objects.filter(pk=mail.pk).exists()


def test_the_policy_refuses_only_what_it_is_told_besides_adding(admin_user):
    submissions = SiteRecordPermissionPolicy(VideoSubmission)
    outbox = SiteRecordPermissionPolicy(OutgoingMail, refused={"delete"})
    assert not submissions.user_has_permission(admin_user, "add")
    assert not submissions.user_has_permission(admin_user, "copy")
    assert submissions.user_has_permission(admin_user, "delete")
    assert submissions.user_has_any_permission(admin_user, ["add", "change"])
    assert not outbox.user_has_permission(admin_user, "delete")
    assert not outbox.user_has_any_permission(admin_user, ["add", "delete"])
    assert SiteRecordPermissionPolicy(VideoConversion).user_has_permission(admin_user, "view")
