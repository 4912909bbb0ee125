"""Page listing → "Sectors and signposts": add or remove one for many videos at once."""

from django.utils.translation import gettext_lazy as _

from stemhub.bulk_terms import TermField, TermsBulkAction

from .models import VideoPage, VideoSignpost


class VideoTermsBulkAction(TermsBulkAction):
    display_name = _("Sectors and signposts")
    aria_label = _("Add or remove a sector or signpost on the selected videos")
    action_type = "video_terms"
    page_model = VideoPage
    term_fields = [
        TermField("sectors", _("Sectors")),
        TermField("signposts", _("Signposts"), inline_model=VideoSignpost, inline_field="signpost"),
    ]
