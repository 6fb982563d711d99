"""Content-Security-Policy and Permissions-Policy on every response.

Django 5.2 has no CSP of its own; SECURE_CSP takes the shape of Django 6's setting so this
middleware can give way to django.middleware.csp.ContentSecurityPolicyMiddleware later. The
other headers (X-Content-Type-Options, Referrer-Policy, Cross-Origin-Opener-Policy, HSTS) come
from Django's SecurityMiddleware and X-Frame-Options from its clickjacking middleware.
"""

from collections.abc import Callable, Mapping, Sequence

from django.conf import settings
from django.http import HttpRequest, HttpResponse


def csp_header(policy: Mapping[str, Sequence[str]]) -> str:
    """{"default-src": ["'self'"], "object-src": ["'none'"]} -> "default-src 'self'; ..."."""
    return "; ".join(" ".join([directive, *sources]) for directive, sources in policy.items())


def permissions_header(policy: Mapping[str, Sequence[str]]) -> str:
    """{"camera": [], "fullscreen": ["self"]} -> "camera=(), fullscreen=(self)"."""
    return ", ".join(f"{feature}=({' '.join(allowed)})" for feature, allowed in policy.items())


class SecurityHeadersMiddleware:
    """Set the policies unless the view set its own (a page that needs more can say so)."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response
        self.csp = csp_header(settings.SECURE_CSP)
        self.permissions = permissions_header(settings.PERMISSIONS_POLICY)

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        if self.csp:
            response.headers.setdefault("Content-Security-Policy", self.csp)
        if self.permissions:
            response.headers.setdefault("Permissions-Policy", self.permissions)
        return response
