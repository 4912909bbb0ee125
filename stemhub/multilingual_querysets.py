"""One multilingual queryset class per queryset class, not one per query.

django-modeltranslation turns every queryset of a translated model (every page type, every
snippet with translated fields) into a multilingual one by building a new class on the spot:
`class NewClass(PageQuerySet, MultilingualQuerySet)`, at each `Model.objects.…` call. A page
render starts 15–30 querysets, so it built as many throw-away classes, each with an empty method
cache: about 5 % of the CPU of a render (bench/renders.py, both versions alternating in one
process). The class depends on nothing but the queryset class it extends, so it is built once
per queryset class and kept; the querysets themselves are as before.

`install()` (from StemhubConfig.ready) puts `multilingual_queryset_factory` in place of
modeltranslation's function, which its managers and the pickling of its querysets look up by
name.
"""

from functools import cache

from modeltranslation import manager

_build = manager.multilingual_queryset_factory


@cache
def _multilingual_class(queryset_class):
    return _build(queryset_class, instantiate=False)


def multilingual_queryset_factory(old_cls, instantiate=True):
    """modeltranslation's factory, with the class it builds kept per queryset class."""
    new_class = _multilingual_class(old_cls)
    return new_class() if instantiate else new_class


def install():
    manager.multilingual_queryset_factory = multilingual_queryset_factory
