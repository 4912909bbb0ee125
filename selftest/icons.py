"""The drawings editors can give an answer: simple SVG files in static/img/selftest/.

Drawn for this site (no external assets); decorative next to the answer text, so alt="".
"""

from django.templatetags.static import static
from django.utils.translation import gettext_lazy as _

ICON_CHOICES = [
    ("blocks", _("Building blocks")),
    ("laptop", _("Laptop")),
    ("leaf", _("Leaf")),
    ("camera", _("Camera")),
    ("heart", _("Heart")),
    ("sun", _("Sun")),
    ("recycle", _("Recycling arrows")),
    ("shield", _("Shield")),
    ("numbers", _("Numbers")),
    ("flask", _("Flask")),
    ("gear", _("Gear")),
    ("speech", _("Speech bubble")),
    ("book", _("Book")),
    ("hand", _("Hand")),
    ("people", _("People")),
    ("car", _("Car")),
    ("ship", _("Ship")),
    ("crane", _("Crane")),
    ("drone", _("Drone")),
    ("robot", _("Robot")),
    ("office", _("Office building")),
    ("map", _("Map")),
    ("wrench", _("Wrench")),
    ("lightbulb", _("Light bulb")),
    ("pill", _("Pill")),
    ("phone", _("Phone")),
    ("house", _("House")),
]
ICON_NAMES = {name for name, _label in ICON_CHOICES}


def icon_url(name):
    return static(f"img/selftest/{name}.svg") if name in ICON_NAMES else ""
