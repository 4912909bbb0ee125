"""Searching the index: a visitor's words to ranked entries, on PostgreSQL or the embedded SQLite.

Every word must match (in any field) unless no page has them all: then pages with any of them
are shown, and the page says so. A word matches a term with the same stem, or a term that starts
with what was typed (so "elektr" finds "elektriciteit"). Pages whose title matches come first,
then by weight (title, keywords, summary, body) — PostgreSQL's ts_rank over the weighted vector,
and the same weights counted here on SQLite.
"""

from dataclasses import dataclass
from functools import reduce
from operator import and_, or_

from django.contrib.postgres.search import SearchQuery, SearchRank
from django.db.models import (
    BooleanField,
    Case,
    Exists,
    ExpressionWrapper,
    F,
    OuterRef,
    Q,
    Value,
    When,
)
from django.db.models import IntegerField as IntField
from django.db.models.functions import Length, Substr
from wagtail.models import PageViewRestriction

from stemhub.models import SearchEntry

from . import text
from .index import uses_postgres

MAX_QUERY_LENGTH = 100
MAX_QUERY_WORDS = 8
MIN_PREFIX_LENGTH = 3
# Fallback weights per field letter, like PostgreSQL's default {0.1, 0.2, 0.4, 1.0} for D..A.
FALLBACK_WEIGHTS = {"a": 8, "b": 4, "c": 2, "d": 1}


@dataclass(frozen=True)
class Word:
    """One searched word: as typed (folded) and as stemmed in the language."""

    typed: str
    term: str


def parse(query, language):
    """The meaningful words of a query, at most MAX_QUERY_WORDS, without repeats."""
    found = {}
    for typed in text.words(query):
        if text.is_stopword(typed, language) or (len(typed) < 2 and not typed.isdigit()):
            continue
        found.setdefault(typed, Word(typed, text.stem(typed, language)))
    return list(found.values())[:MAX_QUERY_WORDS]


def public_entries():
    """Entries of live pages without a view restriction on them or an ancestor (no extra query)."""
    restricted = PageViewRestriction.objects.filter(
        page__path=Substr(OuterRef("page__path"), 1, Length("page__path"))
    )
    return SearchEntry.objects.filter(page__live=True).filter(~Exists(restricted))


def _pg_word_query(word, language):
    config = text.config(language)
    query = SearchQuery(word.term, config=config, search_type="plain")
    if len(word.typed) >= MIN_PREFIX_LENGTH:
        # Quoted lexeme with a prefix mark; the word holds letters and digits only.
        query |= SearchQuery(f"'{word.typed}':*", config=config, search_type="raw")
    return query


def _pg_query(words, language, any_word):
    queries = [_pg_word_query(word, language) for word in words]
    return reduce(or_ if any_word else and_, queries)


def _fallback_word(word, letters="abcd"):
    """Entries whose terms hold the word's stem, or a term starting with what was typed."""
    match = Q()
    for letter in letters:
        match |= Q(terms__contains=f" {letter}:{word.term} ")
        if len(word.typed) >= MIN_PREFIX_LENGTH:
            match |= Q(terms__contains=f" {letter}:{word.typed}")
    return match


def _fallback_score(words):
    score = Value(0)
    for word in words:
        score = score + Case(
            *[
                When(_fallback_word(word, letter), then=Value(weight))
                for letter, weight in FALLBACK_WEIGHTS.items()
            ],
            default=Value(0),
            output_field=IntField(),
        )
    return score


def matching(entries, words, language, any_word=False):
    """The entries that match, annotated with `title_hit` and `rank`, best first."""
    if uses_postgres():
        query = _pg_query(words, language, any_word)
        return (
            entries.filter(vector=query)
            .annotate(
                title_hit=ExpressionWrapper(Q(title_vector=query), output_field=BooleanField()),
                rank=SearchRank(F("vector"), query),
            )
            .order_by("-title_hit", "-rank", "title", "pk")
        )
    conditions = [_fallback_word(word) for word in words]
    titles = [_fallback_word(word, "a") for word in words]
    return (
        entries.filter(reduce(or_ if any_word else and_, conditions))
        .annotate(
            title_hit=ExpressionWrapper(
                reduce(or_ if any_word else and_, titles), output_field=BooleanField()
            ),
            rank=_fallback_score(words),
        )
        .order_by("-title_hit", "-rank", "title", "pk")
    )


def matching_page_ids(query, languages):
    """Ids of pages that match every word of the query in any of the languages (a subquery)."""
    condition = Q(pk__in=[])
    for language in languages:
        words = parse(query, language)
        if not words:
            continue
        ids = matching(public_entries().filter(language=language), words, language)
        condition |= Q(pk__in=ids.order_by().values("page_id"))
    return condition
