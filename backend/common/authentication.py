from rest_framework import authentication, exceptions
from rest_framework.request import Request


class CsrfFailed(exceptions.PermissionDenied):
    default_code = "csrf_failed"
    default_detail = "The security token is missing or stale. Reload the page and try again."


class SessionAuthentication(authentication.SessionAuthentication):
    """DRF's session authentication (which checks the CSRF token on every signed-in write),
    reporting a failed check with the same code and words as Django's own CSRF failure view
    (common.views.csrf_failure) instead of DRF's "CSRF Failed: ..."."""

    def enforce_csrf(self, request: Request) -> None:
        try:
            super().enforce_csrf(request)
        except exceptions.PermissionDenied:
            raise CsrfFailed() from None
