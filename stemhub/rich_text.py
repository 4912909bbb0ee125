"""Rich text that enters from outside the editor, cleaned to what the editor itself could store.

A CSV import or a public form may carry any HTML. `clean_rich_text` keeps exactly the elements
that the field's Wagtail features allow (the same whitelist the editor applies) and drops
everything else, with nh3 (the Ammonia sanitiser): no script, no event attribute, no
`javascript:` address. Its output is written the way Wagtail writes rich text (`<br/>`, a raw
no-break space), so editor content passes through unchanged and a CSV round trip stays lossless.
"""

import re
from html import escape

import nh3
from wagtail.admin.rich_text.converters.editor_html import LinkTypeRule, WhitelistRule
from wagtail.rich_text import features as feature_registry

BASE_TAGS = {"p", "br"}
BLOCK_KEY = "data-block-key"  # Wagtail's editor marks every block with one
BLOCK_TAGS = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ol", "ul", "blockquote"}
URL_SCHEMES = {"http", "https", "mailto", "tel"}
WHOLE_NUMBER = re.compile(r"\d{1,10}")


def allowed_markup(features):
    """(tags, link types) that Wagtail's editor whitelist allows for these features."""
    tags, link_types = set(BASE_TAGS), set()
    for feature in features:
        for rule in feature_registry.get_converter_rule("editorhtml", feature) or []:
            if isinstance(rule, WhitelistRule):
                tags.add(rule.element)
            elif isinstance(rule, LinkTypeRule):
                link_types.add(rule.link_type)
    return tags, link_types


def clean_rich_text(html, features):
    """`html` with only what a rich-text field with `features` may hold."""
    if not html:
        return ""
    tags, link_types = allowed_markup(features)
    attributes = {tag: {BLOCK_KEY} for tag in tags & BLOCK_TAGS}
    if "a" in tags:
        attributes["a"] = {"href", "linktype", "id"}

    def keep_attribute(tag, name, value):
        if tag == "a" and name == "linktype":
            return value if value in link_types else None
        if tag == "a" and name == "id":
            return value if WHOLE_NUMBER.fullmatch(value) else None
        return value

    cleaned = nh3.clean(
        html,
        tags=tags,
        attributes=attributes,
        attribute_filter=keep_attribute,
        url_schemes=URL_SCHEMES,
        link_rel=None,
        strip_comments=True,
    )
    return cleaned.replace("&nbsp;", "\u00a0").replace("<br>", "<br/>")


def plain_text_as_rich_text(text):
    """A visitor's plain text as one rich-text paragraph (line breaks kept), never as markup."""
    lines = [escape(line, quote=False) for line in text.strip().splitlines()]
    return f"<p>{'<br/>'.join(lines)}</p>" if lines else ""
