"""docker-compose.yml and the proxy: valid Compose, and every part the production stack needs.

`make test` also runs `docker compose config` when the docker compose plugin is installed; this
test validates against the Compose Specification's own schema everywhere else.
"""

import json
import re
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml
from django.conf import settings

ROOT = Path(settings.BASE_DIR)
LONG_RUNNING = {"postgres", "redis", "web", "proxy", "worker", "worker-backlog", "beat"}


@pytest.fixture(scope="module")
def compose() -> dict[str, Any]:
    return dict(yaml.safe_load((ROOT / "docker-compose.yml").read_text()))


def test_the_compose_file_follows_the_compose_specification(compose: dict[str, Any]):
    schema = json.loads((ROOT / "deploy" / "compose-spec.json").read_text())
    validator = jsonschema.Draft201909Validator(schema)

    errors = sorted(validator.iter_errors(compose), key=lambda e: list(e.path))

    assert [f"{list(e.path)}: {e.message}" for e in errors] == []


def test_a_broken_compose_file_is_caught(compose: dict[str, Any]):
    schema = json.loads((ROOT / "deploy" / "compose-spec.json").read_text())
    broken = {**compose, "services": {**compose["services"], "web": {"restart": ["always"]}}}

    assert list(jsonschema.Draft201909Validator(schema).iter_errors(broken))


def test_every_long_running_service_restarts_and_has_a_health_check(compose: dict[str, Any]):
    services = compose["services"]
    assert set(services) >= LONG_RUNNING | {"migrate"}
    for name in LONG_RUNNING:
        assert services[name]["restart"] == "unless-stopped", name
        assert services[name]["healthcheck"]["test"], name
    assert services["migrate"]["restart"] == "no"


def test_data_lives_in_named_volumes(compose: dict[str, Any]):
    assert set(compose["volumes"]) == {"postgres-data", "redis-data"}
    assert "postgres-data:/var/lib/postgresql/data" in compose["services"]["postgres"]["volumes"]
    assert "redis-data:/data" in compose["services"]["redis"]["volumes"]
    assert "--appendonly" in compose["services"]["redis"]["command"]


def test_workers_cover_both_grading_lanes_and_beat_runs_the_sweep(compose: dict[str, Any]):
    def queues(service: str) -> set[str]:
        command = compose["services"][service]["command"]
        return set(command[command.index("-Q") + 1].split(","))

    served = queues("worker") | queues("worker-backlog")
    assert {settings.GRADING_QUEUE, settings.GRADING_BACKLOG_QUEUE, "celery"} <= served
    assert compose["services"]["worker-backlog"]["command"][:3] == ["nice", "-n", "10"]
    assert "beat" in compose["services"]["beat"]["command"]
    assert "grading-sweep" in settings.CELERY_BEAT_SCHEDULE


def test_web_runs_gunicorn_with_the_projects_config_behind_the_proxy(compose: dict[str, Any]):
    web = compose["services"]["web"]
    assert web["command"][0] == "gunicorn"
    config = web["command"][web["command"].index("-c") + 1]
    assert (ROOT / config.removeprefix("/app/")).is_file()
    assert "ports" not in web  # reached through the proxy, so it can be scaled
    assert web["environment"]["NUM_PROXIES"] == "1"
    assert re.search(r"\$\{SECRET_KEY:\?", (ROOT / "docker-compose.yml").read_text())


def test_the_proxy_limits_each_address_and_passes_it_on():
    conf = (ROOT / "deploy" / "nginx.conf").read_text()
    assert "limit_req_zone $binary_remote_addr" in conf
    assert "limit_req_status 429" in conf
    assert "proxy_set_header X-Forwarded-For $remote_addr" in conf
    assert "resolver 127.0.0.11" in conf  # re-resolves `web`, so new replicas get traffic
