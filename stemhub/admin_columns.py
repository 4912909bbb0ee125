"""Columns the admin's record listings share."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import StatusTagColumn


def status_column(needs_attention):
    """A record's status as a tag, highlighted where `needs_attention(record)` is true."""
    return StatusTagColumn(
        "status", label=_("Status"), accessor="get_status_display", primary=needs_attention
    )
