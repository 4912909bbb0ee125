"""The one site search: an index of every published page per language (index.py), kept in step
with publishing (signals.py), searched with the language's stemming (query.py), with snippets
(snippets.py), spelling suggestions and title suggestions (suggestions.py).

Why our own index and not Wagtail's search backend: see README, "Search".
"""
