"""Fixed choices of partners, apart from the models so the directory filters can name them."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class PartnerKind(models.TextChoices):
    COMPANY = "company", _("Company")
    ORGANISATION = "organisation", _("Organisation")
    SCHOOL = "school", _("School or education provider")
    GOVERNMENT = "government", _("Government or public service")
