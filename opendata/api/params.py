"""Query parameters of each collection, declared from the browse page's own FilterSet.

The filter names and values are the browse page's (`?sector=energie&duration=short`), so a
browse address's query string works on the API as it is. Shapes are checked here (and shown
in the OpenAPI schema); whether a vocabulary value exists is checked by the FilterSet.
"""

from typing import Annotated, Literal

from django.conf import settings
from django.utils import translation
from ninja import Schema
from pydantic import Field, StringConstraints, create_model

from stemhub.browse import ChoiceFacet
from stemhub.browse.facets import TOKEN
from stemhub.browse.fields import MAX_SEARCH_LENGTH, MAX_VALUES
from stemhub.browse.filterset import SEARCH, SORT

MAX_PAGE = 10_000
MAX_PAGE_SIZE = 100
DEFAULT_PAGE_SIZE = 20
Language = Literal[tuple(code for code, _name in settings.LANGUAGES)]
Token = Annotated[str, StringConstraints(pattern=TOKEN.pattern, max_length=100)]


class LanguageParams(Schema):
    lang: Language = Field(
        settings.LANGUAGE_CODE, description="Language of texts and addresses: nl or en."
    )


class PageParams(LanguageParams):
    page: int = Field(1, ge=1, le=MAX_PAGE, description="Page number, from 1.")
    page_size: int = Field(
        DEFAULT_PAGE_SIZE, ge=1, le=MAX_PAGE_SIZE, description="Results per page (at most 100)."
    )


def _facet_field(facet):
    if isinstance(facet, ChoiceFacet):
        values = tuple(value for value, _label, _condition in facet.choices)
        item = Literal[values]
        hint = f"One or more of: {', '.join(values)}."
    else:
        item = Token
        hint = "One or more values from the collection's /filters (repeat the parameter)."
    description = f"{facet.label} ({hint})"
    return (list[item] | None, Field(None, max_length=MAX_VALUES, description=description))


def filter_params(name, filterset_class, base=PageParams):
    """A Schema with `q`, every facet of the FilterSet and `sort`, on top of `base`."""
    with translation.override("en"):
        fields = {
            SEARCH: (
                str | None,
                Field(
                    None,
                    max_length=MAX_SEARCH_LENGTH,
                    description="Words to search for (all must match).",
                ),
            ),
            **{facet.name: _facet_field(facet) for facet in filterset_class.facet_definitions},
        }
        if filterset_class.sort_options:
            values = tuple(option.value for option in filterset_class.sort_options)
            fields[SORT] = (
                Literal[values] | None,
                Field(None, description=f"Order of the results: {', '.join(values)}."),
            )
    return create_model(name, __base__=base, **fields)


def filter_names(filterset_class):
    names = {SEARCH, *(facet.name for facet in filterset_class.facet_definitions)}
    return names | ({SORT} if filterset_class.sort_options else set())
