"""The worker folds raw events into daily counts every few minutes (and so keeps none for long)."""

from datetime import timedelta

from django_tasks import task

from stemhub import worker

from .aggregation import fold_events

AGGREGATE_EVERY = timedelta(minutes=10)


@task(backend="background")
def aggregate_impact():
    folded = fold_events()
    worker.schedule_next(aggregate_impact, AGGREGATE_EVERY)
    return {"folded_events": folded}
