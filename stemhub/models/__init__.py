from .about import AboutPage
from .home import HomeEntryPoint, HomeFeaturedPage, HomePage
from .mixins import ListingMixin
from .outbox import OutgoingMail
from .search import SearchEntry

__all__ = [
    "AboutPage",
    "HomeEntryPoint",
    "HomeFeaturedPage",
    "HomePage",
    "ListingMixin",
    "OutgoingMail",
    "SearchEntry",
]
