"""The link checker against a local HTTP server: 200, a redirect, a 404 and a slow answer."""

import functools
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest
from rest_framework.test import APIClient

from curriculum import curation_services, links, tasks
from curriculum.models import (
    CurationLogEntry,
    LinkCheckRun,
    LinkStatus,
    Resource,
    ResourceTopic,
    Topic,
)

from .conftest import make_curator, state

TIMEOUT = 0.5
# The local site is on 127.0.0.1, which the checker refuses unless told otherwise.
check_url = functools.partial(links.check_url, allow_private=True)


class Site:
    def __init__(self, base: str, release: threading.Event):
        self.base = base
        self.release = release

    def url(self, path: str) -> str:
        return f"{self.base}{path}"


@pytest.fixture
def site() -> Iterator[Site]:
    release = threading.Event()

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            if self.path == "/moved":
                self.send_response(301)
                self.send_header("Location", "/ok")
                self.end_headers()
                return
            if self.path == "/slow":
                release.wait(10)  # held until the test is over: far beyond the timeout
            status = 404 if self.path == "/missing" else 200
            try:
                self.send_response(status)
                self.send_header("Content-Length", "2")
                self.end_headers()
                self.wfile.write(b"ok")
            except (BrokenPipeError, ConnectionResetError):
                pass  # the checker gave up on /slow long ago

        def log_message(self, format: str, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield Site(f"http://127.0.0.1:{server.server_port}", release)
    finally:
        release.set()
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


def test_working_link_is_ok(site: Site):
    result = check_url(site.url("/ok"), timeout=TIMEOUT)
    assert (result.ok, result.status_code, result.final_url) == (True, 200, site.url("/ok"))


def test_redirect_is_followed_and_the_final_url_kept(site: Site):
    result = check_url(site.url("/moved"), timeout=TIMEOUT)
    assert (result.ok, result.status_code, result.final_url) == (True, 200, site.url("/ok"))


def test_missing_page_is_broken(site: Site):
    result = check_url(site.url("/missing"), timeout=TIMEOUT)
    assert (result.ok, result.status_code, result.problem) == (False, 404, "HTTP 404 Not Found")


def test_slow_page_is_broken_after_the_timeout(site: Site):
    result = check_url(site.url("/slow"), timeout=TIMEOUT)
    assert (result.ok, result.problem) == (False, "no answer within 0.5 s")


def test_refused_connection_and_other_schemes_are_broken():
    assert check_url("ftp://127.0.0.1/file", timeout=TIMEOUT).problem == (
        "only http and https links can be checked"
    )
    refused = check_url("http://127.0.0.1:9/", timeout=TIMEOUT)  # the discard port: closed
    assert not refused.ok
    assert refused.problem.startswith("cannot connect")


@pytest.fixture
def local_resources(loaded_small_curriculum: Any, site: Site) -> dict[str, Resource]:
    """Every active resource points at the local site (never the internet)."""
    vectors = Topic.objects.get(slug="vectors")
    Resource.objects.update(url=site.url("/ok"))
    made = {}
    for path in ("ok", "moved", "missing", "slow"):
        resource = Resource.objects.create(
            slug=f"site-{path}",
            title=f"Site {path}",
            provider="Local",
            kind="article",
            cost="free",
            url=site.url(f"/{path}"),
            description="Local.",
        )
        ResourceTopic.objects.create(resource=resource, topic=vectors)
        made[path] = resource
    assert not Resource.objects.exclude(url__startswith=site.base).exists()
    return made


@pytest.mark.django_db
def test_weekly_check_marks_broken_links_in_bounded_batches_and_reports_them(
    local_resources: dict[str, Resource],
    site: Site,
    settings: Any,
    grade_in_process: None,
    assert_schema: Any,
):
    # given six resources, checked two per batch
    settings.LINK_CHECK_BATCH_SIZE = 2
    settings.LINK_CHECK_TIMEOUT_SECONDS = TIMEOUT

    # when the weekly task runs (its batches chain in-process here)
    run_id = tasks.resource_links_check.delay().get()

    # then every resource is checked once, and broken ones carry the reason
    run = LinkCheckRun.objects.get(pk=run_id)
    assert run.finished_at is not None
    assert run.results.count() == 6
    statuses = {
        r.slug: (r.link_status, r.link_final_url, r.link_problem)
        for r in Resource.objects.filter(slug__startswith="site-")
    }
    assert statuses == {
        "site-ok": (LinkStatus.OK, site.url("/ok"), ""),
        "site-moved": (LinkStatus.OK, site.url("/ok"), ""),
        "site-missing": (LinkStatus.BROKEN, "", "HTTP 404 Not Found"),
        "site-slow": (LinkStatus.BROKEN, "", "no answer within 0.5 s"),
    }
    assert Resource.objects.filter(link_checked_at__isnull=True).count() == 0

    # and the status changes to broken are in the curation log, made by no one
    logged = CurationLogEntry.objects.filter(action="link_status")
    assert {(e.target_id, e.actor_id, state(e.after)["link_status"]) for e in logged} == {
        (local_resources["missing"].pk, None, "broken"),
        (local_resources["slow"].pk, None, "broken"),
    }

    # and curators see the report
    client = APIClient()
    client.force_login(make_curator())
    (report,) = assert_schema(client.get("/api/curation/link-reports/")).json()
    assert (report["checked"], report["broken_count"]) == (6, 2)
    assert {(b["resource"], b["status_code"]) for b in report["broken"]} == {
        ("site-missing", 404),
        ("site-slow", None),
    }
    broken = client.get("/api/curation/resources/?link_status=broken").json()
    assert {r["slug"] for r in broken} == {"site-missing", "site-slow"}


@pytest.mark.django_db
def test_a_batch_of_a_finished_run_does_nothing(
    local_resources: dict[str, Resource], settings: Any, grade_in_process: None
):
    settings.LINK_CHECK_TIMEOUT_SECONDS = TIMEOUT
    run_id = tasks.resource_links_check.delay().get()
    checked_at = dict(Resource.objects.values_list("slug", "link_checked_at"))

    assert tasks.resource_links_check_batch.delay(run_id).get() == 0
    assert dict(Resource.objects.values_list("slug", "link_checked_at")) == checked_at


@pytest.mark.django_db
def test_a_link_that_recovers_is_logged_and_the_change_can_be_reverted(
    local_resources: dict[str, Resource], site: Site, settings: Any, grade_in_process: None
):
    settings.LINK_CHECK_TIMEOUT_SECONDS = TIMEOUT
    missing = local_resources["missing"]
    tasks.resource_links_check.delay().get()
    Resource.objects.filter(pk=missing.pk).update(url=site.url("/ok"))

    tasks.resource_links_check.delay().get()

    missing.refresh_from_db()
    assert missing.link_status == LinkStatus.OK
    recovered = CurationLogEntry.objects.filter(target_id=missing.pk).order_by("-id").first()
    assert recovered is not None
    assert (state(recovered.before)["link_status"], state(recovered.after)["link_status"]) == (
        "broken",
        "ok",
    )

    curation_services.log_entry_revert(actor=make_curator(), entry_id=recovered.pk)

    missing.refresh_from_db()
    assert (missing.link_status, missing.link_problem) == ("broken", "HTTP 404 Not Found")


def test_the_check_is_scheduled_weekly(settings: Any):
    entry = settings.CELERY_BEAT_SCHEDULE["resource-links-weekly"]
    assert entry["task"] == "curriculum.tasks.resource_links_check"
    assert entry["schedule"].day_of_week == {1}
    assert entry["options"]["expires"] <= 24 * 60 * 60
