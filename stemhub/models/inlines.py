"""What every ordered inline row of a page (heroes, signposts, worksheets …) shares."""

from modelcluster.fields import ParentalKey
from modelcluster.models import model_from_serializable_data


class PageInline:
    """An inline row rebuilt from its page's revision (publishing, preview, compare, revert)
    without checking that its page exists.

    modelcluster checks every foreign key of a row it rebuilds by reading the row it names;
    for the key to the page that is reading the whole page (a join over every translated
    column) once per hero, signpost or worksheet, for the page being rebuilt. That page exists
    (its revision is being read through it), Wagtail's copy points the key at the copy, and
    the rebuilt rows are handed to that page, which sets the key to itself: the check can only
    confirm it. Every other key is still checked. (One difference: a row whose stored page key
    names a page that no longer exists, which nothing here writes, is now kept and attached to
    the page being rebuilt, where modelcluster dropped it.)"""

    @classmethod
    def from_serializable_data(cls, data, check_fks=True, strict_fks=False):
        parental = {f.name for f in cls._meta.concrete_fields if isinstance(f, ParentalKey)}
        values = {name: value for name, value in data.items() if name not in parental}
        return model_from_serializable_data(cls, values, check_fks=check_fks, strict_fks=strict_fks)
