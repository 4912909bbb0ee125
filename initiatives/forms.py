"""The public 'Kandidaat partner?' form."""

from django import forms
from django.utils.translation import gettext_lazy as _

from stemhub.honeypot import HoneypotField, HoneypotFormMixin

from .models import InitiativeCandidacy, PartnerRole


class CandidacyForm(HoneypotFormMixin, forms.ModelForm):
    """Every field required except the message; a hidden honeypot catches simple bots."""

    homepage = HoneypotField()  # named like a real field so bots fill it
    role = forms.ChoiceField(
        label=_("Type of partner"),
        choices=PartnerRole.choices,
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose whether you want to lead or contribute.")},
    )
    consent = forms.BooleanField(
        label=_("You may contact me about this initiative."),
        error_messages={
            "required": _("We can only pass on your candidacy if we may contact you."),
        },
    )

    class Meta:
        model = InitiativeCandidacy
        fields = InitiativeCandidacy.PUBLIC_FIELDS
        labels = {
            "organisation": _("Organisation"),
            "contact_person": _("Contact person"),
            "email": _("Email address"),
            "message": _("Message (optional)"),
            "show_as_interested": _(
                "Show my organisation and role as interested on this page (optional)."
            ),
            "allow_contact": _(
                "Other interested organisations may contact me through the editors (optional)."
            ),
        }
        help_texts = {
            "message": _("What would your organisation bring to this initiative?"),
        }
        error_messages = {
            "organisation": {"required": _("Fill in the name of your organisation.")},
            "contact_person": {"required": _("Fill in who we can contact.")},
            "email": {
                "required": _("Fill in an email address."),
                "invalid": _("Fill in a valid email address, like name@example.be."),
            },
        }
        widgets = {
            "organisation": forms.TextInput(attrs={"autocomplete": "organization"}),
            "contact_person": forms.TextInput(attrs={"autocomplete": "name"}),
            "email": forms.EmailInput(attrs={"autocomplete": "email"}),
            "message": forms.Textarea(attrs={"rows": 5}),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["message"].max_length = 3000
        self.fields["message"].widget.attrs["maxlength"] = 3000
        # Point every input at its error message, for screen readers.
        for bound in (self[name] for name in self.fields):
            if bound.errors:
                bound.field.widget.attrs["aria-invalid"] = "true"
                described = [f"{bound.auto_id}-error"]
                if bound.help_text:
                    described.append(f"{bound.auto_id}-help")
                bound.field.widget.attrs["aria-describedby"] = " ".join(described)
            elif bound.help_text:
                bound.field.widget.attrs["aria-describedby"] = f"{bound.auto_id}-help"

    def clean_organisation(self):
        return self.cleaned_data["organisation"].strip()

    def clean_contact_person(self):
        return self.cleaned_data["contact_person"].strip()
