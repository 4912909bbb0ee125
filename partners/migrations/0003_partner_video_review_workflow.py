"""Once created the "Partner video review" workflow; now a no-op kept for the migration graph.

The editors' groups and every review workflow are made by stemhub 0003_editor_roles
(stemhub.roles), the one place they are defined.
"""

from django.db import migrations

class Migration(migrations.Migration):
    dependencies = [
        ("partners", "0002_video_submissions"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
        ("wagtailcore", "0098_apitoken"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(migrations.RunPython.noop, migrations.RunPython.noop)]
