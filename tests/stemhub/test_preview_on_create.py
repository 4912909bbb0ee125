"""Previewing a page before it is first saved (Wagtail's preview on create): each page type an
editor can add below the home page of the skeleton (its sections exist, one of each), but the
self-test (its questions are drawn by the admin's script), renders in both preview languages,
though the page and its rows have no id yet."""

import pytest
from django.apps import apps
from django.utils import translation
from wagtail.fields import StreamField

from classroom.factories import make_document
from videos.factories import make_signpost, make_video

from .admin_helpers import form_data


def inline(name, **fields):
    """An inline panel's management form and one row of it."""
    rows = {f"{name}-0-{field}": value for field, value in fields.items()}
    return {f"{name}-TOTAL_FORMS": "1", f"{name}-INITIAL_FORMS": "0", **rows}


def a_video(site_tree):
    return make_video(site_tree.sections["videos"], "Bruggen", slug="bruggen")[0]


# Each returns what the form needs besides and what the preview must show.

# The feedback questions as on the live page, with no address to post to and disabled buttons:
# an editor's click counts nothing.
USED_IN_CLASS = 'id="feedback-used-in-class" method="post" data-thanks='
DISABLED = 'aria-describedby="used-in-class-hint" disabled>'
CURIOUS = 'id="feedback-curious" method="post" data-thanks='


def neighbour(site_tree):
    a_video(site_tree)
    # No choice, no sectors: the newest other video.
    return {}, ["Bruggen", CURIOUS, USED_IN_CLASS, DISABLED]


def chosen_video_and_signpost(site_tree):
    signpost = make_signpost("techniek", url="https://example.org/techniek/")
    rows = {
        **inline("related_video_links", video=a_video(site_tree).pk, ORDER="1"),
        **inline("signposts", signpost=signpost.pk, ORDER="1"),
    }
    # A new video's signpost links straight to its site: nothing to count yet.
    return rows, ["Bruggen", 'href="https://example.org/techniek/"', CURIOUS]


def lesson_and_worksheet(site_tree):
    document = make_document("Werkblad", b"%PDF-1.4", "werkblad.pdf")
    rows = {"video": a_video(site_tree).pk, "duration": "50"}
    rows.update(inline("worksheets", document=document.pk, ORDER="1"))
    overview = site_tree.home.get_children().type(apps.get_model("classroom", "classroomindexpage"))
    return rows, [
        f'href="{document.url}"',
        lambda: f'<p class="no-print"><a href="{overview.get().url}">',  # not the breadcrumb
        USED_IN_CLASS,
        DISABLED,
    ]


def collection(site_tree):
    return inline("collection_videos", video=a_video(site_tree).pk, ORDER="1"), []


def statement(site_tree):
    return {"contact_email": "privacy@example.org", "updated_on": "2026-01-01"}, []


def accessibility(site_tree):
    return {**statement(site_tree)[0], "drawn_up_on": "2026-01-01"}, []


def nothing(site_tree):
    return {}, []


# (app, model, parent: a section of the skeleton or "classroom", what the form needs besides:
# a video is made only for the forms that choose one or show it)
PAGE_TYPES = [
    ("videos", "videopage", "videos", nothing),  # no other video: the related list empty
    ("videos", "videopage", "videos", neighbour),  # the related videos: the newest others
    ("videos", "videopage", "videos", chosen_video_and_signpost),  # the editors' choice
    ("classroom", "classroommaterialpage", "classroom", lesson_and_worksheet),
    ("classroom", "classroomindexpage", "home", nothing),  # a browse page: a routable page
    ("initiatives", "initiativepage", "initiatives", nothing),
    ("partners", "partnerpage", "partners", nothing),
    ("videos", "videocollectionpage", "home", collection),
    ("videos", "reporterindexpage", "home", nothing),
    ("stemhub", "aboutpage", "home", nothing),
    ("stemhub", "privacypage", "home", statement),
    ("stemhub", "accessibilitypage", "home", accessibility),
]


def parent_page(site_tree, label):
    if label == "home":
        return site_tree.home
    if label == "classroom":
        from classroom.demo import load_index
        from classroom.factories import ensure_vocabulary

        ensure_vocabulary()
        return load_index(site_tree)
    return site_tree.sections[label]


@pytest.mark.parametrize(("app", "model", "parent", "extra"), PAGE_TYPES)
def test_a_new_page_previews_in_both_languages(admin_client, site_tree, app, model, parent, extra):
    add_url = f"/admin/pages/add/{app}/{model}/{parent_page(site_tree, parent).pk}/"
    response = admin_client.get(add_url)
    assert response.status_code == 200
    data = form_data(response, "form#page-edit-form")
    # A stream field's blocks are drawn by the admin's script, their count with them: none.
    fields = apps.get_model(app, model)._meta.fields
    data.update({f"{f.name}-count": "0" for f in fields if isinstance(f, StreamField)})
    data.update(title_nl="Nieuwe pagina", title_en="New page", slug_nl="nieuw", slug_en="new")
    rows, shown = extra(site_tree)
    data.update(rows)
    posted = admin_client.post(f"{add_url}preview/", data).json()
    assert posted["is_valid"], posted
    for mode, title in (("nl", "Nieuwe pagina"), ("en", "New page")):
        preview = admin_client.get(f"{add_url}preview/", {"mode": mode})
        assert preview.status_code == 200
        body = preview.content.decode()
        assert title in body and f'lang="{mode}"' in body
        with translation.override(mode):  # the overview's address in the previewed language
            for text in shown:
                expected = text if isinstance(text, str) else text()
                assert expected in body, expected
