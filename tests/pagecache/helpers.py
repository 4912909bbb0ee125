import gzip

import brotli

from videos.factories import ensure_education_routes, ensure_profile_types, make_video


def text(response):
    body = response.content
    if response.get("Content-Encoding") == "gzip":
        body = gzip.decompress(body)
    elif response.get("Content-Encoding") == "br":
        body = brotli.decompress(body)
    return body.decode()


def cache_state(response):
    return response.get("X-Cache")


def video(index, title, title_en, slug, sectors=(), **extra):
    profiles, routes = ensure_profile_types(), ensure_education_routes()
    page, _ = make_video(
        index,
        title,
        title_en=title_en,
        slug=slug,
        slug_en=f"{slug}-en",
        sectors=list(sectors),
        heroes=[
            {
                "name": ("De ingenieur", "The engineer"),
                "job_title": ("Ingenieur", "Engineer"),
                "profile_type": profiles["theoretisch"],
                "education_route": routes["master"],
            }
        ],
        **extra,
    )
    return page
