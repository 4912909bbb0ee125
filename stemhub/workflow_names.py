"""Workflow and task names in the reader's language: in Wagtail's notification mails and in
every admin screen.

The names are stored once, in English, and serve as the setup's identity (stemhub.roles). They
are msgids of our catalogue, so a mail rendered for a Dutch editor says
"Nakijken van initiatieven" instead of "Initiative review" in an otherwise Dutch subject. Wagtail
renders each mail in its recipient's language; the names follow through a lazy translation.
"""

from django.conf import settings
from django.db.models.signals import post_init, post_save, pre_save
from django.utils import translation
from django.utils.functional import lazy
from django.utils.html import conditional_escape
from django.utils.translation import gettext
from wagtail.admin import signal_handlers as wagtail_notices

from stemhub import roles
from stemhub.wagtail_notifiers import extend_notifiers

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

    def with_translated_names(wagtail_get_context):
        def get_context(instance, **kwargs):
            context = wagtail_get_context(instance, **kwargs)
            for key in ("workflow", "task"):
                if context.get(key) is not None:
                    context[key] = TranslatedName(context[key])
            return context

        return get_context

    extend_notifiers(
        (
            wagtail_notices.task_submission_email_notifier,
            wagtail_notices.workflow_submission_email_notifier,
            wagtail_notices.workflow_approval_email_notifier,
            wagtail_notices.workflow_rejection_email_notifier,
        ),
        "get_context",
        "translates_names",
        with_translated_names,
    )


class TranslatableName(str):
    """A stored name that shows in the reader's language in the admin's screens.

    The value stays the English name (the setup's identity, the database value); printing or
    rendering it gives its translation, so "Initiative review" reads "Nakijken van initiatieven"
    in the Dutch admin: listings, page headers, the workflow history, the dashboard.
    """

    def __str__(self):
        return gettext(str.__str__(self))

    def __html__(self):
        return conditional_escape(str(self))


def canonical_name(name):
    """An edit form shows the translated name; saving it keeps the English name stored."""
    plain = str.__str__(name)
    for english in WORKFLOW_NAMES:
        for code, _label in settings.LANGUAGES:
            with translation.override(code):
                if plain == gettext(english):
                    return english
    return plain


def _wrap_name(sender, instance, **kwargs):
    if isinstance(instance.__dict__.get("name"), str):
        instance.name = TranslatableName(instance.name)


def _store_name(sender, instance, **kwargs):
    if isinstance(instance.__dict__.get("name"), str):
        instance.name = canonical_name(instance.name)


def _rewrap_name(sender, instance, **kwargs):
    _wrap_name(sender, instance)


def translate_names_in_admin():
    """Every workflow and task read from the database carries a TranslatableName."""
    from wagtail.models import GroupApprovalTask, Task, Workflow

    for model in (Workflow, Task, GroupApprovalTask):
        uid = f"stemhub_translated_name_{model.__name__}"
        post_init.connect(_wrap_name, sender=model, dispatch_uid=uid)
        pre_save.connect(_store_name, sender=model, dispatch_uid=uid)
        post_save.connect(_rewrap_name, sender=model, dispatch_uid=uid)
