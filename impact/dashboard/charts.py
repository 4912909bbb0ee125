"""Charts drawn on the server as SVG: bars computed here, drawn by impact/admin/chart.html.

Each chart is an image with a title and a description (role="img", <title>, <desc>) and always
sits beside the table it is drawn from, which holds the exact numbers; colours come from
classes in static/css/impact-admin.css (no inline style, nothing the admin's CSP forbids) and
each has at least 3:1 contrast on white. Stacked segments are told apart by a legend and a
white line between them, not by colour alone: the table beside says every number.
"""

from dataclasses import dataclass, field

from django.utils.formats import number_format
from django.utils.text import Truncator
from django.utils.translation import gettext as _

WIDTH = 720
LABEL_WIDTH = 230
VALUE_WIDTH = 70
ROW_HEIGHT = 26
BAR_HEIGHT = 16
LEGEND_HEIGHT = 28
MAX_BARS = 12
COLUMN_CHART_HEIGHT = 220
SERIES_CLASSES = 4  # impact-chart__series-0 … -3


@dataclass
class Shape:
    x: float
    y: float
    width: float
    height: float
    series: int
    tooltip: str


@dataclass
class Text:
    x: float
    y: float
    text: str
    anchor: str = "start"
    kind: str = "label"  # "axis": the smaller labels under columns


@dataclass
class LegendItem:
    x: float
    y: float
    label: str
    series: int

    @property
    def text_x(self):
        return self.x + 20

    @property
    def text_y(self):
        return self.y + 12


@dataclass
class Chart:
    slug: str
    title: str
    description: str
    width: int = WIDTH
    height: int = 0
    shapes: list = field(default_factory=list)
    texts: list = field(default_factory=list)
    legend: list = field(default_factory=list)  # LegendItem

    @property
    def ids(self):
        return f"chart-{self.slug}-title", f"chart-{self.slug}-desc"

    @property
    def title_id(self):
        return self.ids[0]

    @property
    def desc_id(self):
        return self.ids[1]


def _legend(chart, labels, y):
    x = 0
    for series, label in enumerate(labels):
        chart.legend.append(LegendItem(x, y, str(label), series % SERIES_CLASSES))
        x += 24 + 8 * len(str(label)) + 24
    return y + LEGEND_HEIGHT


def bar_chart(slug, title, rows, series_labels):
    """Horizontal bars, one per row of (label, [value per series]); several series stack."""
    rows = rows[:MAX_BARS]
    chart = Chart(slug, str(title), "")
    top = _legend(chart, series_labels, 4)
    largest = max([sum(values) for _label, values in rows] or [0]) or 1
    scale = (WIDTH - LABEL_WIDTH - VALUE_WIDTH) / largest
    for index, (label, values) in enumerate(rows):
        y = top + index * ROW_HEIGHT
        chart.texts.append(Text(LABEL_WIDTH - 8, y + BAR_HEIGHT - 3, _short(label), "end"))
        x = LABEL_WIDTH
        for series, value in enumerate(values):
            if value:
                tip = f"{label}: {_said(series_labels[series], value)}"
                chart.shapes.append(
                    Shape(x, y, max(value * scale, 1), BAR_HEIGHT, series % SERIES_CLASSES, tip)
                )
                x += value * scale
        chart.texts.append(Text(x + 6, y + BAR_HEIGHT - 3, _number(sum(values))))
    chart.height = top + max(len(rows), 1) * ROW_HEIGHT + 4
    chart.description = _description(rows, series_labels)
    return chart


def column_chart(slug, title, columns, series_labels):
    """Columns over time: one group per (label, [value per series]), series side by side."""
    chart = Chart(slug, str(title), "")
    top = _legend(chart, series_labels, 4)
    groups = max(len(columns), 1)
    # Wide enough for the series side by side; never wider than 90 (one month stays slim).
    group_width = min(max((WIDTH - 50) / groups, 12 * len(series_labels)), 90)
    chart.width = int(max(WIDTH, 50 + group_width * groups))
    bar_width = (group_width - 8) / len(series_labels)
    largest = max([max(values) for _label, values in columns] or [0]) or 1
    base = top + COLUMN_CHART_HEIGHT
    scale = (COLUMN_CHART_HEIGHT - 16) / largest
    chart.texts.append(Text(44, top + 12, _number(largest), "end"))
    chart.texts.append(Text(44, base, "0", "end"))
    for index, (label, values) in enumerate(columns):
        x = 50 + index * group_width
        for series, value in enumerate(values):
            height = value * scale
            tip = f"{label}: {_said(series_labels[series], value)}"
            chart.shapes.append(
                Shape(
                    x + series * bar_width, base - height, bar_width, max(height, 0.5), series, tip
                )
            )
        if len(columns) <= 14 or index % max(len(columns) // 12, 1) == 0:
            chart.texts.append(
                Text(x + group_width / 2 - 4, base + 16, _short(label, 9), "middle", "axis")
            )
    chart.height = base + 24
    chart.description = _description(columns, series_labels)
    return chart


def _description(groups, series_labels):
    """What a chart shows, in words: "Energie: Page views 47, Plays 28; …" (its <desc>)."""
    parts = [
        f"{label}: " + ", ".join(_said(series_labels[i], v) for i, v in enumerate(values))
        for label, values in groups
    ]
    return "; ".join(parts) if parts else _("No figures in this period.")


def _said(series_label, value):
    return f"{series_label} {_number(value)}"


def _number(value):
    return number_format(value, force_grouping=True)


def _month_abbreviation(label):
    """ "december 2025" → "dec 2025": the chart's axis has room for short months."""
    words = str(label).split()
    return f"{words[0][:3]} {words[-1]}" if len(words) == 2 else str(label)


def _short(label, length=30):
    return Truncator(str(label)).chars(length)


# Which columns of each table the chart draws, and how.
def chart_for(table):
    """The chart beside a dashboard table (or None for a table without one)."""
    headings = table.headings
    if table.slug == "months":
        columns = [(_month_abbreviation(row[0]), [row[1], row[2]]) for row in table.rows]
        return column_chart(table.slug, table.title, columns, headings[1:3])
    if table.slug in ("sectors", "partners", "videos"):  # their fourth column: the plays
        rows = [(row[0], [row[3]]) for row in table.rows if row[3]]
        return bar_chart(table.slug, table.title, rows, [headings[3]])
    if table.slug == "totals":
        rows = [(row[0], [row[1], row[2]]) for row in table.rows if row[3]]
        return bar_chart(table.slug, table.title, rows, headings[1:3])
    if table.slug == "languages":
        rows = [(row[0], [row[-1]]) for row in table.rows]
        return bar_chart(table.slug, table.title, rows, [headings[-1]])
    if table.slug == "searches":
        return bar_chart(
            table.slug, table.title, [(r[0], [r[1]]) for r in table.rows], [headings[1]]
        )
    if table.slug == "classroom":
        rows = [(row[0], [row[2], row[3]]) for row in table.rows if row[2] or row[3]]
        return bar_chart(table.slug, table.title, rows, headings[2:4])
    if table.slug == "curious":
        rows = [(row[0], row[1:4]) for row in table.rows]
        return bar_chart(table.slug, table.title, rows, headings[1:4])
    if table.slug == "balance":
        rows = [(row[0], row[1:-1]) for row in table.rows]
        return bar_chart(table.slug, table.title, rows, headings[1:-1])
    return None
