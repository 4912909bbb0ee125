"""Open data for other sites: embeddable cards, CORS on the API, the licence; part of base.py."""

import os

from .environment import env_list

# The embeddable cards (opendata.embeds) are the one thing other sites may frame: they get
# `frame-ancestors` from this list instead of 'self', and no X-Frame-Options header.
STEMHUB_EMBED_PATH_PATTERN = r"^/[a-z]{2}/embed/[0-9]+/$"
STEMHUB_EMBED_FRAME_ANCESTORS = env_list("STEMHUB_EMBED_FRAME_ANCESTORS", "*")

# The open API (/api/v1/, /api/v2/) answers GET from any origin, without credentials.
CORS_URLS_REGEX = r"^/api/"
# Paths without a language: their 404s are never redirected to /nl/… (stemhub.locale_middleware).
STEMHUB_UNPREFIXED_PATHS = ["/api/"]
CORS_ALLOW_ALL_ORIGINS = True
CORS_ALLOW_METHODS = ["GET", "HEAD", "OPTIONS"]
CORS_ALLOW_CREDENTIALS = False
CORS_PREFLIGHT_MAX_AGE = 86400
# What the API's description says about reuse (opendata.api.site).
STEMHUB_OPEN_DATA_LICENCE = os.environ.get("STEMHUB_OPEN_DATA_LICENCE", "CC BY 4.0")
STEMHUB_OPEN_DATA_LICENCE_URL = os.environ.get(
    "STEMHUB_OPEN_DATA_LICENCE_URL", "https://creativecommons.org/licenses/by/4.0/"
)
STEMHUB_OPEN_DATA_ATTRIBUTION = os.environ.get(
    "STEMHUB_OPEN_DATA_ATTRIBUTION", "#STEMhelden (STEMhub: Technopolis, VRT, STEM-platform)"
)
