"""The campaign's story: one "Over #STEMhelden" / "About #STEMhelden" page below the home page.

Its body is a StreamField in each language (modeltranslation: body_nl, body_en), so editors tell
the why, the series, the STEM agenda, the partners with their logos, the distribution network,
press and contact in blocks they can reorder.
"""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page

from .mixins import ListingMixin

TEXT_FEATURES = ["h3", "bold", "italic", "link", "ol", "ul"]


class TextSectionBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("heading"), max_length=120)
    text = blocks.RichTextBlock(label=_("text"), features=TEXT_FEATURES)

    class Meta:
        icon = "doc-full"
        label = _("Section with text")
        template = "stemhub/blocks/text_section.html"


class PartnerLogosBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("heading"), max_length=120)
    text = blocks.RichTextBlock(label=_("text"), features=TEXT_FEATURES, required=False)
    partners = blocks.ListBlock(
        blocks.PageChooserBlock(page_type="partners.PartnerPage", label=_("partner")),
        label=_("partners"),
    )

    class Meta:
        icon = "group"
        label = _("Partners with their logos")
        template = "stemhub/blocks/partner_logos.html"


class NetworkLinkBlock(blocks.StructBlock):
    name = blocks.CharBlock(label=_("name"), max_length=80)
    url = blocks.URLBlock(label=_("web address"), required=False)
    description = blocks.CharBlock(label=_("what they do"), max_length=200, required=False)


class NetworkBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("heading"), max_length=120)
    text = blocks.RichTextBlock(label=_("text"), features=TEXT_FEATURES, required=False)
    links = blocks.ListBlock(NetworkLinkBlock(), label=_("organisations"))

    class Meta:
        icon = "site"
        label = _("Network of organisations")
        template = "stemhub/blocks/network.html"


class AboutBlock(blocks.StreamBlock):
    section = TextSectionBlock()
    partners = PartnerLogosBlock()
    network = NetworkBlock()


class AboutPage(ListingMixin, Page):
    body = StreamField(
        AboutBlock(),
        verbose_name=_("story"),
        blank=True,
        help_text=_(
            "The story of the campaign, in blocks: text, questions and answers, partners. Shown "
            "in this order."
        ),
    )

    content_panels = Page.content_panels + [FieldPanel("body")]
    promote_panels = Page.promote_panels + ListingMixin.promote_panels
    parent_page_types = ["stemhub.HomePage"]
    subpage_types = []
    max_count = 1

    class Meta:
        verbose_name = _("about page")
        verbose_name_plural = _("about pages")
