"""Facet declarations (what a browse page filters on) and the options they show, with counts.

A declaration knows four things about its parameter: which values are well formed (no query),
which exist (read from the terms its display shows anyway, see `BrowseFilterSet.values`), the
condition its values put on the browsed model (a Q object, so facets combine freely), and how to
count its options given every *other* active filter (one query per facet, or none for fixed
choices, whose counts ride along with the result count).
"""

import re
from dataclasses import dataclass, replace
from functools import cached_property

from django.core.exceptions import EmptyResultSet
from django.db.models import CharField, Count, F, Q, Value
from django.db.models.expressions import RawSQL
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from .html import option_items
from .shapes import Shape, is_set, raw_reads, shape_key, stand_in

TOKEN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$")
UNKNOWN = _("Some choices do not exist (any more). We left them out.")

SHOW_ALL, HIDE_UNUSED, HIDE_EMPTY = "", "unused", "empty"
# A checkbox facet with more options than this shows its best-filled ones and folds the rest
# under "show all" (a <details>, so it works without JavaScript).
VISIBLE_OPTIONS = 6


@dataclass(frozen=True)
class FacetOption:
    value: str
    label: str
    count: int
    selected: bool
    detail: str = ""  # a long text (an attainment target's wording), shown on demand
    count_label: str = ""  # "videos", for screen readers after the number
    code: str = ""  # a short code shown before the label (an attainment target's "LO-WT-2.4")
    position: int = 0  # 1, 2 … in the facet's own order: stable ids for the inputs

    @property
    def chip_label(self):
        return f"{self.code} {self.label}" if self.code else self.label


@dataclass(frozen=True)
class Facet:
    name: str
    label: str
    options: list
    multiple: bool = True
    empty_label: str = ""
    visible: int = 0  # 0: show every option

    @property
    def active(self):
        return any(option.selected for option in self.options)

    @cached_property
    def _split(self):
        """(shown, folded): a long list keeps the options with most results and every checked
        one in view, in the facet's own order; the rest waits behind "show all"."""
        numbered = [replace(option, position=n) for n, option in enumerate(self.options, 1)]
        if not self.visible or len(numbered) <= self.visible + 1:
            return numbered, []
        best = sorted(numbered, key=lambda option: -option.count)[: self.visible]
        shown = {option.position for option in best}
        shown |= {option.position for option in numbered if option.selected}
        return (
            [option for option in numbered if option.position in shown],
            [option for option in numbered if option.position not in shown],
        )

    @property
    def shown_options(self):
        return self._split[0]

    @property
    def folded_options(self):
        return self._split[1]

    @property
    def shown_items(self):
        """The checkboxes in view, as HTML (html.py: the template engine per option cost more
        than the rest of the form)."""
        return option_items(self.name, self.shown_options)

    @property
    def folded_items(self):
        return option_items(self.name, self.folded_options)


def related_exists(relation):
    """A condition for "has at least one `relation`" (e.g. worksheets), without duplicate rows."""

    def condition(model):
        return Q(
            pk__in=model._default_manager.filter(**{f"{relation}__isnull": False}).values("pk")
        )

    return condition


class FacetDefinition:
    """What every facet shares; subclasses say how values are checked, applied and counted."""

    def __init__(
        self,
        name,
        label,
        *,
        select=False,
        empty_label="",
        hide=SHOW_ALL,
        unknown_message=UNKNOWN,
        visible=VISIBLE_OPTIONS,
    ):
        self.name = name
        self.visible = visible
        self.label = label
        self.select = select
        self.empty_label = empty_label
        self.hide = hide
        self.unknown_message = unknown_message

    def accepts(self, value):
        """Whether `value` is well formed (and, for fixed choices, known). Never queries."""
        raise NotImplementedError

    def known_values_query(self, model, values):
        """A values_list() query of (facet name, value) for the `values` that exist, or None."""
        return None

    def condition(self, model, values):
        raise NotImplementedError

    def aggregates(self, model, without):
        """Counts this facet adds to the one aggregate query of the result count, each under
        `without` (every other active filter)."""
        return {}

    def display(self, filterset):
        raise NotImplementedError

    def shown(self, count, total, selected):
        if selected or self.hide == SHOW_ALL:
            return True
        return bool(count if self.hide == HIDE_EMPTY else total)

    def facet(self, filterset, options):
        return Facet(
            self.name,
            self.label,
            options,
            multiple=not self.select,
            empty_label=self.empty_label,
            visible=self.visible,
        )


class VocabularyFacet(FacetDefinition):
    """Terms editors keep (sectors, school levels …), reached from the browsed model by `path`.

    The term model and the way back from a term to the browsed model are read from the model's
    fields, so a facet module imports no models at all.
    """

    def __init__(
        self,
        name,
        label,
        path,
        *,
        key="slug",
        label_attr="name",
        code_attr="",
        detail_attr="",
        terms=None,
        **kw,
    ):
        super().__init__(name, label, **kw)
        self.path = path
        self.key = key
        self.label_attr = label_attr
        self.code_attr = code_attr
        self.detail_attr = detail_attr
        self.terms = terms
        self._resolved = {}
        self._shapes = {}  # counted_terms_by_shape()'s SQL per key, or None

    def resolve(self, model):
        """(term model, lookup from a term back to `model`), e.g. (Sector, "videos")."""
        if model not in self._resolved:
            current, way_back = model, []
            for part in self.path.split("__"):
                field = current._meta.get_field(part)
                is_reverse = field.auto_created and not field.concrete
                way_back.append(field.field.name if is_reverse else field.related_query_name())
                current = field.related_model
            self._resolved[model] = (current, "__".join(reversed(way_back)))
        return self._resolved[model]

    def shown_fields(self, model):
        """The term fields an option shows, or None when one is not a plain field (a property
        such as an attainment target's `short_label` may read any)."""
        term_model = self.resolve(model)[0]
        names = [self.key, self.label_attr, self.code_attr, self.detail_attr]
        fields = {field.name for field in term_model._meta.concrete_fields}
        return [name for name in names if name] if fields.issuperset(filter(None, names)) else None

    def term_queryset(self, model):
        """The terms visitors may see: published ones only where terms have drafts
        (taxonomy.ReviewedSnippet's `live()`), then the declaration's own `terms` filter."""
        queryset = self.resolve(model)[0]._default_manager.all()
        if hasattr(queryset, "live"):
            queryset = queryset.live()
        return self.terms(queryset) if self.terms else queryset

    def accepts(self, value):
        return bool(TOKEN.match(value))

    def known_values_query(self, model, values):
        return (
            self.term_queryset(model)
            .filter(**{f"{self.key}__in": values})
            .order_by()
            # Both columns as annotations, so the SQL keeps this order in a UNION on every
            # database (a plain field would be put before the literal on PostgreSQL).
            .annotate(
                facet_name=Value(self.name, output_field=CharField()), facet_value=F(self.key)
            )
            .values_list("facet_name", "facet_value")
        )

    def condition(self, model, values):
        # Only the terms visitors may see count (published ones, live partners): match those.
        terms = self.term_queryset(model).filter(**{f"{self.key}__in": values})
        matching = model._default_manager.filter(**{f"{self.path}__in": terms.values("pk")})
        return Q(pk__in=matching.values("pk"))

    def counted_terms(self, model, now, everything=None):
        """The terms, each with `n`, how many pages of `now` it has, and with `total` (of
        `everything`) when asked."""
        way_back = self.resolve(model)[1]
        counts = {"n": Count(way_back, filter=Q(**{f"{way_back}__in": now}), distinct=True)}
        if everything is not None:
            counts["total"] = Count(
                way_back, filter=Q(**{f"{way_back}__in": everything}), distinct=True
            )
        terms = self.term_queryset(model)
        # Only what the options show: a term may be a page with a hundred columns (a company).
        fields = self.shown_fields(model)
        return (terms.only(*fields) if fields else terms).annotate(**counts)

    def counted_terms_by_shape(self, model, now, everything=None):
        """`counted_terms()` read with its SQL compiled once per process (shapes.py), or None
        where a set is no SQL. The SQL depends on the declaration (this facet, its `terms`), the
        browsed model, the language (translated names and order), the database and whether
        `total` is counted: that is its key."""
        sets = [now] if everything is None else [now, everything]
        if not all(is_set(ids) for ids in sets):
            return None
        manager = self.resolve(model)[0]._default_manager
        alias = manager.db
        key = shape_key(alias, model, everything is not None)
        if key not in self._shapes:
            stand_ins = [stand_in(n) for n in range(len(sets))]
            terms = self.counted_terms(model, *stand_ins)
            # A `terms` declaration may add what raw() cannot read: then the usual compile.
            self._shapes[key] = (
                Shape.compile(lambda: list(terms), alias) if raw_reads(terms) else None
            )
        if self._shapes[key] is None:
            return None
        sql, params = self._shapes[key].fill(dict(enumerate(sets)))
        # Django compiled this SQL (shapes.py); every value in it stays a parameter.
        return list(manager.raw(sql, params, using=alias))

    def display(self, filterset):
        others = filterset.matching(without=self.name)
        now = filterset.counted_ids(without=self.name)
        # With no other filter active, what a term has now is all it has: no second count.
        everything = filterset.base_ids() if self.hide == HIDE_UNUSED and others else None
        selected = set(filterset.accepted[self.name])
        terms = self.counted_terms_by_shape(filterset.model, now, everything)
        if terms is None:
            terms = list(self.counted_terms(filterset.model, now, everything))
        filterset.note_terms(self.name, (getattr(term, self.key) for term in terms))
        options = []
        for term in terms:
            value = str(getattr(term, self.key))
            if self.shown(term.n, getattr(term, "total", term.n), value in selected):
                options.append(
                    filterset.option(
                        value,
                        str(getattr(term, self.label_attr)),
                        term.n,
                        value in selected,
                        detail=str(getattr(term, self.detail_attr)) if self.detail_attr else "",
                        code=str(getattr(term, self.code_attr)) if self.code_attr else "",
                    )
                )
        return self.facet(filterset, options)


class ChoiceFacet(FacetDefinition):
    """A fixed list of (value, label, condition); a condition is a Q or a function of the model.

    A condition is a declaration: it must not depend on the moment or the request (durations,
    ages, education routes, statuses, kinds). Its SQL is then the same in every render, so the
    counts read a function's condition compiled once per process and language (`option_ids`).
    """

    def __init__(self, name, label, choices, **kw):
        super().__init__(name, label, **kw)
        self.choices = list(choices)
        self.conditions = {value: condition for value, _label, condition in self.choices}
        self._option_sql = {}

    def accepts(self, value):
        return value in self.conditions

    def option_condition(self, model, value):
        condition = self.conditions[value]
        return condition(model) if callable(condition) else condition

    def option_ids(self, model, value):
        """A function's condition as `pk IN (its SQL)`, compiled once per process and language
        (a translated field's column follows the language): every render counts every option,
        and building and compiling those conditions (a subquery per education route) cost more
        than the rest of the count. A plain Q (a column compared with a constant) is used as it
        is: cheap to compile, and no subquery for the database to run."""
        if not callable(self.conditions[value]):
            return self.conditions[value]
        manager = model._default_manager
        key = (model, value, manager.db, translation.get_language())
        if key not in self._option_sql:
            ids = manager.filter(self.option_condition(model, value)).order_by().values("pk")
            try:
                self._option_sql[key] = ids.query.sql_with_params()
            except EmptyResultSet:  # matches nothing by construction: Django leaves it out
                self._option_sql[key] = None
        if self._option_sql[key] is None:
            return self.option_condition(model, value)
        # Django compiled this SQL from a queryset; every value in it stays a parameter.
        return Q(pk__in=RawSQL(*self._option_sql[key]))  # noqa: S611

    def condition(self, model, values):
        match = Q()
        for value in values:
            match |= self.option_condition(model, value)
        return match

    def alias(self, index):
        return f"facet_{self.name}_{index}"

    def aggregates(self, model, without):
        return {
            self.alias(index): Count("pk", filter=self.option_ids(model, value) & without)
            for index, (value, _label, _condition) in enumerate(self.choices)
        }

    def display(self, filterset):
        counts = filterset.scalars()
        selected = set(filterset.accepted[self.name])
        options = [
            filterset.option(value, str(label), counts[self.alias(index)], value in selected)
            for index, (value, label, _condition) in enumerate(self.choices)
            if self.shown(counts[self.alias(index)], 1, value in selected)
        ]
        return self.facet(filterset, options)


class ValueFacet(FacetDefinition):
    """The distinct values of one field among the browsed pages (the years of the videos).

    `option_label` (a function returning an aggregate expression, e.g. the country's name in the
    visitor's language) names an option when the value itself is not what a visitor reads;
    `newest_first=False` lists the options by that label instead of by value (descending);
    `known=True` checks the values in the shared known-values query, so a value no page has
    (any more) is reported and dropped like an unknown vocabulary term.
    """

    def __init__(
        self,
        name,
        label,
        field,
        *,
        accepts,
        option_label=None,
        newest_first=True,
        known=False,
        **kw,
    ):
        super().__init__(name, label, **kw)
        self.field = field
        self._accepts = accepts
        self.option_label = option_label
        self.newest_first = newest_first
        self.known = known

    def accepts(self, value):
        return self._accepts(value)

    def known_values_query(self, model, values):
        if not self.known:
            return None
        return (
            model._default_manager.filter(**{f"{self.field}__in": values})
            .order_by()
            .annotate(
                facet_name=Value(self.name, output_field=CharField()),
                facet_value=F(self.field),
            )
            .values_list("facet_name", "facet_value")
        )

    def condition(self, model, values):
        return Q(**{f"{self.field}__in": values})

    def display(self, filterset):
        without = filterset.matching(without=self.name)
        label = self.option_label() if self.option_label else F(self.field)
        rows = (
            filterset.base()
            .exclude(**{f"{self.field}__isnull": True})
            .exclude(**{self.field: ""} if self.option_label else {})
            .order_by()
            .values(self.field)
            .annotate(n=Count("pk", filter=without), option_label=label)
            .order_by(f"-{self.field}" if self.newest_first else "option_label")
        )
        selected = set(filterset.accepted[self.name])
        options = [
            filterset.option(
                str(row[self.field]),
                str(row["option_label"]),
                row["n"],
                str(row[self.field]) in selected,
            )
            for row in rows
            if self.shown(row["n"], 1, str(row[self.field]) in selected)
        ]
        return self.facet(filterset, options)
