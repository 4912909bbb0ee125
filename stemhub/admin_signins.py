"""Locked sign-ins in the Wagtail admin: administrators see who is locked out and unlock them.

django-axes records failed sign-ins per user name and address; deleting a record unlocks that
pair at once (otherwise the lock ends after AXES_COOLOFF_TIME hours).
"""

from axes.models import AccessAttempt
from django.conf import settings
from django.utils.translation import gettext_lazy as _
from django.utils.translation import gettext_noop
from wagtail import hooks
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies.base import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy


class LockedSignInPermissionPolicy(ModelPermissionPolicy):
    """Administrators only, and only to look and to unlock (delete): attempts are never typed."""

    def user_has_permission(self, user, action):
        return user.is_active and user.is_superuser and action in {"view", "delete"}

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)


# django-axes has no Dutch catalogue: its model names are translated in ours.
AXES_MODEL_NAMES = (gettext_noop("access attempt"), gettext_noop("access attempts"))

register_permission_policy(AccessAttempt, LockedSignInPermissionPolicy(AccessAttempt))


class LockedColumn(Column):
    def get_value(self, instance):
        return _("yes") if instance.failures_since_start >= settings.AXES_FAILURE_LIMIT else _("no")


class LockedSignInViewSet(ModelViewSet):
    model = AccessAttempt
    icon = "lock"
    menu_label = _("Locked sign-ins")
    add_to_settings_menu = True
    copy_view_enabled = False
    inspect_view_enabled = False
    form_fields = ["username"]
    list_display = [
        Column("username", label=_("User name")),
        Column("ip_address", label=_("Address")),
        Column("failures_since_start", label=_("Failed sign-ins")),
        LockedColumn("locked", label=_("Locked")),
        DateColumn("attempt_time", label=_("Last attempt")),
    ]
    search_fields = ["username", "ip_address"]
    search_backend_name = None

    def get_queryset(self, request):
        return AccessAttempt.objects.order_by("-attempt_time")


@hooks.register("register_admin_viewset")
def register_locked_sign_in_viewset():
    return LockedSignInViewSet("stemhub_locked_sign_ins")
