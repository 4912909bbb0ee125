"""The site a request is for, found as Wagtail finds it, with the candidates ranked in Python.

Every request starts with Wagtail's `get_site_for_hostname`: the sites with this hostname or the
default flag, ranked by a CASE expression in SQL (this hostname and port; this hostname and the
default; the default; this hostname). Building and compiling that expression cost as much again
as the rest of the query (bench/renders.py: 1.5 ms of CPU against 0.7 ms). There are only ever a
few candidates (one site per port of the hostname, one default site), so they are read with a plain
filter and ranked here by the same rules, each site given the same `match`; which site the rules
pick never depends on the order of equally ranked sites (hostname and port are unique together,
and there is one default site).

`install()` (from StemhubConfig.ready) puts it in place of the module function Wagtail's
`Site.find_for_request` calls.
"""

from django.db.models import Q
from wagtail.models import Site
from wagtail.models import sites as wagtail_sites
from wagtail.models.sites import (
    MATCH_DEFAULT,
    MATCH_HOSTNAME,
    MATCH_HOSTNAME_DEFAULT,
    MATCH_HOSTNAME_PORT,
)

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


def get_site_for_hostname(hostname, port):
    """The Site for this hostname and port (Wagtail's rules), or Site.DoesNotExist."""
    # The port as the SQL comparison took it (request.get_port() gives a string).
    port = Site._meta.get_field("port").get_prep_value(port)
    sites = list(
        Site.objects.filter(Q(hostname=hostname) | Q(is_default_site=True))
        .order_by()
        .select_related("root_page")
    )
    for site in sites:
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
