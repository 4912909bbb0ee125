"""Fixed choices of the videos: kept apart from the models so the browse can name them."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class EducationLevel(models.TextChoices):
    """Where a route sits in Flemish education; the video browse's education-level facet."""

    SECONDARY = "secondary", _("Secondary school (a finality: ASO, TSO or BSO)")
    DUAL = "dual", _("Dual learning (school and workplace)")
    HIGHER_VOCATIONAL = "higher_vocational", _("Higher vocational (graduaat, HBO5)")
    BACHELOR = "bachelor", _("Bachelor")
    MASTER = "master", _("Master")
    ADULT = "adult", _("Adult education")
