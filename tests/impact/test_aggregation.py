"""Raw events become daily counts and disappear: by the worker's task and by the command."""

import datetime
from collections import Counter

import pytest
from django.core.management import call_command
from django.utils import timezone

from impact import tasks
from impact.aggregation import fold_events
from impact.models import DailyCount, Event
from stemhub import worker

pytestmark = pytest.mark.django_db

FIELDS = ("day", "language", "kind", "page_id", "target", "answer", "term")


def add(day, language, kind, page_id=0, target=0, answer="", term="", times=1):
    Event.objects.bulk_create(
        Event(
            day=day,
            language=language,
            kind=kind,
            page_id=page_id,
            target=target,
            answer=answer,
            term=term,
        )
        for _ in range(times)
    )


def counts():
    return {tuple(row[:-1]): row[-1] for row in DailyCount.objects.values_list(*FIELDS, "count")}


def expected_from_events():
    return Counter(Event.objects.values_list(*FIELDS))


@pytest.fixture
def days():
    today = timezone.localdate()
    return today, today - datetime.timedelta(days=1), today - datetime.timedelta(days=3)


def test_folding_adds_up_the_events_and_deletes_them(days):
    today, yesterday, _old = days
    add(today, "nl", "view", 10, times=5)
    add(today, "en", "view", 10, times=2)
    add(yesterday, "nl", "view", 10, times=3)
    add(today, "nl", "curious", 11, answer="yes", times=4)
    add(today, "nl", "curious", 11, answer="no")
    add(today, "nl", "signpost", 11, target=7, times=2)
    add(today, "en", "search-empty", term="kwantum", times=3)
    expected = expected_from_events()

    assert fold_events() == 20
    assert counts() == dict(expected)
    assert not Event.objects.exists()


def test_a_second_run_adds_to_the_counts_of_the_same_day(days):
    today = days[0]
    add(today, "nl", "play", 10, times=2)
    fold_events()
    add(today, "nl", "play", 10, times=3)
    add(today, "en", "play", 10)
    assert fold_events() == 4
    assert counts() == {
        (today, "nl", "play", 10, 0, "", ""): 5,
        (today, "en", "play", 10, 0, "", ""): 1,
    }
    assert fold_events() == 0


def test_the_command_keeps_no_raw_event_of_any_age(days):
    today, yesterday, old = days
    add(old, "nl", "view", 10, times=2)
    add(yesterday, "en", "download", 12)
    add(today, "nl", "view", 10)
    call_command("aggregate_impact", verbosity=0)
    assert not Event.objects.exists()
    assert counts()[(old, "nl", "view", 10, 0, "", "")] == 2
    assert sum(counts().values()) == 4


def test_the_command_says_what_it_did(days, capsys):
    add(days[0], "nl", "view", 10, times=3)
    call_command("aggregate_impact")
    assert "3" in capsys.readouterr().out


def test_the_worker_keeps_the_aggregation_scheduled(days):
    assert tasks.aggregate_impact in worker.REGISTERED_PERIODIC
    add(days[0], "nl", "embed", 10, times=2)
    result = tasks.aggregate_impact.enqueue()  # the immediate backend of the tests runs it now
    assert result.return_value == {"folded_events": 2}
    assert not Event.objects.exists()
    assert sum(counts().values()) == 2
