"""Simulated learners for `make loadtest` (Locust): sign in, set a plan, then study.

Each learner loops through what the app's pages do: open the roadmap, the dashboard and today's
plan, fetch an exercise for a topic of today's plan, preview an answer as they type, submit it
and wait for the verdict. The time from submit to verdict is reported as its own row
("VERDICT submit to verdict"), since the verdict wait is a long-poll, not a page load.
"""

import random
import time
from typing import Any

from locust import HttpUser, between, task

PASSWORD = "a-long-Unusual-passphrase-42"
ROLES = ["ml-engineer", "data-scientist", "dl-engineer", "researcher"]
ANSWERS = {
    "number": ["1", "2/3", "0.5", "sqrt(2)"],
    "expression": ["x + 1", "2*x", "x^2 - 1", "sin(x)"],
    "vector": ["[1, 2]", "[0, 1, 0]"],
    "matrix": ["[[1, 0], [0, 1]]"],
    "set": ["{1, 2}"],
    "tuple": ["(1, 2)"],
    "interval": ["[0, 1)"],
    "equation": ["y = 2x + 1"],
}
_next_user = iter(range(1_000_000))
_signed_in = 0
SIGN_IN = [("POST", "/api/auth/login/"), ("PUT", "/api/learning/profile/")]


class Learner(HttpUser):
    wait_time = between(2, 8)  # seconds of reading and thinking between actions

    def on_start(self) -> None:
        self.index = next(_next_user)
        self.username = f"load-{self.index % self.environment.parsed_options.learners}"
        self.role = ROLES[self.index % len(ROLES)]
        self.client.get("/api/auth/csrf/", name="/api/auth/csrf/")
        self.write("post", "/api/auth/login/", {"username": self.username, "password": PASSWORD})
        self.write("put", "/api/learning/profile/", {"role": self.role, "hours_per_day": "1.5"})
        self.topics: list[str] = []
        self.today()
        global _signed_in
        _signed_in += 1
        if _signed_in == self.environment.parsed_options.num_users:
            _start_measuring(self.environment)

    def write(self, method: str, path: str, data: Any, name: str | None = None) -> Any:
        token = self.client.cookies.get("csrftoken", "")
        return getattr(self.client, method)(
            path, json=data, headers={"X-CSRFToken": token}, name=name or path
        )

    @task(2)
    def roadmap(self) -> None:
        self.client.get(f"/api/roles/{self.role}/roadmap/", name="/api/roles/[role]/roadmap/")

    @task(2)
    def dashboard(self) -> None:
        self.client.get("/api/learning/dashboard/")

    @task(2)
    def today(self) -> None:
        response = self.client.get("/api/learning/today/")
        if response.ok:
            self.topics = [item["topic"] for item in response.json()]

    @task(5)
    def practise(self) -> None:
        topic = random.choice(self.topics) if self.topics else None  # noqa: S311
        created = self.write("post", "/api/exercises/instances/", {"topic": topic} if topic else {})
        if created.status_code != 201:
            return
        instance = created.json()
        kind = instance["kind"]
        if instance["choices"]:
            answer = random.choice(instance["choices"])["id"]  # noqa: S311
        else:
            answer = random.choice(ANSWERS.get(kind, ["1"]))  # noqa: S311
            for typed in (answer[: (len(answer) + 1) // 2], answer):  # previews while typing
                self.write(
                    "post",
                    "/api/exercises/preview/",
                    {"answer": typed, "kind": kind, "variables": instance["variables"]},
                )
        started = time.perf_counter()
        submitted = self.write(
            "post",
            f"/api/exercises/instances/{instance['id']}/submissions/",
            {"answer": answer},
            name="/api/exercises/instances/[id]/submissions/",
        )
        if submitted.status_code != 202:
            return
        submission_id = submitted.json()["id"]
        deadline = started + 60
        status = submitted.json()["status"]
        while status in ("queued", "grading") and time.perf_counter() < deadline:
            polled = self.client.get(
                f"/api/exercises/submissions/{submission_id}/?wait=5",
                name="/api/exercises/submissions/[id]/?wait (long-poll)",
            )
            status = polled.json()["status"] if polled.ok else status
        self.environment.events.request.fire(
            request_type="VERDICT",
            name="submit to verdict",
            response_time=(time.perf_counter() - started) * 1000,
            response_length=0,
            exception=None if status in ("graded", "failed") else RuntimeError(status),
            context={},
        )


def _start_measuring(environment: Any) -> None:
    """Every learner has signed in and set a plan: keep the sign-in figures (password hashing
    makes that burst CPU-bound, by design), then measure the study loop alone for --measure s."""
    import json

    import gevent

    options = environment.parsed_options
    signed_in = {}
    for method, name in SIGN_IN:
        entry = environment.stats.get(name, method)
        signed_in[f"{method} {name}"] = {
            "requests": entry.num_requests,
            "failures": entry.num_failures,
            "p50": entry.get_response_time_percentile(0.5),
            "p95": entry.get_response_time_percentile(0.95),
            "p99": entry.get_response_time_percentile(0.99),
        }
    if options.sign_in_file:
        with open(options.sign_in_file, "w") as handle:
            json.dump(signed_in, handle)
    environment.stats.reset_all()
    gevent.spawn_later(options.measure, environment.runner.quit)


def _add_arguments(parser: Any) -> None:
    parser.add_argument("--learners", type=int, default=200, help="accounts to sign in as")
    parser.add_argument("--measure", type=int, default=60, help="seconds of study measured")
    parser.add_argument("--sign-in-file", default="", help="where to write sign-in figures")


from locust import events  # noqa: E402

events.init_command_line_parser.add_listener(_add_arguments)
