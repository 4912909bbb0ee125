"""The period the dashboard reads: the last 30 days, this year, everything, or one month.

A plain GET form (works without JavaScript). A typed month wins over the period buttons, so
an editor who types a month and presses "Show" gets that month; a month that cannot be read
gets a translated error and stays in the box, and the figures fall back to the last 30 days.
"""

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

from django import forms
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _

LAST_30_DAYS = "30d"
THIS_YEAR = "year"
ALL = "all"
MONTH_PATTERN = re.compile(r"^(\d{4})-(\d{2})$")
FIRST_YEAR = 2020  # the campaign's first series; nothing was counted before


@dataclass(frozen=True)
class Period:
    key: str  # what the form sends back: "30d", "year", "all" or "2026-10"
    label: str
    start: date | None  # None: since the first count
    end: date  # inclusive

    def day_filter(self):
        """Keyword arguments that limit DailyCount rows to this period."""
        if self.start is None:
            return {"day__lte": self.end}
        return {"day__gte": self.start, "day__lte": self.end}

    @property
    def query(self):
        return f"month={self.key}" if MONTH_PATTERN.match(self.key) else f"period={self.key}"


def today():
    return timezone.localdate()


def month_period(year, month):
    start = date(year, month, 1)
    end = date(year, month, calendar.monthrange(year, month)[1])
    return Period(f"{year:04d}-{month:02d}", date_format(start, "YEAR_MONTH_FORMAT"), start, end)


def previous_month(day):
    """The whole month before the one `day` falls in."""
    last = day.replace(day=1) - timedelta(days=1)
    return month_period(last.year, last.month)


def named_period(key, on=None):
    on = on or today()
    if key == THIS_YEAR:
        return Period(THIS_YEAR, str(_("This year")), date(on.year, 1, 1), on)
    if key == ALL:
        return Period(ALL, str(_("All")), None, on)
    return Period(LAST_30_DAYS, str(_("Last 30 days")), on - timedelta(days=29), on)


def parse_month(value, on=None):
    """(year, month) of "YYYY-MM", or None when it is no month the dashboard can show."""
    on = on or today()
    found = MONTH_PATTERN.match(value.strip())
    if not found:
        return None
    year, month = int(found[1]), int(found[2])
    if not 1 <= month <= 12 or not FIRST_YEAR <= year <= on.year:
        return None
    if (year, month) > (on.year, on.month):
        return None
    return year, month


class PeriodForm(forms.Form):
    period = forms.ChoiceField(
        label=_("Period"),
        choices=[(LAST_30_DAYS, _("Last 30 days")), (THIS_YEAR, _("This year")), (ALL, _("All"))],
        widget=forms.RadioSelect,
        required=False,
    )
    month = forms.CharField(
        label=_("Or one month"),
        required=False,
        max_length=20,
        help_text=_("For example 2026-10."),
        widget=forms.TextInput(attrs={"type": "month", "placeholder": "2026-10"}),
    )

    def clean_month(self):
        value = self.cleaned_data["month"].strip()
        if value and parse_month(value) is None:
            # A month box would drop what cannot be read; a text box shows it to correct.
            self.fields["month"].widget.input_type = "text"
            raise forms.ValidationError(
                _(
                    "“%(value)s” is not a month the dashboard can show: type it as year-month, "
                    "for example 2026-10, from %(first)s up to this month."
                ),
                params={"value": value, "first": FIRST_YEAR},
            )
        return value

    def selected(self):
        """The period asked for; the last 30 days when nothing (valid) was asked."""
        if not self.is_bound or not self.is_valid():
            return named_period(self.data.get("period") if self.is_bound else LAST_30_DAYS)
        if self.cleaned_data["month"]:
            return month_period(*parse_month(self.cleaned_data["month"]))
        return named_period(self.cleaned_data["period"] or LAST_30_DAYS)


def period_form(data):
    """The bound form (or an unbound one when the address holds neither field)."""
    if "period" in data or "month" in data:
        return PeriodForm(data)
    return PeriodForm(initial={"period": LAST_30_DAYS})
