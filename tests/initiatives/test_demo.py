"""The demo initiatives: the seeds' facts, both languages, safe to load twice."""

from django.core.management import call_command
from wagtail.models import Page

from initiatives.models import InitiativePage
from partners.models import PartnerPage


def test_load_demo_twice_creates_everything_once(db, client):
    call_command("load_demo", "--no-admin", verbosity=0)
    counts = (InitiativePage.objects.count(), PartnerPage.objects.count(), Page.objects.count())
    call_command("load_demo", "--no-admin", verbosity=0)
    assert (
        InitiativePage.objects.count(),
        PartnerPage.objects.count(),
        Page.objects.count(),
    ) == counts
    assert counts[0] >= 10

    titles = set(InitiativePage.objects.values_list("title_nl", flat=True))
    for expected in (
        "#STEMhelden",
        "Da's Geniaal",
        "Together 4 STEM",
        "Kiezen voor STEM",
        "Jong buitenlands STEM-talent voedt gevestigde Limburgse bedrijven",
        "STEM-academies",
        "Brightlab",
        "Biotechnologische en chemische wetenschappen aan GITHO Nijlen",
    ):
        assert expected in titles
    together = InitiativePage.objects.get(slug_nl="together-4-stem")
    assert together.organisation.slug_nl == "csr-europe"
    assert together.year_started == 2019
    assert "Huawei" in together.budget_en
    assert together.summary_nl and together.summary_en
    assert [region.slug for region in together.regions.all()] == ["europa"]

    # The STEM Coalition's record type and language flag (issue 16): a Dutch-only study.
    study = InitiativePage.objects.get(slug_nl="kiezen-voor-stem")
    assert study.record_type.slug == "study"
    assert [language.slug for language in study.languages.all()] == ["nl"]
    assert together.record_type.slug == "programme"
    studies = client.get("/en/initiatives/?type=study")
    assert "Choosing STEM" in studies.content.decode()
    assert "Together 4 STEM" not in studies.content.decode()

    dutch = client.get("/nl/initiatieven/?region=limburg")
    assert "Jong buitenlands STEM-talent" in dutch.content.decode()
    english = client.get("/en/initiatives/together-4-stem/")
    assert english.status_code == 200
    assert "Climate Education Toolkit" in english.content.decode()
