"""The editors' roles again (stemhub.roles is idempotent): the STEM-platform editors read the
impact dashboard, set the partners' monthly mail and the initiatives' measured figures."""

from django.db import migrations


def forwards(apps, schema_editor):
    from stemhub.roles import ensure_roles

    ensure_roles(apps)


class Migration(migrations.Migration):
    dependencies = [
        ("impact", "0002_dashboard_models"),
        ("stemhub", "0006_roles_for_campaign_vocabularies"),
    ]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
