"""The queries many requests run, their SQL compiled once per process instead of at every request.

Django builds and compiles a queryset's SQL anew each time it is evaluated. For the few queries
every public request runs (the site look-up, routing's child by slug, the menu and footer), and
for those of many pages (a detail page's vocabularies and inline rows, the public forms' term
and partner lists), that is most of their CPU: about 1.2–2 ms each, of which SQLite's own time
is a few per cent. Their SQL text never depends on the values they compare with (a hostname, a
slug, a parent's path), only on their shape: the queryset the code builds, the active language
and whether modeltranslation's fallbacks are on (django-modeltranslation writes field names per
language), the number of values in a list, the database.

A `PreparedQuery` builds its queryset for each shape twice, with two disjoint sets of marker
values in place of the values (`build(*shape, **markers)`), compiles both, and notes where each
marker landed in the parameters. Each use runs that SQL with its own values in those places and
builds the model instances as Django's `ModelIterable` does (from_db, select_related). What is
kept is SQL text and where its parameters go, never a row: every call reads the database, so
nothing goes stale.

A value must reach the SQL as it is (an `exact`, `range` or `in` comparison of a text or integer
column). The two compiles must give the same SQL, each marker in the same places and every other
parameter equal: a marker that a lookup changed on its way (`startswith` adds a `%`, SQLite's
`iexact` escapes `_`, a build's `.lower()`), anything the build worked out from a marker
(`depth + 1`, `len(slug)`) and a missing marker are refused when the shape is compiled, and so is
a date, time or non-integer number among the constants (`timezone.now()` would be kept for good).
Tests compare each prepared query's SQL, parameters and instances with Django's own
(tests/stemhub/test_prepared_queries.py). A shape Django compiles to no query at all (an empty
`in` list, a marker out of a smallint column's range) is built and evaluated by Django at every
call, as before, and so is any shape beyond the first `MAX_SHAPES` of a query.

A prepared query reads one database (`using`, "default" unless given): the queryset its build
returns must read that one too (not another by `.using()` or a router), or it is refused.
"""

import copy
import datetime
import decimal
import threading

from django.core.exceptions import EmptyResultSet
from django.db import connections
from django.db.models.lookups import Lookup
from django.db.models.query import ModelIterable, get_related_populators
from django.db.models.sql.where import WhereNode
from django.utils.translation import get_language
from modeltranslation.utils import fallbacks_enabled

# Two disjoint sets of markers, each shape compiled once with each. Integers: of different
# lengths, far apart and spaced differently in each set, so that a number the build works out
# from one marker (`depth + 1`) is not another marker in both sets. All fit PostgreSQL's int4
# and bigint, not smallint: Django 5 drops a comparison with a value out of its column's range
# (or finds the whole query empty), so a smallint compared with a marker is refused (the marker
# is missing from the parameters) or built and evaluated by Django at every call (`_NotCompiled`).
# Texts: upper case, spaces at both ends, and `_ % \`, so that a lookup that escapes (SQLite's
# `iexact` is a LIKE), lowers or strips a value changes it.
_INTEGER_MARKERS = ((1_987_650_000, 1_009), (31_400_000, 7_919))  # (first, step) of each set
_MAX_VALUES = 10_000  # per shape: the first set's last marker stays inside int4
_TEXT_MARKERS = (" Prepared_Query%Marker\\{} ", "  PQ_MARK%\\{}-B  ")
# Constants a build may not take from the moment or the data: a date, a time or a number that
# is not an integer (`timezone.now()`, a float, a Decimal) would be kept in the SQL for good.
_REFUSED_CONSTANTS = (datetime.date, datetime.time, datetime.timedelta, float, decimal.Decimal)
# Shapes compiled per PreparedQuery: a list's length is part of the shape; beyond this many,
# a new shape is built and evaluated by Django at each call, as before.
MAX_SHAPES = 64


class PreparedQuery:
    """`build(*shape, **values)` returns a queryset of model instances (no values(), nothing
    prefetched) that reads the database `using`. `shape` (hashable: a model, a relation's name)
    is what else the code varies in the queryset; each shape is compiled once per language and
    database. The queryset may depend on nothing else (a setting, the moment, the request)."""

    def __init__(self, build, using="default"):
        self.build = build
        self.using = using
        self._compiled = {}
        self._lock = threading.Lock()

    def sql(self, *shape, **values):
        """(SQL, parameters) this query runs for `values`, or None for a query with no rows."""
        return self._compiled_for(shape, values).sql_for(shape, values)

    def __call__(self, *shape, **values):
        """The model instances, as the queryset built with these values would give them."""
        return self._compiled_for(shape, values).run(shape, values)

    def _compiled_for(self, shape, values):
        key = (
            connections[self.using].vendor,
            get_language(),
            fallbacks_enabled(),  # modeltranslation's `fallbacks(False)` drops fallback columns
            shape,
            tuple((name, _shape_of(value)) for name, value in sorted(values.items())),
        )
        try:
            return self._compiled[key]
        except KeyError:
            pass
        with self._lock:
            if key not in self._compiled:
                if len(self._compiled) >= MAX_SHAPES:  # lists of ever new lengths: not kept
                    return _NotCompiled(self)
                self._compiled[key] = _Compiled.of(self, shape, values)
            return self._compiled[key]


def _shape_of(value):
    """What of a value changes the SQL: its kind, and a list's length."""
    if isinstance(value, (list, tuple)):
        return (len(value), *(_shape_of(item) for item in value))
    if isinstance(value, bool) or not isinstance(value, (int, str)):
        raise TypeError(f"A prepared query takes texts and integers, not {value!r}")
    return type(value)


def _markers(values, marker_set):
    """The values with each scalar replaced by its marker of this set (0 or 1)."""
    first, step = _INTEGER_MARKERS[marker_set]
    numbers = iter(range(first, first + step * _MAX_VALUES, step))

    def marker_for(value):
        if isinstance(value, (list, tuple)):
            return [marker_for(item) for item in value]
        number = next(numbers, None)
        if number is None:
            raise ValueError(f"A prepared query takes at most {_MAX_VALUES} values")
        return number if isinstance(value, int) else _TEXT_MARKERS[marker_set].format(number)

    return {name: marker_for(value) for name, value in values.items()}


def _flat(name, value):
    """[(name or (name, index), scalar)] of a value, a list's items each in turn."""
    if isinstance(value, (list, tuple)):
        return [((name, index), item) for index, item in enumerate(value)]
    return [(name, value)]


def _all_markers(markers):
    """{(type, marker): name or (name, index)}: a marker's type too, as True == 1."""
    return {
        (type(marker), marker): slot
        for name, value in markers.items()
        for slot, marker in _flat(name, value)
    }


def _compared_constants(where):
    """The values the lookups of a WHERE tree compare with (before the database adapts them:
    SQLite gets a datetime as text)."""
    for child in where.children:
        if isinstance(child, WhereNode):
            yield from _compared_constants(child)
        elif isinstance(child, Lookup):
            rhs = child.rhs
            yield from rhs if isinstance(rhs, (list, tuple, set)) else [rhs]


class _NotCompiled:
    """A shape left to Django: one compiled to no query with the markers in it (an empty `in`
    list, a marker out of a smallint column's range) or one beyond `MAX_SHAPES`; built and
    evaluated by Django at every call, as before."""

    def __init__(self, query):
        self.query = query

    def sql_for(self, shape, values):
        queryset = self.query.build(*shape, **values)
        try:
            sql, params = queryset.query.get_compiler(using=self.query.using).as_sql()
        except EmptyResultSet:
            return None
        return sql, list(params)

    def run(self, shape, values):
        return list(self.query.build(*shape, **values))


class _Compiled:
    def __init__(self, using, compiler, sql, params, slots):
        self.using = using
        # What building the instances reads of the compiler (select, klass_info, col_count,
        # annotation_col_map); without the compiling thread's connection, which each run
        # replaces with its own (a DatabaseWrapper belongs to one thread).
        self.compiler = compiler
        compiler.connection = None
        self.sql = sql
        self.params = params
        self.slots = slots  # [(positions in params, name or (name, index))]

    @classmethod
    def of(cls, query, shape, values):
        using = query.using
        compiles = []
        for marker_set in (0, 1):
            markers = _markers(values, marker_set)
            queryset = query.build(*shape, **markers)
            if queryset.db != using:
                raise ValueError(f"A prepared query reads {using!r}, this one {queryset.db!r}")
            if queryset._iterable_class is not ModelIterable or queryset._prefetch_related_lookups:
                raise ValueError("A prepared query gives model instances, with nothing prefetched")
            if queryset._known_related_objects:
                raise ValueError("A prepared query cannot fill known related objects")
            for constant in _compared_constants(queryset.query.where):
                if isinstance(constant, _REFUSED_CONSTANTS):
                    raise ValueError(f"A prepared query cannot keep the constant {constant!r}")
            compiler = queryset.query.get_compiler(using=using)
            try:
                sql, params = compiler.as_sql()
            except EmptyResultSet:
                return _NotCompiled(query)
            if compiler.has_extra_select:
                raise ValueError("A prepared query's rows must be its model's columns only")
            compiles.append((markers, compiler, sql, tuple(params)))
        (markers, compiler, sql, params), (other_markers, _compiler, other_sql, other_params) = (
            compiles
        )
        if sql != other_sql or len(params) != len(other_params):
            raise ValueError(f"A value was changed on its way into {sql}")
        slots_of, other_slots_of = _all_markers(markers), _all_markers(other_markers)
        positions = {slot: [] for slot in slots_of.values()}
        for position, (param, other) in enumerate(zip(params, other_params, strict=True)):
            slot = slots_of.get((type(param), param))
            if slot is not None and other_slots_of.get((type(other), other)) == slot:
                # A value may be compared more than once (a slug in each fallback language).
                positions[slot].append(position)
            elif slot is not None or type(param) is not type(other) or param != other:
                raise ValueError(f"A value was changed on its way into {sql}")
            elif isinstance(param, _REFUSED_CONSTANTS):
                raise ValueError(f"A prepared query cannot keep the constant {param!r}")
        for slot, found in positions.items():
            if not found:
                raise ValueError(f"{slot!r} is not a parameter of {sql}")
        slots = [(found, slot) for slot, found in positions.items()]
        return cls(using, compiler, sql, params, slots)

    def sql_for(self, shape, values):
        return self.sql, self.parameters(values)

    def parameters(self, values):
        params = list(self.params)
        flat = {}
        for name, value in values.items():
            flat.update(_flat(name, value))
        for positions, slot in self.slots:
            for position in positions:
                params[position] = flat[slot]
        return params

    def run(self, shape, values):
        """Django's ModelIterable over the rows of this SQL with these values."""
        using = self.using
        connection = connections[using]
        with connection.cursor() as cursor:
            cursor.execute(self.sql, self.parameters(values))
            rows = cursor.fetchall()
        compiler = copy.copy(self.compiler)  # converters read this thread's connection
        compiler.connection = connection
        select, klass_info = compiler.select, compiler.klass_info
        model = klass_info["model"]
        start, end = klass_info["select_fields"][0], klass_info["select_fields"][-1] + 1
        init_list = [column[0].target.attname for column in select[start:end]]
        populators = get_related_populators(klass_info, select, using)
        found = []
        for row in compiler.results_iter([rows]):
            instance = model.from_db(using, init_list, row[start:end])
            for populator in populators:
                populator.populate(row, instance)
            for name, position in compiler.annotation_col_map.items():
                setattr(instance, name, row[position])
            found.append(instance)
        return found
