"""Page listing → "Domains and school years": add or remove one for many lessons at once."""

from django.utils.translation import gettext_lazy as _

from stemhub.bulk_terms import TermField, TermsBulkAction

from .models import ClassroomMaterialPage


class LessonTermsBulkAction(TermsBulkAction):
    display_name = _("STEM domains and school years")
    aria_label = _("Add or remove a STEM domain or school year on the selected lessons")
    action_type = "lesson_terms"
    page_model = ClassroomMaterialPage
    term_fields = [
        TermField("stem_domains", _("STEM domains")),
        TermField("school_levels", _("School levels")),
    ]
