"""The self-test page "Welke STEM-held ben jij?" and its one-line sector explanations."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page

from stemhub.models import ListingMixin, PageInline

from .blocks import QuestionsBlock
from .page_context import self_test_context


class SelfTestPage(ListingMixin, Page):
    """A short test for children: answers point to sectors, a profile type and routes.

    The result is computed from the answers in the address alone (nothing is stored, no
    cookie), so a child can show it to a parent or teacher by sharing the link.
    """

    intro = models.TextField(
        _("introduction"),
        max_length=500,
        blank=True,
        help_text=_(
            "One or two sentences for a 10-year-old: what the test is and how long it takes."
        ),
    )
    questions = StreamField(
        QuestionsBlock(),
        verbose_name=_("questions"),
        help_text=_(
            "Six to eight questions with three or four answers each. Every answer gives points "
            "to sectors, and may point to a profile type and education routes. Changing the "
            "order changes what older shared result links mean."
        ),
    )
    result_intro = models.TextField(
        _("text above the result"),
        max_length=500,
        blank=True,
        help_text=_("Shown above the sectors, e.g. 'These heroes do something you like too.'"),
    )
    parent_signposts = ParentalManyToManyField(
        "videos.Signpost",
        verbose_name=_("signposts for parents"),
        blank=True,
        related_name="+",
        help_text=_("The next step for parents and children, e.g. Onderwijskiezer, CLB."),
    )
    teacher_note = RichTextField(
        _("note for teachers"),
        blank=True,
        features=["h3", "bold", "italic", "link", "ol", "ul"],
        help_text=_("A lesson idea: do the test, watch your hero's video and discuss."),
    )

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        FieldPanel("questions"),
        MultiFieldPanel(
            [
                FieldPanel("result_intro"),
                InlinePanel(
                    "sector_texts",
                    heading=_("Sectors explained for children"),
                    label=_("Sector explanation"),
                ),
                FieldPanel("parent_signposts"),
            ],
            heading=_("The result"),
        ),
        FieldPanel("teacher_note"),
    ]
    promote_panels = Page.promote_panels + ListingMixin.promote_panels

    parent_page_types = ["stemhub.HomePage"]
    subpage_types = []
    max_count = 1

    class Meta:
        verbose_name = _("self-test")
        verbose_name_plural = _("self-tests")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(self_test_context(self, request))
        return context


class SelfTestSectorText(PageInline, Orderable):
    """One child-level sentence about a sector, shown when the sector comes out of the test."""

    page = ParentalKey(SelfTestPage, related_name="sector_texts", on_delete=models.CASCADE)
    sector = models.ForeignKey(
        "taxonomy.Sector",
        verbose_name=_("sector"),
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_(
            "The sector this sentence explains on the self-test's result, when it is among the "
            "child's best matches."
        ),
    )
    sentence = models.CharField(
        _("one sentence for a 10-year-old"),
        max_length=240,
        help_text=_("e.g. 'You help people who are sick or hurt, with clever machines.'"),
    )

    panels = [FieldPanel("sector"), FieldPanel("sentence")]

    class Meta(Orderable.Meta):
        verbose_name = _("sector explanation")
        verbose_name_plural = _("sector explanations")
        constraints = [
            models.UniqueConstraint(fields=["page", "sector"], name="selftest_one_text_per_sector")
        ]

    def __str__(self):
        return self.sentence
