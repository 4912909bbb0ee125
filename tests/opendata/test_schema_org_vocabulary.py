"""The JSON-LD checker itself (tests/opendata/schema_org_vocabulary.py): what it must refuse and
what it must take, without a database. test_sharing.py runs it on every page's JSON-LD."""

import pytest

from .schema_org_vocabulary import VocabularyError, check_node

VIDEO = {
    "@context": "https://schema.org",
    "@type": "VideoObject",
    "name": "Zonnecellen maken",
    "uploadDate": "2026-11-30",
    "isFamilyFriendly": True,
    "thumbnailUrl": ["https://stemhelden.be/media/poster.jpg"],
    "publisher": {"@type": "Organization", "name": "VRT"},
}


def changed(**values):
    return {**VIDEO, **values}


def test_a_well_formed_node_passes():
    check_node(VIDEO)


@pytest.mark.parametrize(
    "node",
    [
        pytest.param(changed(isFamilyFriendly="yes"), id="text-for-a-boolean"),
        pytest.param(changed(familyFriendly=True), id="unknown-property"),
        pytest.param(changed(uploadDate="2026-11-30T23h18"), id="malformed-date"),
        pytest.param(changed(uploadDate="gisteren"), id="no-date-at-all"),
        pytest.param(changed(publisher={"@type": "Place", "name": "Gent"}), id="out-of-range"),
        pytest.param(changed(publisher={"name": "VRT"}), id="node-without-type"),
        pytest.param(changed(**{"@type": "VideoObjekt"}), id="unknown-type"),
        pytest.param(changed(**{"@type": "Text"}), id="datatype-as-type"),
        pytest.param(changed(thumbnailUrl=[["nested"]]), id="list-in-a-list"),
        pytest.param(changed(duration=90), id="number-for-text"),
    ],
)
def test_what_the_vocabulary_does_not_allow_is_refused(node):
    with pytest.raises(VocabularyError):
        check_node(node)


def test_text_that_is_no_date_is_taken_where_the_range_also_allows_text():
    """temporalCoverage ranges over DateTime, Text and URL: a date parser's refusal does not
    refuse the value for the others."""
    check_node(changed(temporalCoverage="Tomorrow"))
    check_node(changed(temporalCoverage="2026-11-30T10:00:00"))
