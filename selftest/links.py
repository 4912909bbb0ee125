"""Where other pages point to the self-test: the teachers' lesson idea on the test page."""

from dataclasses import dataclass

from stemhub.prepared_queries import PreparedQuery
from stemhub.queries import public_q

from .models import SelfTestPage

TEACHER_NOTE_ANCHOR = "teachers"


@dataclass(frozen=True)
class TeacherNoteLink:
    title: str
    url: str


def self_tests_with_a_teacher_note():
    """What `.first()` reads of the live, public self-tests that have a note for teachers."""
    return (
        SelfTestPage.objects.live()
        .filter(public_q())
        .exclude(teacher_note="")
        .only("id", "title", "url_path", "path", "depth")[:1]
    )


# Every lesson page and the classroom overview link it: its SQL compiled once per process and
# language (stemhub.prepared_queries), not at every render.
prepared_self_tests_with_a_teacher_note = PreparedQuery(self_tests_with_a_teacher_note)


def teacher_note_link(request=None):
    """The live self-test's lesson idea for teachers, or None when there is none (one query)."""
    pages = prepared_self_tests_with_a_teacher_note()
    if not pages:
        return None
    page = pages[0]
    url = page.get_url(request)
    return TeacherNoteLink(title=page.title, url=f"{url}#{TEACHER_NOTE_ANCHOR}") if url else None
