"""The public 'Stel je initiatief voor' form: every field checked here, on the server."""

from django import forms
from django.core.validators import MaxValueValidator
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.images.fields import WagtailImageField

from initiatives.choices import InitiativeStatus
from partners.form_fields import (
    DescribedFieldsMixin,
    NamedMultipleChoiceField,
    TextField,
    checked_phone,
    email_field,
    offer_vocabulary,
    phone_field,
    privacy_notice_confirmation,
    required_message,
)
from stemhub.honeypot import HoneypotField, HoneypotFormMixin
from taxonomy.models import Sector

from .models import EducationLevel, Region, TargetGroup

FORM_PREFIX = "proposal"
FIRST_YEAR = 1900


VOCABULARY = {
    "target_groups": TargetGroup,
    "education_levels": EducationLevel,
    "regions": Region,
    "sectors": Sector,
}


def vocabulary_choice(label, required=None):
    """Checkboxes of one vocabulary; `required` is the message when none is ticked."""
    return NamedMultipleChoiceField(
        label=label,
        queryset=Sector.objects.none(),  # set per form: the terms as they are now
        widget=forms.CheckboxSelectMultiple,
        required=bool(required),
        error_messages=required_message(required) if required else None,
    )


class InitiativeProposalForm(DescribedFieldsMixin, HoneypotFormMixin, forms.Form):
    prefix = FORM_PREFIX

    organisation_name = TextField(
        label=_("Name of your organisation"),
        max_length=200,
        widget=forms.TextInput(attrs={"autocomplete": "organization"}),
        error_messages=required_message(_("Fill in the name of your organisation.")),
    )
    contact_name = TextField(
        label=_("Contact person"),
        max_length=120,
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
        error_messages=required_message(_("Fill in who we can contact.")),
    )
    email = email_field(autocomplete="email")
    phone = phone_field(autocomplete="tel")

    title = TextField(
        label=_("Name of the initiative"),
        max_length=120,
        error_messages=required_message(_("Give your initiative a name.")),
    )
    summary = TextField(
        label=_("Short summary"),
        max_length=400,
        help_text=_("One or two sentences, shown on the initiative's card."),
        error_messages=required_message(_("Write a short summary.")),
    )
    description = TextField(
        label=_("Description and objectives"),
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 8}),
        help_text=_("What does the initiative do, for whom, and what does it want to achieve?"),
        error_messages=required_message(_("Describe your initiative.")),
    )
    target_groups = vocabulary_choice(_("Target groups"), _("Choose at least one target group."))
    education_levels = vocabulary_choice(_("Education levels"))
    regions = vocabulary_choice(_("Regions"), _("Choose at least one region."))
    sectors = vocabulary_choice(_("Sectors and themes"))
    initiative_status = forms.ChoiceField(
        label=_("Status of the initiative"),
        choices=InitiativeStatus.choices,
        initial=InitiativeStatus.RUNNING,
        widget=forms.RadioSelect,
        error_messages=required_message(_("Choose whether it is planned, running or ended.")),
    )
    year_started = forms.IntegerField(
        label=_("Year started"),
        required=False,
        min_value=FIRST_YEAR,
        widget=forms.NumberInput(attrs={"inputmode": "numeric"}),
    )
    website = forms.URLField(
        label=_("Website"),
        max_length=300,
        required=False,
        assume_scheme="https",
        help_text=_("For example https://www.example.be"),
        error_messages={"invalid": _("Enter a web address like https://www.example.be.")},
    )
    logo = WagtailImageField(required=False)  # made again per form: see __init__

    confirms_right_to_publish = forms.BooleanField(
        label=_("We may publish this text and the logo on STEMhelden."),
        error_messages=required_message(_("Confirm that we may publish your text and logo.")),
    )
    confirms_privacy_notice = privacy_notice_confirmation()

    organisation_website = HoneypotField()  # named like a real field so bots fill it

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name, model in VOCABULARY.items():
            field = self.fields[name]
            terms = offer_vocabulary([field], model)
            # Without a vocabulary there is nothing to choose; the editors fill it in later.
            field.required = field.required and bool(terms)
        # Wagtail writes the formats and the size into the help text when the field is made,
        # in the language active then: made per form, it speaks the visitor's language.
        self.fields["logo"] = WagtailImageField(label=_("Logo or photo"), required=False)
        year = self.fields["year_started"]
        year.max_value = timezone.now().year + 1
        year.widget.attrs.update(min=FIRST_YEAR, max=year.max_value)
        year.validators.append(MaxValueValidator(year.max_value))
        year.error_messages["invalid"] = _("Enter a year with four digits, like 2024.")
        year.error_messages["min_value"] = _("Enter a year from %(limit_value)s on.")
        year.error_messages["max_value"] = _("Enter a year up to %(limit_value)s.")
        self._describe_fields()

    @property
    def vocabulary_fields(self):
        return [self[name] for name in VOCABULARY]

    @property
    def had_files(self):
        """The browser cannot keep a chosen file after an error: the template says so."""
        return bool(self.files)

    def clean_phone(self):
        return checked_phone(self.cleaned_data["phone"])
