"""The browse page: what every index page with facets puts in its template's context."""

from django.conf import settings
from django.core.paginator import Paginator
from django.http import Http404
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Page

from stemhub.counting_marks import mark_for_counting
from stemhub.models.mixins import ListingMixin, served_in_language

from .feeds import BrowseFeed, feed_link


def unshown_columns(model, shown, relation="", own_only=False):
    """What a card queryset defers: the concrete fields of `model` (reached through `relation`,
    e.g. "company"; `own_only`: those of its own table, not the page's) but its keys and
    `shown`, a translated field's name standing for its columns in every language too.

    A related page of a hundred columns, or a video's transcripts, cost more to select and
    build than the rest of a card; a column left out here that a card reads after all costs a
    query per card, which the browse tests' query counts catch."""
    kept = {"id", "page_ptr", *shown}
    kept |= {f"{name}_{code}" for name in shown for code, _name in settings.LANGUAGES}
    fields = model._meta.local_concrete_fields if own_only else model._meta.concrete_fields
    prefix = f"{relation}__" if relation else ""
    return [f"{prefix}{field.name}" for field in fields if field.name not in kept]


class CountedPaginator(Paginator):
    """A paginator told the total up front (the facet counts' query already counted it)."""

    def __init__(self, object_list, per_page, *, count, **kwargs):
        super().__init__(object_list, per_page, **kwargs)
        self.count = count


class BrowsePageMixin:
    """Declare `filterset_class`, `browse_queryset()` and `results_name`; the context follows."""

    filterset_class = None
    results_per_page = 12
    results_name = "results"
    browse_in_page_context = True  # False: a route of the page calls browse_context() itself
    feed_title = None  # e.g. _("New videos"): the page then has an RSS feed at feed/

    def browse_queryset(self):
        raise NotImplementedError

    def card_queryset(self):
        """What the browse page's results (cards and feed) are read from: the browse
        queryset, less any column no card shows. The open-data API serialises more of each row
        and reads `browse_queryset()` itself."""
        return self.browse_queryset()

    def browse_filterset(self, request):
        return self.filterset_class(request.GET or None, queryset=self.card_queryset())

    def browse_context(self, request):
        filterset = self.browse_filterset(request)
        facets = filterset.facets()  # also counts the results, so the paginator need not
        paginator = CountedPaginator(
            filterset.qs, self.results_per_page, count=filterset.result_count()
        )
        page_obj = paginator.get_page(request.GET.get("page"))
        canonical_url = self.get_full_url(request)
        is_filtered_variant = bool(filterset.clean_params() or filterset.problems)
        if page_obj.number > 1 and not is_filtered_variant:
            canonical_url += f"?page={page_obj.number}"
        return {
            # Filtered and searched variants point search engines at the plain page.
            "canonical_url": canonical_url,
            "is_filtered_variant": is_filtered_variant,
            "filterset": filterset,
            "browse_texts": filterset.texts,
            "facets": facets,
            "active_filters": filterset.active_filters(),
            "active_filter_count": filterset.active_filter_count(),
            "result_count": paginator.count,
            "result_count_text": filterset.texts.result_count % {"counter": paginator.count},
            "page_obj": page_obj,
            self.results_name: page_obj.object_list,
            "elided_page_range": paginator.get_elided_page_range(page_obj.number),
            "feed_links": [link for link in [feed_link(self, request, filterset)] if link],
        }

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        if self.browse_in_page_context:
            context.update(self.browse_context(request))
        return context


class BrowseIndexPage(RoutablePageMixin, BrowsePageMixin, ListingMixin, Page):
    """An index page below the home page that browses what lies beneath it."""

    intro = RichTextField(
        _("introduction"),
        blank=True,
        features=["bold", "italic", "link"],
        help_text=_(
            "A few sentences at the top of this overview, above the filters: what visitors find "
            "here."
        ),
    )

    content_panels = Page.content_panels + [FieldPanel("intro")]
    promote_panels = Page.promote_panels + ListingMixin.promote_panels

    parent_page_types = ["stemhub.HomePage"]
    max_count = 1
    schema_type = "CollectionPage"

    class Meta:
        abstract = True

    def serve_preview(self, request, mode_name):
        """RoutablePageMixin's (its index route), which comes before ListingMixin's and knew no
        preview language: an English preview showed the page in the admin's language."""
        return served_in_language(super().serve_preview, request, mode_name)

    @path("feed/", name="feed")
    def feed(self, request):
        """RSS of the newest results, with the same filters as the page (stemhub.browse.feeds)."""
        if not self.feed_title:
            raise Http404
        response = BrowseFeed(self, self.browse_filterset(request))(request)
        return mark_for_counting(response, "feed", page_id=self.pk)
