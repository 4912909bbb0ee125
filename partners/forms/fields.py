"""The heroes' fields of the video submission form and its choice of organisation (the plain
text, contact and choice fields every public form shares are in partners/form_fields.py)."""

from django.utils.translation import gettext_lazy as _

from stemhub.prepared_queries import PreparedQuery
from stemhub.routing import children_range
from videos.models import EducationRoute, ProfileType

from ..form_fields import (
    NamedChoiceField,
    TextField,
    offer_terms,
    offer_vocabulary,
    required_message,
)
from ..models import PartnerPage

# The two heroes' fields are named hero_<n>_<part>; each pair of inputs becomes one stored row.
HERO_NUMBERS = (1, 2)
HERO_PARTS = ("name", "role", "profile_type", "education_route")


def hero_field_name(number, part):
    return f"hero_{number}_{part}"


def hero_name_field():
    return TextField(label=_("First name"), max_length=80, required=False)


def hero_role_field(required_text):
    return TextField(
        label=_("Job or role"), max_length=120, error_messages=required_message(required_text)
    )


def profile_type_field():
    return NamedChoiceField(
        label=_("Profile type"), queryset=ProfileType.objects.live(), empty_label="—"
    )


def education_route_field():
    return NamedChoiceField(
        label=_("Education route"), queryset=EducationRoute.objects.live(), empty_label="—"
    )


def offer_hero_choices(fields):
    """Both heroes' profile types and education routes, each vocabulary read once."""
    for part, model in (("profile_type", ProfileType), ("education_route", EducationRoute)):
        named = [fields[hero_field_name(number, part)] for number in HERO_NUMBERS]
        offer_vocabulary(named, model)


def hero_choice_messages():
    """What a missing choice says, per hero field: each sentence names which hero it is."""
    return {
        "hero_1_profile_type": _("Choose the first hero's profile type."),
        "hero_1_education_route": _("Choose the first hero's education route."),
        "hero_2_profile_type": _("Choose the second hero's profile type."),
        "hero_2_education_route": _("Choose the second hero's education route."),
    }


def live_partners(depth, first_path, last_path):
    """The live partner pages of the directory (its `children_range`), by title."""
    return (
        PartnerPage.objects.filter(depth=depth, path__range=(first_path, last_path))
        .live()
        .order_by("title")
    )


# Every showing and every refused post of the form reads them: the SQL is compiled once per
# process and language (stemhub.prepared_queries), not at each request.
prepared_live_partners = PreparedQuery(live_partners)


def offer_partners(field, directory):
    """The directory's live partners as the choices of `field` (none without a directory)."""
    if directory is None:
        offer_terms([field], PartnerPage.objects.none())
        return
    place = children_range(directory)
    offer_terms([field], live_partners(**place), prepared_live_partners(**place))
