"""Where the site keeps personal data, how to find one person's rows and when they expire.

Apps register, in their AppConfig.ready(), each model that holds personal data: which fields
are personal, how a person is found by email address, how long a handled row is kept (a
setting in days, stemhub/settings/privacy.py) and whether an expired or erased row is deleted or
anonymised (its personal fields emptied, the rest, such as a published page it led to, kept).
stemhub never imports the apps (layers): it knows them only through what they register here.

`manage.py personal_data export|erase <email>` and `manage.py purge_personal_data` (run daily by
the worker) act on this registry; the privacy page lists it with the periods from the settings.
"""

import re
from dataclasses import dataclass
from datetime import timedelta

from django.apps import apps
from django.conf import settings
from django.core import serializers
from django.db import models, transaction
from django.db.models import Q
from django.db.models.functions import Cast
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

ANONYMISE = "anonymise"
DELETE = "delete"


@dataclass(frozen=True)
class PersonalData:
    """One model's personal data. `handled(queryset, cutoff)` returns the rows handled before
    `cutoff` (decided, forwarded, sent): those are past their retention period."""

    model: str  # "app_label.ModelName"
    fields: tuple  # personal fields, emptied when a row is anonymised
    holds: str  # what, in the visitor's words (a lazy translation)
    purpose: str  # why we keep it
    kept_after: str  # from when the period counts ("after the editors' decision")
    retention_setting: str  # the setting with the number of days
    handled: object  # callable(queryset, cutoff) -> queryset
    email_fields: tuple = ()  # lookups equal to the address (may cross relations)
    text_fields: tuple = ()  # fields whose text may mention the address (mail, JSON lists)
    on_expiry: str = ANONYMISE
    on_erase: str = ANONYMISE
    order: int = 100

    @property
    def model_class(self):
        return apps.get_model(self.model)

    @property
    def label(self):
        return self.model_class._meta.verbose_name_plural

    @property
    def retention_days(self):
        return getattr(settings, self.retention_setting)


REGISTRY = {}


def register(*entries):
    """Called from an app's ready(); registering a model twice keeps the latest entry."""
    for entry in entries:
        REGISTRY[entry.model] = entry


# The period of a row the editors decided on counts from that decision.
AFTER_DECISION = _("after the editors' decision, then anonymised")


def decided_before(statuses, via=""):
    """A `handled` for rows with one of these decided `statuses` reached before the cutoff: by
    their `decided_at`, or their last change where a decision has no date (a withdrawal).
    `via` reaches the decided row from a row that belongs to it ("submission__")."""

    def handled(queryset, cutoff):
        return queryset.filter(**{f"{via}status__in": statuses}).filter(
            Q(**{f"{via}decided_at__lt": cutoff})
            | Q(**{f"{via}decided_at__isnull": True, f"{via}updated_at__lt": cutoff})
        )

    return handled


def holders():
    return sorted(REGISTRY.values(), key=lambda entry: (entry.order, entry.model))


def mentions(text, email):
    """True when `text` holds the address as a whole (not anna@x.be inside hanna@x.be.uk)."""
    pattern = rf"(?<![\w.+-]){re.escape(email)}(?![\w-]|\.\w)"
    return re.search(pattern, text, flags=re.IGNORECASE) is not None


def rows_of(entry, email):
    """The rows of `entry`'s model that belong to or mention `email`, in primary-key order."""
    email = email.strip()
    manager = entry.model_class._default_manager
    pks = set()
    if entry.email_fields:
        condition = models.Q()
        for lookup in entry.email_fields:
            condition |= models.Q(**{f"{lookup}__iexact": email})
        pks.update(manager.filter(condition).values_list("pk", flat=True))
    if entry.text_fields:
        # The database narrows it down; `mentions` drops the rows `icontains` let through
        # only because the address is part of a longer one.
        queryset, condition = manager.all(), models.Q()
        for position, name in enumerate(entry.text_fields):
            alias = f"personal_text_{position}"
            queryset = queryset.alias(**{alias: Cast(name, models.TextField())})
            condition |= models.Q(**{f"{alias}__icontains": email})
        for row in queryset.filter(condition):
            text = " ".join(str(getattr(row, name) or "") for name in entry.text_fields)
            if mentions(text, email):
                pks.add(row.pk)
    return list(manager.filter(pk__in=pks).order_by("pk"))


def blank_value(model, name):
    model_field = model._meta.get_field(name)
    if isinstance(model_field, models.JSONField):
        return model_field.get_default()
    if model_field.null:
        return None
    return ""


def _anonymise(entry, pks):
    model = entry.model_class
    values = {name: blank_value(model, name) for name in entry.fields}
    return model._default_manager.filter(pk__in=pks).update(**values)


def _delete(entry, pks):
    model = entry.model_class
    deleted, _per_model = model._default_manager.filter(pk__in=pks).delete()
    return len(pks) if deleted else 0


def _apply(entry, action, pks):
    if not pks:
        return 0
    return _delete(entry, pks) if action == DELETE else _anonymise(entry, pks)


def export(email):
    """Everything held about `email`: a JSON-ready dict, one list of rows per model."""
    records = []
    for entry in holders():
        rows = rows_of(entry, email)
        if rows:
            records.append(
                {
                    "model": entry.model,
                    "label": str(entry.label),
                    "rows": [
                        {"id": item["pk"], "fields": item["fields"]}
                        for item in serializers.serialize("python", rows)
                    ],
                }
            )
    return {"email": email.strip(), "exported_at": timezone.now(), "records": records}


@dataclass
class Outcome:
    entry: PersonalData
    action: str
    count: int


def erase(email):
    """Empty or delete every row that holds `email`; published pages stay as they are.

    All rows are found before anything changes: rows found through a related record's address
    (a submission's heroes, messages between candidates) must be found before that record is
    anonymised.
    """
    found = [(entry, [row.pk for row in rows_of(entry, email)]) for entry in holders()]
    outcomes = []
    with transaction.atomic():
        for entry, pks in found:
            if pks:
                outcomes.append(Outcome(entry, entry.on_erase, _apply(entry, entry.on_erase, pks)))
    return outcomes


def expired(entry, now=None):
    """Rows of `entry` handled longer ago than its retention period, not yet anonymised."""
    now = now or timezone.now()
    cutoff = now - timedelta(days=entry.retention_days)
    queryset = entry.handled(entry.model_class._default_manager.all(), cutoff)
    if entry.on_expiry == ANONYMISE:
        model = entry.model_class
        blank = models.Q()
        for name in entry.fields:
            if not isinstance(model._meta.get_field(name), models.JSONField):
                value = blank_value(model, name)
                blank &= models.Q(**{f"{name}__isnull": True} if value is None else {name: value})
        queryset = queryset.exclude(blank)
    return queryset


def purge(now=None):
    """Anonymise or delete every row past its retention period; one Outcome per model."""
    now = now or timezone.now()
    outcomes = []
    with transaction.atomic():
        for entry in holders():
            pks = list(expired(entry, now).values_list("pk", flat=True))
            outcomes.append(Outcome(entry, entry.on_expiry, _apply(entry, entry.on_expiry, pks)))
    return outcomes
