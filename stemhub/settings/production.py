"""Production: everything secure, configuration only from the environment."""

from .base import *  # noqa: F403
from .base import SECRET_KEY, env_bool

DEBUG = env_bool("DEBUG", False)

if not SECRET_KEY:
    message = (
        "SECRET_KEY is not set: production settings need a long random SECRET_KEY "
        "in the environment (see README, 'Environment variables')."
    )
    # SystemExit prints exactly this one line and stops manage.py, gunicorn and friends.
    raise SystemExit(message)
