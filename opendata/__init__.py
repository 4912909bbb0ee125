"""Open data for other sites: the read-only API (/api/v1/), oEmbed and the embeddable cards.

It sits on top of every content app (README, "Layers") and only reads them.
"""
