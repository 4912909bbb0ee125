"""The open API (/api/v1/): lists filtered like the browse pages, both languages, JSON errors."""

import pytest

from classroom.factories import add_material

pytestmark = pytest.mark.django_db

API = "/api/v1"


def get_json(client, url, status=200, **headers):
    response = client.get(url, **headers)
    assert response.status_code == status, response.content
    assert response["Content-Type"].startswith("application/json")
    return response.json()


@pytest.mark.parametrize(
    ("language", "title", "intro"),
    [
        ("nl", "Zonnecellen maken", "Meer stroom uit zonlicht."),
        ("en", "Making solar cells", "More power from sunlight."),
    ],
)
def test_videos_in_both_languages(client, published, language, title, intro):
    body = get_json(client, f"{API}/videos?lang={language}")
    assert body["count"] == 1 and body["pages"] == 1 and body["language"] == language
    (video,) = body["results"]
    assert video["id"] == published.video.pk
    assert video["title"] == title and video["intro"] == intro
    assert video["url"].startswith("http") and f"/{language}/videos/" in video["url"]
    assert video["duration"] == 185
    assert video["sectors"][0]["value"] == "energie"
    assert video["company"]["title"] == "Umicore"
    assert video["poster"]["url"].startswith("http") and video["poster"]["width"] == 800
    assert video["source"]["provider"] == "youtube"
    assert video["embed_url"].endswith(f"/{language}/embed/{published.video.pk}/")
    detail = get_json(client, f"{API}/videos/{published.video.pk}?lang={language}")
    assert detail == video


def test_filters_are_the_browse_pages_filters(client, published):
    assert get_json(client, f"{API}/videos?sector=energie&duration=medium")["count"] == 1
    assert get_json(client, f"{API}/videos?sector=media")["count"] == 0
    assert get_json(client, f"{API}/videos?q=zonlicht")["count"] == 1
    assert get_json(client, f"{API}/videos?q=sunlight&lang=en")["count"] == 1
    assert get_json(client, f"{API}/videos?company=umicore&sort=title")["count"] == 1
    lesson_query = f"target={published.target.code}&age=11&duration=medium"
    assert get_json(client, f"{API}/classroom?{lesson_query}")["count"] == 1
    assert get_json(client, f"{API}/classroom?age=14")["count"] == 0
    assert get_json(client, f"{API}/initiatives?region=antwerpen&status=running")["count"] == 1
    assert get_json(client, f"{API}/partners?kind=company&sector=energie")["count"] >= 0


def test_filters_endpoint_lists_values_labels_and_counts(client, published):
    nl = {facet["name"]: facet for facet in get_json(client, f"{API}/videos/filters")}
    en = {facet["name"]: facet for facet in get_json(client, f"{API}/videos/filters?lang=en")}
    assert set(nl) == {"sector", "profile", "company", "route", "year", "duration"}
    assert nl["duration"]["label"] == "Lengte" and en["duration"]["label"] == "Length"
    energy = next(o for o in nl["sector"]["options"] if o["value"] == "energie")
    assert energy["count"] == 1 and energy["label"] == "Energie"
    targets = get_json(client, f"{API}/classroom/filters")
    target_facet = next(facet for facet in targets if facet["name"] == "target")
    assert published.target.code in {option["value"] for option in target_facet["options"]}


@pytest.mark.parametrize(
    ("path", "item_keys"),
    [
        ("classroom", {"min_age", "attainment_targets", "school_levels", "embed_url"}),
        ("initiatives", {"summary", "regions", "organisation", "status"}),
        ("partners", {"kind", "logo", "sectors", "website"}),
    ],
)
@pytest.mark.parametrize("language", ["nl", "en"])
def test_other_collections(client, published, path, item_keys, language):
    body = get_json(client, f"{API}/{path}?lang={language}&page_size=5")
    assert body["count"] >= 1 and len(body["results"]) <= 5
    first = body["results"][0]
    assert item_keys <= set(first)
    assert f"/{language}/" in first["url"]
    assert get_json(client, f"{API}/{path}/{first['id']}?lang={language}") == first


@pytest.mark.parametrize(
    ("query", "error", "parameter"),
    [
        ("?colour=red", "unknown_parameter", "colour"),
        ("?sector=does-not-exist", "unknown_value", "sector"),
        ("?sector=not%20a%20slug", "invalid_parameter", "sector"),
        ("?duration=forever", "invalid_parameter", "duration"),
        ("?page=0", "invalid_parameter", "page"),
        ("?page=2", "page_out_of_range", "page"),
        ("?page=99999999999999999999", "invalid_parameter", "page"),
        ("?page_size=101", "invalid_parameter", "page_size"),
        ("?page=abc", "invalid_parameter", "page"),
        ("?lang=fr", "invalid_parameter", "lang"),
        ("?q=zon%00", "control_character", "q"),
        ("?q=" + "a" * 101, "invalid_parameter", "q"),
        ("?sort=random", "invalid_parameter", "sort"),
    ],
)
def test_bad_input_is_a_400_with_a_json_body(client, published, query, error, parameter):
    body = get_json(client, f"{API}/videos{query}", status=400)
    assert body["error"] == error
    assert body["message"]
    assert parameter in {detail["parameter"] for detail in body["details"]}


def test_unknown_items_are_404_with_a_json_body(client, published):
    assert get_json(client, f"{API}/videos/{published.lesson.pk}", status=404)["error"]
    assert get_json(client, f"{API}/videos/2147483647", status=404)["error"] == "not_found"
    assert get_json(client, f"{API}/videos/2147483648", status=400)["error"]
    draft = published.video
    draft.unpublish()
    assert get_json(client, f"{API}/videos/{draft.pk}", status=404)


def test_cors_is_open_for_reading_only(client, published):
    response = client.get(f"{API}/videos", HTTP_ORIGIN="https://www.klascement.net")
    assert response["Access-Control-Allow-Origin"] == "*"
    assert "Access-Control-Allow-Credentials" not in response
    preflight = client.options(
        f"{API}/videos",
        HTTP_ORIGIN="https://www.klascement.net",
        HTTP_ACCESS_CONTROL_REQUEST_METHOD="GET",
    )
    assert preflight.status_code == 200
    methods = {m.strip() for m in preflight["Access-Control-Allow-Methods"].split(",")}
    assert methods == {"GET", "HEAD", "OPTIONS"}
    assert client.post(f"{API}/videos", HTTP_ORIGIN="https://x.example").status_code == 405
    page = client.get("/nl/videos/", HTTP_ORIGIN="https://www.klascement.net")
    assert "Access-Control-Allow-Origin" not in page


def test_the_schema_and_its_documentation_are_served(client, published):
    schema = get_json(client, f"{API}/openapi.json")
    assert schema["openapi"].startswith("3.")
    assert schema["info"]["license"]["name"] == "CC BY 4.0"
    assert "Attribution" in schema["info"]["description"]
    assert {
        "/api/v1/videos",
        "/api/v1/classroom",
        "/api/v1/initiatives",
        "/api/v1/partners",
    } <= set(schema["paths"])
    docs = client.get(f"{API}/docs")
    assert docs.status_code == 200
    assert b"cdn." not in docs.content  # Swagger UI from our own static files


def test_wagtail_api_v2_still_answers(client, published):
    assert client.get("/api/v2/pages/?type=videos.VideoPage").status_code == 200


def test_query_count_does_not_grow_with_results(client, published, django_assert_max_num_queries):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from videos.factories import make_image, make_video

    def count(url):
        client.get(url)  # renditions made on the first call
        with CaptureQueriesContext(connection) as queries:
            assert client.get(url).status_code == 200
        return len(queries)

    one = {path: count(f"{API}/{path}") for path in ("videos", "classroom", "initiatives")}
    # One more of each: a query per result (or per poster) shows with the second one.
    make_video(
        published.sections["videos"],
        "Extra video",
        sectors=list(published.video.sectors.all()),
        company=published.partner,
        poster=make_image("Extra poster", size=(320, 180)),
    )
    assert count(f"{API}/videos") == one["videos"]
    classroom_index = published.lesson.get_parent()
    add_material(classroom_index, video=published.video, slug="extra-les", title="Extra les")
    assert count(f"{API}/classroom") == one["classroom"]
    assert one["videos"] <= 12, one
    assert one["classroom"] <= 12 and one["initiatives"] <= 12, one
