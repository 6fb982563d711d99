"""Gunicorn for Lemma: `gunicorn -c backend/config/gunicorn.conf.py config.wsgi`.

Threads, not just processes: the answer page long-polls for its verdict (up to 10 s), which
parks a thread but no CPU, so a few processes with many threads serve hundreds of learners.
Measured with `make loadtest` (README, "Load").
"""

import os

bind = os.environ.get("BIND", "0.0.0.0:8000")
workers = int(os.environ.get("WEB_PROCESSES", "3"))
worker_class = "gthread"
threads = int(os.environ.get("WEB_THREADS", "6"))
timeout = int(os.environ.get("WEB_TIMEOUT", "60"))
graceful_timeout = 30
# Idle keep-alive connections wait in the poller, not in a thread. Longer than a learner's pause
# between requests, so a browser (or the load test) doesn't reuse a connection the server has
# just closed (a reset); behind the proxy it is the proxy that keeps connections.
keepalive = int(os.environ.get("WEB_KEEPALIVE", "75"))
# Recycling processes (off by default) closes their connections; set it if memory grows.
max_requests = int(os.environ.get("WEB_MAX_REQUESTS", "0"))
max_requests_jitter = max_requests // 10
accesslog = None  # common.middleware.RequestLogMiddleware logs every request with its timing
errorlog = "-"
control_socket_disable = True  # several servers on one machine (tests, load test)
