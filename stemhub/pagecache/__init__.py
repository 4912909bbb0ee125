"""The page cache for anonymous visitors: whole responses in the shared cache (Redis in production).

`middleware` decides per request (policy), `keys` builds the key (host, language, path, the
normalised query string, the current generation), `entries` turns a response into what is stored
and back (with a fresh CSRF token punched into form pages), `invalidation` listens to Wagtail's
signals and snippet edits, starts a new generation and purges a CDN through
`wagtail.contrib.frontend_cache`. README, "Page cache", explains the choices.
"""
