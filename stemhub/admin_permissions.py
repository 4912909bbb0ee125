"""Records the site writes itself (mails, submissions, conversions): never added by hand."""

from wagtail.permission_policies.base import ModelPermissionPolicy


class SiteRecordPermissionPolicy(ModelPermissionPolicy):
    """The model's usual permissions, minus the actions that make no sense for it.

    Adding and copying are always refused; pass `refused` for more (an outgoing mail is never
    deleted either). The admin hides the buttons and answers a typed address with "denied".
    """

    def __init__(self, model, *, refused=(), **kwargs):
        super().__init__(model, **kwargs)
        self.refused = frozenset({"add", "copy", *refused})

    def user_has_permission(self, user, action):
        if action in self.refused:
            return False
        return super().user_has_permission(user, action)

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)
