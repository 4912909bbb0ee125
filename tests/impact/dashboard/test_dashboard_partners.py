"""A partner's figures in the admin (only its own videos), the button on its page, and the
optional monthly mail: once per opted-in partner per month, through the outbox, in the
partner's language."""

from datetime import date, timedelta

from bs4 import BeautifulSoup

from impact.models import Kind, PartnerMonthlyMail, PartnerReport
from impact.partner_mail import monthly_partner_mails, send_monthly_mails
from partners.models import PartnerPage
from stemhub import worker
from stemhub.models import OutgoingMail
from tests.stemhub.admin_helpers import form_data

from .conftest import count


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


def first_cells(response, slug):
    section = soup(response).select_one(f"section#{slug}")
    return [row.select_one("th").get_text(strip=True) for row in section.select("tbody tr")]


def test_the_partner_view_shows_only_its_own_videos(editor_client, known_counts):
    response = editor_client.get(f"/admin/impact/partners/{known_counts.umicore.pk}/")
    assert response.status_code == 200
    assert first_cells(response, "videos") == ["Zonnecellen maken"]
    assert first_cells(response, "classroom") == ["Les over zonnecellen"]
    summary = [dd.get_text(strip=True) for dd in soup(response).select(".impact-summary dd")]
    assert summary == ["47", "28", "9", "8"]  # views, plays, downloads, used in class

    vrt = editor_client.get(f"/admin/impact/partners/{known_counts.vrt.pk}/")
    assert first_cells(vrt, "videos") == ["Robots een brein geven"]
    assert "Zonnecellen" not in vrt.content.decode()
    rows = vrt.content.decode()
    csv = editor_client.get(f"/admin/impact/partners/{known_counts.vrt.pk}/csv/videos/")
    assert "Robots een brein geven" in csv.content.decode("utf-8")
    assert "Zonnecellen" not in csv.content.decode("utf-8")
    assert rows


def test_the_partner_page_in_the_admin_links_to_its_figures(editor_client, known_counts):
    edit = editor_client.get(f"/admin/pages/{known_counts.umicore.pk}/edit/").content.decode()
    assert f"/admin/impact/partners/{known_counts.umicore.pk}/" in edit
    video_edit = editor_client.get(f"/admin/pages/{known_counts.solar.pk}/edit/")
    assert "/admin/impact/partners/" not in video_edit.content.decode()


def test_editors_opt_a_partner_in_and_bad_input_is_kept(editor_client, known_counts):
    url = f"/admin/impact/partners/{known_counts.vrt.pk}/"
    data = form_data(editor_client.get(url), "form[method=post]")
    data.update(monthly_mail="on", contact_email="", language="en")
    refused = editor_client.post(url, data)
    assert refused.status_code == 200
    assert not PartnerReport.objects.filter(partner=known_counts.vrt).exists()
    form = soup(refused).select_one("form[method=post]")
    assert form.select_one("input[name=monthly_mail]").has_attr("checked")
    assert form.select_one("select[name=language] option[selected]")["value"] == "en"

    data.update(contact_email="pers@vrt.example")
    assert editor_client.post(url, data).status_code == 302
    report = PartnerReport.objects.get(partner=known_counts.vrt)
    assert (report.monthly_mail, report.contact_email, report.language) == (
        True,
        "pers@vrt.example",
        "en",
    )


def _opt_in(partner, email, language):
    return PartnerReport.objects.create(
        partner=partner, monthly_mail=True, contact_email=email, language=language
    )


def test_the_monthly_mail_goes_once_per_opted_in_partner_in_its_language(known_counts, mailoutbox):
    s = known_counts
    # The mail reports the month before `on`. known_counts counts on today and two days ago, which
    # is last month on the 1st and 2nd: the mail goes out on the first of the month that holds
    # "two days ago", so the month it reports has only this test's counts, on every day of the year.
    first_of_month = (s.today - timedelta(days=2)).replace(day=1)
    last_month = first_of_month - timedelta(days=1)
    count(last_month, Kind.PLAY, 17, page=s.solar)
    count(last_month, Kind.PLAY, 4, page=s.robots)
    _opt_in(s.umicore, "contact@umicore.example", "en")
    _opt_in(s.vrt, "pers@vrt.example", "nl")
    others = PartnerPage.objects.exclude(pk__in=[s.vrt.pk, s.umicore.pk])
    PartnerReport.objects.create(
        partner=others.first(), monthly_mail=False, contact_email="no@example.org"
    )

    assert send_monthly_mails(on=first_of_month) == 2
    assert send_monthly_mails(on=first_of_month + timedelta(days=3)) == 0  # once a month

    mails = {tuple(mail.to): mail for mail in OutgoingMail.objects.all()}
    assert set(mails) == {("contact@umicore.example",), ("pers@vrt.example",)}
    english = mails[("contact@umicore.example",)]
    month_en = date(last_month.year, last_month.month, 1)
    assert english.subject == (f"The figures of your #STEMhelden videos in {month_en:%B %Y}")
    assert "Making solar cells" in english.body and "17 times played" in english.body
    assert "Robots" not in english.body
    dutch = mails[("pers@vrt.example",)]
    assert dutch.subject.startswith("De cijfers van je #STEMhelden-video's in ")
    assert "Robots een brein geven" in dutch.body and "4 keer afgespeeld" in dutch.body
    assert "Zonnecellen" not in dutch.body
    assert [m.to for m in mailoutbox] and len(mailoutbox) == 2  # delivered by the worker
    assert PartnerMonthlyMail.objects.count() == 2

    # Next month: mailed again, once.
    next_month = (first_of_month + timedelta(days=32)).replace(day=1)
    assert send_monthly_mails(on=next_month) == 2
    assert PartnerMonthlyMail.objects.count() == 4


def test_the_worker_keeps_the_monthly_mail_scheduled(known_counts):
    assert monthly_partner_mails in worker.REGISTERED_PERIODIC
    _opt_in(known_counts.umicore, "contact@umicore.example", "nl")
    result = monthly_partner_mails.enqueue()
    assert result.return_value == {"sent": 1}
    assert monthly_partner_mails.enqueue().return_value == {"sent": 0}
