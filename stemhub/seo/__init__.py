"""What a page tells search engines and sharing sites, built in Python (README, "Sharing").

    text.py     a plain meta description from an intro or rich text
    images.py   the share image: a rendition of the page's poster or a site-wide default
    jsonld.py   schema.org JSON-LD: helpers, BreadcrumbList, the publisher, safe <script> output
    head.py     everything <head> needs for one page: description, canonical, OpenGraph, Twitter
    sitemap.py  /sitemap.xml: every live, public page per language, read in one query

Page types say what is theirs through methods of `ListingMixin` (`description_source`,
`share_image_source`, `structured_data`); the apps build their schema.org type in their own
`structured_data.py`.
"""
