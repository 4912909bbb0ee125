"""The editors' roles again, for what came after 0003_editor_roles: record types, languages and
child reporters are vocabulary the STEM-platform editors keep (stemhub.roles is idempotent)."""

from django.db import migrations


def forwards(apps, schema_editor):
    from stemhub.roles import ensure_roles

    ensure_roles(apps)


class Migration(migrations.Migration):
    dependencies = [
        ("stemhub", "0005_about_page"),
        ("initiatives", "0006_candidacy_networking_opt_in"),
        ("videos", "0006_collections_and_hero_paths"),
    ]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
