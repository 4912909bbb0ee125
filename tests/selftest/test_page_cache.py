"""The self-test's result lives in its address alone: the page cache must keep those answers."""

import pytest

from selftest.forms import ANSWER_PARAM
from stemhub.pagecache.conf import known_query_parameters

from ..pagecache.conftest import page_cache  # noqa: F401  (the cache switched on)
from .helpers import EN, HEALTH, NL


@pytest.mark.parametrize(
    ("url", "sector"), [(NL, "Gezondheid en noodhulp"), (EN, "Health and emergency aid")]
)
def test_a_shared_result_is_served_and_cached_with_its_answers(
    client,
    page_cache,  # noqa: F811
    self_test,
    hero_videos,
    url,
    sector,
):
    first = client.get(url, HEALTH)
    assert first["X-Cache"] == "MISS"
    assert sector in first.content.decode()
    again = client.get(url, HEALTH)
    assert again["X-Cache"] == "HIT"
    assert sector in again.content.decode()
    # The bare test is another cache entry, not the cached result.
    assert client.get(url)["X-Cache"] == "MISS"


def test_every_answer_parameter_survives_the_cache():
    kept = known_query_parameters()
    answers = {name for name in kept if ANSWER_PARAM.match(name)}
    assert answers == {f"q{number}" for number in range(1, 9)}
