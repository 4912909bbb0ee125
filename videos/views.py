"""Editor-only views: the campaign's balance report of who the heroes are."""

from collections import Counter

from django.core.exceptions import PermissionDenied
from django.db.models import Count
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _

from .models import ProfileType, VideoHero


def hero_balance_report(request):
    """How many heroes of live videos identify as woman, man, … per profile type.

    The gender field exists only for this table; it is never shown on the public site.
    """
    if not request.user.has_perm("videos.change_videopage"):
        raise PermissionDenied
    counts = Counter(
        {
            (row["profile_type"], row["gender"]): row["n"]
            for row in VideoHero.objects.filter(page__live=True)
            .order_by()  # the default ordering would split the groups
            .values("profile_type", "gender")
            .annotate(n=Count("pk"))
        }
    )
    genders = VideoHero.Gender.choices
    profiles = [(p.pk, p.name) for p in ProfileType.objects.all()] + [(None, _("No profile"))]
    rows = []
    for profile_id, name in profiles:
        cells = [counts[(profile_id, value)] for value, _label in genders]
        if any(cells):
            rows.append({"name": name, "cells": cells, "total": sum(cells)})
    totals = [counts_for(counts, value) for value, _label in genders]
    return TemplateResponse(
        request,
        "videos/admin/hero_balance_report.html",
        {
            "page_title": _("Heroes' balance"),
            "header_icon": "group",
            "genders": [label for _value, label in genders],
            "rows": rows,
            "totals": totals,
            "grand_total": sum(totals),
        },
    )


def counts_for(counts, gender):
    return sum(n for (_profile, value), n in counts.items() if value == gender)
