"""Fixed choices of initiatives: kept apart from the models so the browse can name them."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class InitiativeStatus(models.TextChoices):
    PLANNED = "planned", _("Planned")
    RUNNING = "running", _("Running")
    ENDED = "ended", _("Ended")


class PartnerRole(models.TextChoices):
    LEAD = "lead", _("Lead partner")
    CONTRIBUTING = "contributing", _("Contributing partner")


class CandidacyStatus(models.TextChoices):
    NEW = "new", _("New")
    CONTACTED = "contacted", _("Contacted")
    ACCEPTED = "accepted", _("Accepted")
    DECLINED = "declined", _("Declined")


# Only a candidacy the editors have looked at is shown publicly, so nobody can put an
# organisation's name on a page by just sending the form.
PUBLIC_INTEREST_STATUSES = (CandidacyStatus.CONTACTED, CandidacyStatus.ACCEPTED)
