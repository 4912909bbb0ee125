"""The search page (/nl/zoeken/, /en/search/) and the search box's title suggestions (JSON)."""

from django.http import JsonResponse
from django.shortcuts import render
from django.utils import translation
from django.views.decorators.http import require_GET

from stemhub.counting_marks import mark_for_counting

from .forms import has_control_characters
from .query import MAX_QUERY_LENGTH
from .results import kind_labels, search_context
from .suggestions import title_suggestions


def current_language():
    return (translation.get_language() or "nl")[:2]


@require_GET
def search(request):
    """Site-wide search over published pages in the visitor's language."""
    context = search_context(request, current_language())
    response = render(request, "stemhub/search.html", context)
    if context.get("searched") and not context.get("total_count"):
        # Counted (its words folded and shortened) each time it is served, cached or not.
        mark_for_counting(response, "search-empty", term=context["query"])
    return response


@require_GET
def suggestions(request):
    """Up to eight titles for what is being typed: [{"title", "url", "kind"}]; never an error."""
    typed = request.GET.get("q", "")
    if has_control_characters(typed) or len(typed) > MAX_QUERY_LENGTH:
        return JsonResponse({"query": "", "suggestions": []})
    labels = kind_labels()
    entries = title_suggestions(typed, current_language())
    return JsonResponse(
        {
            "query": typed,
            "suggestions": [
                {
                    "title": entry.title,
                    "url": entry.page.get_url(request) or "",
                    "kind": labels.get(entry.kind, entry.kind),
                }
                for entry in entries
            ],
        }
    )
