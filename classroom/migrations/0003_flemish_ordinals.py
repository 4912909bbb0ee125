"""School levels as Flanders writes them: "5de leerjaar", "1ste jaar" (not "5e", "1e").

Only names still exactly as first created are changed; an editor's own wording stays.
"""

from django.db import migrations

RENAMES = {
    "5e leerjaar lager onderwijs": "5de leerjaar lager onderwijs",
    "6e leerjaar lager onderwijs": "6de leerjaar lager onderwijs",
    "1e jaar secundair onderwijs": "1ste jaar secundair onderwijs",
    "2e jaar secundair onderwijs": "2de jaar secundair onderwijs",
}


def rename(apps, schema_editor, renames=RENAMES):
    SchoolLevel = apps.get_model("classroom", "SchoolLevel")
    for old, new in renames.items():
        SchoolLevel.objects.filter(name_nl=old).update(name_nl=new)
        SchoolLevel.objects.filter(name=old).update(name=new)


def rename_back(apps, schema_editor):
    rename(apps, schema_editor, {new: old for old, new in RENAMES.items()})


class Migration(migrations.Migration):
    dependencies = [("classroom", "0002_alter_schoollevel_slug_alter_stemdomain_slug")]

    operations = [migrations.RunPython(rename, rename_back)]
