"""Fold raw events into daily counts and delete them, in one transaction.

On PostgreSQL it is one statement: the events are deleted and, from what the DELETE returns,
grouped and added to the daily counts (INSERT … SELECT … GROUP BY … ON CONFLICT DO UPDATE). An
event that arrives meanwhile is not seen by the DELETE and waits for the next run, so nothing is
counted twice or lost, and two runs at once cannot collide. Other databases (SQLite in
development and tests) take a portable path through the ORM in one transaction.
"""

from django.db import connection, transaction
from django.db.models import Count, F, Max

from .models import DailyCount, Event

GROUPED_FIELDS = ["day", "language", "kind", "page_id", "target", "answer", "term"]


def fold_events():
    """Move every raw event into the daily counts; returns how many events were folded."""
    if connection.vendor == "postgresql":
        return _fold_on_postgresql()
    return _fold_portably()


def _fold_on_postgresql():
    event = connection.ops.quote_name(Event._meta.db_table)
    daily = connection.ops.quote_name(DailyCount._meta.db_table)
    columns = ", ".join(connection.ops.quote_name(name) for name in GROUPED_FIELDS)
    count = connection.ops.quote_name("count")
    sql = f"""
        WITH folded AS (DELETE FROM {event} RETURNING {columns}),
        added AS (
            INSERT INTO {daily} ({columns}, {count})
            SELECT {columns}, COUNT(*) FROM folded GROUP BY {columns}
            ON CONFLICT ON CONSTRAINT impact_dailycount_unique
            DO UPDATE SET {count} = {daily}.{count} + EXCLUDED.{count}
            RETURNING {count}
        )
        SELECT (SELECT COUNT(*) FROM folded)
    """  # noqa: S608 (table and column names come from the models, nothing from input)
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute(sql)
        return cursor.fetchone()[0]


def _fold_portably():
    with transaction.atomic():
        last = Event.objects.aggregate(last=Max("id"))["last"]
        if last is None:
            return 0
        folded = Event.objects.filter(id__lte=last)
        total = 0
        groups = folded.values(*GROUPED_FIELDS).annotate(events=Count("id")).order_by()
        for group in groups:
            events = group.pop("events")
            total += events
            added = DailyCount.objects.filter(**group).update(count=F("count") + events)
            if not added:
                DailyCount.objects.create(**group, count=events)
        folded.delete()
        return total


def oldest_event_day():
    return Event.objects.order_by("day").values_list("day", flat=True).first()
