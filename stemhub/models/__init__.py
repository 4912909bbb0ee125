from .about import AboutPage
from .home import HomeEntryPoint, HomeFeaturedPage, HomePage
from .mixins import ListingMixin
from .outbox import OutgoingMail

__all__ = [
    "AboutPage",
    "HomeEntryPoint",
    "HomeFeaturedPage",
    "HomePage",
    "ListingMixin",
    "OutgoingMail",
]
