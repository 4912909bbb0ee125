"""The two heroes of a video submission become two rows (SubmissionHero) instead of 2 × 4 columns.

Existing submissions keep their heroes: `heroes_to_rows` copies hero_1_* and hero_2_* into two
rows (in that order) before the columns are dropped; going back, `rows_to_heroes` copies the
first two rows into the columns again (tested on SQLite and PostgreSQL with rows in the table).
"""

import django.db.models.deletion
import modelcluster.fields
from django.db import migrations, models


HERO_PARTS = ("name", "role", "profile_type_id", "education_route_id")


def heroes_to_rows(apps, schema_editor):
    VideoSubmission = apps.get_model("partners", "VideoSubmission")
    SubmissionHero = apps.get_model("partners", "SubmissionHero")
    rows = []
    for submission in VideoSubmission.objects.order_by("pk").iterator():
        for number in (1, 2):
            values = {part: getattr(submission, f"hero_{number}_{part}") for part in HERO_PARTS}
            if any(values.values()):
                rows.append(
                    SubmissionHero(submission_id=submission.pk, sort_order=number - 1, **values)
                )
    SubmissionHero.objects.bulk_create(rows, batch_size=500)


def rows_to_heroes(apps, schema_editor):
    VideoSubmission = apps.get_model("partners", "VideoSubmission")
    SubmissionHero = apps.get_model("partners", "SubmissionHero")
    for submission in VideoSubmission.objects.order_by("pk").iterator():
        heroes = SubmissionHero.objects.filter(submission_id=submission.pk).order_by(
            "sort_order", "pk"
        )
        for number, hero in enumerate(heroes[:2], start=1):
            for part in HERO_PARTS:
                setattr(submission, f"hero_{number}_{part}", getattr(hero, part))
        submission.save()


class Migration(migrations.Migration):

    dependencies = [
        ('partners', '0005_alter_videosubmission_email'),
        ('videos', '0003_alter_educationroute_slug_alter_profiletype_slug_and_more'),
    ]

    operations = [
        migrations.CreateModel(
            name='SubmissionHero',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('sort_order', models.IntegerField(blank=True, editable=False, null=True)),
                ('name', models.CharField(blank=True, max_length=80, verbose_name='first name')),
                ('role', models.CharField(max_length=120, verbose_name='job or role')),
                ('education_route', models.ForeignKey(null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='videos.educationroute', verbose_name='education route')),
                ('profile_type', models.ForeignKey(null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='videos.profiletype', verbose_name='profile type')),
                ('submission', modelcluster.fields.ParentalKey(on_delete=django.db.models.deletion.CASCADE, related_name='heroes', to='partners.videosubmission')),
            ],
            options={
                'verbose_name': 'hero of a submission',
                'verbose_name_plural': 'heroes of a submission',
                'ordering': ['sort_order'],
                'abstract': False,
            },
        ),
        migrations.RunPython(heroes_to_rows, rows_to_heroes),
        # A default for the required roles, so that going back can add the columns to a table
        # that has rows (PostgreSQL refuses a NOT NULL column without one).
        migrations.AlterField(
            model_name="videosubmission",
            name="hero_1_role",
            field=models.CharField(default="", max_length=120, verbose_name="first hero: job or role"),
        ),
        migrations.AlterField(
            model_name="videosubmission",
            name="hero_2_role",
            field=models.CharField(default="", max_length=120, verbose_name="second hero: job or role"),
        ),
        migrations.RemoveField(
            model_name='videosubmission',
            name='hero_1_education_route',
        ),
        migrations.RemoveField(
            model_name='videosubmission',
            name='hero_1_name',
        ),
        migrations.RemoveField(
            model_name='videosubmission',
            name='hero_1_profile_type',
        ),
        migrations.RemoveField(
            model_name='videosubmission',
            name='hero_1_role',
        ),
        migrations.RemoveField(
            model_name='videosubmission',
            name='hero_2_education_route',
        ),
        migrations.RemoveField(
            model_name='videosubmission',
            name='hero_2_name',
        ),
        migrations.RemoveField(
            model_name='videosubmission',
            name='hero_2_profile_type',
        ),
        migrations.RemoveField(
            model_name='videosubmission',
            name='hero_2_role',
        ),
    ]
