from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path
from django.utils.translation import gettext_lazy as _
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from stemhub import media, security, views
from stemhub.api import api_router
from stemhub.search import views as search_views
from stemhub.seo.sitemap import PageSitemap

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("api/v2/", api_router.urls),
    path("api/v1/", include("opendata.api.urls")),  # the open, documented API (opendata.api)
    # each page lists itself per language
    path("sitemap.xml", sitemap, {"sitemaps": {"wagtail": PageSitemap}}, name="sitemap"),
    path("robots.txt", views.robots_txt, name="robots_txt"),
    path(settings.CSP_REPORT_PATH.strip("/") + "/", security.csp_report, name="csp_report"),
]

if settings.STEMHUB_SERVE_MEDIA:
    # Uploaded media from the local disk, with DEBUG off too (stemhub.media); not when a
    # bucket holds them (MEDIA_URL then points at the bucket).
    urlpatterns.append(path(f"{settings.MEDIA_URL.strip('/')}/<path:path>", media.serve))

# The real 404 and 500 pages at fixed addresses, for designers and testers (dev settings only).
error_previews = (
    [
        path("_errors/404/", views.page_not_found, name="preview_404"),
        path("_errors/500/", views.server_error, name="preview_500"),
    ]
    if getattr(settings, "ERROR_PAGE_PREVIEWS", False)
    else []
)

# Every public page lives under /nl/ or /en/; Wagtail's catch-all comes last.
urlpatterns += i18n_patterns(
    path(_("search/"), search_views.search, name="search"),
    path(_("search/suggestions/"), search_views.suggestions, name="search_suggestions"),
    path("", include("opendata.urls")),  # the embeddable cards (/nl/embed/<id>/)
    path("", include("impact.urls")),  # the counters' beacon, redirects and feedback
    *error_previews,
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)

handler400 = "stemhub.views.bad_request"
handler404 = "stemhub.views.page_not_found"
handler500 = "stemhub.views.server_error"
