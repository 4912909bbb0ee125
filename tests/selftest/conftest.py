"""A self-test built from the demo data file, with a few videos whose heroes it can show."""

import pytest

from selftest import demo as selftest_demo
from selftest.models import SelfTestPage

from .helpers import build_hero_videos, build_vocab


@pytest.fixture
def vocab(site_tree):
    return build_vocab()


@pytest.fixture
def self_test(site_tree, vocab):
    page = selftest_demo.load(site_tree)
    return SelfTestPage.objects.get(pk=page.pk)


@pytest.fixture
def hero_videos(site_tree, vocab):
    return build_hero_videos(site_tree, vocab)
