from .home import HomeEntryPoint, HomeFeaturedPage, HomePage
from .mixins import ChildListingMixin, ListingMixin

__all__ = ["ChildListingMixin", "HomeEntryPoint", "HomeFeaturedPage", "HomePage", "ListingMixin"]
