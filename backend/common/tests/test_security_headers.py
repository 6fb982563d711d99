"""Security headers on pages and API answers; the browser side (KaTeX and MathLive working under
the policy) is checked by frontend/e2e/csp.spec.ts."""

import re
from pathlib import Path
from typing import Any

import pytest
from django.test import Client

from common.security_headers import csp_header, permissions_header
from common.throttling import wait_in_words


def policy(response: Any) -> dict[str, list[str]]:
    directives = [part.split() for part in response["Content-Security-Policy"].split(";")]
    return {name: sources for name, *sources in directives}


@pytest.fixture
def app_page(client: Client, tmp_path: Path, settings: Any) -> Any:
    settings.FRONTEND_DIST = tmp_path
    (tmp_path / "index.html").write_text("<!doctype html><div id=root></div>")
    return client.get("/topics/vectors")


def test_the_app_page_runs_only_this_sites_scripts(app_page: Any):
    csp = policy(app_page)

    assert app_page.status_code == 200
    assert csp["default-src"] == ["'self'"]
    assert csp["script-src"] == ["'self'"]  # no inline script, no eval
    assert csp["style-src"] == ["'self'", "'unsafe-inline'"]  # KaTeX's and MathLive's styles
    assert csp["font-src"] == ["'self'", "data:"]
    assert csp["img-src"] == ["'self'", "data:"]
    assert csp["connect-src"] == ["'self'"]
    assert csp["object-src"] == ["'none'"]
    assert csp["frame-ancestors"] == ["'none'"]
    assert csp["base-uri"] == ["'self'"]
    assert csp["form-action"] == ["'self'"]


def test_the_app_page_sends_the_other_security_headers(app_page: Any):
    assert app_page["X-Content-Type-Options"] == "nosniff"
    assert app_page["Referrer-Policy"] == "same-origin"
    assert app_page["Cross-Origin-Opener-Policy"] == "same-origin"
    assert app_page["X-Frame-Options"] == "DENY"
    assert "camera=()" in app_page["Permissions-Policy"].split(", ")
    assert "microphone=()" in app_page["Permissions-Policy"].split(", ")


@pytest.mark.django_db
def test_api_answers_and_errors_carry_the_policy_too(client: Client):
    for response in (client.get("/api/ping/"), client.get("/api/no-such-thing/")):
        assert policy(response)["default-src"] == ["'self'"]
        assert response["X-Content-Type-Options"] == "nosniff"


@pytest.mark.django_db
def test_the_api_docs_page_has_no_inline_script(client: Client):
    page = client.get("/api/docs/")
    html = page.content.decode()
    scripts = re.findall(r"<script([^>]*)>", html)
    start_up = client.get(re.findall(r'<script src="([^"]+\?[^"]*script[^"]*)"', html)[0])

    assert page.status_code == 200
    assert policy(page)["script-src"] == ["'self'"]
    assert scripts
    assert all("src=" in attributes for attributes in scripts)
    assert start_up.status_code == 200
    assert "SwaggerUIBundle" in start_up.content.decode()


def test_a_view_may_set_its_own_policy(rf: Any):
    from django.http import HttpResponse

    from common.security_headers import SecurityHeadersMiddleware

    def view(request: Any) -> HttpResponse:
        response = HttpResponse()
        response["Content-Security-Policy"] = "default-src 'none'"
        return response

    response = SecurityHeadersMiddleware(view)(rf.get("/"))

    assert response["Content-Security-Policy"] == "default-src 'none'"
    assert "camera=()" in response["Permissions-Policy"]


def test_header_formats():
    assert csp_header({"default-src": ["'self'"], "object-src": ["'none'"]}) == (
        "default-src 'self'; object-src 'none'"
    )
    assert permissions_header({"camera": [], "fullscreen": ["self"]}) == (
        "camera=(), fullscreen=(self)"
    )


@pytest.mark.parametrize(
    ("seconds", "words"),
    [
        (0.2, "1 second"),
        (42, "42 seconds"),
        (59.5, "1 minute"),
        (61, "2 minutes"),
        (3600, "60 minutes"),
        (7200, "2 hours"),
        (86400, "24 hours"),
    ],
)
def test_waits_in_words(seconds: float, words: str):
    assert wait_in_words(seconds) == words
