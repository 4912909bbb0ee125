"""The small rules: which user agents are crawlers, how a search term is folded."""

import pytest
from django.test import RequestFactory

from impact.bots import is_bot
from impact.counting import search_term

from .conftest import BROWSER, GOOGLEBOT


@pytest.mark.parametrize(
    ("user_agent", "bot"),
    [
        (BROWSER, False),
        (
            "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 "
            "(KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1",
            False,
        ),
        ("Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0", False),
        (GOOGLEBOT, True),
        ("Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)", True),
        ("facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)", True),
        ("Mozilla/5.0 (compatible; YandexBot/3.0)", True),
        ("Mozilla/5.0 AppleWebKit/537.36 (KHTML, like Gecko; compatible; GPTBot/1.2)", True),
        ("curl/8.5.0", True),
        ("python-requests/2.32.3", True),
        ("", True),
        ("   ", True),
    ],
)
def test_known_crawlers_are_recognised(user_agent, bot):
    request = RequestFactory().get("/", HTTP_USER_AGENT=user_agent)
    assert is_bot(request) is bot


@pytest.mark.parametrize(
    ("typed", "term"),
    [
        ("Kwantum Computer", "kwantum computer"),
        ("  ROBOTS!!!  <script>alert(1)</script> ", "robots script alert 1 script"),
        ("zonne_energie", "zonne energie"),
        ("Élève", "élève"),
        ("...", ""),
        ("a" * 80, "a" * 60),
        (" ".join(["woord"] * 20), " ".join(["woord"] * 10)),
    ],
)
def test_search_terms_are_folded_and_shortened(typed, term):
    assert search_term(typed) == term
    assert len(search_term(typed)) <= 60
