"""The site a request is for, found as Wagtail finds it, with the candidates ranked in Python.

Every request starts with Wagtail's `get_site_for_hostname`: the sites with this hostname or the
default flag, ranked by a CASE expression in SQL (this hostname and port; this hostname and the
default; the default; this hostname). Building and compiling that expression cost as much again
as the rest of the query (bench/renders.py: 1.5 ms of CPU against 0.7 ms). There are only ever a
few candidates (one site per port of the hostname, one default site), so they are read with a plain
filter and ranked here by the same rules, each site given the same `match`; which site the rules
pick never depends on the order of equally ranked sites (hostname and port are unique together,
and there is one default site).

The same query reads the root page in its own type (the home page): routing starts every request
from `site.root_page.specific` (Wagtail's `Page.route_for_request`), which was a query of its
own, the whole home page again by id. The page types that may sit right under the tree's root are
joined (`root_page_relations`, one: `HomePage`) and the one the root page has is handed to
`specific` as Wagtail's `get_specific()` would have made it; a root page of any other type is
fetched by `specific` as before.

The query's SQL (three tables, some sixty columns) is compiled once per process and language,
not at every request (`stemhub.prepared_queries`): only the hostname differs between requests.

`install()` (from StemhubConfig.ready) puts it in place of the module function Wagtail's
`Site.find_for_request` calls.
"""

from functools import cache

from django.db.models import Q
from wagtail.models import Page, Site, get_page_models
from wagtail.models import sites as wagtail_sites
from wagtail.models.sites import (
    MATCH_DEFAULT,
    MATCH_HOSTNAME,
    MATCH_HOSTNAME_DEFAULT,
    MATCH_HOSTNAME_PORT,
)

from stemhub.prepared_queries import PreparedQuery

# Wagtail's own function (tests compare the two).
ranked_in_sql = wagtail_sites.get_site_for_hostname


def match(site, hostname, port):
    """Wagtail's CASE expression, for a site that has this hostname or is the default."""
    if site.hostname == hostname and site.port == port:
        return MATCH_HOSTNAME_PORT
    if site.hostname == hostname and site.is_default_site:
        return MATCH_HOSTNAME_DEFAULT
    if site.is_default_site:
        return MATCH_DEFAULT
    return MATCH_HOSTNAME


@cache
def root_page_relations():
    """The reverse one-to-one names (`homepage`) of the page types allowed under the tree's root
    that inherit from Page directly (a join of their own table gives the whole page)."""
    return tuple(
        model._meta.model_name
        for model in get_page_models()
        if model is not Page
        and list(model._meta.parents) == [Page]
        and Page in model.allowed_parent_page_models()
    )


def keep_specific_root_page(site):
    """`site.root_page.specific` from the row the site query joined, if it has the page's type."""
    root_page = site.root_page
    for name in root_page_relations():
        specific = root_page._state.fields_cache.get(name)
        if specific is not None and type(specific) is root_page.specific_class:
            # What get_specific() copies: attributes the generic page has that it has not.
            for key, value in root_page.__dict__.items():
                specific.__dict__.setdefault(key, value)
            root_page.__dict__["specific"] = specific
            return


def candidate_sites(hostname):
    """The sites with this hostname and the default site, each with its root page."""
    return (
        Site.objects.filter(Q(hostname=hostname) | Q(is_default_site=True))
        .order_by()
        .select_related("root_page", *(f"root_page__{name}" for name in root_page_relations()))
    )


prepared_candidate_sites = PreparedQuery(candidate_sites)


def get_site_for_hostname(hostname, port):
    """The Site for this hostname and port (Wagtail's rules), or Site.DoesNotExist."""
    # The port as the SQL comparison took it (request.get_port() gives a string).
    port = Site._meta.get_field("port").get_prep_value(port)
    sites = prepared_candidate_sites(hostname=hostname)
    for site in sites:
        keep_specific_root_page(site)
        site.match = match(site, hostname, port)
    sites.sort(key=lambda site: site.match)

    if sites:
        if len(sites) == 1 or sites[0].match in (MATCH_HOSTNAME_PORT, MATCH_HOSTNAME_DEFAULT):
            return sites[0]
        if sites[0].match == MATCH_DEFAULT:
            return sites[len(sites) == 2]

    raise Site.DoesNotExist()


def install():
    wagtail_sites.get_site_for_hostname = get_site_for_hostname
