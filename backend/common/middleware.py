"""Request logs: one line per request with its time, status and a request id."""

import logging
import re
import time
import uuid
from collections.abc import Callable

from django.http import HttpRequest, HttpResponse

logger = logging.getLogger("lemma.requests")
REQUEST_ID = re.compile(r"^[A-Za-z0-9._-]{1,64}$")


class RequestLogMiddleware:
    """Log `method path status ms user rid` for every request, and send back the request id
    (taken from a proxy's X-Request-ID when it is well formed) and a Server-Timing header, so a
    slow page in the browser can be matched to its log line."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        started = time.perf_counter()
        given = request.headers.get("X-Request-ID", "")
        request_id = given if REQUEST_ID.match(given) else uuid.uuid4().hex
        response = self.get_response(request)
        elapsed_ms = (time.perf_counter() - started) * 1000
        user = getattr(request, "user", None)
        user_id = user.pk if user is not None and user.is_authenticated else "-"
        response["X-Request-ID"] = request_id
        response["Server-Timing"] = f"app;dur={elapsed_ms:.1f}"
        if not request.path.startswith("/static/"):
            level = logging.WARNING if response.status_code >= 500 else logging.INFO
            logger.log(
                level,
                "%s %s %s %.1fms user=%s rid=%s",
                request.method,
                request.path,
                response.status_code,
                elapsed_ms,
                user_id,
                request_id,
                extra={
                    "method": request.method,
                    "path": request.path,
                    "status": response.status_code,
                    "duration_ms": round(elapsed_ms, 1),
                    "user_id": user_id,
                    "request_id": request_id,
                },
            )
        return response
