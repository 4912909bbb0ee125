"""What a sum of one kind of count is called, in the dashboard's columns, the summaries (admin
home panel, partner mail) and the measured figures on initiative pages.

`Kind`'s choice labels name one event ("Page view"); a figure is a total ("Page views 41,151"),
so it has words of its own. Only the words differ: the stored values stay `Kind`'s.
"""

from django.utils.translation import gettext_lazy as _

from .models import Kind

TOTAL_LABELS = {
    Kind.VIEW: _("Page views"),
    Kind.PLAY: _("Plays"),
    Kind.DOWNLOAD: _("Worksheet downloads"),
    Kind.SIGNPOST: _("Signposts followed"),
    Kind.FEED: _("Feed reads"),
    Kind.EMBED: _("Embedded cards shown"),
    Kind.SEARCH_EMPTY: _("Searches without results"),
    Kind.USED_IN_CLASS: _("Times used in class"),
    Kind.CURIOUS: _("Answers to the curiosity question"),
}


def total_label(kind):
    return TOTAL_LABELS[Kind(kind)]
