"""Things every installation needs, not just the demo: the vocabulary, the editors and their
review workflow. Idempotent, and written against an `apps` registry so the data migration and the
demo loader (and tests, whose database may have been flushed) share one definition.
"""

from django.apps import apps as global_apps

EDITORS_GROUP = "STEM-platform editors"
WORKFLOW_NAME = "Initiative review"
TASK_NAME = "Review by the STEM-platform editors"

# (slug, Dutch, English); slugs are used in URLs and CSV files, so they never change.
REGIONS = [
    ("antwerpen", "Antwerpen", "Antwerp"),
    ("limburg", "Limburg", "Limburg"),
    ("oost-vlaanderen", "Oost-Vlaanderen", "East Flanders"),
    ("vlaams-brabant", "Vlaams-Brabant", "Flemish Brabant"),
    ("west-vlaanderen", "West-Vlaanderen", "West Flanders"),
    ("brussel", "Brussel", "Brussels"),
    ("vlaanderen", "Heel Vlaanderen", "All of Flanders"),
    ("europa", "Europa", "Europe"),
]
TARGET_GROUPS = [
    ("kinderen-10-14", "Kinderen van 10 tot 14 jaar", "Children aged 10 to 14"),
    ("secundaire-leerlingen", "Leerlingen secundair onderwijs", "Secondary school pupils"),
    ("leerkrachten", "Leerkrachten", "Teachers"),
    ("ouders", "Ouders", "Parents"),
    ("volwassenen", "Volwassenen en zij-instromers", "Adults and career switchers"),
]
EDUCATION_LEVELS = [
    ("basisonderwijs", "Basisonderwijs", "Primary education"),
    ("secundair-onderwijs", "Secundair onderwijs", "Secondary education"),
    ("beroepsopleiding", "Beroepsgericht onderwijs en opleiding", "Vocational education"),
    ("hoger-onderwijs", "Hoger onderwijs", "Higher education"),
    ("levenslang-leren", "Volwassenenonderwijs en levenslang leren", "Adult and lifelong learning"),
]
# What kind of record (after the EU STEM Coalition database) and the languages it works in.
RECORD_TYPES = [
    ("initiative", "Initiatief", "Initiative"),
    ("programme", "Programma", "Programme"),
    ("study", "Studie", "Study"),
    ("network", "Netwerk", "Network"),
    ("event", "Evenement", "Event"),
]
LANGUAGES = [
    ("nl", "Nederlands", "Dutch"),
    ("en", "Engels", "English"),
    ("fr", "Frans", "French"),
    ("de", "Duits", "German"),
]

# Model permissions the editors get: (app_label, model, actions).
MODEL_PERMISSIONS = [
    ("initiatives", "region", ("add", "change", "delete", "view")),
    ("initiatives", "targetgroup", ("add", "change", "delete", "view")),
    ("initiatives", "educationlevel", ("add", "change", "delete", "view")),
    ("initiatives", "recordtype", ("add", "change", "delete", "view")),
    ("initiatives", "language", ("add", "change", "delete", "view")),
    ("initiatives", "initiativecandidacy", ("change", "delete", "view")),
    ("taxonomy", "sector", ("add", "change", "view")),
]
PAGE_PERMISSIONS = ("add_page", "change_page", "publish_page", "lock_page", "unlock_page")
COLLECTION_PERMISSIONS = [
    ("wagtailimages", "image", ("add_image", "change_image", "choose_image")),
    ("wagtaildocs", "document", ("add_document", "change_document", "choose_document")),
]


def ensure_vocabulary(apps=global_apps):
    for model_name, terms in (
        ("Region", REGIONS),
        ("TargetGroup", TARGET_GROUPS),
        ("EducationLevel", EDUCATION_LEVELS),
        ("RecordType", RECORD_TYPES),
        ("Language", LANGUAGES),
    ):
        try:
            model = apps.get_model("initiatives", model_name)
        except LookupError:  # an earlier migration's state: the model comes later (0005)
            continue
        for order, (slug, nl, en) in enumerate(terms):
            model.objects.get_or_create(
                slug=slug,
                defaults={"name": nl, "name_nl": nl, "name_en": en, "sort_order": order},
            )


def _permission(apps, app_label, model, codename):
    content_type_model = apps.get_model("contenttypes", "ContentType")
    permission_model = apps.get_model("auth", "Permission")
    content_type, _ = content_type_model.objects.get_or_create(app_label=app_label, model=model)
    permission, _ = permission_model.objects.get_or_create(
        content_type=content_type,
        codename=codename,
        defaults={"name": f"Can {codename.replace('_', ' ')}"},
    )
    return permission


def ensure_editors(apps=global_apps):
    """The editors group, its permissions and the review workflow on every initiative index."""
    group_model = apps.get_model("auth", "Group")
    group, _ = group_model.objects.get_or_create(name=EDITORS_GROUP)

    permissions = [_permission(apps, "wagtailadmin", "admin", "access_admin")]
    for app_label, model, actions in MODEL_PERMISSIONS:
        permissions += [
            _permission(apps, app_label, model, f"{action}_{model}") for action in actions
        ]
    group.permissions.add(*permissions)

    collection_model = apps.get_model("wagtailcore", "Collection")
    group_collection_permission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    root_collection = collection_model.objects.filter(depth=1).first()
    if root_collection is not None:
        for app_label, model, codenames in COLLECTION_PERMISSIONS:
            for codename in codenames:
                group_collection_permission.objects.get_or_create(
                    group=group,
                    collection=root_collection,
                    permission=_permission(apps, app_label, model, codename),
                )

    task_model = apps.get_model("wagtailcore", "GroupApprovalTask")
    task = task_model.objects.filter(name=TASK_NAME).first()
    if task is None:
        task = task_model.objects.create(
            name=TASK_NAME,
            active=True,
            content_type=_content_type(apps, "wagtailcore", "groupapprovaltask"),
        )
    task.groups.add(group)

    workflow_model = apps.get_model("wagtailcore", "Workflow")
    workflow, created = workflow_model.objects.get_or_create(
        name=WORKFLOW_NAME, defaults={"active": True}
    )
    workflow_task_model = apps.get_model("wagtailcore", "WorkflowTask")
    if not workflow_task_model.objects.filter(workflow=workflow, task=task).exists():
        workflow_task_model.objects.create(workflow=workflow, task=task, sort_order=0)

    index_model = apps.get_model("initiatives", "InitiativeIndexPage")
    for index_page in index_model.objects.all():
        grant_index_permissions(index_page.pk, apps=apps, group=group, workflow=workflow)
    return group


def _content_type(apps, app_label, model):
    content_type_model = apps.get_model("contenttypes", "ContentType")
    content_type, _ = content_type_model.objects.get_or_create(app_label=app_label, model=model)
    return content_type


def grant_index_permissions(page_id, apps=global_apps, group=None, workflow=None):
    """Editors may add, edit and publish below the initiative index, through the workflow."""
    group_model = apps.get_model("auth", "Group")
    workflow_model = apps.get_model("wagtailcore", "Workflow")
    group = group or group_model.objects.filter(name=EDITORS_GROUP).first()
    workflow = workflow or workflow_model.objects.filter(name=WORKFLOW_NAME).first()
    if group is None or workflow is None:
        return
    group_page_permission = apps.get_model("wagtailcore", "GroupPagePermission")
    for codename in PAGE_PERMISSIONS:
        group_page_permission.objects.get_or_create(
            group=group,
            page_id=page_id,
            permission=_permission(apps, "wagtailcore", "page", codename),
        )
    workflow_page = apps.get_model("wagtailcore", "WorkflowPage")
    if not workflow_page.objects.filter(page_id=page_id).exists():
        workflow_page.objects.create(page_id=page_id, workflow=workflow)


def ensure_all(apps=global_apps):
    ensure_vocabulary(apps)
    return ensure_editors(apps)
