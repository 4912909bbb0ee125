"""The partners app's background work (run by `manage.py run_worker`)."""

from django_tasks import task

from . import conversions


@task(backend="background")
def convert_video(submission_pk):
    return conversions.convert(submission_pk)
