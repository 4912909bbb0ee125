"""Production: everything secure, configuration only from the environment.

Misconfiguration stops the process with one line (SystemExit prints exactly its message and
stops manage.py, gunicorn and friends): a missing SECRET_KEY, or DEBUG switched on.
"""

from .base import *  # noqa: F403
from .base import SECRET_KEY, env_bool

if env_bool("DEBUG", False):
    raise SystemExit(
        "DEBUG is on: production settings never run with DEBUG; unset DEBUG or set it to false "
        "(see README, 'Environment variables')."
    )
DEBUG = False

if not SECRET_KEY:
    raise SystemExit(
        "SECRET_KEY is not set: production settings need a long random SECRET_KEY "
        "in the environment (see README, 'Environment variables')."
    )
