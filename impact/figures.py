"""The dashboard's figures: what the daily counts say for one period, as tables.

Everything is read from `DailyCount` (the counters' worker folds raw events into it) in a fixed
number of queries, however many videos, months or days there are: one aggregate per shape (per
kind and language, per month and kind, per page and kind), then the pages they concern in one
query per page type. A `Figures` for one partner (`for_partner`) reads only the pages of that
partner's videos and the lesson material built on them.

Each table is a `Table`: translated headings and rows of plain values, so the page, the chart
beside it and the CSV export show the same numbers.
"""

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date

from django.db.models import Q, Sum
from django.db.models.functions import TruncMonth
from django.utils.formats import date_format
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from classroom.models import ClassroomMaterialPage
from taxonomy.models import Sector
from videos.models import VideoHero, VideoPage
from videos.reports import balance_rows

from .labels import total_label
from .models import Answer, DailyCount, Kind

LANGUAGES = (("nl", _("Dutch")), ("en", _("English")))
# Columns of the video, sector and partner tables: what happens on and from a video page.
VIDEO_KINDS = (Kind.VIEW, Kind.PLAY, Kind.SIGNPOST, Kind.USED_IN_CLASS, Kind.EMBED)
MONTH_KINDS = (Kind.VIEW, Kind.PLAY, Kind.DOWNLOAD, Kind.USED_IN_CLASS)
# A search term is listed only when typed at least this often in the period, so a name a
# child typed once never reaches a screen.
MIN_SEARCHES = 2
TOP_SEARCHES = 20


@dataclass
class Table:
    slug: str
    title: str
    headings: list
    rows: list = field(default_factory=list)
    footer: list | None = None  # a totals row, also exported

    @property
    def all_rows(self):
        return [*self.rows, *([self.footer] if self.footer else [])]


class Figures:
    """The dashboard's tables for one period, over the whole site or one partner's videos."""

    def __init__(self, period, partner=None):
        self.period = period
        self.partner = partner

    @classmethod
    def for_partner(cls, period, partner):
        return cls(period, partner=partner)

    # -- the pages concerned --------------------------------------------------------------

    @cached_property
    def videos(self):
        videos = VideoPage.objects.select_related("company").order_by("title")
        if self.partner is not None:
            return list(videos.filter(company=self.partner))
        return list(videos)

    @cached_property
    def materials(self):
        materials = ClassroomMaterialPage.objects.order_by("title")
        if self.partner is not None:
            materials = materials.filter(video__company=self.partner)
        return list(materials)

    def _counts(self):
        counts = DailyCount.objects.filter(**self.period.day_filter()).order_by()
        if self.partner is not None:
            counts = counts.filter(
                Q(page_id__in=VideoPage.objects.filter(company=self.partner).values("pk"))
                | Q(
                    page_id__in=ClassroomMaterialPage.objects.filter(
                        video__company=self.partner
                    ).values("pk")
                )
            )
        return counts

    # -- the aggregates (one query each) --------------------------------------------------

    @cached_property
    def per_kind_and_language(self):
        """{(kind, language): count}."""
        rows = self._counts().values("kind", "language").annotate(n=Sum("count"))
        return {(row["kind"], row["language"]): row["n"] for row in rows}

    @cached_property
    def per_month(self):
        """{(first day of the month, kind): count}."""
        rows = (
            self._counts()
            .filter(kind__in=MONTH_KINDS)
            .annotate(month=TruncMonth("day"))
            .values("month", "kind")
            .annotate(n=Sum("count"))
        )
        return {(_as_date(row["month"]), row["kind"]): row["n"] for row in rows}

    @cached_property
    def per_page(self):
        """{page id: {kind or (kind, answer): count}}."""
        rows = (
            self._counts()
            .exclude(page_id=0)
            .values("page_id", "kind", "answer")
            .annotate(n=Sum("count"))
        )
        pages = defaultdict(lambda: defaultdict(int))
        for row in rows:
            pages[row["page_id"]][row["kind"]] += row["n"]
            if row["answer"]:
                pages[row["page_id"]][(row["kind"], row["answer"])] += row["n"]
        return pages

    def total(self, kind):
        return sum(n for (k, _language), n in self.per_kind_and_language.items() if k == kind)

    # -- the tables -----------------------------------------------------------------------

    def summary(self):
        """(label, count) of the headline figures (the home panel and the page's top)."""
        kinds = (Kind.VIEW, Kind.PLAY, Kind.DOWNLOAD, Kind.USED_IN_CLASS)
        return [(total_label(kind), self.total(kind)) for kind in kinds]

    def totals_table(self):
        table = Table(
            "totals",
            _("Totals per kind and language"),
            [_("What"), *[label for _code, label in LANGUAGES], _("Total")],
        )
        for kind in Kind:
            cells = [
                self.per_kind_and_language.get((kind.value, code), 0) for code, _l in LANGUAGES
            ]
            table.rows.append([total_label(kind), *cells, sum(cells)])
        return table

    def months_table(self):
        table = Table(
            "months", _("Per month"), [_("Month"), *[total_label(k) for k in MONTH_KINDS]]
        )
        for month in self._months():
            table.rows.append(
                [
                    date_format(month, "YEAR_MONTH_FORMAT"),
                    *[self.per_month.get((month, kind), 0) for kind in MONTH_KINDS],
                ]
            )
        return table

    def _months(self):
        """Every month of the period, including months without counts."""
        seen = sorted({month for month, _kind in self.per_month})
        if self.period.start is not None:
            first = self.period.start.replace(day=1)
        elif seen:
            first = seen[0]
        else:
            return []
        last = self.period.end.replace(day=1)
        months = []
        while first <= last:
            months.append(first)
            first = date(first.year + first.month // 12, first.month % 12 + 1, 1)
        return months

    def _video_cells(self, page_ids):
        return [sum(self.per_page[pk][kind] for pk in page_ids) for kind in VIDEO_KINDS]

    def _video_headings(self):
        return [total_label(kind) for kind in VIDEO_KINDS]

    def videos_table(self):
        table = Table(
            "videos",
            _("Per video"),
            [_("Video"), _("Partner"), *self._video_headings()],
        )
        for video in self.videos:
            cells = self._video_cells([video.pk])
            if any(cells) or video.live:
                table.rows.append(
                    [video.title, video.company.title if video.company else "", *cells]
                )
        table.rows.sort(key=lambda row: (-row[3], -row[2], row[0]))  # plays, then views
        return table

    def sectors_table(self):
        table = Table(
            "sectors", _("Per sector"), [_("Sector"), _("Videos"), *self._video_headings()]
        )
        videos_of = defaultdict(list)
        links = VideoPage.sectors.through.objects.filter(
            videopage_id__in=[video.pk for video in self.videos]
        ).values_list("sector_id", "videopage_id")
        for sector_id, video_id in links:
            videos_of[sector_id].append(video_id)
        for sector in Sector.objects.filter(pk__in=list(videos_of)).order_by("name"):
            ids = videos_of[sector.pk]
            table.rows.append([sector.name, len(ids), *self._video_cells(ids)])
        table.rows.sort(key=lambda row: (-row[3], row[0]))
        return table

    def partners_table(self):
        table = Table(
            "partners", _("Per partner"), [_("Partner"), _("Videos"), *self._video_headings()]
        )
        videos_of = defaultdict(list)
        for video in self.videos:
            if video.company is not None:
                videos_of[video.company].append(video.pk)
        for partner, ids in videos_of.items():
            table.rows.append([partner.title, len(ids), *self._video_cells(ids)])
        table.rows.sort(key=lambda row: (-row[3], row[0]))
        return table

    def languages_table(self):
        table = Table(
            "languages",
            _("Per language"),
            [_("Language"), *[total_label(kind) for kind in MONTH_KINDS], _("All actions")],
        )
        for code, label in LANGUAGES:
            cells = [self.per_kind_and_language.get((kind, code), 0) for kind in MONTH_KINDS]
            everything = sum(
                n for (_k, language), n in self.per_kind_and_language.items() if language == code
            )
            table.rows.append([label, *cells, everything])
        return table

    def searches_table(self):
        table = Table("searches", _("Searches without results"), [_("Search term"), _("Times")])
        rows = (
            DailyCount.objects.filter(kind=Kind.SEARCH_EMPTY, **self.period.day_filter())
            .exclude(term="")
            .values("term")
            .annotate(n=Sum("count"))
            .filter(n__gte=MIN_SEARCHES)
            .order_by("-n", "term")[:TOP_SEARCHES]
        )
        table.rows = [[row["term"], row["n"]] for row in rows]
        return table

    def classroom_table(self):
        table = Table(
            "classroom",
            _("Classroom use"),
            [
                _("Lesson material"),
                total_label(Kind.VIEW),
                total_label(Kind.DOWNLOAD),
                total_label(Kind.USED_IN_CLASS),
            ],
        )
        for material in self.materials:
            counts = self.per_page[material.pk]
            cells = [counts[Kind.VIEW], counts[Kind.DOWNLOAD], counts[Kind.USED_IN_CLASS]]
            if any(cells) or material.live:
                table.rows.append([material.title, *cells])
        table.rows.sort(key=lambda row: (-row[2], -row[3], row[0]))
        used_on_videos = sum(self.per_page[video.pk][Kind.USED_IN_CLASS] for video in self.videos)
        table.footer = [
            _("Total (videos marked “used in class”: %(n)s)") % {"n": used_on_videos},
            *[sum(row[i] for row in table.rows) for i in (1, 2, 3)],
        ]
        return table

    def curious_table(self):
        answers = list(Answer)
        table = Table(
            "curious",
            _("“Made you curious about this job?” per video"),
            [_("Video"), *[answer.label for answer in answers], _("Answers"), _("Share “yes”")],
        )
        for video in self.videos:
            counts = self.per_page[video.pk]
            cells = [counts[(Kind.CURIOUS, answer.value)] for answer in answers]
            if sum(cells):
                table.rows.append([video.title, *cells, sum(cells), _share(cells[0], sum(cells))])
        table.rows.sort(key=lambda row: (-row[4], row[0]))
        return table

    def balance_table(self):
        genders = VideoHero.Gender.choices
        table = Table(
            "balance",
            _("Heroes' balance (live videos)"),
            [_("Profile type"), *[label for _value, label in genders], _("Total")],
        )
        rows = balance_rows()
        for row in rows:
            cells = [row.cells.get(value, 0) for value, _label in genders]
            line = [row.name, *cells, row.total]
            if row.is_total:
                table.footer = line
            else:
                table.rows.append(line)
        return table

    def tables(self):
        """Every table of the dashboard in the order of the page."""
        if self.partner is not None:
            return [
                self.months_table(),
                self.videos_table(),
                self.curious_table(),
                self.classroom_table(),
                self.languages_table(),
            ]
        return [
            self.months_table(),
            self.totals_table(),
            self.languages_table(),
            self.sectors_table(),
            self.videos_table(),
            self.partners_table(),
            self.searches_table(),
            self.classroom_table(),
            self.curious_table(),
            self.balance_table(),
        ]

    def table(self, slug):
        for table in self.tables():
            if table.slug == slug:
                return table
        return None


def _share(part, whole):
    return f"{round(100 * part / whole)} %" if whole else ""


def _as_date(value):
    return value.date() if hasattr(value, "date") else value
