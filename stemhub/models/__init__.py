from .about import AboutPage
from .home import HomeEntryPoint, HomeFeaturedPage, HomePage
from .inlines import PageInline
from .mixins import ListingMixin
from .outbox import OutgoingMail
from .search import SearchEntry
from .statements import AccessibilityPage, PrivacyPage

__all__ = [
    "AboutPage",
    "AccessibilityPage",
    "HomeEntryPoint",
    "HomeFeaturedPage",
    "HomePage",
    "ListingMixin",
    "OutgoingMail",
    "PageInline",
    "PrivacyPage",
    "SearchEntry",
]
