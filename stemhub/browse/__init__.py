"""One faceted browse for every listing page: declare facets and a queryset, get the rest.

    fields.py     the form fields that read a parameter from the address (shape only, no query)
    facets.py     facet declarations (vocabulary, fixed choices, plain values) and what they show
    filterset.py  BrowseFilterSet: validation, unknown values dropped, filtering, counts, links
    shapes.py     count queries compiled once per process, each render's id sets put in place
    sorting.py    sort options and the translated-title ordering
    texts.py      a page's words: the search form, the result count, the empty result
    pages.py      BrowseIndexPage / BrowsePageMixin: the context a browse template renders

The README's "Architecture" section follows one value from the address to the SQL.
"""

from .facets import ChoiceFacet, Facet, FacetOption, ValueFacet, VocabularyFacet, related_exists
from .filterset import BrowseFilterSet
from .pages import BrowseIndexPage, BrowsePageMixin, CountedPaginator
from .sorting import NEWEST_FIRST, TITLE_A_TO_Z, SortOption, translated_title
from .texts import BrowseTexts

__all__ = [
    "NEWEST_FIRST",
    "TITLE_A_TO_Z",
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
