"""The two heroes of a submission: two stored rows, the draft page's heroes, the admin inline,
and the data migration that moved the old hero_1_* / hero_2_* columns into rows."""

import importlib
from types import SimpleNamespace

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.users.models import UserProfile

from partners.form_fields import NamedChoiceField, NamedMultipleChoiceField, offer_vocabulary
from partners.forms import VideoSubmissionForm
from partners.models import PartnerPage, SubmissionHero, VideoSubmission
from videos.models import EducationRoute, ProfileType, VideoPage

from .conftest import SUBMIT_EN, SUBMIT_NL

MIGRATION = importlib.import_module("partners.migrations.0006_submission_heroes_as_rows")


@pytest.fixture
def editor(db):
    return get_user_model().objects.create_superuser("editor", "editor@example.org", "pw")


@pytest.fixture
def submission(client, valid_data, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        assert client.post(SUBMIT_NL, valid_data()).status_code == 303
    return VideoSubmission.objects.get()


def hero_rows(submission):
    return [
        (hero.name, hero.role, hero.profile_type.slug, hero.education_route.slug)
        for hero in submission.heroes.all()
    ]


def test_a_submission_stores_its_two_heroes_as_two_rows_in_order(submission):
    assert hero_rows(submission) == [
        ("Sofie", "Procesingenieur", "theoretisch", "master"),
        ("Jens", "Operator", "praktisch", "duaal"),
    ]


def test_the_draft_page_gets_its_heroes_from_the_rows(client, valid_data, vocabulary):
    """A hero without a first name is named by the role on the page, as before."""
    assert client.post(SUBMIT_EN, valid_data(hero_2_name="")).status_code == 303
    page = VideoPage.objects.get()
    heroes = page.heroes.order_by("sort_order")
    assert [(h.name_nl, h.job_title_nl) for h in heroes] == [
        ("Sofie", "Procesingenieur"),
        ("Operator", "Operator"),
    ]
    assert [h.profile_type_id for h in heroes] == [
        vocabulary["theory"].pk,
        vocabulary["practice"].pk,
    ]
    assert [h.education_route_id for h in heroes] == [
        vocabulary["master"].pk,
        vocabulary["dual"].pk,
    ]


def test_a_refused_post_stores_no_hero(client, valid_data):
    response = client.post(SUBMIT_NL, valid_data(hero_2_role=""))
    assert response.status_code == 400
    assert "Wat is het beroep van de tweede held?" in response.content.decode()
    assert not SubmissionHero.objects.exists()


@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_admin_shows_the_two_heroes_as_an_inline_that_editors_cannot_change(
    client, submission, editor, language
):
    client.force_login(editor)
    profile = UserProfile.get_for_user(editor)
    profile.preferred_language = language
    profile.save()
    edit_url = f"/admin/partners_videosubmission/edit/{submission.pk}/"
    html = client.get(edit_url).content.decode()
    assert 'name="heroes-TOTAL_FORMS" value="2"' in html
    assert "Procesingenieur" in html and "Operator" in html
    assert 'name="heroes-0-role"' not in html  # read only: shown, not an input
    assert "data-inline-panel-child-move-up" not in html  # nor reordered
    assert ("Helden" if language == "nl" else "Heroes") in html

    data = {
        "editor_notes": "Called the company.",
        "heroes-TOTAL_FORMS": "2",
        "heroes-INITIAL_FORMS": "2",
        "heroes-MIN_NUM_FORMS": "2",
        "heroes-MAX_NUM_FORMS": "2",
    }
    for index, hero in enumerate(submission.heroes.all()):
        data |= {f"heroes-{index}-id": str(hero.pk), f"heroes-{index}-ORDER": str(index + 1)}
    assert client.post(edit_url, data).status_code == 302
    submission.refresh_from_db()
    assert submission.editor_notes == "Called the company."
    assert hero_rows(submission)[0] == ("Sofie", "Procesingenieur", "theoretisch", "master")
    assert len(hero_rows(submission)) == 2

    inspect = client.get(f"/admin/partners_videosubmission/inspect/{submission.pk}/")
    page = inspect.content.decode()
    assert "<li>Sofie · Procesingenieur · " in page
    assert "<li>Jens · Operator · " in page


# The heroes' choices ------------------------------------------------------------------------


def hero_options(response, number, part):
    """(value, label, selected) of each option of one hero's select."""
    select = BeautifulSoup(response.content, "html.parser").select_one(
        f"select[name=submission-hero_{number}_{part}]"
    )
    return [(o["value"], o.get_text(), o.has_attr("selected")) for o in select.find_all("option")]


def test_both_heroes_are_offered_every_live_term_read_once_per_vocabulary(client, vocabulary):
    ProfileType.objects.create(name="Verborgen", slug="verborgen", live=False)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(SUBMIT_NL)
    theory, practice = str(vocabulary["theory"].pk), str(vocabulary["practice"].pk)
    master, dual = str(vocabulary["master"].pk), str(vocabulary["dual"].pk)
    for number in (1, 2):
        assert hero_options(response, number, "profile_type") == [
            ("", "—", True),
            (practice, "Praktisch opgeleid", False),
            (theory, "Theoretisch opgeleid", False),
        ]
        assert hero_options(response, number, "education_route") == [
            ("", "—", True),
            (dual, "Duaal leren", False),
            (master, "Master", False),
        ]
    for table in ("videos_profiletype", "videos_educationroute"):
        assert sum(f'FROM "{table}"' in q["sql"] for q in queries.captured_queries) == 1, table


def test_a_refused_post_keeps_each_heroes_choice(client, valid_data, vocabulary):
    response = client.post(SUBMIT_NL, valid_data(hero_1_role=""))
    assert response.status_code == 400
    chosen = {
        (number, part): [
            value for value, _label, selected in hero_options(response, number, part) if selected
        ]
        for number in (1, 2)
        for part in ("profile_type", "education_route")
    }
    assert chosen == {
        (1, "profile_type"): [str(vocabulary["theory"].pk)],
        (1, "education_route"): [str(vocabulary["master"].pk)],
        (2, "profile_type"): [str(vocabulary["practice"].pk)],
        (2, "education_route"): [str(vocabulary["dual"].pk)],
    }


def test_a_sent_choice_is_checked_against_the_terms_offered_without_another_query(
    valid_data, vocabulary
):
    """As Django's `queryset.get(pk=…)` would check it: a live term's key, made a number."""
    hidden = ProfileType.objects.create(name="Verborgen", slug="verborgen", live=False)
    theory = vocabulary["theory"]
    cases = {str(theory.pk): theory, f" {theory.pk} ": theory, str(hidden.pk): None, "x": None}
    for key, chosen in cases.items():
        form = VideoSubmissionForm(valid_data(hero_1_profile_type=key))
        with CaptureQueriesContext(connection) as queries:
            errors = form.errors.as_data()
        assert not [q for q in queries.captured_queries if "videos_profiletype" in q["sql"]]
        if chosen:
            assert form.cleaned_data["hero_1_profile_type"] == chosen, key
        else:
            assert [e.code for e in errors["hero_1_profile_type"]] == ["invalid_choice"], key


@pytest.mark.parametrize("field_class", [NamedChoiceField, NamedMultipleChoiceField])
def test_a_field_keyed_by_slug_accepts_the_slugs_it_renders(vocabulary, field_class):
    """With `to_field_name` the key is another column: the field checks it as Django does,
    a slug of more digits than 64 bits hold included."""
    ProfileType.objects.filter(pk=ProfileType.objects.live().first().pk).update(slug="9" * 20)
    field = field_class(queryset=ProfileType.objects.live(), to_field_name="slug")
    offer_vocabulary([field], ProfileType)
    rendered = [str(value) for value, _label in field.choices if value != ""]
    assert sorted(rendered) == sorted(term.slug for term in ProfileType.objects.live())
    for slug in rendered:
        chosen = field.clean(slug if field_class is NamedChoiceField else [slug])
        chosen = chosen if field_class is NamedChoiceField else chosen.get()
        assert chosen.slug == slug


@pytest.mark.parametrize(
    ("field_class", "code"),
    [(NamedChoiceField, "invalid_choice"), (NamedMultipleChoiceField, "invalid_pk_value")],
)
@pytest.mark.parametrize(
    ("queryset", "to_field_name"),
    [
        (lambda: ProfileType.objects.live(), "id"),  # `to_field_name` naming an integer column
        (lambda: PartnerPage.objects.live(), None),  # a page type's key: `page_ptr`, a relation
    ],
    ids=["integer-column", "page-key"],
)
def test_an_integer_key_refuses_a_number_beyond_64_bits_without_a_query(
    db, django_assert_num_queries, field_class, code, queryset, to_field_name
):
    """Checked as a vocabulary's primary key is: refused before the database sees it."""
    field = field_class(queryset=queryset(), to_field_name=to_field_name)
    key = "9" * 20
    with django_assert_num_queries(0), pytest.raises(ValidationError) as refused:
        field.clean(key if field_class is NamedChoiceField else [key])
    assert refused.value.code == code


@pytest.mark.parametrize("vocabulary_model", [ProfileType, EducationRoute])
def test_a_vocabulary_without_live_terms_is_no_choice_to_make(client, valid_data, vocabulary_model):
    vocabulary_model.objects.update(live=False)
    part = "profile_type" if vocabulary_model is ProfileType else "education_route"
    data = valid_data(**{f"hero_1_{part}": None, f"hero_2_{part}": None})
    assert client.post(SUBMIT_NL, data).status_code == 303
    assert [getattr(hero, f"{part}_id") for hero in SubmissionHero.objects.all()] == [None, None]


# The data migration -----------------------------------------------------------------------


class OldSubmissions:
    """The historical VideoSubmission before the migration: rows with hero_n_* columns."""

    def __init__(self, rows):
        self.rows = rows
        self.objects = self

    def order_by(self, *fields):
        return self

    def iterator(self):
        return iter(self.rows)


def old_row(pk, **heroes):
    row = SimpleNamespace(pk=pk, saved=False)
    for number in (1, 2):
        for part in MIGRATION.HERO_PARTS:
            setattr(row, f"hero_{number}_{part}", heroes.get(f"hero_{number}_{part}", ""))
    row.save = lambda: setattr(row, "saved", True)
    return row


def fake_apps(submissions):
    models = {"VideoSubmission": submissions, "SubmissionHero": SubmissionHero}
    return SimpleNamespace(get_model=lambda app, name: models[name])


def test_the_migration_moves_both_heroes_of_every_submission_into_rows(submission, vocabulary):
    SubmissionHero.objects.all().delete()  # as before the migration: heroes in columns only
    theory, practice = vocabulary["theory"].pk, vocabulary["practice"].pk
    master, dual = vocabulary["master"].pk, vocabulary["dual"].pk
    old = old_row(
        submission.pk,
        hero_1_name="Sofie",
        hero_1_role="Procesingenieur",
        hero_1_profile_type_id=theory,
        hero_1_education_route_id=master,
        hero_2_name="",
        hero_2_role="Operator",
        hero_2_profile_type_id=practice,
        hero_2_education_route_id=dual,
    )
    MIGRATION.heroes_to_rows(fake_apps(OldSubmissions([old])), None)
    rows = list(
        SubmissionHero.objects.filter(submission=submission).values_list(
            "sort_order", "name", "role", "profile_type_id", "education_route_id"
        )
    )
    assert rows == [
        (0, "Sofie", "Procesingenieur", theory, master),
        (1, "", "Operator", practice, dual),
    ]

    back = old_row(submission.pk)
    MIGRATION.rows_to_heroes(fake_apps(OldSubmissions([back])), None)
    assert back.saved
    assert (back.hero_1_name, back.hero_1_role, back.hero_1_profile_type_id) == (
        "Sofie",
        "Procesingenieur",
        theory,
    )
    assert (back.hero_2_role, back.hero_2_education_route_id) == ("Operator", dual)


def test_the_migration_makes_no_row_for_a_hero_that_was_never_filled_in(submission):
    SubmissionHero.objects.all().delete()
    old = old_row(submission.pk, hero_1_role="Ingenieur")
    old.hero_1_profile_type_id = old.hero_1_education_route_id = None
    old.hero_2_profile_type_id = old.hero_2_education_route_id = None
    MIGRATION.heroes_to_rows(fake_apps(OldSubmissions([old])), None)
    assert list(SubmissionHero.objects.values_list("sort_order", "role")) == [(0, "Ingenieur")]


def test_the_migration_runs_between_creating_the_rows_and_dropping_the_columns():
    operations = [type(op).__name__ for op in MIGRATION.Migration.operations]
    assert operations.index("CreateModel") < operations.index("RunPython")
    assert operations.index("RunPython") < operations.index("RemoveField")
    assert operations.count("RemoveField") == 8
