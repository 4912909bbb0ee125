"""The site a request is for (stemhub.site_lookup): the candidates ranked in Python pick the
same site as Wagtail's ranking in SQL, for every kind of match and none."""

import pytest
from django.test import RequestFactory
from wagtail.models import Site
from wagtail.models import sites as wagtail_sites

from stemhub import site_lookup

# (hostname, port, is default) of the sites besides the skeleton's default site.
SITE_SETS = {
    "default only": [],
    "a second hostname": [("stemhelden.example", 80, False)],
    "one hostname on two ports": [
        ("stemhelden.example", 80, False),
        ("stemhelden.example", 8080, False),
    ],
}
ASKED = [
    ("stemhelden.example", 80),
    ("stemhelden.example", "8080"),  # request.get_port() gives a string
    ("stemhelden.example", 443),
    ("elders.example", 80),
]


def found(function, hostname, port):
    try:
        return function(hostname, port).pk
    except Site.DoesNotExist:
        return None


@pytest.mark.parametrize("default", ["kept", "named stemhelden.example", "none"])
@pytest.mark.parametrize("site_set", SITE_SETS)
def test_the_same_site_as_wagtails_ranking(site_tree, site_set, default):
    default_site = Site.objects.get(is_default_site=True)
    if default == "named stemhelden.example":
        default_site.hostname, default_site.port = "stemhelden.example", 8000
        default_site.save()
    elif default == "none":
        default_site.is_default_site = False
        default_site.save()
    for hostname, port, is_default in SITE_SETS[site_set]:
        Site.objects.create(
            hostname=hostname, port=port, is_default_site=is_default, root_page=site_tree.home
        )
    for hostname, port in [*ASKED, (default_site.hostname, default_site.port)]:
        expected = found(site_lookup.ranked_in_sql, hostname, port)
        assert found(site_lookup.get_site_for_hostname, hostname, port) == expected, (
            hostname,
            port,
        )


def test_a_request_finds_its_site_in_one_query(site_tree, django_assert_num_queries):
    assert wagtail_sites.get_site_for_hostname is site_lookup.get_site_for_hostname  # installed
    request = RequestFactory().get("/nl/")
    with django_assert_num_queries(1):
        site = Site.find_for_request(request)
        assert site.root_page.pk == site_tree.home.pk
    assert site.match == site_lookup.ranked_in_sql("testserver", "80").match
