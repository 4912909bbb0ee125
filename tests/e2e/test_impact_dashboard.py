"""The impact dashboard in a real Chromium, on a phone and a desktop: an editor picks a period
without JavaScript tricks, reads a chart and its table, downloads a CSV; the admin's CSP stays
unbroken (the page fixtures fail on any violation) and nothing is requested from another host."""

from datetime import timedelta

import pytest
from django.contrib.auth.models import Group
from django.utils import timezone

from impact.models import DailyCount, Kind
from initiatives.setup import EDITORS_GROUP, ensure_all
from tests.e2e.expect import expect
from videos.factories import make_video

from .admin_steps import sign_in


@pytest.fixture
def counted(site_tree, django_user_model):
    ensure_all()
    user = django_user_model.objects.create_user(
        "impactlezer", email="impact@stemhub.example", password="stem-platform-2026"
    )
    user.groups.add(Group.objects.get(name=EDITORS_GROUP))
    video, _ = make_video(site_tree.sections["videos"], "Zonnecellen maken")
    today = timezone.localdate()
    for back, n in ((1, 40), (400, 900)):
        DailyCount.objects.create(
            day=today - timedelta(days=back),
            language="nl",
            kind=Kind.PLAY,
            page_id=video.pk,
            count=n,
        )
    return video


@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize("viewport", ["phone_page", "desktop_page"])
def test_an_editor_reads_the_dashboard_and_downloads_a_table(
    live_server, counted, viewport, request
):
    admin = request.getfixturevalue(viewport)
    sign_in(admin, live_server, "impactlezer", "stem-platform-2026")
    admin.goto(f"{live_server.url}/admin/impact/")

    summary = admin.locator(".impact-summary__item").filter(has_text="Video's afgespeeld")
    expect(summary).to_contain_text("40")
    expect(admin.locator("#chart-videos-title")).to_have_text("Per video")

    admin.get_by_label("Alles").check()
    admin.get_by_role("button", name="Toon", exact=True).click()
    expect(admin).to_have_url(f"{live_server.url}/admin/impact/?period=all&month=")
    expect(summary).to_contain_text("940")
    expect(admin.locator("section#videos tbody tr").first).to_contain_text("940")

    with admin.expect_download() as download:
        admin.locator("section#videos a[download]").click()
    path = download.value.path()
    with open(path, encoding="utf-8-sig") as downloaded:
        text = downloaded.read()
    assert text.splitlines()[0].startswith("Video,Partner,Paginaweergaven")
    assert "Zonnecellen maken,,0,940" in text
    if viewport == "phone_page":
        assert admin.external_requests == []
