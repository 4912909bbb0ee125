"""What a translator may not do in the admin, beyond not publishing.

A translator's group has "change" on every page, which Wagtail reads as more than editing: it
also lets them delete or move a page that is not live (a partner's draft video, a proposed
initiative) and run bulk actions. A translator changes English texts only (the page form keeps
every other field read-only, `stemhub.admin_forms`), so these hooks refuse the rest; Wagtail
answers a refusal with its "no permission" message.
"""

from django.core.exceptions import PermissionDenied
from wagtail import hooks

from stemhub import roles


def _refuse_translators(request):
    if roles.is_translator_only(request.user):
        raise PermissionDenied


@hooks.register("before_delete_page")
def refuse_delete(request, page):
    _refuse_translators(request)


@hooks.register("before_move_page")
def refuse_move(request, page, destination):
    _refuse_translators(request)


@hooks.register("before_copy_page")
def refuse_copy(request, page):
    _refuse_translators(request)


@hooks.register("before_bulk_action")
def refuse_bulk_actions(request, action_type, objects, action_class_instance):
    _refuse_translators(request)
