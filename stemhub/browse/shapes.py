"""Count queries compiled once per process, with stand-ins where each render's sets of ids go.

A browse render counts in a few queries whose SQL is the same in every render but for the sets
of ids nested in them (the browse page's own set, the active filters'): SQL that this render
compiled already (`BrowseFilterSet.base_ids()`, `matching()`, `counted_ids()`) and nests as
written. Building and compiling the rest (a dozen `Count(filter=…)` for the fixed choices, a
vocabulary's terms with their counts) cost more than running the query. So such a query is
compiled once per process for a key that holds everything its SQL depends on (the declaration,
the language and whether translation fallbacks are on, the database, which sets it nests), with
a stand-in for each set, and a render writes its sets' SQL and parameters where the stand-ins
are: the same SQL and parameters Django would have compiled (the stand-ins are opaque to Django,
as the sets are). Never keyed on the request, the moment or the data: those reach the SQL only
inside the sets, as parameters.
"""

import re

from django.db import connections
from django.db.models.expressions import RawSQL
from django.db.models.query import ModelIterable
from django.utils.translation import get_language
from modeltranslation.utils import fallbacks_enabled

STAND_IN = "stemhub_browse_ids_{}"
STAND_INS = re.compile(r"stemhub_browse_ids_(\d+)")


def shape_key(alias, *declaration):
    """A shape's key: what its SQL depends on besides `declaration` (the caller's: the browse
    class or facet, the browsed model, which sets it nests). The database and its vendor, the
    language (django-modeltranslation writes each field per language) and whether fallbacks
    are on (its `fallbacks(False)` drops the fallback columns), as stemhub/prepared_queries.py
    keys its queries."""
    return (alias, connections[alias].vendor, get_language(), fallbacks_enabled(), *declaration)


def stand_in(index):
    """Where set number `index` goes: a RawSQL, nested as the real set's RawSQL is."""
    return RawSQL(STAND_IN.format(index), ())  # noqa: S611 - a fixed word, no value


class _Caught(Exception):
    def __init__(self, sql, params):
        super().__init__("caught before it was sent")
        self.sql = sql
        self.params = params


def caught_sql(run, alias):
    """The SQL and parameters `run()` sends first to the database `alias`, caught before they
    are sent (nothing runs: the stand-ins are no SQL a database would take).

    Nothing was sent, so nothing is counted or logged: the catch goes before every other
    wrapper (a test's or a profiler's count never sees it), and while it waits this thread's
    connection makes plain cursors even when queries are logged (`DEBUG = True`, a test's
    `CaptureQueriesContext`). A debug cursor would log the statement on its way out, through
    the driver's text of what it sent: None for a statement never sent with psycopg2, which
    made the log entry's SQL None.
    """
    connection = connections[alias]

    def catch(execute, sql, params, many, context):
        raise _Caught(sql, params)

    # An attribute on this connection (connections are per thread), so no other thread's
    # cursors change; what was there before (normally nothing: the class's method) comes back.
    own = vars(connection)
    before = own.get("make_debug_cursor")
    connection.make_debug_cursor = connection.make_cursor
    connection.execute_wrappers.insert(0, catch)
    try:
        run()
    except _Caught as caught:
        return caught.sql, list(caught.params or ())
    finally:
        connection.execute_wrappers.remove(catch)
        if before is None:
            del connection.make_debug_cursor
        else:
            connection.make_debug_cursor = before
    return None


class Shape:
    """A compiled query with stand-ins, filled with each render's sets."""

    def __init__(self, sql, params):
        parts = STAND_INS.split(sql)
        self.texts = parts[0::2]
        self.slots = [int(index) for index in parts[1::2]]
        # Parameters are %s in Django's SQL (a literal % is written %%): each text's own.
        self.counts = [text.replace("%%", "").count("%s") for text in self.texts]
        self.params = params

    @classmethod
    def compile(cls, run, alias):
        """The shape of the query `run()` sends, or None when its parameters cannot be placed
        (then the caller compiles as usual)."""
        caught = caught_sql(run, alias)
        if caught is None:
            return None
        shape = cls(*caught)
        return shape if sum(shape.counts) == len(shape.params) else None

    def fill(self, sets):
        """(SQL, parameters) with `sets[n]` (a RawSQL) where stand-in n is."""
        sql, params, used = [], [], 0
        for position, text in enumerate(self.texts):
            sql.append(text)
            params.extend(self.params[used : used + self.counts[position]])
            used += self.counts[position]
            if position < len(self.slots):
                nested = sets[self.slots[position]]
                sql.append(nested.sql)
                params.extend(nested.params)
        return "".join(sql), params


def raw_reads(queryset):
    """Whether `raw()` on this queryset's SQL gives what iterating it gives: model instances
    (not values(), not Wagtail's specific()), nothing joined in by select_related or prefetched
    (raw() would silently drop those)."""
    return (
        queryset._iterable_class is ModelIterable
        and not queryset.query.select_related
        and not queryset._prefetch_related_lookups
    )


def is_set(value):
    """Whether `value` is a set of ids as SQL a stand-in can take the place of."""
    return isinstance(value, RawSQL)
