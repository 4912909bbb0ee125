"""The JSON shapes of the API's answers; they are also what the OpenAPI schema describes."""

from ninja import Schema
from pydantic import Field


class Term(Schema):
    value: str = Field(description="The value to filter on (a slug, or a code for targets).")
    name: str


class Image(Schema):
    url: str
    width: int
    height: int
    alt: str


class PageLink(Schema):
    id: int
    title: str
    url: str | None


class VideoSource(Schema):
    provider: str = Field(description="youtube or vimeo")
    id: str
    watch_url: str


class Video(Schema):
    id: int
    title: str
    url: str
    intro: str
    year: int
    series: int | None
    duration: int | None = Field(description="Length in seconds.")
    poster: Image | None
    company: PageLink | None
    sectors: list[Term]
    source: VideoSource | None
    embed_url: str = Field(description="Our click-to-play card, to put in an iframe.")
    first_published_at: str | None


class AttainmentTarget(Schema):
    value: str = Field(description="The target's code; filter with ?target=<code>.")
    description: str


class Lesson(Schema):
    id: int
    title: str
    url: str
    intro: str
    subject: str
    min_age: int
    max_age: int
    duration: int = Field(description="Activity duration in minutes.")
    has_worksheet: bool
    video: PageLink | None
    poster: Image | None
    school_levels: list[Term]
    stem_domains: list[Term]
    attainment_targets: list[AttainmentTarget]
    embed_url: str


class Initiative(Schema):
    id: int
    title: str
    url: str
    summary: str
    status: str
    year_started: int | None
    country: str
    website: str
    organisation: PageLink | None
    regions: list[Term]
    target_groups: list[Term]
    education_levels: list[Term]
    sectors: list[Term]
    image: Image | None


class Partner(Schema):
    id: int
    title: str
    url: str
    kind: str
    short_description: str
    website: str
    sectors: list[Term]
    logo: Image | None


class FacetOption(Schema):
    value: str
    label: str
    count: int
    selected: bool
    detail: str


class Facet(Schema):
    name: str = Field(description="The query parameter.")
    label: str
    multiple: bool
    options: list[FacetOption]


def page_schema(name, item):
    """The envelope of one page of results of `item`."""
    return type(
        name,
        (Schema,),
        {
            "__annotations__": {
                "count": int,
                "page": int,
                "pages": int,
                "page_size": int,
                "language": str,
                "next": str | None,
                "previous": str | None,
                "results": list[item],
            }
        },
    )


VideoPage = page_schema("VideoList", Video)
LessonPage = page_schema("LessonList", Lesson)
InitiativePage = page_schema("InitiativeList", Initiative)
PartnerPage = page_schema("PartnerList", Partner)
