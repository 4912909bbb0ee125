"""One person's data on request and the retention periods enforced (issue 14, item 6):
`personal_data export|erase <email>` across every registered model, `purge_personal_data` and
the worker's daily clean-up that runs it."""

import io
import json
from datetime import timedelta

import pytest
from django.core import serializers
from django.core.management import CommandError, call_command
from django.utils import timezone

from initiatives.factories import create_initiative
from initiatives.models import CandidateMessage, InitiativeCandidacy, InitiativeProposal
from partners.models import SubmissionHero, VideoSubmission
from stemhub import personal_data, tasks
from stemhub.models import OutgoingMail
from videos.factories import make_video

from ..kept_content import Kept, built_as_in_a_test
from ..shared_content import CommittedSkeleton, module_content

ANNA = "anna@example.org"
BERT = "bert@example.org"
# Contains Anna's address but is someone else's: must never be found for her.
HANNA = "hanna@example.org.uk"

REGISTERED = {
    "partners.VideoSubmission",
    "partners.SubmissionHero",
    "initiatives.InitiativeCandidacy",
    "initiatives.InitiativeProposal",
    "initiatives.CandidateMessage",
    "stemhub.OutgoingMail",
}


def submission(email, name, key, **fields):
    record = VideoSubmission.objects.create(
        contact_name=name,
        email=email,
        phone="+32 470 12 34 56",
        video_key=key,
        title_nl=f"Video van {name}",
        summary_nl="Over batterijen.",
        **fields,
    )
    SubmissionHero.objects.create(
        submission=record, sort_order=0, name=f"Held van {name}", role="x"
    )
    return record


def candidacy(initiative, email, name, **fields):
    return InitiativeCandidacy.objects.create(
        initiative=initiative,
        organisation=f"Organisatie {name}",
        contact_person=name,
        email=email,
        role="lead",
        message=f"Groeten van {name}",
        **fields,
    )


def proposal(email, name, **fields):
    return InitiativeProposal.objects.create(
        contact_name=name,
        email=email,
        organisation_name=f"Vzw {name}",
        title=f"Initiatief van {name}",
        summary="Kort",
        description="Lang",
        **fields,
    )


def mail(to, body="Dag", **fields):
    return OutgoingMail.objects.create(
        from_email="noreply@stemhub.example", to=[to], subject="Ontvangen", body=body, **fields
    )


@pytest.fixture(scope="module")
def people_built(django_db_setup, django_db_blocker):
    """`build_people()` once for the module: each test erases or ages them in its own
    savepoint and gets fresh instances (`people`)."""
    with module_content(django_db_blocker):
        with built_as_in_a_test():
            rows = build_people(CommittedSkeleton.find_or_load())
            kept = Kept(
                video=rows.pop("video"),
                notice=rows.pop("notice"),
                **{f"{email} {kind}": row for email in rows for kind, row in rows[email].items()},
            )
        yield kept


@pytest.fixture
def people(people_built, db):
    """Anna, Bert and Hanna each left data in every registered model; Anna's video is live."""
    rows = {}
    for name, instance in vars(people_built.fresh()).items():
        email, _space, kind = name.partition(" ")
        if kind:
            rows.setdefault(email, {})[kind] = instance
        else:
            rows[name] = instance
    return rows


def build_people(site_tree):
    video, _created = make_video(site_tree.sections["videos"], "Anna's batterijvideo")
    initiative = create_initiative(site_tree.sections["initiatives"], "robotkamp")
    rows = {}
    for email, name in ((ANNA, "Anna"), (BERT, "Bert"), (HANNA, "Hanna")):
        rows[email] = {
            "submission": submission(
                email, name, f"youtube:{name}", page=video if email == ANNA else None
            ),
            "candidacy": candidacy(initiative, email, name),
            "proposal": proposal(email, name),
            "mail": mail(email),
        }
    CandidateMessage.objects.create(
        sender=rows[ANNA]["candidacy"], recipient=rows[BERT]["candidacy"], message="Zullen we?"
    )
    # The editors' notice mentions Anna's address in its text, not as a recipient.
    rows["notice"] = mail("redactie@stemhub.example", body=f"Nieuwe inzending van {ANNA}.")
    rows["video"] = video
    return rows


def export_of(email, *options):
    out = io.StringIO()
    call_command("personal_data", "export", email, *options, stdout=out)
    return out.getvalue()


def ids_by_model(data):
    return {record["model"]: [row["id"] for row in record["rows"]] for record in data["records"]}


def test_every_holder_of_personal_data_is_registered(db):
    assert {entry.model for entry in personal_data.holders()} == REGISTERED


def test_export_finds_exactly_one_persons_rows_across_every_model(people):
    data = json.loads(export_of(ANNA))
    assert data["email"] == ANNA
    anna = people[ANNA]
    assert ids_by_model(data) == {
        "partners.VideoSubmission": [anna["submission"].pk],
        "partners.SubmissionHero": [anna["submission"].heroes.get().pk],
        "initiatives.InitiativeCandidacy": [anna["candidacy"].pk],
        "initiatives.InitiativeProposal": [anna["proposal"].pk],
        "initiatives.CandidateMessage": [CandidateMessage.objects.get().pk],
        "stemhub.OutgoingMail": sorted([anna["mail"].pk, people["notice"].pk]),
    }
    text = json.dumps(data)
    assert BERT not in text and "Bert" not in text
    assert HANNA not in text and "Hanna" not in text
    fields = data["records"][0]["rows"][0]["fields"]
    assert fields["contact_name"] == "Anna" and fields["phone"] == "+32 470 12 34 56"


def test_export_ignores_case_and_writes_a_file(people, tmp_path):
    target = tmp_path / "anna.json"
    assert export_of("  Anna@Example.ORG ", "--output", str(target)) == ""
    data = json.loads(target.read_text(encoding="utf-8"))
    assert len(data["records"]) == len(REGISTERED)


def test_export_of_an_unknown_address_is_empty_and_a_bad_one_refused(people):
    assert json.loads(export_of("nobody@example.org"))["records"] == []
    with pytest.raises(CommandError, match="not an email address"):
        export_of("anna at example")


def all_personal_rows():
    """Every row of every registered model, serialised: where a trace would show."""
    rows = []
    for entry in personal_data.holders():
        rows.extend(entry.model_class._default_manager.all())
    return serializers.serialize("json", rows)


def test_erase_leaves_no_trace_of_the_address_and_keeps_published_pages(people):
    out = io.StringIO()
    call_command("personal_data", "erase", ANNA, "--yes", stdout=out)
    report = out.getvalue()
    assert "partners.VideoSubmission: anonymised 1 row(s)" in report
    assert "stemhub.OutgoingMail: deleted 2 row(s)" in report

    dump = all_personal_rows()
    assert not personal_data.mentions(dump, ANNA)  # hanna@example.org.uk is not hers
    assert "Held van Anna" not in dump and "Groeten van Anna" not in dump
    assert json.loads(export_of(ANNA))["records"] == []
    # The record stays for the editors, without its person; the published video stays live.
    record = VideoSubmission.objects.get(pk=people[ANNA]["submission"].pk)
    assert (record.contact_name, record.email, record.phone) == ("", "", "")
    assert record.reference and record.page_id == people["video"].pk
    video = people["video"].__class__.objects.get(pk=people["video"].pk)
    assert video.live and video.title == "Anna's batterijvideo"
    # Bert and Hanna keep everything (Bert's received message is emptied: Anna wrote it).
    assert json.loads(export_of(BERT))["records"]
    assert len(json.loads(export_of(HANNA))["records"]) == 5
    assert CandidateMessage.objects.get().message == ""


def test_erase_asks_first_and_stops_unless_told_yes(people, monkeypatch):
    monkeypatch.setattr("builtins.input", lambda prompt: "nee")
    out = io.StringIO()
    with pytest.raises(CommandError, match="Nothing was erased"):
        call_command("personal_data", "erase", ANNA, stdout=out)
    assert "partners.VideoSubmission: 1 row(s) to anonymise" in out.getvalue()
    assert VideoSubmission.objects.get(pk=people[ANNA]["submission"].pk).email == ANNA

    monkeypatch.setattr("builtins.input", lambda prompt: "yes")
    call_command("personal_data", "erase", ANNA, stdout=io.StringIO())
    assert not VideoSubmission.objects.filter(email=ANNA).exists()


def test_erase_of_an_unknown_address_says_so(people):
    out = io.StringIO()
    call_command("personal_data", "erase", "nobody@example.org", stdout=out)
    assert "Nothing is held about nobody@example.org" in out.getvalue()


def age(model, pk, **fields):
    """Move a row back in time (auto_now fields cannot be set through save())."""
    model.objects.filter(pk=pk).update(**fields)


@pytest.fixture
def old_and_new(people, settings):
    """Anna's rows were handled long ago, Bert's recently; Hanna's are still open."""
    now = timezone.now()
    long_ago = now - timedelta(days=settings.STEMHUB_CANDIDACY_RETENTION_DAYS + 1)
    recently = now - timedelta(days=1)
    for email, when in ((ANNA, long_ago), (BERT, recently)):
        rows = people[email]
        age(VideoSubmission, rows["submission"].pk, status="approved", decided_at=when)
        age(InitiativeProposal, rows["proposal"].pk, status="rejected", decided_at=when)
        age(InitiativeCandidacy, rows["candidacy"].pk, status="accepted", created_at=when)
        age(OutgoingMail, rows["mail"].pk, status="sent", sent_at=when)
    age(CandidateMessage, CandidateMessage.objects.get().pk, forwarded=True, created_at=long_ago)
    hanna = people[HANNA]
    age(VideoSubmission, hanna["submission"].pk, updated_at=long_ago)  # still in review
    age(InitiativeCandidacy, hanna["candidacy"].pk, created_at=long_ago)  # still new
    age(OutgoingMail, hanna["mail"].pk, status="failed", created_at=long_ago)  # editors see it
    return people


def test_purge_removes_only_what_is_past_its_retention(old_and_new):
    out = io.StringIO()
    call_command("purge_personal_data", stdout=out)
    report = out.getvalue()
    assert "partners.VideoSubmission: anonymised 1 row(s)" in report
    assert "stemhub.OutgoingMail: deleted 1 row(s)" in report
    assert "Purged 6 row(s)" in report

    anna, bert, hanna = (old_and_new[email] for email in (ANNA, BERT, HANNA))
    assert VideoSubmission.objects.get(pk=anna["submission"].pk).email == ""
    assert SubmissionHero.objects.get(submission=anna["submission"]).name == ""
    assert InitiativeProposal.objects.get(pk=anna["proposal"].pk).contact_name == ""
    assert InitiativeCandidacy.objects.get(pk=anna["candidacy"].pk).email == ""
    # The organisation and role it allowed us to show stay.
    assert InitiativeCandidacy.objects.get(pk=anna["candidacy"].pk).organisation
    assert not OutgoingMail.objects.filter(pk=anna["mail"].pk).exists()
    assert CandidateMessage.objects.get().message == ""
    for rows in (bert, hanna):
        assert VideoSubmission.objects.get(pk=rows["submission"].pk).email
        assert InitiativeCandidacy.objects.get(pk=rows["candidacy"].pk).email
        assert OutgoingMail.objects.filter(pk=rows["mail"].pk).exists()
    assert old_and_new["video"].__class__.objects.get(pk=old_and_new["video"].pk).live

    again = io.StringIO()
    call_command("purge_personal_data", stdout=again)
    assert "Purged 0 row(s)" in again.getvalue()


def test_purge_follows_the_settings(old_and_new, settings):
    settings.STEMHUB_SUBMISSION_RETENTION_DAYS = 0
    call_command("purge_personal_data", stdout=io.StringIO())
    bert = old_and_new[BERT]
    assert VideoSubmission.objects.get(pk=bert["submission"].pk).email == ""
    assert InitiativeProposal.objects.get(pk=bert["proposal"].pk).email == BERT


def test_the_workers_daily_cleanup_purges_expired_personal_data(old_and_new):
    tasks.daily_cleanup.enqueue()  # the immediate backend of the tests runs it now
    anna = old_and_new[ANNA]
    assert VideoSubmission.objects.get(pk=anna["submission"].pk).email == ""
    assert not OutgoingMail.objects.filter(pk=anna["mail"].pk).exists()
    assert VideoSubmission.objects.get(pk=old_and_new[BERT]["submission"].pk).email == BERT
