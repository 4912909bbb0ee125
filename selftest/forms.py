"""Reading the answers from the address (?q1=2&q2=4 …), which is all a result consists of.

A result link can be cut off, edited or built by hand. Anything that does not fit the
questions marks the link as tampered: the page then shows the test again, with the answers
that did fit still chosen, and a friendly message instead of an error page.
"""

import re

from django import forms
from django.utils.translation import gettext_lazy as _

ANSWER_PARAM = re.compile(r"^q\d+$")


def has_answer_params(query):
    return any(ANSWER_PARAM.match(key) for key in query)


class SelfTestAnswersForm(forms.Form):
    """One choice per question; validation only (the template draws the illustrated radios)."""

    TAMPERED = "tampered"

    def __init__(self, questions, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.questions = questions
        for question in questions:
            self.fields[question.field_name] = forms.TypedChoiceField(
                label=question.text,
                choices=[(str(option.number), option.text) for option in question.options],
                coerce=int,
                widget=forms.RadioSelect,
                error_messages={
                    "required": _("Choose an answer to this question."),
                    "invalid_choice": _("Choose one of the answers below."),
                },
            )

    def clean(self):
        cleaned = super().clean()
        known = set(self.fields)
        for key in self.data:
            if not ANSWER_PARAM.match(key):
                continue  # e.g. a tracking parameter a chat app added: harmless, ignored
            if key not in known:
                self.add_error(None, forms.ValidationError("", code=self.TAMPERED))
            elif len(self.data.getlist(key)) > 1:
                # Two answers to one question: we cannot know which one was meant.
                cleaned.pop(key, None)
                self.add_error(
                    key, forms.ValidationError(_("Choose one answer only."), code=self.TAMPERED)
                )
        return cleaned

    @property
    def is_tampered(self):
        if not self.is_bound or self.is_valid():
            return False
        return any(
            error.code in (self.TAMPERED, "invalid_choice")
            for errors in self.errors.as_data().values()
            for error in errors
        )

    def missing_questions(self):
        return [
            question
            for question in self.questions
            if any(e.code == "required" for e in self.errors.as_data().get(question.field_name, []))
        ]

    def chosen(self):
        """Question number -> chosen answer number, for the answers that were valid."""
        if not self.is_bound:
            return {}
        self.is_valid()
        return {
            question.number: self.cleaned_data[question.field_name]
            for question in self.questions
            if question.field_name in self.cleaned_data
            and self.cleaned_data[question.field_name] is not None
            and question.field_name not in self.errors
        }
