from .inlines import RelatedVideo, VideoHero, VideoSignpost
from .pages import VideoIndexPage, VideoPage
from .vocabulary import EducationRoute, ProfileType, Signpost

__all__ = [
    "EducationRoute",
    "ProfileType",
    "RelatedVideo",
    "Signpost",
    "VideoHero",
    "VideoIndexPage",
    "VideoPage",
    "VideoSignpost",
]
