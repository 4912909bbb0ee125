"""The "Partner video review" workflow: one group approval task for the STEM-platform editors.

The data migration creates it for every database; `review_workflow()` recreates it at runtime
when a test flush or an editor removed it, so a submission can always start its review.
"""

from django.contrib.auth.models import Group, Permission
from django.db import transaction
from wagtail.models import GroupApprovalTask, Workflow, WorkflowTask

WORKFLOW_NAME = "Partner video review"
TASK_NAME = "Review by the STEM-platform editors"
EDITORS_GROUP = "STEM-platform editors"


EDITOR_PERMISSIONS = [
    ("wagtailadmin", "access_admin"),
    ("partners", "view_videosubmission"),
    ("partners", "change_videosubmission"),
    # The outbox: see what mail failed and send it again.
    ("stemhub", "view_outgoingmail"),
    ("stemhub", "change_outgoingmail"),
]


def grant_editor_permissions():
    group, _ = Group.objects.get_or_create(name=EDITORS_GROUP)
    for app_label, codename in EDITOR_PERMISSIONS:
        permission = Permission.objects.filter(
            content_type__app_label=app_label, codename=codename
        ).first()
        if permission:
            group.permissions.add(permission)
    return group


def grant_video_page_access(group):
    """Reviewers edit the draft, and approving publishes it "as them": both need permissions.

    Granted on the video index (which only exists once content is loaded, so not in a migration).
    """
    from wagtail.models import GroupPagePermission

    from videos.models import VideoIndexPage

    index = VideoIndexPage.objects.order_by("path").first()
    if index is None:
        return
    for permission in Permission.objects.filter(
        content_type__app_label="wagtailcore", codename__in=["change_page", "publish_page"]
    ):
        GroupPagePermission.objects.get_or_create(group=group, page=index, permission=permission)


@transaction.atomic
def review_workflow():
    group = grant_editor_permissions()
    grant_video_page_access(group)
    task = GroupApprovalTask.objects.filter(name=TASK_NAME).first()
    if task is None:
        task = GroupApprovalTask.objects.create(name=TASK_NAME)
    task.groups.add(group)
    workflow, _ = Workflow.objects.get_or_create(name=WORKFLOW_NAME, defaults={"active": True})
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    return workflow
