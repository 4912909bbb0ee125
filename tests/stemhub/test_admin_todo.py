"""The admin home as the editors' to-do list: each panel, its rows and links, its cost."""

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model

from initiatives.factories import create_initiative
from initiatives.models import InitiativeCandidacy, InitiativeProposal
from partners.models import SubmissionHero, VideoSubmission
from stemhub import roles
from stemhub.models import OutgoingMail
from videos.factories import make_signpost, make_video
from videos.models import VideoPage, VideoSignpost

from ..kept_content import built_as_in_a_test
from ..shared_content import CommittedSkeleton, module_content
from .admin_helpers import member_of, prefers_english


def _panel(response, panel_id):
    return BeautifulSoup(response.content, "html.parser").find(id=f"{panel_id}-section")


def _links(panel):
    return {a.get_text(strip=True): a["href"] for a in panel.select("td.title a")}


def add_work(site_tree, n, tag=""):
    """n things of every kind that wait for the editors."""
    initiative = create_initiative(site_tree.sections["initiatives"], f"robotkamp{tag}")
    work = {
        "submissions": [],
        "candidacies": [],
        "mails": [],
        "videos": [],
        "signposts": [],
        "proposals": [],
    }
    for i in range(n):
        submission = VideoSubmission.objects.create(
            organisation_name=f"Zonnebouw {tag}{i}",
            contact_name="An",
            email="an@example.org",
            title_nl=f"Zonnepanelen {tag}{i}",
            summary_nl="Over zonnepanelen.",
            video_key=f"youtube:todo{tag}{i}",
        )
        for order, role in enumerate(("ingenieur", "technicus")):
            SubmissionHero.objects.create(submission=submission, sort_order=order, role=role)
        work["submissions"].append(submission)
        work["candidacies"].append(
            InitiativeCandidacy.objects.create(
                initiative=initiative,
                organisation=f"Robotclub {tag}{i}",
                contact_person="Bo",
                email="bo@example.org",
                role="lead",
            )
        )
        work["proposals"].append(
            InitiativeProposal.objects.create(
                organisation_name=f"Maakbaar {tag}{i}",
                contact_name="Sara",
                email="sara@example.org",
                title=f"Maakplaats {tag}{i}",
                summary="Een rijdende maakplaats.",
                description="Leerlingen bouwen robots.",
            )
        )
        work["mails"].append(
            OutgoingMail.objects.create(
                from_email="hub@example.org",
                to=["x@example.org"],
                subject=f"Bevestiging {tag}{i}",
                status=OutgoingMail.Status.FAILED,
                last_error="550 mailbox unavailable",
            )
        )
        signpost = make_signpost(
            f"beroepenhuis{tag}{i}", f"Beroepenhuis {tag}{i}", "https://www.beroepenhuis.be/"
        )
        work["signposts"].append(signpost)
        work["videos"].append(
            make_video(
                site_tree.sections["videos"],
                f"Windmolens {tag}{i}",
                slug=f"windmolens{tag}{i}",
                signposts=[signpost],
            )[0]
        )
    return work


# The models of `add_work()`'s lists, to read the module's work again for each test.
WORK_MODELS = {
    "submissions": VideoSubmission,
    "candidacies": InitiativeCandidacy,
    "mails": OutgoingMail,
    "videos": VideoPage,
    "proposals": InitiativeProposal,
}


@pytest.fixture(scope="module")
def work_built(django_db_setup, django_db_blocker):
    """`add_work(site_tree, 1)`, once for the module and rolled back after it
    (tests/shared_content.py): the panels' tests read it, or change it in their savepoint."""
    with module_content(django_db_blocker):
        with built_as_in_a_test():
            work = add_work(CommittedSkeleton.find_or_load(), 1)
        yield {kind: [item.pk for item in work[kind]] for kind in WORK_MODELS}


@pytest.fixture
def work(work_built, db):
    """The module's waiting work as fresh instances, one query per kind."""
    fresh = {}
    for kind, model in WORK_MODELS.items():
        found = model.objects.in_bulk(work_built[kind])
        fresh[kind] = [found[pk] for pk in work_built[kind]]
    return fresh


@pytest.fixture
def editor_client(client, db):
    client.force_login(member_of(roles.EDITORS_GROUP))
    return client


def test_each_panel_lists_what_waits_with_a_link_to_fix_it(editor_client, work):
    response = editor_client.get("/admin/")
    assert response.status_code == 200

    submission = work["submissions"][0]
    links = _links(_panel(response, "todo-partner-videos"))
    assert links["Zonnepanelen 0"].endswith(
        f"/admin/partners_videosubmission/inspect/{submission.pk}/"
    )
    assert "Zonnebouw 0" in _panel(response, "todo-partner-videos").get_text()

    candidacy = work["candidacies"][0]
    panel = _panel(response, "todo-candidacies")
    assert _links(panel)["Robotclub 0"].endswith(f"/{candidacy.pk}/")
    assert "Robotkamp" in panel.get_text()

    proposal = work["proposals"][0]
    panel = _panel(response, "todo-initiative-proposals")
    link = f"/admin/initiatives_initiativeproposal/inspect/{proposal.pk}/"
    assert _links(panel)["Maakplaats 0"] == link
    assert "door Maakbaar 0" in panel.get_text()

    mail = work["mails"][0]
    panel = _panel(response, "todo-failed-mail")
    assert _links(panel)["Bevestiging 0"] == f"/admin/stemhub_outgoingmail/inspect/{mail.pk}/"
    assert "550 mailbox unavailable" in panel.get_text()

    video = work["videos"][0]
    panel = _panel(response, "todo-video-captions")
    assert _links(panel)["Windmolens 0"] == f"/admin/pages/{video.pk}/edit/"
    assert "Geen transcript" in panel.get_text()

    panel = _panel(response, "todo-signpost-links")
    assert _links(panel)["Windmolens 0: Beroepenhuis 0"] == f"/admin/pages/{video.pk}/edit/"
    assert "https://www.beroepenhuis.be/" in panel.get_text()

    panel = _panel(response, "todo-missing-english")
    assert panel is not None
    assert "/admin/reports/translations/" in str(panel)


def test_a_signpost_with_a_deep_link_and_a_handled_candidacy_are_not_listed(
    editor_client, site_tree, work
):
    deep = make_signpost("vdab-test", "VDAB test", "https://www.vdab.be/beroepen/technicus")
    make_video(site_tree.sections["videos"], "Lassen", slug="lassen", signposts=[deep])
    VideoSignpost.objects.filter(page=work["videos"][0]).update(
        deep_link="https://www.beroepenhuis.be/beroepen/windturbinetechnicus"
    )
    InitiativeCandidacy.objects.filter(pk=work["candidacies"][0].pk).update(status="contacted")
    response = editor_client.get("/admin/")
    panel_text = _panel(response, "todo-signpost-links").get_text()
    assert "VDAB test" not in panel_text
    assert "Beroepenhuis 0" not in panel_text
    assert "Robotclub 0" not in _panel(response, "todo-candidacies").get_text()


def test_english_admin_shows_the_panels_in_english(client, work):
    editor = member_of(roles.EDITORS_GROUP)
    prefers_english(editor)
    client.force_login(editor)
    response = client.get("/admin/")
    assert "Partner videos to review" in response.content.decode()
    assert "No transcript" in _panel(response, "todo-video-captions").get_text()


def test_dutch_is_the_admin_language_by_default(editor_client, work):
    body = editor_client.get("/admin/").content.decode()
    assert "Partnervideo’s om na te kijken" in body


def test_a_visitor_sees_no_panel(client, work):
    visitor = get_user_model().objects.create_user("bezoeker", "b@example.org")
    client.force_login(visitor)
    response = client.get("/admin/")
    assert response.status_code == 302
    assert "Zonnepanelen" not in response.content.decode()


def test_a_translator_sees_only_the_translation_panel(client, work):
    client.force_login(member_of(roles.TRANSLATORS_GROUP))
    response = client.get("/admin/")
    assert response.status_code == 200
    assert _panel(response, "todo-missing-english") is not None
    for panel_id in ("todo-partner-videos", "todo-candidacies", "todo-failed-mail"):
        assert _panel(response, panel_id) is None


def _home_queries(client, django_assert_max_num_queries, limit):
    with django_assert_max_num_queries(limit) as captured:
        assert client.get("/admin/").status_code == 200
    return len(captured)


def test_the_home_costs_the_same_queries_however_much_waits(
    editor_client, site_tree, django_assert_max_num_queries
):
    add_work(site_tree, 1, tag="a")
    editor_client.get("/admin/")  # warm the user's permission caches like any second visit
    few = _home_queries(editor_client, django_assert_max_num_queries, 120)
    add_work(site_tree, 8, tag="b")
    many = _home_queries(editor_client, django_assert_max_num_queries, few)
    assert many <= few


def test_an_english_browser_still_gets_the_dutch_admin(editor_client, site_tree):
    body = editor_client.get("/admin/", HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert "Partnervideo’s om na te kijken" in body
