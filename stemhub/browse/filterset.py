"""BrowseFilterSet: one browse page's parameters, from the address to the SQL and back to links.

A value travels like this: the form fields (fields.py) read every parameter as a list of strings;
`accepted` keeps the well-formed ones each facet accepts (no query); `conditions()` turns them into
Q objects on the browsed model, in which a vocabulary value that names no term counts for nothing
(a visitor's old bookmark with a sector that was renamed shows every video and a notice, never an
empty page); `qs` filters and sorts; `facets()` counts each facet's options under all the *other*
conditions, and while doing so notes which terms exist, so `values` (the known values: chips,
links) and `problems` (the notices) cost no query of their own.
"""

from dataclasses import dataclass
from functools import cached_property
from urllib.parse import urlencode

import django_filters
from django.conf import settings
from django.core.exceptions import EmptyResultSet
from django.db import connections
from django.db.models import Count, Exists, Q
from django.db.models.expressions import RawSQL
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from stemhub.search.query import matching_page_ids

from .facets import FacetOption
from .fields import MAX_VALUES, ValuesFilter, search_filter
from .shapes import Shape, is_set, shape_key, stand_in
from .texts import BrowseTexts

SORT = "sort"
SEARCH = "q"
# scalars()' SQL per browse class, database, language and active filters (shapes.py), or None:
# compiled as usual at every render (an aggregate that is no Count, parameters not placed)
SCALAR_SHAPES = {}


@dataclass(frozen=True)
class Problem:
    """Something in the address we could not use; the value itself is never repeated."""

    name: str
    label: str
    message: str


@dataclass(frozen=True)
class ActiveFilter:
    label: str
    remove_url: str


def compiled_ids(ids):
    """A `values("pk")` queryset as the RawSQL of its compiled SQL, to nest as written; the
    queryset itself where Django writes no SQL for it (empty by construction), so Django leaves
    it out as before."""
    try:
        sql = ids.query.sql_with_params()
    except EmptyResultSet:
        return ids
    # Django compiled this SQL from a queryset; every value in it stays a parameter.
    return RawSQL(*sql)  # noqa: S611


class BrowseFilterSet(django_filters.FilterSet):
    """Subclasses declare `facet_definitions`, `sort_options` and their words: `form_texts`,
    `count_texts` and `empty_texts` (texts.py), read together as `texts`.

    The text query `q` goes through the site search index (stemhub.search): the same stemming,
    in the visitor's language and Dutch, or in every language with `search_all_languages`.
    """

    facet_definitions = ()
    search_all_languages = False  # True: a page is found by its words in any language
    sort_options = ()
    sort_unknown_message = _("We cannot sort this way, so we kept the usual order.")
    texts = None

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        parts = [getattr(cls, name, None) for name in ("form_texts", "count_texts", "empty_texts")]
        if all(parts):
            cls.texts = BrowseTexts.combine(*parts)

    @classmethod
    def get_filters(cls):
        filters = super().get_filters()
        filters[SEARCH] = search_filter()
        for facet in cls.facet_definitions:
            filters[facet.name] = ValuesFilter(label=facet.label)
        if cls.sort_options:
            filters[SORT] = ValuesFilter(label=_("Sort by"))
        return filters

    @property
    def model(self):
        return self.queryset.model

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._terms_shown = {}  # facet name -> every term key its display read (see note_terms)

    # From the address to clean values -----------------------------------------------------

    @cached_property
    def _read(self):
        """(well-formed values per facet, search words, sort value or "", problems so far, the
        facets that lost a value, the sort problem). No query: only shapes and fixed choices."""
        values = {facet.name: [] for facet in self.facet_definitions}
        if not self.is_bound:
            return values, "", "", [], set(), []
        form = self.form
        form.is_valid()
        cleaned = form.cleaned_data
        problems = [
            Problem(name, str(form.fields[name].label), str(error))
            for name, errors in form.errors.items()
            for error in errors
        ]
        cut = set()
        for facet in self.facet_definitions:
            given = cleaned.get(facet.name) or []
            kept = [value for value in given[:MAX_VALUES] if facet.accepts(value)]
            values[facet.name] = kept
            if len(kept) < len(given):
                cut.add(facet.name)
        sort_problems = []
        sort = (cleaned.get(SORT) or [""])[0]
        if sort and sort not in {option.value for option in self.sort_options}:
            sort_problems.append(Problem(SORT, str(_("Sort by")), str(self.sort_unknown_message)))
            sort = ""
        return values, cleaned.get(SEARCH) or "", sort, problems, cut, sort_problems

    @property
    def accepted(self):
        """Well-formed values per facet; unknown vocabulary values are still among them.

        Conditions use these: `facet_condition` lets a value that names nothing known count for
        nothing, so nothing is filtered on an unknown value.
        """
        return self._read[0]

    @cached_property
    def _checked(self):
        """(values per facet without unknown terms, problems)."""
        accepted, _search, _sort, problems, cut, sort_problems = self._read
        values = dict(accepted)
        dropped = set(cut)
        for name, known in self._existing(accepted).items():
            if set(values[name]) - known:
                dropped.add(name)
                values[name] = [value for value in values[name] if value in known]
        problems = problems + [
            Problem(facet.name, str(facet.label), str(facet.unknown_message))
            for facet in self.facet_definitions
            if facet.name in dropped
        ]
        return values, problems + sort_problems

    def note_terms(self, name, keys):
        """A facet's display read all its terms anyway: they answer which values exist."""
        self._terms_shown[name] = {str(key) for key in keys}

    def _existing(self, values):
        """Which given vocabulary values exist: from the terms the facets showed, else in ONE
        query for all facets together (a union)."""
        known, parts = {}, {}
        for facet in self.facet_definitions:
            if not values[facet.name]:
                continue
            if facet.name in self._terms_shown:
                known[facet.name] = self._terms_shown[facet.name]
                continue
            query = facet.known_values_query(self.model, values[facet.name])
            if query is not None:
                parts[facet.name] = query
        if parts:
            queries = list(parts.values())
            rows = queries[0].union(*queries[1:], all=True) if len(queries) > 1 else queries[0]
            known.update({name: set() for name in parts})
            for name, value in rows:
                known[name].add(str(value))
        return known

    @property
    def values(self):
        return self._checked[0]

    @property
    def search(self):
        return self._read[1]

    @property
    def problems(self):
        return self._checked[1]

    @property
    def problem_names(self):
        return {problem.name for problem in self.problems}

    def current_sort(self):
        chosen = self._read[2]
        return next(
            (option for option in self.sort_options if option.value == chosen),
            self.sort_options[0] if self.sort_options else None,
        )

    # From clean values to SQL -------------------------------------------------------------

    def search_languages(self):
        """The visitor's language and Dutch (every text has Dutch), or every language."""
        language = (translation.get_language() or "nl")[:2]
        if self.search_all_languages:
            return [code for code, _name in settings.LANGUAGES]
        return list(dict.fromkeys([language, "nl"]))

    def search_condition(self):
        """Pages the site search index finds for the words (stemmed, every word must match)."""
        return matching_page_ids(self.search, self.search_languages())

    def conditions(self, without=None):
        """Every active filter (except `without`) as one Q object on the browsed model."""
        match = Q()
        if self.search and without != SEARCH:
            match &= self.search_condition()
        for facet in self.facet_definitions:
            if facet.name != without and self.accepted[facet.name]:
                match &= self.facet_condition(facet, self.accepted[facet.name])
        return match

    def facet_condition(self, facet, values):
        """The facet's condition, in which values that name nothing known count for nothing: a
        facet whose values are all unknown narrows nothing (`problems` says they were left out)."""
        condition = facet.condition(self.model, values)
        known = facet.known_values_query(self.model, values)
        return condition if known is None else condition | ~Q(Exists(known))

    def _matching_key(self, without):
        """What `without` leaves out: the filter itself, or None when it is inactive (leaving
        out an inactive filter leaves out nothing, so those share one compiled SQL)."""
        if self.search and without == SEARCH:
            return SEARCH
        if without in self.accepted and self.accepted[without]:
            return without
        return None

    def matching(self, without=None):
        """`conditions(without)` as `pk IN (its SQL)`, the SQL compiled once per filterset.

        A render filters on the same few conditions many times (the results, the total, every
        option of every fixed-choice facet, each vocabulary facet's counts); Django would build
        and compile every facet's subqueries again in each. Compiled once and nested as written,
        they select the same rows. A condition that can match nothing (a search with no words to
        look up) stays a Q, so Django leaves it out of the SQL as before.
        """
        key = self._matching_key(without)
        if not hasattr(self, "_matching"):
            self._matching = {}
            self._matching_ids = {}  # key -> the RawSQL of its `pk IN`, where it has one
        if key not in self._matching:
            condition = self.conditions(without=key)
            if condition:
                ids = compiled_ids(
                    self.model._default_manager.filter(condition).order_by().values("pk")
                )
                if isinstance(ids, RawSQL):
                    self._matching_ids[key] = ids
                    condition = Q(pk__in=ids)
            self._matching[key] = condition
        return self._matching[key]

    @property
    def qs(self):
        if not hasattr(self, "_qs"):
            queryset = self.queryset.filter(self.matching())
            sort = self.current_sort()
            self._qs = sort.apply(queryset) if sort else queryset
        return self._qs

    def base(self):
        """Every page the browse could show, as a lean queryset to count on.

        Every count (each facet's, the total's) nests this set, so its SQL, with the browse
        page's own conditions (live, public, below the page), is compiled once per filterset and
        nested as written: the same rows, without Django re-aliasing and compiling the whole
        browse queryset again inside five or six queries per render.
        """
        base_ids = self.base_ids()
        if not isinstance(base_ids, RawSQL):
            return self.model._default_manager.none()
        return self.model._default_manager.filter(pk__in=base_ids)

    def base_ids(self):
        """The pks of `base()`: its SQL, compiled once per filterset, or an empty queryset."""
        if not hasattr(self, "_base_sql"):
            try:
                self._base_sql = self.queryset.order_by().values("pk").query.sql_with_params()
            except EmptyResultSet:  # empty by construction (`.none()`, `pk__in=[]`): no SQL
                self._base_sql = None
        if self._base_sql is None:
            return self.model._default_manager.none().values("pk")
        # Django compiled this SQL from a queryset; every value in it stays a parameter.
        return RawSQL(*self._base_sql)  # noqa: S611

    def counted_ids(self, without=None):
        """The pks of `base()` under `matching(without)`: the set a vocabulary facet counts its
        options in, as SQL compiled once per render and leaving-out (every facet whose own
        filter is inactive counts in the same set; with no other filter it is `base_ids()`).

        A set Django cannot write as SQL (empty by construction, a search with no words to look
        up) stays a queryset, so Django leaves it out as before.
        """
        others = self.matching(without=without)
        if not others:
            return self.base_ids()
        if not hasattr(self, "_counted_ids"):
            self._counted_ids = {}
        key = self._matching_key(without)
        if key not in self._counted_ids:
            self._counted_ids[key] = compiled_ids(self.base().filter(others).values("pk"))
        return self._counted_ids[key]

    # Counts ---------------------------------------------------------------------------------

    def scalars(self):
        """One query: the number of results and the counts of every fixed-choice facet."""
        if not hasattr(self, "_scalars"):
            scalars = self._scalars_by_shape()
            if scalars is None:
                aggregates = self.scalar_aggregates(lambda name: self.matching(without=name))
                scalars = self.base().aggregate(**aggregates)
            self._scalars = scalars
        return self._scalars

    def scalar_aggregates(self, matching):
        """The aggregates of `scalars()`, each facet's counted under `matching(its name)`."""
        aggregates = {"total": Count("pk", filter=matching(None))}
        for facet in self.facet_definitions:
            aggregates.update(facet.aggregates(self.model, matching(facet.name)))
        return aggregates

    def _scalars_by_shape(self):
        """`scalars()` from its SQL compiled once per process (shapes.py), or None where a set
        it nests is no SQL (an empty browse, a search with no words to look up).

        Its SQL depends on the declaration (this class, the browsed model), the language, the
        database and which leaving-outs are active and which of them coincide
        (`_matching_key`): that is its key.
        """
        sets = [self.base_ids()]
        slots = {}  # facet name (None: the total) -> its set's stand-in, or None: no filter
        for name in [None, *(facet.name for facet in self.facet_definitions)]:
            key = self._matching_key(name)
            if not self.matching(without=key):
                slots[name] = None
                continue
            ids = self._matching_ids.get(key)
            if ids is None:
                return None
            if all(ids is not other for other in sets):
                sets.append(ids)
            slots[name] = next(n for n, other in enumerate(sets) if other is ids)
        if not all(is_set(ids) for ids in sets):
            return None
        manager = self.model._default_manager
        alias = manager.db
        key = shape_key(alias, type(self), self.model, tuple(slots.items()))
        if key not in SCALAR_SHAPES:

            def stand_ins(name):
                return Q() if slots[name] is None else Q(pk__in=stand_in(slots[name]))

            aggregates = self.scalar_aggregates(stand_ins)
            counts_only = all(isinstance(value, Count) for value in aggregates.values())
            SCALAR_SHAPES[key] = (
                Shape.compile(
                    lambda: manager.filter(pk__in=stand_in(0)).aggregate(**aggregates), alias
                )
                if counts_only
                else None
            )
        shape = SCALAR_SHAPES[key]
        if shape is None:
            return None
        sql, params = shape.fill(dict(enumerate(sets)))
        with connections[alias].cursor() as cursor:
            cursor.execute(sql, params)
            names = [column[0] for column in cursor.description]
            row = cursor.fetchone()
        return {name: int(value) for name, value in zip(names, row, strict=True)}

    def result_count(self):
        return self.scalars()["total"]

    def option(self, value, label, count, selected, detail="", code=""):
        return FacetOption(value, label, count, selected, detail, self.count_noun(count), code)

    def count_noun(self, count):
        """The noun after an option's count ("videos"), asked of the catalogue once per count."""
        if not hasattr(self, "_count_nouns"):
            self._count_nouns = {}
        if count not in self._count_nouns:
            noun = self.texts.count_noun % {"counter": count} if self.texts else ""
            self._count_nouns[count] = str(noun)
        return self._count_nouns[count]

    def facets(self):
        if not hasattr(self, "_facets"):
            self._facets = [facet.display(self) for facet in self.facet_definitions]
        return self._facets

    def sort_choices(self):
        current = self.current_sort()
        return [
            FacetOption(option.value, str(option.label), 0, option is current)
            for option in self.sort_options
        ]

    def active_filter_count(self):
        return sum(1 for values in self.values.values() if values) + (1 if self.search else 0)

    # Links ----------------------------------------------------------------------------------

    def clean_params(self):
        """The address as we understood it: known values only, no page number."""
        params = [(SEARCH, self.search)] if self.search else []
        for facet in self.facet_definitions:
            params += [(facet.name, value) for value in self.values[facet.name]]
        if self._read[2]:
            params.append((SORT, self._read[2]))
        return params

    def query_string(self, params=None):
        return urlencode(self.clean_params() if params is None else params)

    def active_filters(self):
        """A removable chip per search and per chosen option; each links to the rest."""
        if not self.search and not any(self.accepted.values()):
            # Nothing chosen, so no chip: no need to count the facets (a feed's title asks).
            return []
        params = self.clean_params()
        chips = []
        if self.search:
            rest = [param for param in params if param[0] != SEARCH]
            chips.append(ActiveFilter(f"“{self.search}”", f"?{self.query_string(rest)}"))
        for facet in self.facets():
            for option in facet.options:
                if option.selected:
                    rest = [param for param in params if param != (facet.name, option.value)]
                    chips.append(ActiveFilter(option.chip_label, f"?{self.query_string(rest)}"))
        return chips
