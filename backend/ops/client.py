"""A small HTTP client for the running app, as the browser uses it: a session cookie and the
CSRF token on every write. Standard library only, one instance per simulated learner."""

import http.cookiejar
import json
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from typing import Any

PASSWORD = "a-long-Unusual-passphrase-42"


@dataclass
class Reply:
    status: int
    body: bytes
    headers: dict[str, str] = field(default_factory=dict)

    def json(self) -> Any:
        return json.loads(self.body)


class ApiClient:
    def __init__(self, base_url: str, timeout: float = 30.0) -> None:
        self.base_url = base_url
        self.timeout = timeout
        self.cookies = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.cookies))
        self.username = ""

    def _csrf(self) -> str:
        token = next((c.value for c in self.cookies if c.name == "csrftoken"), None)
        if token is None:
            self.get("/api/auth/csrf/")
            token = next((c.value for c in self.cookies if c.name == "csrftoken"), "")
        return token or ""

    def request(self, method: str, path: str, data: Any = None) -> Reply:
        headers = {"Accept": "application/json"}
        body = None
        if method not in ("GET", "HEAD"):
            headers["X-CSRFToken"] = self._csrf()
            headers["Content-Type"] = "application/json"
            body = json.dumps(data if data is not None else {}).encode()
        request = urllib.request.Request(  # noqa: S310 - our own server's URL
            self.base_url + path, data=body, method=method, headers=headers
        )
        try:
            with self.opener.open(request, timeout=self.timeout) as response:
                return Reply(response.status, response.read(), dict(response.headers))
        except urllib.error.HTTPError as error:
            return Reply(error.code, error.read(), dict(error.headers))
        except (urllib.error.URLError, ConnectionError, TimeoutError) as error:
            return Reply(0, str(error).encode())

    def get(self, path: str) -> Reply:
        return self.request("GET", path)

    def post(self, path: str, data: Any = None) -> Reply:
        return self.request("POST", path, data)

    def expect(self, reply: Reply, *statuses: int) -> Any:
        if reply.status not in statuses:
            raise AssertionError(f"expected {statuses}, got {reply.status}: {reply.body[:300]!r}")
        return reply.json() if reply.body else None

    def register(self, username: str) -> None:
        self.username = username
        self.expect(
            self.post("/api/auth/register/", {"username": username, "password": PASSWORD}), 201
        )

    def login(self, username: str) -> Reply:
        self.username = username
        return self.post("/api/auth/login/", {"username": username, "password": PASSWORD})

    def new_instance(self, template: str, seed: int | None = None) -> dict[str, Any]:
        data: dict[str, Any] = {"template": template}
        if seed is not None:
            data["seed"] = seed
        return dict(self.expect(self.post("/api/exercises/instances/", data), 201))

    def submit(self, instance_id: str, answer: str) -> dict[str, Any]:
        """Send an answer, waiting politely while too many of ours are still being checked."""
        deadline = time.monotonic() + 60
        while True:
            reply = self.post(
                f"/api/exercises/instances/{instance_id}/submissions/", {"answer": answer}
            )
            if reply.status != 429 or time.monotonic() > deadline:
                return dict(self.expect(reply, 202))
            time.sleep(0.5)

    def verdict(self, submission_id: str, within: float = 60.0) -> dict[str, Any]:
        """Long-poll until the submission is graded (or failed), as the page does."""
        deadline = time.monotonic() + within
        while True:
            reply = self.get(f"/api/exercises/submissions/{submission_id}/?wait=5")
            if reply.status == 200:
                body = reply.json()
                if body["status"] in ("graded", "failed"):
                    return dict(body)
            if time.monotonic() > deadline:
                raise AssertionError(f"{submission_id} not graded within {within:.0f} s: {reply}")
