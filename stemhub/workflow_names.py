"""Workflow and task names in the reader's language in Wagtail's notification mails.

The names are stored once, in English, and serve as the setup's identity (stemhub.roles). They
are msgids of our catalogue, so a mail rendered for a Dutch editor says
"Nakijken van initiatieven" instead of "Initiative review" in an otherwise Dutch subject. Wagtail
renders each mail in its recipient's language; the names follow through a lazy translation.
"""

from django.utils.functional import lazy
from django.utils.translation import gettext
from wagtail.admin import signal_handlers as wagtail_notices

from stemhub import roles

WORKFLOW_NAMES = [
    roles.CONTENT_REVIEW,
    roles.INITIATIVE_REVIEW,
    roles.PARTNER_VIDEO_REVIEW,
    roles.REVIEW_TASK,
    roles.PARTNER_VIDEO_TASK,
]

translated_lazily = lazy(gettext, str)


class TranslatedName:
    """A workflow or task as the mail templates see it: everything the same, its name translated."""

    def __init__(self, wrapped):
        self._wrapped = wrapped

    def __getattr__(self, attribute):
        return getattr(self._wrapped, attribute)

    @property
    def name(self):
        return translated_lazily(self._wrapped.name)

    def __str__(self):
        return str(self.name)


def translate_names_in_notifications():
    for notifier in (
        wagtail_notices.task_submission_email_notifier,
        wagtail_notices.workflow_submission_email_notifier,
        wagtail_notices.workflow_approval_email_notifier,
        wagtail_notices.workflow_rejection_email_notifier,
    ):
        if getattr(notifier, "translates_names", False):
            continue
        wagtail_get_context = notifier.get_context

        def get_context(instance, _wagtail_get_context=wagtail_get_context, **kwargs):
            context = _wagtail_get_context(instance, **kwargs)
            for key in ("workflow", "task"):
                if context.get(key) is not None:
                    context[key] = TranslatedName(context[key])
            return context

        notifier.get_context = get_context
        notifier.translates_names = True
