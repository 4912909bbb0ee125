"""`{{ number|grouped }}`: a count with the thousands grouped the reader's way (1.058 in
Dutch, 1,058 in English); anything that is not a whole number is shown as it is."""

from django import template
from django.utils.formats import number_format

register = template.Library()


@register.filter
def grouped(value):
    if isinstance(value, int) and not isinstance(value, bool):
        return number_format(value, force_grouping=True)
    return value
