from .pages import RelatedVideo, VideoHero, VideoIndexPage, VideoPage, VideoSignpost
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
