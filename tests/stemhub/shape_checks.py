"""The check that a browse page's counts read through their shapes (stemhub/browse/shapes.py) send
what Django compiles, for each browse page's tests to run on the content they built already."""

import re
from urllib.parse import urlencode

from django.db import connection
from django.test.utils import CaptureQueriesContext

from stemhub.browse import filterset as browse_filterset
from stemhub.browse.facets import HIDE_UNUSED
from stemhub.browse.shapes import Shape

NONCE = re.compile(r'nonce="[^"]*"')


def chosen(client, path, *names):
    """[`path`, `path` with each facet of `names` set to its first option that has pages] (a
    test marked `template_contexts`). Two renders each of which the check makes three: with
    every filter on, each facet is counted under the others, its own set and stand-in."""
    facets = {facet.name: facet for facet in client.get(path).context["facets"]}
    values = {
        name: next(option.value for option in facets[name].options if option.count)
        for name in names
    }
    return [path, f"{path}?{urlencode(values)}"]


def assert_counts_compiled_once(client, monkeypatch, filterset_class, urls):
    """Each url renders the same HTML with the same queries (SQL and all) whether the counts
    are read through shapes compiled afresh or compiled by Django at every render; and the
    shapes were used: the aggregate, every vocabulary facet, and a HIDE_UNUSED facet's `total`
    (its second set) wherever one is declared."""
    for url in urls:
        client.get(url)  # the site root paths, the catalogues: what a process keeps

    def renders(compile_shape):
        monkeypatch.setattr(Shape, "compile", compile_shape)
        monkeypatch.setattr(browse_filterset, "SCALAR_SHAPES", {})
        vocabularies = [f for f in filterset_class.facet_definitions if hasattr(f, "_shapes")]
        for facet in vocabularies:
            monkeypatch.setattr(facet, "_shapes", {})
        seen = []
        for url in urls:
            with CaptureQueriesContext(connection) as captured:
                response = client.get(url)
            assert response.status_code == 200, url
            html = NONCE.sub("", response.content.decode())
            seen.append((url, html, [query["sql"] for query in captured]))
        with_total = [f for f in vocabularies if f.hide == HIDE_UNUSED]
        used = (
            any(browse_filterset.SCALAR_SHAPES.values())
            and all(any(facet._shapes.values()) for facet in vocabularies)
            # The key's last item: whether `total` was counted (two stand-ins).
            and all(any(k[-1] and s for k, s in f._shapes.items()) for f in with_total)
        )
        return seen, used

    shaped, used = renders(Shape.compile)
    assert used  # the counts were read through their shapes
    compiled, used = renders(staticmethod(lambda run, alias: None))
    assert not used
    assert shaped == compiled
