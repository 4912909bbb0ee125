"""Vocabulary shared by videos, classroom material, initiatives and partners."""

from django.contrib.contenttypes.fields import GenericRelation
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import DraftStateMixin, LockableMixin, RevisionMixin, WorkflowMixin
from wagtail.search import index

from stemhub.admin_forms import TranslatableSnippetForm


def term_panels(*fields):
    """The editing form of a vocabulary term: name and slug, the term's own `fields`, its place."""
    return [FieldPanel(name) for name in ("name", "slug", *fields, "sort_order")]


class PublishedQuerySet(models.QuerySet):
    def live(self):
        """The published rows: what visitors, the API and the browse filters may show."""
        return self.filter(live=True)


class ReviewedSnippet(WorkflowMixin, DraftStateMixin, LockableMixin, RevisionMixin, models.Model):
    """A snippet whose changes wait as a draft revision until someone who may publish does so.

    Translators change its English texts and submit them for review ("Content review", assigned
    to the model by `stemhub.roles`); the published row keeps its values until an editor approves.
    Public code reads `Model.objects.live()`; the admin sees every row.
    """

    _revisions = GenericRelation("wagtailcore.Revision")
    workflow_states = GenericRelation(
        "wagtailcore.WorkflowState",
        content_type_field="base_content_type",
        object_id_field="object_id",
        for_concrete_model=False,
    )

    objects = PublishedQuerySet.as_manager()

    # A translator's form keeps every field but the English ones read-only (stemhub.admin_forms).
    base_form_class = TranslatableSnippetForm

    class Meta:
        abstract = True

    @property
    def revisions(self):
        return self._revisions


class VocabularyTerm(ReviewedSnippet, index.Indexed):
    """A term editors keep in a list: a translated name and a stable slug for URLs and CSV files.

    Renaming a term never breaks a shared filter link or an import file, because both use the slug.
    """

    name = models.CharField(
        _("name"),
        max_length=100,
        help_text=_(
            "The term as visitors read it: in the browse filters and on the cards and pages "
            "that carry it."
        ),
    )
    slug = models.SlugField(
        _("slug"),
        max_length=100,
        unique=True,
        help_text=_("Used in web addresses such as ?sector=energy; keep it stable."),
    )
    sort_order = models.PositiveSmallIntegerField(
        _("sort order"),
        default=0,
        help_text=_(
            "Terms are listed from low to high number in the filters and on pages; equal "
            "numbers go alphabetically."
        ),
    )
    sort_order_field = "sort_order"  # the admin listings offer drag-and-drop ordering

    panels = term_panels()
    search_fields = [
        index.SearchField("name_nl"),
        index.SearchField("name_en"),
        index.AutocompleteField("name_nl"),
        index.AutocompleteField("name_en"),
    ]

    class Meta:
        abstract = True
        ordering = ["sort_order", "name"]

    def __str__(self):
        return self.name


class Sector(VocabularyTerm):
    """A field of work (recycling, energy, banking …); its slug is used in filter URLs."""

    description = models.TextField(
        _("description"),
        blank=True,
        help_text=_(
            "One or two sentences about this field of work; shown where visitors choose a sector."
        ),
    )

    panels = term_panels("description")

    class Meta(VocabularyTerm.Meta):
        verbose_name = _("sector")
        verbose_name_plural = _("sectors")

    def search_dependents(self):
        """Pages whose search entry names this sector (stemhub.search re-indexes them)."""
        return [*self.videos.all(), *self.initiatives.all(), *self.partnerpage_set.all()]
