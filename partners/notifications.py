"""Which notices the editors get about a partner's video: one, ours, not three.

A public submission starts the "Partner video review" workflow without a user. Wagtail would
then mail a "submitted to workflow" notice to every superuser and a "submitted for task" notice
to every editor, on top of our own notice (partners.mail.send_receipt_mails) that carries the
reference, the organisation and the contact details. Wagtail's two notices are skipped for those
workflows only; an editor who submits a page for review in the admin still triggers them.
"""

from wagtail.admin import signal_handlers as wagtail_notices
from wagtail.models import TaskState, WorkflowState

from stemhub.wagtail_notifiers import extend_notifiers
from videos.models import VideoPage

# Page types a public form puts in review; a higher app adds its own (initiatives: proposals).
PUBLIC_FORM_PAGE_TYPES = [VideoPage]


def started_by_public_form(state):
    """A workflow that nobody in the admin started on a page type of a public form."""
    workflow_state = state.workflow_state if isinstance(state, TaskState) else state
    if not isinstance(workflow_state, WorkflowState) or workflow_state.requested_by_id:
        return False
    model = workflow_state.content_type.model_class() if workflow_state.content_type_id else None
    return model is not None and issubclass(model, tuple(PUBLIC_FORM_PAGE_TYPES))


def skip_wagtail_notices_for_public_submissions():
    """Wagtail connects its notifiers after our apps are ready, so they cannot be disconnected
    here; instead each one declines the states our own notice already covers."""

    def declining_public_submissions(wagtail_can_handle):
        def can_handle(instance, **kwargs):
            return wagtail_can_handle(instance, **kwargs) and not started_by_public_form(instance)

        return can_handle

    extend_notifiers(
        (
            wagtail_notices.workflow_submission_email_notifier,
            wagtail_notices.task_submission_email_notifier,
        ),
        "can_handle",
        "skips_public_submissions",
        declining_public_submissions,
    )
