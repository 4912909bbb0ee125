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
