from wagtail import hooks

from .avatars import initials_avatar_url


@hooks.register("get_avatar_url")
def avatar_from_initials(user, size):
    return initials_avatar_url(user, size)
