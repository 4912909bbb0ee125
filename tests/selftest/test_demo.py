"""The self-test's demo data file: a bad record is named. What `load_demo` builds from it is
checked with the rest of the full demo, loaded once, in tests/stemhub/test_full_demo.py."""

import pytest
import yaml

from selftest import demo as selftest_demo


def test_a_bad_record_in_the_data_file_is_named(site_tree, vocab, tmp_path):
    data = selftest_demo.read_data()
    data["questions"][2]["answers"][1]["sectors"] = {"ruimtevaart": 2}
    bad = tmp_path / "selftest.yaml"
    bad.write_text(yaml.safe_dump(data), encoding="utf-8")
    with pytest.raises(selftest_demo.DemoDataError, match=r"question 3, answer 2: unknown sector"):
        selftest_demo.load(site_tree, path=bad)
