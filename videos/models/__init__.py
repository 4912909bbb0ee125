from .collections import CollectionVideo, VideoCollectionPage
from .inlines import RelatedVideo, VideoHero, VideoSignpost
from .pages import VideoIndexPage, VideoPage
from .reporters import Reporter, ReporterIndexPage
from .vocabulary import EducationRoute, ProfileType, Signpost

__all__ = [
    "CollectionVideo",
    "VideoCollectionPage",
    "EducationRoute",
    "ProfileType",
    "RelatedVideo",
    "Reporter",
    "ReporterIndexPage",
    "Signpost",
    "VideoHero",
    "VideoIndexPage",
    "VideoPage",
    "VideoSignpost",
]
