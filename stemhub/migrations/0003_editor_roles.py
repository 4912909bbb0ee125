"""The editors' roles, once: groups (STEM-platform editors, partner reviewers, translators), their
permissions, the review workflows and their tasks, and the page rights on the tree.

Replaces the two earlier set-ups (initiatives 0003 and partners 0003 with a post_migrate signal),
which are no-ops now. Safe on a database those already ran on: stemhub.roles is idempotent.
"""

from django.db import migrations


def forwards(apps, schema_editor):
    from stemhub.roles import ensure_roles

    ensure_roles(apps)


class Migration(migrations.Migration):
    dependencies = [
        ("stemhub", "0002_outbox"),
        ("initiatives", "0004_alter_educationlevel_slug_alter_region_slug_and_more"),
        ("partners", "0005_alter_videosubmission_email"),
        ("videos", "0003_alter_educationroute_slug_alter_profiletype_slug_and_more"),
        ("classroom", "0003_flemish_ordinals"),
        ("taxonomy", "0001_initial"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailadmin", "0005_editingsession_is_editing"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
