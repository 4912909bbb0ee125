"""Initiative proposals in the admin: a listing under Submissions, a to-do panel on the home page,
and the review followed from the draft page's workflow.

Approving and rejecting happen on the draft initiative page, in the "Initiative review"
workflow ("Approve" publishes it; "Request changes" with a comment rejects it); the proposal
follows through the signals below and the submitter is mailed either way.
"""

from django.urls import reverse
from django.utils.timesince import timesince
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail import hooks
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.models import Page
from wagtail.permissions import register_permission_policy
from wagtail.signals import page_published, workflow_rejected

from partners.notifications import PUBLIC_FORM_PAGE_TYPES
from partners.wagtail_hooks import REVIEW_FIELDS, ReviewLinkColumn, review_status_column
from stemhub.admin_menus import SUBMISSIONS_MENU_HOOK
from stemhub.admin_permissions import SiteRecordPermissionPolicy
from stemhub.admin_todo import TodoPanel, TodoRow, record_url, register_todo_panel

from .models import CandidateMessage, InitiativePage, InitiativeProposal
from .proposals import decide

Status = InitiativeProposal.Status
PUBLIC_FORM_PAGE_TYPES.append(InitiativePage)  # our receipt notice replaces Wagtail's
register_permission_policy(InitiativeProposal, SiteRecordPermissionPolicy(InitiativeProposal))


class InitiativeProposalViewSet(ModelViewSet):
    model = InitiativeProposal
    icon = "doc-full-inverse"
    menu_label = gettext_lazy("Initiative proposals")
    menu_order = 120
    menu_hook = SUBMISSIONS_MENU_HOOK
    copy_view_enabled = False
    inspect_view_enabled = True
    list_display = [
        "reference",
        "title",
        "organisation_name",
        review_status_column(),
        DateColumn("created_at", label=gettext_lazy("Received")),
        ReviewLinkColumn("page", label=gettext_lazy("Review")),
    ]
    list_filter = ["status", "language", "created_at"]
    search_fields = ["reference", "title", "organisation_name", "contact_name", "email"]
    search_backend_name = None  # plain database lookups: proposals are not in the search index
    # Decisions are taken in the page's workflow (which mails the submitter); here only notes.
    form_fields = ["editor_notes"]
    inspect_view_fields = [
        *REVIEW_FIELDS,
        *InitiativeProposal.TYPED_FIELDS,
        *InitiativeProposal.VOCABULARY_FIELDS,
        "logo",
        "page",
        "editor_notes",
    ]


@hooks.register("register_admin_viewset")
def register_proposal_viewset():
    return InitiativeProposalViewSet("initiatives_initiativeproposal")


@register_todo_panel
class ProposalsPanel(TodoPanel):
    name = "todo-initiative-proposals"
    heading = gettext_lazy("Proposed initiatives to review")
    empty_text = gettext_lazy("Every proposed initiative has been reviewed.")
    permission = "initiatives.change_initiativeproposal"
    order = 25

    def get_queryset(self):
        return InitiativeProposal.objects.filter(status=Status.IN_REVIEW).order_by("created_at")

    def row(self, proposal):
        detail = _("by %(organisation)s, sent %(age)s ago") % {
            "organisation": proposal.organisation_name,
            "age": timesince(proposal.created_at),
        }
        url = record_url(proposal, "initiatives_initiativeproposal:inspect")
        return TodoRow(proposal.title, detail, url)

    def all_url(self):
        return reverse("initiatives_initiativeproposal:index") + f"?status={Status.IN_REVIEW}"


def on_page_published(sender, instance, **kwargs):
    if isinstance(instance, InitiativePage):
        decide(instance, Status.APPROVED)


def on_workflow_rejected(sender, instance, user=None, **kwargs):
    if not isinstance(instance.content_object, Page):
        return  # a snippet's workflow: never one of ours
    task_state = instance.current_task_state
    decide(
        instance.content_object, Status.REJECTED, (task_state.comment if task_state else "") or ""
    )


page_published.connect(on_page_published, dispatch_uid="initiatives_proposal_published")
workflow_rejected.connect(on_workflow_rejected, dispatch_uid="initiatives_proposal_rejected")


class CandidateMessageViewSet(ModelViewSet):
    """Messages between candidates: the editors read them, pass them on and tick "forwarded"."""

    model = CandidateMessage
    icon = "mail"
    menu_label = gettext_lazy("Messages between candidates")
    menu_order = 130
    menu_hook = SUBMISSIONS_MENU_HOOK
    add_view_enabled = False
    copy_view_enabled = False
    inspect_view_enabled = True
    list_display = [
        Column("sender", label=gettext_lazy("From")),
        Column("recipient", label=gettext_lazy("To")),
        "forwarded",
        DateColumn("created_at", label=gettext_lazy("Received")),
    ]
    list_filter = ["forwarded", "created_at"]
    form_fields = ["forwarded", "editor_notes"]
    inspect_view_fields = [
        "sender",
        "recipient",
        "message",
        "consents_to_pass_on",
        "language",
        "created_at",
        "forwarded",
        "editor_notes",
    ]

    def get_queryset(self, request):
        return CandidateMessage.objects.select_related("sender", "recipient")


register_permission_policy(CandidateMessage, SiteRecordPermissionPolicy(CandidateMessage))


@hooks.register("register_admin_viewset")
def register_candidate_message_viewset():
    return CandidateMessageViewSet("initiatives_candidatemessage")
