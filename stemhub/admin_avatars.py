"""Editors' initials as their admin avatar: nothing is requested from gravatar.com."""

from wagtail import hooks

from .avatars import initials_avatar_url


@hooks.register("get_avatar_url")
def avatar_from_initials(user, size):
    return initials_avatar_url(user, size)
