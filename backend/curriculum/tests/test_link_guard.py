"""The link checker refuses internal addresses: no probing the server's own network."""

import socket
import threading
import urllib.error
import urllib.request
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest

from curriculum import links, tasks
from curriculum.links import PRIVATE_PROBLEM, check_url, host_is_private
from curriculum.models import LinkStatus, Resource, ResourceTopic, Topic

TIMEOUT = 0.5
PUBLIC = "93.184.216.34"


class Site:
    """A local server that remembers which paths were asked for."""

    def __init__(self, port: int, hits: list[str]):
        self.port = port
        self.hits = hits


@pytest.fixture
def site() -> Iterator[Site]:
    hits: list[str] = []

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            hits.append(self.path)
            if self.path.startswith("/to/"):
                self.send_response(302)
                self.send_header("Location", self.path.removeprefix("/to/"))
                self.end_headers()
                return
            self.send_response(200)
            self.send_header("Content-Length", "2")
            self.end_headers()
            self.wfile.write(b"ok")

        def log_message(self, format: str, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield Site(server.server_port, hits)
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


@pytest.fixture
def fake_dns(monkeypatch: pytest.MonkeyPatch) -> dict[str, list[str]]:
    """Names the guard resolves from this table; any other host goes to the real resolver
    (which, for the IP literals these tests use, answers without the network)."""
    table: dict[str, list[str]] = {}
    real = links._resolve

    def resolve(host: str) -> list[str]:
        if host in table:
            return table[host]
        if host.endswith(".invalid"):
            raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")
        return real(host)

    monkeypatch.setattr(links, "_resolve", resolve)
    return table


@pytest.mark.parametrize(
    "host",
    [
        "127.0.0.1",
        "127.8.9.10",
        "::1",
        "[::1]",
        "10.1.2.3",
        "172.16.0.1",
        "192.168.1.1",
        "169.254.169.254",  # the cloud metadata service
        "fe80::1",
        "224.0.0.1",
        "240.0.0.1",
        "0.0.0.0",  # noqa: S104 (an address to refuse, not one to bind)
        "::ffff:127.0.0.1",
        "fc00::1",
    ],
)
def test_internal_addresses_are_private(host: str):
    assert host_is_private(host)


@pytest.mark.parametrize("host", [PUBLIC, "1.1.1.1", "2606:4700:4700::1111"])
def test_public_addresses_are_not_private(host: str):
    assert not host_is_private(host)


def test_a_name_is_private_when_any_of_its_addresses_is(fake_dns: dict[str, list[str]]):
    fake_dns["example.org"] = [PUBLIC]
    fake_dns["sneaky.example"] = [PUBLIC, "10.0.0.5"]
    fake_dns["localhost-alias.example"] = ["127.0.0.1"]

    assert not host_is_private("example.org")
    assert host_is_private("sneaky.example")
    assert host_is_private("localhost-alias.example")
    assert not host_is_private("no-such-host.invalid")  # the connection reports the DNS error


def test_a_loopback_link_is_refused_without_connecting(site: Site):
    result = check_url(f"http://127.0.0.1:{site.port}/ok", timeout=TIMEOUT)

    assert (result.ok, result.status_code, result.problem) == (False, None, PRIVATE_PROBLEM)
    assert site.hits == []


def test_a_name_resolving_to_a_private_address_is_refused(
    site: Site, fake_dns: dict[str, list[str]]
):
    fake_dns["intranet.example"] = ["192.168.0.10"]

    result = check_url("http://intranet.example/admin", timeout=TIMEOUT)

    assert (result.ok, result.problem) == (False, PRIVATE_PROBLEM)


def test_a_redirect_to_a_private_address_is_refused(site: Site, fake_dns: dict[str, list[str]]):
    # given the first hop counts as public (the guard sees "localhost" as a public address,
    # the connection still reaches the local server) and it redirects to a loopback address
    fake_dns["localhost"] = [PUBLIC]
    target = f"http://127.0.0.1:{site.port}/ok"

    # when the link is checked
    result = check_url(f"http://localhost:{site.port}/to/{target}", timeout=TIMEOUT)

    # then the first hop was fetched, the redirect target never was
    assert (result.ok, result.problem) == (False, PRIVATE_PROBLEM)
    assert site.hits == [f"/to/{target}"]


def test_a_redirect_to_another_scheme_is_refused(site: Site, fake_dns: dict[str, list[str]]):
    fake_dns["localhost"] = [PUBLIC]

    result = check_url(f"http://localhost:{site.port}/to/ftp://127.0.0.1/x", timeout=TIMEOUT)

    assert (result.ok, result.problem) == (False, "only http and https links can be checked")


def test_a_public_address_passes_the_guard_to_the_connection(
    fake_dns: dict[str, list[str]], monkeypatch: pytest.MonkeyPatch
):
    # given a public-looking name, and an opener that records the request instead of connecting
    fake_dns["example.org"] = [PUBLIC]
    opened: list[str] = []

    class RecordingOpener:
        def open(self, request: urllib.request.Request, timeout: float) -> Any:
            opened.append(request.full_url)
            raise urllib.error.URLError("stopped before the network")

    monkeypatch.setattr(links, "_opener", lambda allow_private: RecordingOpener())

    # when it is checked
    result = check_url("https://example.org/linear-algebra", timeout=TIMEOUT)

    # then the guard let it through to the connection step
    assert opened == ["https://example.org/linear-algebra"]
    assert result.problem == "cannot connect: stopped before the network"


def test_private_links_are_checked_when_allowed(site: Site):
    result = check_url(f"http://127.0.0.1:{site.port}/ok", timeout=TIMEOUT, allow_private=True)

    assert (result.ok, result.status_code) == (True, 200)
    assert site.hits == ["/ok"]


@pytest.mark.django_db
def test_the_weekly_check_marks_private_links_broken_unless_allowed(
    loaded_small_curriculum: Any, site: Site, settings: Any, grade_in_process: None
):
    # given every resource points at the local server, and private addresses are not allowed
    settings.LINK_CHECK_ALLOW_PRIVATE = False
    settings.LINK_CHECK_TIMEOUT_SECONDS = TIMEOUT
    local = f"http://127.0.0.1:{site.port}/ok"
    Resource.objects.update(url=local)
    internal = Resource.objects.create(
        slug="internal",
        title="Internal",
        provider="Local",
        kind="article",
        cost="free",
        url=local,
        description="Local.",
    )
    ResourceTopic.objects.create(resource=internal, topic=Topic.objects.get(slug="vectors"))

    # when the weekly check runs
    tasks.resource_links_check.delay().get()

    # then every link is broken with the reason, and the server was never asked
    assert set(Resource.objects.active().values_list("link_status", "link_problem")) == {
        (LinkStatus.BROKEN, PRIVATE_PROBLEM)
    }
    assert site.hits == []
