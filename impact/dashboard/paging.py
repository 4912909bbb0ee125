"""The long tables of the dashboard, a page at a time.

The per-video table has a row for every video (900 and growing), so the page shows it in pages
of PER_PAGE rows with a pagination nav like the browse pages'; its chart still draws the best
rows of the whole table and its CSV still holds every row. The rows are already in memory (the
figures are read in a fixed number of queries), so a page costs no query of its own. Each paged
table reads its own parameter (`videos_page`), and every link keeps the rest of the address, so
the chosen period stays.
"""

from dataclasses import dataclass, field

from django.core.paginator import Paginator
from django.utils.translation import gettext as _

PAGED_TABLES = ("videos",)
PER_PAGE = 25


@dataclass
class PageLink:
    number: int | str  # a page number, or the paginator's ellipsis
    url: str = ""  # empty for the current page and the ellipsis
    current: bool = False


@dataclass
class TablePage:
    rows: list
    summary: str = ""  # "Rows 26–50 of 90"
    label: str = ""  # the nav's accessible name
    previous_url: str = ""
    next_url: str = ""
    links: list = field(default_factory=list)

    @property
    def has_links(self):
        return bool(self.links)


def parameter(slug):
    return f"{slug}_page"


def _url(query, slug, number):
    query = query.copy()
    query[parameter(slug)] = number
    return f"?{query.urlencode()}#{slug}"


def table_page(table, query):
    """The rows of `table` to show for this address (`query`: request.GET), with the nav."""
    if table.slug not in PAGED_TABLES or len(table.rows) <= PER_PAGE:
        return TablePage(rows=table.rows)
    paginator = Paginator(table.rows, PER_PAGE)
    page = paginator.get_page(query.get(parameter(table.slug)))
    links = []
    for number in paginator.get_elided_page_range(page.number, on_each_side=2, on_ends=1):
        if number == page.number:
            links.append(PageLink(number, current=True))
        elif number == paginator.ELLIPSIS:
            links.append(PageLink(number))
        else:
            links.append(PageLink(number, _url(query, table.slug, number)))
    return TablePage(
        rows=list(page.object_list),
        summary=_("Rows %(first)s–%(last)s of %(count)s")
        % {"first": page.start_index(), "last": page.end_index(), "count": paginator.count},
        label=_("Pages of the table “%(title)s”") % {"title": table.title},
        previous_url=_url(query, table.slug, page.number - 1) if page.has_previous() else "",
        next_url=_url(query, table.slug, page.number + 1) if page.has_next() else "",
        links=links,
    )
