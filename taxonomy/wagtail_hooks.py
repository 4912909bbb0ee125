from django.utils.translation import gettext_lazy as _

from .admin_views import register_vocabularies
from .models import Sector

register_vocabularies((Sector, "tag", _("Sectors"), 100))
