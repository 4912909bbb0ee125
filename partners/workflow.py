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


@transaction.atomic
def review_workflow():
    group, _ = Group.objects.get_or_create(name=EDITORS_GROUP)
    access_admin = Permission.objects.filter(
        content_type__app_label="wagtailadmin", codename="access_admin"
    ).first()
    if access_admin:
        group.permissions.add(access_admin)
    task = GroupApprovalTask.objects.filter(name=TASK_NAME).first()
    if task is None:
        task = GroupApprovalTask.objects.create(name=TASK_NAME)
    task.groups.add(group)
    workflow, _ = Workflow.objects.get_or_create(name=WORKFLOW_NAME, defaults={"active": True})
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    return workflow
