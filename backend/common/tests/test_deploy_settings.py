"""The production settings as an operator would start them: from the environment alone."""

import os
import secrets
import subprocess
import sys
from pathlib import Path

from django.conf import settings


def manage(*args: str, tmp_path: Path, **env: str) -> subprocess.CompletedProcess[str]:
    """manage.py in a fresh process with only the given environment (plus PATH and HOME)."""
    base = {name: os.environ[name] for name in ("PATH", "HOME") if name in os.environ}
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=settings.BASE_DIR,
        env={
            **base,
            "DJANGO_SETTINGS_MODULE": "config.settings",
            "DATABASE_URL": f"sqlite:///{tmp_path / 'deploy.sqlite3'}",
            **env,
        },
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_check_deploy_finds_nothing_to_fix_in_production_settings(tmp_path: Path):
    result = manage(
        "check",
        "--deploy",
        tmp_path=tmp_path,
        DEBUG="false",
        SECRET_KEY=secrets.token_urlsafe(64),
        ALLOWED_HOSTS="lemma.example",
    )

    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    assert "System check identified no issues" in output
    assert "WARNINGS" not in output


def test_production_refuses_to_start_without_a_secret_key(tmp_path: Path):
    result = manage("check", tmp_path=tmp_path, DEBUG="false", ALLOWED_HOSTS="lemma.example")

    assert result.returncode != 0
    assert "SECRET_KEY must be set when DEBUG is off" in result.stderr


def test_a_malformed_throttle_rate_stops_the_start(tmp_path: Path):
    result = manage("check", tmp_path=tmp_path, THROTTLE_LOGIN="lots")

    assert result.returncode != 0
    assert "THROTTLE_LOGIN must be a rate such as 30/min or 10/hour, not 'lots'" in result.stderr
