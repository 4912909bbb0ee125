"""The search page's context: checked input, results grouped by kind, snippets, pagination."""

from dataclasses import dataclass
from urllib.parse import urlencode

from django.core.paginator import Paginator
from django.db.models import Count
from django.utils.text import capfirst
from django.utils.translation import gettext as _

from .forms import SiteSearchForm
from .index import searchable_models
from .query import MAX_QUERY_WORDS, matching, parse, public_entries
from .snippets import best_snippet, highlighted_title
from .suggestions import did_you_mean

RESULTS_PER_PAGE = 10


class CountedPaginator(Paginator):
    def __init__(self, object_list, per_page, *, count):
        super().__init__(object_list, per_page)
        self.count = count


@dataclass(frozen=True)
class KindChoice:
    value: str
    label: str
    count: int
    selected: bool
    url: str


@dataclass(frozen=True)
class SearchResult:
    kind: str
    kind_label: str
    title: str
    url: str
    snippet: str


def kind_labels():
    """{kind: label} of every searchable page type, in the order the apps are installed."""
    return {
        model.search_kind: capfirst(str(model._meta.verbose_name_plural))
        for model in searchable_models()
    }


def _link(query, kind=""):
    params = [("q", query)] + ([("kind", kind)] if kind else [])
    return "?" + urlencode(params)


def search_context(request, language):
    labels = kind_labels()
    form = SiteSearchForm(request.GET or None, labels)
    context = {"form": form, "query": "", "page_obj": None, "problems": [], "kinds": []}
    if not form.is_bound:
        return context
    form.is_valid()
    context["query"] = form.query_text()
    context["problems"] = [error for errors in form.errors.values() for error in errors]
    if "q" in form.errors or not form.cleaned_data.get("q"):
        return context
    query = form.cleaned_data["q"]
    kind = form.cleaned_data.get("kind", "")
    if form.too_many_words:
        context["problems"].append(
            _("We searched for the first %(count)s words only.") % {"count": MAX_QUERY_WORDS}
        )
    words = parse(query, language)
    if not words:
        context.update(no_words=True, page_obj=None, result_count=0)
        return context
    entries = public_entries().filter(language=language)
    found = matching(entries, words, language)
    counts = _kind_counts(found)
    any_word = False
    if not counts:
        found = matching(entries, words, language, any_word=True)
        counts = _kind_counts(found)
        any_word = bool(counts)
    total = sum(counts.values())
    shown = found.filter(kind=kind) if kind else found
    shown_count = counts.get(kind, 0) if kind else total
    paginator = CountedPaginator(shown.select_related("page"), RESULTS_PER_PAGE, count=shown_count)
    page_obj = paginator.get_page(request.GET.get("page"))
    context.update(
        searched=True,
        page_obj=page_obj,
        elided_page_range=paginator.get_elided_page_range(page_obj.number),
        results=[_result(entry, words, language, labels, request) for entry in page_obj],
        result_count=shown_count,
        total_count=total,
        any_word=any_word,
        kind=kind,
        kind_label=labels.get(kind, ""),
        kinds=_kind_choices(query, kind, labels, counts, total),
    )
    if not total or any_word:  # some word found nothing: perhaps it was misspelt
        suggestion = did_you_mean(query, language)
        context["suggestion"] = suggestion
        context["suggestion_url"] = _link(suggestion) if suggestion else ""
    return context


def _kind_counts(found):
    rows = found.order_by().values("kind").annotate(n=Count("pk")).values_list("kind", "n")
    return {kind: n for kind, n in rows if n}


def _kind_choices(query, kind, labels, counts, total):
    if not total:
        return []
    choices = [KindChoice("", _("Everything"), total, not kind, _link(query))]
    choices += [
        KindChoice(value, label, counts[value], value == kind, _link(query, value))
        for value, label in labels.items()
        if counts.get(value)
    ]
    return choices


def _result(entry, words, language, labels, request):
    return SearchResult(
        kind=entry.kind,
        kind_label=labels.get(entry.kind, entry.kind),
        title=highlighted_title(entry, words, language),
        url=entry.page.get_url(request) or "",
        snippet=best_snippet(entry, words, language),
    )
