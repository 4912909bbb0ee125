"""One honeypot for every public form: a field people never see and simple bots fill in.

A filled honeypot refuses the post like any other mistake: the form comes back with one clear,
translated message, everything typed is kept (except the honeypot itself, so a person who filled
it by accident can simply send again), and nothing is stored or mailed.
"""

from django import forms
from django.utils.translation import gettext_lazy as _

MESSAGE = _("Your submission could not be processed. Please try again.")


class HoneypotInput(forms.TextInput):
    """Out of the tab order, never autofilled, never shown again."""

    def __init__(self, attrs=None):
        super().__init__({"autocomplete": "off", "tabindex": "-1", **(attrs or {})})

    def format_value(self, value):
        return None


class HoneypotField(forms.CharField):
    """The template hides it from people (aria-hidden, off-screen); a bot sees a text field."""

    widget = HoneypotInput

    def __init__(self, **kwargs):
        kwargs.setdefault("label", _("Leave this field empty"))
        super().__init__(required=False, strip=True, **kwargs)


class HoneypotFormMixin:
    """Refuses the whole form, with a message for the top of the form, when a honeypot is filled."""

    def clean(self):
        cleaned_data = super().clean()
        if self.honeypot_filled:
            raise forms.ValidationError(MESSAGE, code="honeypot")
        return cleaned_data

    @property
    def honeypot_filled(self):
        return any(
            self.data.get(self.add_prefix(name), "").strip()
            for name, field in self.fields.items()
            if isinstance(field, HoneypotField)
        )
