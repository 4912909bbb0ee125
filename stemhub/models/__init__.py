from .home import HomeEntryPoint, HomeFeaturedPage, HomePage
from .mixins import ChildListingMixin, ListingMixin
from .outbox import OutgoingMail

__all__ = [
    "ChildListingMixin",
    "HomeEntryPoint",
    "HomeFeaturedPage",
    "HomePage",
    "ListingMixin",
    "OutgoingMail",
]
