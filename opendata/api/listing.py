"""One listing for every collection: checks, the browse FilterSet, a page of results."""

import math
import re

from django.http import QueryDict

from .errors import ApiError
from .params import filter_names

CONTROL_CHARACTERS = re.compile(r"[\x00-\x1f\x7f]")


def check_query(query, allowed):
    """400 for a control character anywhere or a parameter the endpoint does not know."""
    for name, values in query.lists():
        if CONTROL_CHARACTERS.search(name) or any(CONTROL_CHARACTERS.search(v) for v in values):
            raise ApiError(
                400,
                "control_character",
                "Parameters may not contain control characters.",
                [(CONTROL_CHARACTERS.sub("", name)[:50], "contains a control character")],
            )
    unknown = sorted(set(query) - set(allowed))
    if unknown:
        raise ApiError(
            400,
            "unknown_parameter",
            f"Unknown parameter(s): {', '.join(name[:50] for name in unknown[:10])}. "
            f"This endpoint knows: {', '.join(sorted(allowed))}.",
            [(name[:50], "unknown parameter") for name in unknown[:10]],
        )


def filterset_for(collection, query):
    """The browse page's FilterSet over the collection, bound to the filter parameters only."""
    data = QueryDict(mutable=True)
    for name in filter_names(collection.filterset_class):
        values = [value for value in query.getlist(name) if value != ""]
        if values:
            data.setlist(name, values)
    filterset = collection.filterset_class(data or None, queryset=collection.queryset())
    if filterset.problems:
        raise ApiError(
            400,
            "unknown_value",
            "Some filter values are not known; see details. /filters lists the known values.",
            [(problem.name, problem.message) for problem in filterset.problems],
        )
    return filterset


def page_of_results(collection, request, params):
    """The requested page: results serialised, with the counts and links around them."""
    filterset = filterset_for(collection, request.GET)
    count = filterset.result_count()
    pages = max(1, math.ceil(count / params.page_size))
    if params.page > pages:
        raise ApiError(
            400,
            "page_out_of_range",
            f"There are {pages} page(s) of {params.page_size} results; page {params.page} "
            "does not exist.",
            [("page", f"at most {pages}")],
        )
    start = (params.page - 1) * params.page_size
    items = list(filterset.qs[start : start + params.page_size])
    return {
        "count": count,
        "page": params.page,
        "pages": pages,
        "page_size": params.page_size,
        "language": params.lang,
        "next": _page_link(request, params.page + 1) if params.page < pages else None,
        "previous": _page_link(request, params.page - 1) if params.page > 1 else None,
        "results": [collection.serialise(item, request) for item in items],
    }


def _page_link(request, number):
    query = request.GET.copy()
    query["page"] = str(number)
    return request.build_absolute_uri(f"{request.path}?{query.urlencode()}")


def facets_of(collection, request):
    """Every filter of the collection with its options, labels and counts (as the browse)."""
    filterset = filterset_for(collection, request.GET)
    return [
        {
            "name": facet.name,
            "label": str(facet.label),
            "multiple": facet.multiple,
            "options": [
                {
                    "value": option.value,
                    "label": option.label,
                    "count": option.count,
                    "selected": option.selected,
                    "detail": option.detail,
                }
                for option in facet.options
            ],
        }
        for facet in filterset.facets()
    ]
