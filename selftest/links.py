"""Where other pages point to the self-test: the teachers' lesson idea on the test page."""

from dataclasses import dataclass

from stemhub.queries import public_q

from .models import SelfTestPage

TEACHER_NOTE_ANCHOR = "teachers"


@dataclass(frozen=True)
class TeacherNoteLink:
    title: str
    url: str


def teacher_note_link(request=None):
    """The live self-test's lesson idea for teachers, or None when there is none (one query)."""
    page = (
        SelfTestPage.objects.live()
        .filter(public_q())
        .exclude(teacher_note="")
        .only("id", "title", "url_path", "path", "depth")
        .first()
    )
    if page is None:
        return None
    url = page.get_url(request)
    return TeacherNoteLink(title=page.title, url=f"{url}#{TEACHER_NOTE_ANCHOR}") if url else None
