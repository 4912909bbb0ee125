from .home import HomeEntryPoint, HomeFeaturedPage, HomePage
from .mixins import ListingMixin

__all__ = ["HomeEntryPoint", "HomeFeaturedPage", "HomePage", "ListingMixin"]
