"""sitemap.xml with one entry per page and language, each naming its alternates (hreflang)."""

from django.conf import settings
from django.utils import translation
from wagtail.contrib.sitemaps import Sitemap


class TranslatedSitemap(Sitemap):
    def _urls(self, page, protocol, domain):
        urls = []
        for item in self.paginator.page(page).object_list:
            lastmod = self.lastmod(item)
            alternates = []
            for code, _name in settings.LANGUAGES:
                with translation.override(code):
                    location = item.get_full_url(self.request)
                alternates.append({"lang_code": code, "location": location})
            default = alternates[0]["location"]
            links = alternates + [{"lang_code": "x-default", "location": default}]
            for alternate in alternates:
                urls.append(
                    {
                        "item": item,
                        "location": alternate["location"],
                        "lastmod": lastmod,
                        "alternates": links,
                    }
                )
        self.latest_lastmod = max((u["lastmod"] for u in urls if u["lastmod"]), default=None)
        return urls
