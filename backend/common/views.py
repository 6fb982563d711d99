from django.conf import settings
from django.http import FileResponse, HttpRequest, HttpResponse, JsonResponse
from django.http.response import HttpResponseBase
from django.views.decorators.http import require_safe

from .exceptions import error_body

SPA_MISSING = (
    "<!doctype html><title>Lemma</title>"
    "<p>The frontend has not been built yet. Run <code>make run</code> (or "
    "<code>make frontend</code>) and reload.</p>"
)


@require_safe
def spa_index(request: HttpRequest, path: str = "") -> HttpResponseBase:
    """Serve the single-page app; the React router takes over from there."""
    index = settings.FRONTEND_DIST / "index.html"
    if not index.exists():
        return HttpResponse(SPA_MISSING, status=503)
    response = FileResponse(index.open("rb"), content_type="text/html; charset=utf-8")
    response["Cache-Control"] = "no-cache"
    return response


def api_not_found(request: HttpRequest, path: str = "") -> JsonResponse:
    return JsonResponse(
        error_body(status_code=404, code="not_found", message="No API endpoint at this address."),
        status=404,
    )


def csrf_failure(request: HttpRequest, reason: str = "") -> HttpResponse:
    return JsonResponse(
        error_body(
            status_code=403,
            code="csrf_failed",
            message="The security token is missing or stale. Reload the page and try again.",
        ),
        status=403,
    )
