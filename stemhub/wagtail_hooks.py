"""The site's own admin screens, each in its module: locked sign-ins and the outgoing mail."""

from stemhub import admin_outbox, admin_signins  # noqa: F401  (each registers its hooks)
