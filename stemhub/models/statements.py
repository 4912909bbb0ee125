"""The two statements a public portal owes its visitors, linked from every page's footer:
the privacy statement (privacyverklaring) and the accessibility statement
(toegankelijkheidsverklaring, after the Flemish government's model).

Editors write the texts per language (StreamField sections, modeltranslation: body_nl,
body_en); what the site itself knows is filled in from the settings, never typed twice: the
retention periods (stemhub.personal_data, stemhub/settings/privacy.py), the cookie's name and
lifetime, the rate limiter's window.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page

from stemhub import privacy_facts

from .about import TEXT_FEATURES, TextSectionBlock
from .mixins import ListingMixin


class RetentionTableBlock(blocks.StructBlock):
    """The personal data the site keeps, why and how long: read from the registry and the
    settings, so the page can never state another period than the one enforced."""

    heading = blocks.CharBlock(label=_("heading"), max_length=120)
    text = blocks.RichTextBlock(label=_("text"), features=TEXT_FEATURES, required=False)

    class Meta:
        icon = "table"
        label = _("Table: personal data and how long it is kept")
        template = "stemhub/blocks/retention_table.html"

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        context["rows"] = privacy_facts.retention_rows()
        return context


class CookieTableBlock(blocks.StructBlock):
    """The cookies the site sets (name, what, when, how long), from the settings."""

    heading = blocks.CharBlock(label=_("heading"), max_length=120)
    text = blocks.RichTextBlock(label=_("text"), features=TEXT_FEATURES, required=False)

    class Meta:
        icon = "table"
        label = _("Table: cookies")
        template = "stemhub/blocks/cookie_table.html"

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        context["cookies"] = privacy_facts.cookie_rows()
        return context


class MeasuredConformanceBlock(blocks.StructBlock):
    """The figures of the latest automated check (tests/e2e/test_accessibility.py prints them)."""

    heading = blocks.CharBlock(label=_("heading"), max_length=120)
    checked_on = blocks.DateBlock(label=_("checked on"))
    tool = blocks.CharBlock(label=_("tool and version"), max_length=120)
    pages = blocks.IntegerBlock(label=_("pages checked"), min_value=0)
    page_types = blocks.IntegerBlock(label=_("page types"), min_value=0)
    rules = blocks.IntegerBlock(label=_("rules checked per page"), min_value=0)
    violations = blocks.IntegerBlock(label=_("violations found"), min_value=0)
    text = blocks.RichTextBlock(label=_("text"), features=TEXT_FEATURES, required=False)

    class Meta:
        icon = "tick-inverse"
        label = _("Measured conformance")
        template = "stemhub/blocks/measured_conformance.html"


class PageFactsBlock(blocks.StructBlock):
    """A heading and text, followed by what the page's own fields say (contact address,
    conformance status, dates): editors place it, the facts stay in one field."""

    heading = blocks.CharBlock(label=_("heading"), max_length=120)
    text = blocks.RichTextBlock(label=_("text"), features=TEXT_FEATURES, required=False)


class ContactBlock(PageFactsBlock):
    class Meta:
        icon = "mail"
        label = _("Contact (the page's contact address)")
        template = "stemhub/blocks/statement_contact.html"


class ConformanceStatusBlock(PageFactsBlock):
    class Meta:
        icon = "tick"
        label = _("Conformance status (from the page's status)")
        template = "stemhub/blocks/conformance_status.html"


class DrawnUpBlock(PageFactsBlock):
    class Meta:
        icon = "date"
        label = _("How this statement was drawn up (from the page's dates)")
        template = "stemhub/blocks/drawn_up.html"


class PrivacyBlock(blocks.StreamBlock):
    section = TextSectionBlock()
    retention = RetentionTableBlock()
    cookies = CookieTableBlock()
    contact = ContactBlock()


class AccessibilityBlock(blocks.StreamBlock):
    section = TextSectionBlock()
    status = ConformanceStatusBlock()
    measured = MeasuredConformanceBlock()
    drawn_up = DrawnUpBlock()
    contact = ContactBlock()


class StatementPage(ListingMixin, Page):
    """What both statements share: an introduction, the sections, a contact and a date."""

    intro = RichTextField(
        _("introduction"),
        features=["bold", "italic", "link"],
        blank=True,
        help_text=_("Shown in larger type under the heading, before the sections."),
    )
    contact_email = models.EmailField(
        _("contact address"), help_text=_("Where visitors send questions and requests.")
    )
    updated_on = models.DateField(
        _("last updated"),
        help_text=_("Shown under the heading as the date of the statement's last change."),
    )

    parent_page_types = ["stemhub.HomePage"]
    subpage_types = []
    max_count = 1

    class Meta:
        abstract = True

    def description_source(self):
        return [self.listing_summary, self.intro]


class PrivacyPage(StatementPage):
    body = StreamField(
        PrivacyBlock(),
        verbose_name=_("sections"),
        blank=True,
        help_text=_(
            "The statement's sections in order; the retention and cookie tables are filled in "
            "from the site's settings."
        ),
    )

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        FieldPanel("body"),
        MultiFieldPanel(
            [FieldPanel("contact_email"), FieldPanel("updated_on")], heading=_("Contact and date")
        ),
    ]
    promote_panels = Page.promote_panels + ListingMixin.promote_panels

    class Meta:
        verbose_name = _("privacy statement")
        verbose_name_plural = _("privacy statements")


class AccessibilityPage(StatementPage):
    class Conformance(models.TextChoices):
        FULL = "full", _("fully compliant")
        PARTIAL = "partial", _("partially compliant")
        NONE = "none", _("not compliant")

    class Method(models.TextChoices):
        SELF = "self", _("a self-assessment by the site's makers")
        THIRD_PARTY = "third_party", _("an assessment by a third party")

    conformance = models.CharField(
        _("conformance status"),
        max_length=10,
        choices=Conformance.choices,
        default=Conformance.PARTIAL,
        help_text=_("Against WCAG 2.1 level AA."),
    )
    method = models.CharField(
        _("how the statement was drawn up"),
        max_length=12,
        choices=Method.choices,
        default=Method.SELF,
        help_text=_("Named in the section on how the statement was drawn up."),
    )
    drawn_up_on = models.DateField(
        _("statement drawn up on"),
        help_text=_("The date of the assessment the statement reports, shown with its method."),
    )
    body = StreamField(
        AccessibilityBlock(),
        verbose_name=_("sections"),
        blank=True,
        help_text=_(
            "The statement's sections in order, after the Flemish government's model; the "
            "measured conformance block shows the figures of the automated checks."
        ),
    )

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        MultiFieldPanel(
            [
                FieldPanel("conformance"),
                FieldPanel("method"),
                FieldPanel("drawn_up_on"),
                FieldPanel("updated_on"),
                FieldPanel("contact_email"),
            ],
            heading=_("Status, dates and contact"),
        ),
        FieldPanel("body"),
    ]
    promote_panels = Page.promote_panels + ListingMixin.promote_panels

    class Meta:
        verbose_name = _("accessibility statement")
        verbose_name_plural = _("accessibility statements")
