"""Seed the initiatives' vocabulary.

Runs everywhere (not only with demo data), so a fresh installation has regions, target groups and
education levels from the start. Safe to re-run: initiatives.setup is idempotent. The editors'
group and workflow it once made come from stemhub 0003_editor_roles now.
"""

from django.db import migrations


def forwards(apps, schema_editor):
    from initiatives.setup import ensure_vocabulary

    ensure_vocabulary(apps)


class Migration(migrations.Migration):
    dependencies = [
        ("initiatives", "0002_educationlevel_region_targetgroup_initiativepage_and_more"),
        ("taxonomy", "0001_initial"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailadmin", "0005_editingsession_is_editing"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
