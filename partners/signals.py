"""Follow the review in Wagtail: a published page approves its submission, a rejection refuses it.

Publishing is the one moment that counts, whether it came from the workflow's "Approve" or an
editor's "Publish"; the submitter is mailed once the transaction has committed.
"""

from django.db import transaction
from django.db.models.signals import post_save
from django.utils import timezone
from wagtail.models import Page
from wagtail.signals import page_published, workflow_rejected

from . import conversions, mail, tasks
from .models import PartnerPage, VideoConversion, VideoSubmission
from .notifications import skip_wagtail_notices_for_public_submissions


def _in_review(page_id):
    return VideoSubmission.objects.filter(page_id=page_id, status=VideoSubmission.Status.IN_REVIEW)


def _decide(page_id, status, reason=""):
    submission = _in_review(page_id).first()
    if submission is None:
        return
    submission.status = status
    submission.rejection_reason = reason
    submission.decided_at = timezone.now()
    submission.save(update_fields=["status", "rejection_reason", "decided_at", "updated_at"])
    transaction.on_commit(lambda: mail.send_decision_mail(submission.pk), robust=True)


def on_page_published(sender, instance, **kwargs):
    # Only a video page can have a submission (VideoSubmission.page): every other page type
    # skips the two queries, which every page of a bulk publish (the demo's 86) paid. The page
    # itself, not the sender: a signal may be sent without one (sender=None).
    if not isinstance(instance, VideoSubmission._meta.get_field("page").related_model):
        return
    # Both steps act on a submission in review for this page, which nearly every published
    # video (an editor's, the demo's, every test's) has not: one query without columns first,
    # instead of two that read a whole submission.
    if not _in_review(instance.pk).exists():
        return
    _publish_new_partner(instance)
    _decide(instance.pk, VideoSubmission.Status.APPROVED)


def _publish_new_partner(video):
    """Approving a new organisation's video publishes the draft partner page made for it.

    Only a partner page that was never published: one an editor took offline stays offline.
    The submission is then linked to that partner page.
    """
    submission = _in_review(video.pk).filter(partner=None).exclude(organisation_name="").first()
    company_id = getattr(video, "company_id", None)
    if submission is None or company_id is None:
        return
    company = PartnerPage.objects.filter(pk=company_id).first()
    if company is None:
        return
    if not company.live and company.first_published_at is None:
        revision = company.get_latest_revision() or company.save_revision()
        revision.publish()
    VideoSubmission.objects.filter(pk=submission.pk).update(partner=company)


def on_workflow_rejected(sender, instance, user=None, **kwargs):
    if not isinstance(instance.content_object, Page):
        return  # a snippet's workflow: never one of ours
    task_state = instance.current_task_state
    reason = (task_state.comment if task_state else "") or ""
    _decide(instance.content_object.pk, VideoSubmission.Status.REJECTED, reason)


def queue_conversion(sender, instance, created, **kwargs):
    """A WebM or MOV is converted to MP4 by the worker once its submission has committed."""
    if created and conversions.needs_conversion(instance):
        VideoConversion.objects.create(submission=instance)
        pk = instance.pk
        transaction.on_commit(lambda: tasks.convert_video.enqueue(pk), robust=True)


def connect(app_config):
    skip_wagtail_notices_for_public_submissions()
    post_save.connect(
        queue_conversion, sender=VideoSubmission, dispatch_uid="partners_queue_conversion"
    )
    page_published.connect(on_page_published, dispatch_uid="partners_submission_published")
    workflow_rejected.connect(on_workflow_rejected, dispatch_uid="partners_submission_rejected")
