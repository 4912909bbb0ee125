"""The queries every request runs, their SQL compiled once per process instead of at every request.

Django builds and compiles a queryset's SQL anew each time it is evaluated. For the few queries
every public request runs (the site look-up, routing's child by slug, the menu and footer) that
is most of their CPU: about 1.2–2 ms each, of which SQLite's own time is a few per cent. Their SQL
text never depends on the values they compare with (a hostname, a slug, a parent's path), only on
their shape: the queryset the code builds, the active language (django-modeltranslation writes
field names per language), the number of values in a list, the database.

A `PreparedQuery` builds its queryset once per shape with marker values in place of the values
(`build(*shape, **markers)`), compiles it, and notes where each marker landed in the parameters.
Each use runs that SQL with its own values in those places and builds the model instances as
Django's `ModelIterable` does (from_db, select_related). What is kept is SQL text and where its
parameters go, never a row: every call reads the database, so nothing goes stale.

A value must reach the SQL as it is (an `exact`, `range` or `in` comparison of a text or integer
column): a marker that a lookup changed on its way (`startswith` adds a `%`), that the build
worked out something from (`depth + 1`) or that is missing is refused when the shape is
compiled, and tests compare each prepared query's SQL, parameters and instances with Django's
own (tests/stemhub/test_prepared_queries.py). A shape Django compiles to no query at all (an
empty `in` list) is built and evaluated by Django at every call, as before.
"""

import itertools
import threading

from django.core.exceptions import EmptyResultSet
from django.db import connections
from django.db.models.query import ModelIterable, get_related_populators
from django.utils.translation import get_language
from modeltranslation.utils import fallbacks_enabled

# Markers: integers inside any integer column's range (PostgreSQL's int4 included: a value out of
# a column's range compiles to "no rows" in Django 5), texts no lookup rewrites. No parameter of a
# prepared query may be at least _FIRST_MARKER unless it is one of its markers: an integer the
# build worked out from a marker (`depth + 1`) would otherwise be kept as a constant.
_FIRST_MARKER = 1_987_650_000
_INTEGER_MARKERS = itertools.count(_FIRST_MARKER)
_TEXT_MARKER = "prepared-query-marker-{}"


class PreparedQuery:
    """`build(*shape, **values)` returns a queryset of model instances (no values(), nothing
    prefetched). `shape` (hashable: a model, a relation's name) is what else the code varies in
    the queryset; each shape is compiled once per language and database. The queryset may
    depend on nothing else (a setting, the moment, the request)."""

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
                self._compiled[key] = _Compiled.of(self, shape, values)
            return self._compiled[key]


def _shape_of(value):
    """What of a value changes the SQL: its kind, and a list's length."""
    if isinstance(value, (list, tuple)):
        return (len(value), *(_shape_of(item) for item in value))
    if isinstance(value, bool) or not isinstance(value, (int, str)):
        raise TypeError(f"A prepared query takes texts and integers, not {value!r}")
    return type(value)


def _marker_for(value):
    if isinstance(value, (list, tuple)):
        return [_marker_for(item) for item in value]
    if isinstance(value, int):
        return next(_INTEGER_MARKERS)
    return _TEXT_MARKER.format(next(_INTEGER_MARKERS))


def _flat(name, value):
    """[(name or (name, index), scalar)] of a value, a list's items each in turn."""
    if isinstance(value, (list, tuple)):
        return [((name, index), item) for index, item in enumerate(value)]
    return [(name, value)]


class _NotCompiled:
    """A shape Django compiled to no query with the markers in it (an empty `in` list): built
    and evaluated by Django at every call, as before."""

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
        self.compiler = compiler
        self.sql = sql
        self.params = params
        self.slots = slots  # [(positions in params, name or (name, index))]

    @classmethod
    def of(cls, query, shape, values):
        using = query.using
        markers = {name: _marker_for(value) for name, value in values.items()}
        queryset = query.build(*shape, **markers)
        if queryset._iterable_class is not ModelIterable or queryset._prefetch_related_lookups:
            raise ValueError("A prepared query gives model instances, with nothing prefetched")
        if queryset._known_related_objects:
            raise ValueError("A prepared query cannot fill known related objects")
        compiler = queryset.query.get_compiler(using=using)
        try:
            sql, params = compiler.as_sql()
        except EmptyResultSet:
            return _NotCompiled(query)
        if compiler.has_extra_select:
            raise ValueError("A prepared query's rows must be its model's columns only")
        params = tuple(params)
        placed = {marker for _slot, marker in _all_markers(markers)}
        for param in params:
            derived = (isinstance(param, str) and _TEXT_MARKER.format("") in param) or (
                isinstance(param, int) and param >= _FIRST_MARKER
            )
            if derived and param not in placed:
                raise ValueError(f"A value was changed on its way into {sql}")
        slots = []
        for name, value in markers.items():
            for slot, marker in _flat(name, value):
                # A value may be compared more than once (a slug in each fallback language).
                positions = [index for index, param in enumerate(params) if param == marker]
                if not positions:
                    raise ValueError(f"{slot!r} is not a parameter of {sql}")
                slots.append((positions, slot))
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
        compiler, using = self.compiler, self.using
        with connections[using].cursor() as cursor:
            cursor.execute(self.sql, self.parameters(values))
            rows = cursor.fetchall()
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


def _all_markers(markers):
    for name, value in markers.items():
        yield from _flat(name, value)
