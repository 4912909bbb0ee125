"""The editors' roles again, for the vocabularies that now have drafts and a review workflow
(taxonomy.ReviewedSnippet): translators may change and view them, editors publish, lock and
unlock them, and every such snippet goes through "Content review" (stemhub.roles is idempotent).
"""

from django.db import migrations


def forwards(apps, schema_editor):
    from stemhub.roles import ensure_roles

    ensure_roles(apps)


class Migration(migrations.Migration):
    dependencies = [
        ("stemhub", "0010_statements_help_texts"),
        ("taxonomy", "0003_drafts_and_review_of_terms"),
        ("videos", "0009_drafts_and_review_of_terms"),
        ("classroom", "0007_drafts_and_review_of_terms"),
        ("initiatives", "0011_drafts_and_review_of_terms"),
    ]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
