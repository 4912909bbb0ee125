"""The site's own admin screens and hooks, each in its module.

Locked sign-ins, the outgoing mail, and the editors' initials as their avatars.
"""

from stemhub import admin_avatars, admin_outbox, admin_signins  # noqa: F401  (each registers hooks)
