"""Vocabulary terms from demo records, for every app's demo step and factories."""

LANGUAGES = ("nl", "en")


def ensure_terms(model, records, translated=("name",), plain=()):
    """Terms from records ({slug, name: {nl, en}, …}) in the file's order, each created only
    when its slug is missing; `plain` fields are copied as they are (empty when absent);
    returns ({slug: term}, how many were created)."""
    terms, created_count = {}, 0
    for order, record in enumerate(records):
        defaults = {"name": record["name"]["nl"], "sort_order": order}
        for field in translated:
            defaults |= {f"{field}_{language}": record[field][language] for language in LANGUAGES}
        defaults |= {field: record.get(field, "") for field in plain}
        terms[record["slug"]], created = model.objects.get_or_create(
            slug=record["slug"], defaults=defaults
        )
        created_count += created
    return terms, created_count
