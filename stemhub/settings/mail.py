"""Email through the outbox and the worker; part of base.py."""

import os

from .environment import env_bool, env_list

# Email: every message (ours and Wagtail's) is written to the outbox (stemhub.mail) in the
# sender's transaction and delivered by the background worker with retries; no request ever
# talks to an SMTP server. EMAIL_BACKEND in the environment names the backend that delivers.
EMAIL_BACKEND = "stemhub.mail.backend.OutboxEmailBackend"
STEMHUB_MAIL_DELIVERY_BACKEND = os.environ.get(
    "EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend"
)
# Seconds to wait before each new attempt; after the last one the mail is marked failed and
# shown to the editors, who can send it again.
STEMHUB_MAIL_RETRY_DELAYS = [
    int(seconds) for seconds in env_list("STEMHUB_MAIL_RETRY_DELAYS", "30,120,600,1800,3600,10800")
]
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "25"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)
EMAIL_TIMEOUT = 10
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "STEMhub <noreply@stemhub.example>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL
