"""Seed the initiatives' vocabulary and the STEM-platform editors group with its review workflow.

Runs everywhere (not only with demo data), so a fresh installation has regions, target groups,
education levels and an editors group from the start. Safe to re-run: initiatives.setup is
idempotent.
"""

from django.db import migrations


def forwards(apps, schema_editor):
    from initiatives.setup import ensure_all

    ensure_all(apps)


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
