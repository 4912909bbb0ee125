"""Editor-curated video collections, such as "Vrouwen in STEM" / "Women in STEM".

Editors choose the videos by hand and write why the collection exists; nothing is filtered on a
hero's identity (that field stays editor-only, for the balance report).
"""

from django.db import models
from django.db.models import Prefetch
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, PageChooserPanel
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page

from stemhub.models import ListingMixin, PageInline
from stemhub.queries import images_with_renditions, public_q

from .pages import CARD_RENDITIONS, VideoPage


class VideoCollectionPage(ListingMixin, Page):
    intro = RichTextField(
        _("why this collection"),
        blank=True,
        features=["h2", "h3", "bold", "italic", "link", "ol", "ul"],
        help_text=_("Tell visitors why these videos belong together."),
    )

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        InlinePanel("collection_videos", heading=_("Videos"), label=_("Video"), min_num=1),
    ]
    promote_panels = Page.promote_panels + ListingMixin.promote_panels
    parent_page_types = ["stemhub.HomePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("video collection")
        verbose_name_plural = _("video collections")

    def videos(self):
        """The chosen videos that are live and public, in the editors' order, card-ready."""
        chosen = list(self.collection_videos.values_list("video_id", flat=True))
        live = (
            VideoPage.objects.live()
            .filter(public_q(), pk__in=chosen)
            .select_related("company")
            .prefetch_related(
                "sectors",
                Prefetch("poster", queryset=images_with_renditions(*CARD_RENDITIONS)),
            )
            .in_bulk()
        )
        return [live[pk] for pk in chosen if pk in live]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["videos"] = self.videos()
        return context


class CollectionVideo(PageInline, Orderable):
    page = ParentalKey(
        VideoCollectionPage, related_name="collection_videos", on_delete=models.CASCADE
    )
    video = models.ForeignKey(
        VideoPage,
        verbose_name=_("video"),
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_(
            "A video shown as a card in this collection, in this order; hidden while it is not "
            "published."
        ),
    )

    panels = [PageChooserPanel("video", "videos.VideoPage")]

    class Meta(Orderable.Meta):
        verbose_name = _("video in the collection")
        verbose_name_plural = _("videos in the collection")
