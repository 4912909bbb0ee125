"""The site's own admin screens and hooks, each in its module.

Locked sign-ins, the outgoing mail, the editors' initials as their avatars, the to-do list on
the admin home, the translations report and what translators may not do.
"""

from stemhub import (  # noqa: F401  (each registers hooks)
    admin_avatars,
    admin_menus,
    admin_outbox,
    admin_reports,
    admin_signins,
    admin_todo,
    admin_todo_panels,
    admin_translators,
)
