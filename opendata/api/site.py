"""The NinjaAPI at /api/v1/: routes, the description with licence and attribution."""

from django.conf import settings
from django.utils import translation
from ninja import NinjaAPI, Path, Query

from . import errors, schemas
from .collections import INITIATIVES, LESSONS, PARTNERS, VIDEOS
from .errors import ApiError, ErrorBody
from .listing import check_query, facets_of, page_of_results
from .oembed import OEmbed, OEmbedParams, oembed_response
from .params import LanguageParams, filter_params

DESCRIPTION = """
Read-only open data of **#STEMhelden** (STEMhub), the Flemish STEM campaign of Technopolis,
VRT and the STEM-platform: videos, classroom material, STEM initiatives and partners, in Dutch
(`lang=nl`, the default) and English (`lang=en`).

**Filters** are those of the site's browse pages, with the same names and values: a browse
address's query string works here as it is (`/nl/videos/?sector=energie` →
`/api/v1/videos?sector=energie`). `GET /api/v1/{{collection}}/filters` lists every filter with
its values, labels and counts. Values within one filter are ORed, filters are ANDed.
**Pagination**: `page` (from 1) and `page_size` (1–100, default 20); answers say `count`,
`pages`, `next` and `previous`.

**Errors** are JSON (`{{"error", "message", "details"}}`): 400 for an unknown parameter, an
unknown filter value, a malformed value, a control character or a page past the last one;
404 for nothing there. CORS: any origin may read (GET) without credentials.

**Licence**: the texts and data are published under the {licence} licence ({licence_url}).
**Attribution**: name "{attribution}" and link to the item's `url`. Videos, posters, photos and
logos remain the property of their makers; use them only as shown on the site or through the
embeddable card (`embed_url`, or oEmbed at `/api/v1/oembed`), which loads nothing from YouTube
or Vimeo before the viewer presses play.
"""

api = NinjaAPI(
    title="#STEMhelden open data API",
    version="1.0",
    description=DESCRIPTION.format(
        licence=settings.STEMHUB_OPEN_DATA_LICENCE,
        licence_url=settings.STEMHUB_OPEN_DATA_LICENCE_URL,
        attribution=settings.STEMHUB_OPEN_DATA_ATTRIBUTION,
    ),
    urls_namespace="opendata_api",
    docs_url="/docs",
    openapi_url="/openapi.json",
    openapi_extra={
        "info": {
            "license": {
                "name": settings.STEMHUB_OPEN_DATA_LICENCE,
                "url": settings.STEMHUB_OPEN_DATA_LICENCE_URL,
            },
            "contact": {"name": settings.STEMHUB_OPEN_DATA_ATTRIBUTION},
        }
    },
)
errors.install(api)

FAILURES = {400: ErrorBody, 404: ErrorBody}
PAGE_ID = Path(..., ge=1, le=2**31 - 1, description="The item's id (`id` in a listing).")


def _get(collection, suffix, schema, operation, summary):
    """A GET route of the collection, in its tag, answering `schema` or an error body."""
    return api.get(
        f"/{collection.name}{suffix}",
        response={200: schema, **FAILURES},
        tags=[collection.name],
        operation_id=f"{operation}_{collection.name}",
        summary=summary,
    )


def _collection_routes(collection, item_schema, list_schema, params_name):
    params_class = filter_params(params_name, collection.filterset_class)
    allowed = set(params_class.model_fields)
    name = collection.name

    @_get(collection, "", list_schema, "list", f"List {name}, filtered like the browse page")
    def listing(request, filters: Query[params_class]):
        check_query(request.GET, allowed)
        with translation.override(filters.lang):
            return page_of_results(collection, request, filters)

    @_get(
        collection,
        "/filters",
        list[schemas.Facet],
        "filters_of",
        f"The filters of {name}: values, labels, counts",
    )
    def filters(request, filters: Query[params_class]):
        check_query(request.GET, allowed - {"page", "page_size"})
        with translation.override(filters.lang):
            return facets_of(collection, request)

    @_get(collection, "/{page_id}", item_schema, "get", f"One of the {name}")
    def detail(request, page_id: int = PAGE_ID, params: Query[LanguageParams] = None):
        check_query(request.GET, {"lang"})
        with translation.override(params.lang):
            page = collection.get(page_id)
            if page is None:
                raise ApiError(404, "not_found", f"No item {page_id} in {collection.name}.")
            return collection.serialise(page, request)


_collection_routes(VIDEOS, schemas.Video, schemas.VideoPage, "VideoFilters")
_collection_routes(LESSONS, schemas.Lesson, schemas.LessonPage, "LessonFilters")
_collection_routes(INITIATIVES, schemas.Initiative, schemas.InitiativePage, "InitiativeFilters")
_collection_routes(PARTNERS, schemas.Partner, schemas.PartnerPage, "PartnerFilters")


@api.get(
    "/oembed",
    response={200: OEmbed, 404: ErrorBody, 400: ErrorBody, 501: ErrorBody},
    tags=["embeds"],
    operation_id="oembed",
    exclude_none=True,  # oEmbed leaves out what it does not have (author, thumbnail)
    summary="oEmbed for a video or lesson page address",
)
def oembed(request, params: Query[OEmbedParams]):
    check_query(request.GET, set(OEmbedParams.model_fields))
    return oembed_response(request, params)
