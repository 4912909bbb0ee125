"""One faceted browse for every listing page: declare facets and a queryset, get the rest.

    fields.py     the form fields that read a parameter from the address (shape only, no query)
    facets.py     facet declarations (vocabulary, fixed choices, plain values) and what they show
    filterset.py  BrowseFilterSet: validation, unknown values dropped, filtering, counts, links
    sorting.py    sort options and the translated-title ordering
    pages.py      BrowseIndexPage / BrowsePageMixin: the context a browse template renders

The README's "Architecture" section follows one value from the address to the SQL.
"""

from .facets import ChoiceFacet, Facet, FacetOption, ValueFacet, VocabularyFacet, related_exists
from .filterset import BrowseFilterSet, BrowseTexts
from .pages import BrowseIndexPage, BrowsePageMixin, CountedPaginator
from .sorting import SortOption, translated_title

__all__ = [
    "BrowseFilterSet",
    "BrowseIndexPage",
    "BrowsePageMixin",
    "BrowseTexts",
    "ChoiceFacet",
    "CountedPaginator",
    "Facet",
    "FacetOption",
    "SortOption",
    "ValueFacet",
    "VocabularyFacet",
    "related_exists",
    "translated_title",
]
