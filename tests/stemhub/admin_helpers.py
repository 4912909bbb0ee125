"""Helpers for admin tests: users in the editors' groups and posting a Wagtail form as rendered."""

from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from wagtail.users.models import UserProfile

from ..shared_content import ensure_roles_unless_committed


def member_of(group_name, username=None):
    """A new user in one of the editors' groups (the groups and their rights are committed with
    the skeleton; made again after a flush)."""
    ensure_roles_unless_committed()
    user = get_user_model().objects.create_user(
        username or group_name.split()[0].lower(), f"{group_name.split()[0].lower()}@example.org"
    )
    user.groups.add(Group.objects.get(name=group_name))
    return user


def form_data(response, form_selector="form[method=post]"):
    """What a browser would post from the rendered form: every named field with its value."""
    form = BeautifulSoup(response.content, "html.parser").select_one(form_selector)
    data = {}
    for element in form.select("input[name], textarea[name], select[name]"):
        name = element["name"]
        if element.name == "textarea":
            data[name] = element.text
        elif element.name == "select":
            selected = element.select("option[selected]") or element.select("option")[:1]
            if element.has_attr("multiple"):
                data[name] = [option.get("value", "") for option in selected]
            else:
                data[name] = selected[0].get("value", "") if selected else ""
        elif element.get("type") in ("checkbox", "radio"):
            if element.has_attr("checked"):
                data.setdefault(name, []).append(element.get("value", "on"))
        elif element.get("type") not in ("submit", "button", "file"):
            data[name] = element.get("value", "")
    return data


def prefers_english(user):
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "en"
    profile.save()
    return user


def content_of(response):
    """The body of a plain or a streaming (spreadsheet export) response."""
    if response.streaming:
        return b"".join(response.streaming_content)
    return response.content
