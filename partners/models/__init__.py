from .conversions import VideoConversion
from .directory import PartnerIndexPage, PartnerPage
from .submissions import SubmissionHero, VideoSubmission

__all__ = [
    "PartnerIndexPage",
    "PartnerPage",
    "SubmissionHero",
    "VideoSubmission",
    "VideoConversion",
]
