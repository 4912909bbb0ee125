"""The editors' roles: groups, their permissions and the review workflows, defined once.

Three groups work in the admin:

- **STEM-platform editors** edit and publish every page, handle partner videos, candidacies and
  failed mail, and keep the vocabulary. They are the task group of every review.
- **Partner reviewers** review partner videos: they see the submissions and may edit and publish
  below the video index (approving publishes the page "as them").
- **Translators** edit the English fields of every page and of every reviewed snippet (the
  vocabularies, signposts, attainment targets: `REVIEWED_SNIPPETS`) and submit them for review;
  they cannot publish (their forms keep every other field read-only, `stemhub.admin_forms`).
  Child reporters have no English text and hold consent records: translators never see them.

Written against an `apps` registry, so the data migration (the last step of `stemhub`'s squashed
migration; 0003_editor_roles and its repeats before the squash) and the running site (tests whose
database was flushed, a new section index page) share it; every step is idempotent. Models are
named by app label, never imported: the module sits in the lowest layer and only knows the other
apps' names.
"""

from django.apps import apps as global_apps
from django.db import transaction
from django.db.models.signals import post_save
from django.utils.translation import gettext_noop
from wagtail.permission_policies.pages import PagePermissionPolicy

EDITORS_GROUP = "STEM-platform editors"
PARTNER_REVIEWERS_GROUP = "Partner reviewers"
TRANSLATORS_GROUP = "Translators"

REVIEW_TASK = gettext_noop("Review by the STEM-platform editors")
CONTENT_REVIEW = gettext_noop("Content review")
INITIATIVE_REVIEW = gettext_noop("Initiative review")
PARTNER_VIDEO_REVIEW = gettext_noop("Partner video review")
PARTNER_VIDEO_TASK = gettext_noop("Review by the partner reviewers")

VOCABULARY = ("add", "change", "delete", "view")

# Snippets with drafts, revisions and the review workflow (taxonomy.ReviewedSnippet): a save is a
# draft, publishing is the editors'. Translators change their English texts; the editors review.
REVIEWED_SNIPPETS = [
    ("taxonomy", "sector"),
    ("videos", "profiletype"),
    ("videos", "educationroute"),
    ("videos", "signpost"),
    ("classroom", "schoollevel"),
    ("classroom", "stemdomain"),
    ("classroom", "attainmenttarget"),
    ("initiatives", "region"),
    ("initiatives", "targetgroup"),
    ("initiatives", "educationlevel"),
    ("initiatives", "recordtype"),
    ("initiatives", "language"),
]
PUBLISHING = ("publish", "lock", "unlock")
TRANSLATING = ("change", "view")

# Model permissions per group: (app_label, model, actions).
MODEL_PERMISSIONS = {
    EDITORS_GROUP: [
        ("wagtailadmin", "admin", ("access",)),
        ("taxonomy", "sector", ("add", "change", "view")),
        ("videos", "profiletype", VOCABULARY),
        ("videos", "educationroute", VOCABULARY),
        ("videos", "signpost", VOCABULARY),
        ("classroom", "schoollevel", VOCABULARY),
        ("classroom", "stemdomain", VOCABULARY),
        ("classroom", "attainmenttarget", VOCABULARY),
        ("initiatives", "region", VOCABULARY),
        ("initiatives", "targetgroup", VOCABULARY),
        ("initiatives", "educationlevel", VOCABULARY),
        ("initiatives", "recordtype", VOCABULARY),
        ("initiatives", "language", VOCABULARY),
        ("videos", "reporter", VOCABULARY),
        ("initiatives", "initiativecandidacy", ("change", "delete", "view")),
        ("initiatives", "initiativeproposal", ("change", "view")),
        ("initiatives", "candidatemessage", ("change", "view")),
        ("partners", "videosubmission", ("change", "view")),
        ("partners", "videoconversion", ("view",)),
        # The outbox: see what mail failed and send it again.
        ("stemhub", "outgoingmail", ("change", "view")),
        # The impact dashboard, the partners' monthly mail, the initiatives' measured figures.
        ("impact", "dashboard", ("view",)),
        ("impact", "partnerreport", ("add", "change", "view")),
        ("impact", "initiativefigures", VOCABULARY),
        *[(app_label, model, PUBLISHING) for app_label, model in REVIEWED_SNIPPETS],
    ],
    PARTNER_REVIEWERS_GROUP: [
        ("wagtailadmin", "admin", ("access",)),
        ("partners", "videosubmission", ("change", "view")),
        ("partners", "videoconversion", ("view",)),
    ],
    TRANSLATORS_GROUP: [
        ("wagtailadmin", "admin", ("access",)),
        *[(app_label, model, TRANSLATING) for app_label, model in REVIEWED_SNIPPETS],
    ],
}

# Page permissions on the whole tree (the root page): translators edit, never publish.
TREE_PERMISSIONS = {
    EDITORS_GROUP: ("add_page", "change_page", "publish_page", "lock_page", "unlock_page"),
    TRANSLATORS_GROUP: ("change_page",),
}
# Page permissions on one section, given to its index page when it exists (and when created).
SECTION_PERMISSIONS = {
    ("videos", "videoindexpage"): {PARTNER_REVIEWERS_GROUP: ("change_page", "publish_page")},
}
# The workflow each section's index page gets (its pages inherit it).
SECTION_WORKFLOWS = {("initiatives", "initiativeindexpage"): INITIATIVE_REVIEW}

COLLECTION_PERMISSIONS = [
    ("wagtailimages", "image", ("add_image", "change_image", "choose_image")),
    ("wagtaildocs", "document", ("add_document", "change_document", "choose_document")),
]
# The apps whose permissions the groups get (read at once by `_Permissions`).
_PERMISSION_APPS = {
    "wagtailcore",
    *(app_label for grants in MODEL_PERMISSIONS.values() for app_label, _model, _a in grants),
    *(app_label for app_label, _model, _codenames in COLLECTION_PERMISSIONS),
}

# workflow name -> the task names it runs, in order; a task name -> the groups that review it.
WORKFLOWS = {
    CONTENT_REVIEW: [REVIEW_TASK],
    INITIATIVE_REVIEW: [REVIEW_TASK],
    PARTNER_VIDEO_REVIEW: [PARTNER_VIDEO_TASK],
}
TASK_GROUPS = {
    REVIEW_TASK: [EDITORS_GROUP],
    PARTNER_VIDEO_TASK: [EDITORS_GROUP, PARTNER_REVIEWERS_GROUP],
}
ROOT_WORKFLOW = CONTENT_REVIEW
# The workflow of every reviewed snippet (Wagtail's workflow settings per content type).
SNIPPET_WORKFLOW = CONTENT_REVIEW
WAGTAIL_DEFAULT_WORKFLOW = "Moderators approval"


def _content_type(apps, app_label, model):
    content_type_model = apps.get_model("contenttypes", "ContentType")
    return content_type_model.objects.get_or_create(app_label=app_label, model=model)[0]


def _permission(apps, app_label, model, codename):
    """The permission, created if `migrate` has not made it yet (it runs after migrations)."""
    permission_model = apps.get_model("auth", "Permission")
    permission, _ = permission_model.objects.get_or_create(
        content_type=_content_type(apps, app_label, model),
        codename=codename,
        defaults={"name": f"Can {codename.replace('_', ' ')}"},
    )
    return permission


class _Permissions:
    """The permissions of the apps named here, read in one query when the first is asked for,
    for one set-up: a query for each permission and one for its content type were about 310 of
    the 385 queries of `ensure_roles` on a set-up site. One still missing is made by
    `_permission`, as before."""

    def __init__(self, apps):
        self.apps = apps
        self.found = None

    def get(self, app_label, model, codename):
        if self.found is None:
            permission_model = self.apps.get_model("auth", "Permission")
            rows = permission_model.objects.filter(
                content_type__app_label__in=_PERMISSION_APPS
            ).select_related("content_type")
            self.found = {
                (row.content_type.app_label, row.content_type.model, row.codename): row
                for row in rows
            }
        key = (app_label, model, codename)
        if key not in self.found:
            self.found[key] = _permission(self.apps, *key)
        return self.found[key]


def ensure_groups(apps=global_apps, permissions=None):
    """Every group with its model and collection permissions; returns {name: group}."""
    permissions = permissions or _Permissions(apps)
    group_model = apps.get_model("auth", "Group")
    groups = {}
    for name, grants in MODEL_PERMISSIONS.items():
        group = group_model.objects.get_or_create(name=name)[0]
        group.permissions.add(
            *[
                permissions.get(app_label, model, f"{action}_{model}")
                for app_label, model, actions in grants
                for action in actions
            ]
        )
        groups[name] = group
    _grant_collections(apps, groups[EDITORS_GROUP], permissions)
    return groups


def _grant_collections(apps, group, permissions):
    collection_model = apps.get_model("wagtailcore", "Collection")
    group_collection_permission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    root_collection = collection_model.objects.filter(depth=1).first()
    if root_collection is None:
        return
    for app_label, model, codenames in COLLECTION_PERMISSIONS:
        for codename in codenames:
            group_collection_permission.objects.get_or_create(
                group=group,
                collection=root_collection,
                permission=permissions.get(app_label, model, codename),
            )


def _grant_pages(apps, group, page_id, codenames, permissions=None):
    permissions = permissions or _Permissions(apps)
    group_page_permission = apps.get_model("wagtailcore", "GroupPagePermission")
    for codename in codenames:
        group_page_permission.objects.get_or_create(
            group=group,
            page_id=page_id,
            permission=permissions.get("wagtailcore", "page", codename),
        )


def ensure_workflows(apps=global_apps, groups=None):
    """The review task and the workflows that run it; returns {name: workflow}."""
    groups = groups or ensure_groups(apps)
    task_model = apps.get_model("wagtailcore", "GroupApprovalTask")
    tasks = {}
    for task_name, group_names in TASK_GROUPS.items():
        task = task_model.objects.filter(name=task_name).first()
        if task is None:
            task = task_model.objects.create(
                name=task_name,
                active=True,
                content_type=_content_type(apps, "wagtailcore", "groupapprovaltask"),
            )
        task.groups.add(*[groups[name] for name in group_names])
        tasks[task_name] = task

    workflow_model = apps.get_model("wagtailcore", "Workflow")
    workflows = {}
    for workflow_name, task_names in WORKFLOWS.items():
        workflow = workflow_model.objects.get_or_create(
            name=workflow_name, defaults={"active": True}
        )[0]
        declared = [tasks[task_name] for task_name in task_names]
        _set_tasks(apps, workflow, declared)
        workflows[workflow_name] = workflow
    return workflows


def _set_tasks(apps, workflow, declared):
    """The workflow runs exactly the declared tasks; a task is only taken out of a workflow
    that no page is going through (an older set-up gave partner videos the editors' task)."""
    workflow_task_model = apps.get_model("wagtailcore", "WorkflowTask")
    workflow_state_model = apps.get_model("wagtailcore", "WorkflowState")
    for order, task in enumerate(declared):
        if not workflow_task_model.objects.filter(workflow=workflow, task=task).exists():
            workflow_task_model.objects.create(workflow=workflow, task=task, sort_order=order)
    in_progress = workflow_state_model.objects.filter(
        workflow=workflow, status__in=("in_progress", "needs_changes")
    )
    if not in_progress.exists():
        workflow_task_model.objects.filter(workflow=workflow).exclude(
            task__in=[task.pk for task in declared]
        ).delete()


def ensure_snippet_workflows(apps=global_apps, workflows=None):
    """Every reviewed snippet goes through SNIPPET_WORKFLOW; a workflow an editor chose for one
    in Wagtail's workflow settings is kept."""
    workflows = workflows or ensure_workflows(apps)
    workflow_content_type = apps.get_model("wagtailcore", "WorkflowContentType")
    for app_label, model in REVIEWED_SNIPPETS:
        workflow_content_type.objects.get_or_create(
            content_type=_content_type(apps, app_label, model),
            defaults={"workflow": workflows[SNIPPET_WORKFLOW]},
        )


def ensure_tree(apps=global_apps, groups=None, workflows=None, permissions=None):
    """Page permissions on the root and on each existing section index; the section workflows."""
    permissions = permissions or _Permissions(apps)
    groups = groups or ensure_groups(apps, permissions)
    workflows = workflows or ensure_workflows(apps, groups)
    page_model = apps.get_model("wagtailcore", "Page")
    workflow_page_model = apps.get_model("wagtailcore", "WorkflowPage")
    root = page_model.objects.filter(depth=1).first()
    if root is not None:
        for group_name, codenames in TREE_PERMISSIONS.items():
            _grant_pages(apps, groups[group_name], root.pk, codenames, permissions)
        # Wagtail's own "Moderators approval" on the root goes to a group we do not use.
        root_workflow = workflow_page_model.objects.filter(page_id=root.pk).first()
        if root_workflow is None:
            workflow_page_model.objects.create(page_id=root.pk, workflow=workflows[ROOT_WORKFLOW])
        elif root_workflow.workflow.name == WAGTAIL_DEFAULT_WORKFLOW:
            root_workflow.workflow = workflows[ROOT_WORKFLOW]
            root_workflow.save()
    for app_label, model in {*SECTION_PERMISSIONS, *SECTION_WORKFLOWS}:
        index_model = apps.get_model(app_label, model)
        for page_id in index_model.objects.values_list("pk", flat=True):
            ensure_section(apps, (app_label, model), page_id, groups, workflows, permissions)


def ensure_section(apps, key, page_id, groups=None, workflows=None, permissions=None):
    """One section index page's permissions and workflow (idempotent)."""
    group_model = apps.get_model("auth", "Group")
    workflow_model = apps.get_model("wagtailcore", "Workflow")
    for group_name, codenames in SECTION_PERMISSIONS.get(key, {}).items():
        group = (groups or {}).get(group_name) or group_model.objects.filter(
            name=group_name
        ).first()
        if group is not None:
            _grant_pages(apps, group, page_id, codenames, permissions)
    workflow_name = SECTION_WORKFLOWS.get(key)
    if workflow_name:
        workflow = (workflows or {}).get(workflow_name) or workflow_model.objects.filter(
            name=workflow_name
        ).first()
        workflow_page_model = apps.get_model("wagtailcore", "WorkflowPage")
        assigned = workflow_page_model.objects.filter(page_id=page_id).exists()
        if workflow is not None and not assigned:
            workflow_page_model.objects.create(page_id=page_id, workflow=workflow)


def ensure_roles(apps=global_apps):
    """Everything above, for the data migration and for tests: the single entry point."""
    permissions = _Permissions(apps)
    groups = ensure_groups(apps, permissions)
    workflows = ensure_workflows(apps, groups)
    ensure_tree(apps, groups, workflows, permissions)
    ensure_snippet_workflows(apps, workflows)
    return groups


@transaction.atomic
def review_workflow(name):
    """The workflow a public form starts; re-created if a flush or an editor removed it."""
    workflow_model = global_apps.get_model("wagtailcore", "Workflow")
    workflow = workflow_model.objects.filter(name=name, active=True).first()
    if workflow is None or not workflow.workflow_tasks.exists():
        ensure_roles()
        workflow = workflow_model.objects.get(name=name)
    return workflow


def partner_video_workflow():
    """The review a partner's video submission starts."""
    return review_workflow(PARTNER_VIDEO_REVIEW)


def initiative_workflow():
    """The review a proposed initiative starts (the initiatives index's own workflow)."""
    return review_workflow(INITIATIVE_REVIEW)


def _on_new_section(sender, instance, created, raw=False, **kwargs):
    if created and not raw:
        key = (sender._meta.app_label, sender._meta.model_name)
        ensure_section(global_apps, key, instance.pk)


def connect():
    """A section index page created later (a fresh site, the demo) gets its rights at once."""
    for app_label, model in {*SECTION_PERMISSIONS, *SECTION_WORKFLOWS}:
        post_save.connect(
            _on_new_section,
            sender=f"{app_label}.{model}",
            dispatch_uid=f"stemhub_roles_{app_label}_{model}",
        )


def can_edit_pages(user):
    """Anyone who may change some page (editors, translators, partner reviewers …)."""
    return PagePermissionPolicy().user_has_any_permission(user, ["change"])


def is_translator_only(user):
    """A translator who may not publish: page and snippet forms let them change English fields
    only."""
    if user is None or user.is_superuser:
        return False
    names = {group.name for group in user.groups.all()}
    return TRANSLATORS_GROUP in names and not names & {EDITORS_GROUP, PARTNER_REVIEWERS_GROUP}
