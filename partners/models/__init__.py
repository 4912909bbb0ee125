from .conversions import VideoConversion
from .directory import PartnerIndexPage, PartnerPage
from .submissions import VideoSubmission

__all__ = ["PartnerIndexPage", "PartnerPage", "VideoConversion", "VideoSubmission"]
