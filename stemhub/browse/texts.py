"""The words of a browse page, declared where they are shown: the search form, the result count,
the empty result. A FilterSet declares the three; templates read them together as `browse_texts`.
"""

from dataclasses import dataclass


@dataclass(frozen=True)
class FormTexts:
    """The search form (includes/browse/form.html): its name, the search box, the filter panel
    and the submit button."""

    label: str
    search: str
    panel: str
    submit: str


@dataclass(frozen=True)
class CountTexts:
    """How results are counted: "12 videos" above the list, "videos" after each option's count
    for screen readers. Both are ngettext_lazy with a `counter`."""

    results: object
    noun: object


@dataclass(frozen=True)
class EmptyTexts:
    """What an empty result says (includes/browse/layout.html) and the way back to everything."""

    title: str
    hint: str
    show_all: str


@dataclass(frozen=True)
class BrowseTexts:
    """The words of one browse page, as the templates read them."""

    form_label: str
    search_label: str
    panel_label: str
    submit_label: str
    result_count: object
    count_noun: object
    empty_title: str
    empty_hint: str
    show_all: str

    @classmethod
    def combine(cls, form, counts, empty):
        return cls(
            form.label,
            form.search,
            form.panel,
            form.submit,
            counts.results,
            counts.noun,
            empty.title,
            empty.hint,
            empty.show_all,
        )
