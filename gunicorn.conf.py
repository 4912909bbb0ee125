"""gunicorn for STEMhub (`gunicorn stemhub.wsgi -c gunicorn.conf.py`).

Threaded workers: a request runs on a thread while the worker's main loop keeps beating, so
a 300 MiB video arriving over a slow line is never killed by the worker timeout (a sync
worker is, after 30 s). Put nginx in front with `proxy_request_buffering on` (its default)
and `client_max_body_size 310m`: it then receives the whole body before gunicorn sees it,
and no thread waits on a slow line at all. `bench/uploads.py` measures both set-ups.
"""

import os

bind = os.environ.get("GUNICORN_BIND", "0.0.0.0:8000")
workers = int(os.environ.get("WEB_CONCURRENCY", "3"))
worker_class = "gthread"
threads = int(os.environ.get("GUNICORN_THREADS", "8"))
# The heartbeat of a worker process, not a limit on one request (with gthread).
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "60"))
graceful_timeout = 120
keepalive = 5
# A worker is replaced now and then, so a slow leak never grows for ever.
max_requests = 2000
max_requests_jitter = 200
accesslog = "-"
