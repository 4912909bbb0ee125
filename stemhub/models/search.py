"""The site search index: one row per published page and language (see stemhub.search)."""

from django.contrib.postgres.search import SearchVectorField
from django.db import models
from django.utils.translation import gettext_lazy as _


class SearchEntry(models.Model):
    """What a visitor can find of one page in one language, kept in step with publishing.

    `title`, `summary`, `keywords` and `body` are the page's texts as shown in that language
    (for snippets and suggestions); `terms` holds their stemmed words, each marked with the
    weight of the field it came from ("a:robot b:energie …"), which is what the embedded
    database searches; on PostgreSQL `vector` (and `title_vector`) hold the same terms as
    weighted tsvectors in the language's text search configuration.
    """

    page = models.ForeignKey(
        "wagtailcore.Page", on_delete=models.CASCADE, related_name="search_entries"
    )
    language = models.CharField(_("language"), max_length=8)
    kind = models.CharField(_("kind"), max_length=40)
    title = models.CharField(_("title"), max_length=255)
    title_key = models.CharField(max_length=300, blank=True)
    summary = models.TextField(blank=True)
    keywords = models.TextField(blank=True)
    body = models.TextField(blank=True)
    terms = models.TextField(blank=True)
    vector = SearchVectorField(null=True, blank=True)
    title_vector = SearchVectorField(null=True, blank=True)
    published_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("search index entry")
        verbose_name_plural = _("search index entries")
        constraints = [
            models.UniqueConstraint(fields=["page", "language"], name="search_entry_per_language")
        ]
        indexes = [models.Index(fields=["language", "kind"], name="search_entry_language_kind")]

    def __str__(self):
        return f"{self.title} ({self.language})"
