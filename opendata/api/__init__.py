"""The open, read-only API at /api/v1/ (django-ninja; README, "Open data").

errors.py       400/404/501 answers with a JSON body, for every failure
params.py       query parameters per collection, built from the browse FilterSets' facets
listing.py      filtering (the FilterSet of the browse page), pagination, checks
schemas.py      the JSON shapes of the answers (they make the OpenAPI schema)
collections.py  what each collection lists and how one item looks
oembed.py       the oEmbed provider for video and lesson pages
site.py         the NinjaAPI itself: description, licence, routes
"""
