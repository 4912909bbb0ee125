"""Finding a page's child by its translated slug in one bounded query.

wagtail-modeltranslation replaces every page type's `route()` with one that loads *all* children
of a page and compares each child's `slug` in Python (to honour the fallback to Dutch for an
empty English slug). Below the video overview that is every video: a video page's time grew with
the number of videos (bench/sizes.py: half the throughput at 900 videos). `route_by_slug` asks
the database for the one child instead, with the same rule: the slug in the active language, or,
where that is empty, the slug in the first fallback language that has one
(MODELTRANSLATION_FALLBACK_LANGUAGES), the first match in tree order as before.

The page found remembers the pages routing went through on the way down (`routed_through`, the
site's root page first): they are its ancestors as the database has them at this moment, so its
breadcrumbs (ListingMixin.breadcrumb_ancestors) need no query of their own.

Those queries' SQL is compiled once per process, language and page type, not at every request
(`stemhub.prepared_queries`): only the parent's place in the tree and the slug differ.

`install()` (from StemhubConfig.ready, after wagtail-modeltranslation patched the models) puts it
in place of the patched method; page types with a `route()` of their own keep theirs.
"""

from functools import cache

from django.contrib.contenttypes.models import ContentType
from django.db.models import Q
from django.db.models.query import MAX_GET_RESULTS
from django.http import Http404
from modeltranslation.utils import build_localized_fieldname, get_language, resolution_order
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import Page, get_page_models
from wagtail.url_routing import RouteResult
from wagtail_modeltranslation import patch_wagtailadmin

from stemhub.prepared_queries import PreparedQuery


def slug_condition(slug, language=None):
    """Q for "this page's slug, as modeltranslation reads it in `language`, is `slug`"."""
    languages = resolution_order(language or get_language())
    condition = Q()
    empty_so_far = Q()
    for code in languages:
        field = build_localized_fieldname("slug", code)
        condition |= empty_so_far & Q(**{field: slug})
        empty_so_far &= Q(**{f"{field}__isnull": True}) | Q(**{field: ""})
    return condition


@cache
def only_child_relation(model):
    """The reverse one-to-one name (`videopage`) of the one page type allowed below `model`'s
    pages, if there is exactly one and it inherits from Page directly; else None."""
    allowed = model.allowed_subpage_models()
    if len(allowed) == 1 and list(allowed[0]._meta.parents) == [Page]:
        return allowed[0]._meta.model_name
    return None


def children_range(page):
    """The values of treebeard's `page.get_children()` query: its depth and range of paths."""
    first_path, last_path = page._get_children_path_interval(page.path)
    return {"depth": page.depth + 1, "first_path": first_path, "last_path": last_path}


def first_child_by_slug(relation, depth, first_path, last_path, slug):
    """The first of the children (`children_range`) with this slug: with the child type's own
    row joined (`relation`), or only its id and type (no relation)."""
    children = (
        Page.objects.filter(depth=depth, path__range=(first_path, last_path))
        .filter(slug_condition(slug))
        .order_by("path")
    )
    if relation is None:
        return children.only("pk", "content_type_id")[:1]
    return children.select_related(relation)[:1]


def page_by_id(model, pk):
    """What `model._default_manager.get(pk=pk)` reads: get() drops the ordering (a page's
    `path`) and reads at most MAX_GET_RESULTS rows."""
    return model._default_manager.filter(pk=pk).order_by()[:MAX_GET_RESULTS]


# Their SQL compiled once per process, language and shape (stemhub.prepared_queries).
prepared_first_child_by_slug = PreparedQuery(first_child_by_slug)
prepared_page_by_id = PreparedQuery(page_by_id)


def child_by_slug(page, slug):
    """The first child (tree order) whose translated slug is `slug`, in its specific type, or
    None.

    Below a page type that allows one child type (each browse page: video, lesson, initiative,
    partner pages), that type's table is joined and a child of that type is read whole in one
    query. Otherwise, or for a child of another type (added before the rule), the first query
    reads only the child's id and type, not a whole generic Page that `.specific` would fetch
    again, and a second one the specific page.
    """
    if page.is_leaf():  # as treebeard's get_children(): no query below a leaf
        return None
    relation = only_child_relation(type(page))
    found = prepared_first_child_by_slug(relation, **children_range(page), slug=slug)
    if not found:
        return None
    child = found[0]
    if relation is not None:
        specific = child._state.fields_cache.get(relation)
        if specific is not None and type(specific) is child.specific_class:
            return specific
    # As Page.specific: a type whose model is gone from the code is served as a plain Page.
    model = ContentType.objects.get_for_id(child.content_type_id).model_class() or Page
    found = prepared_page_by_id(model, pk=child.pk)
    if len(found) != 1:  # as get(): the child was deleted since (or the impossible)
        return model._default_manager.get(pk=child.pk)
    return found[0]


def route_by_slug(self, request, path_components):
    """wagtail-modeltranslation's route(), with the child looked up in the database."""
    if isinstance(self, RoutablePageMixin) and self.live:
        path = "/" + "".join(f"{component}/" for component in path_components)
        try:
            view, args, kwargs = self.resolve_subpage(path)
        except Http404:
            pass
        else:
            return RouteResult(self, args=(view, args, kwargs))
    if path_components:
        child = child_by_slug(self, path_components[0])
        if child is None:
            raise Http404
        child.routed_through = (*getattr(self, "routed_through", ()), self)
        return child.route(request, path_components[1:])
    if self.live:
        return RouteResult(self)
    raise Http404


def install():
    """Replace the patched route() of Page and every page type that did not define its own."""
    patched = patch_wagtailadmin._new_route
    for model in [Page, *get_page_models()]:
        if model.__dict__.get("route") is patched:
            model.route = route_by_slug
