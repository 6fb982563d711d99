"""The whole production stack on this machine, for fault tests and the load test.

    with Stack(root) as stack:        # PostgreSQL, Redis, migrate + content, gunicorn,
        stack.url                     # Celery workers and beat, each a real process
        stack.kill_workers()          # kill -9, mid-task
        stack.restart_redis()

Its own PostgreSQL cluster (initdb in a temporary folder) and its own redis-server on free ports,
so a fault test can kill and restart them without touching the machine's shared services. The
binaries are Debian's (postgresql, redis-server), as on the CI machine; `database_url` uses an
existing PostgreSQL instead (the load test's choice, since it restarts nothing).
"""

import contextlib
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

BACKEND_DIR = Path(__file__).resolve().parent.parent
ROOT_DIR = BACKEND_DIR.parent
PG_BIN_ROOT = Path("/usr/lib/postgresql")


class StackError(RuntimeError):
    """A part of the stack could not be started (the message says which and why)."""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def worker_command(*, queues: str, concurrency: int, name: str) -> list[str]:
    """`celery worker` as the stack, the service tests and the benchmarks start it: prefork,
    no gossip or mingle (faster start, no cross-talk between test workers), warnings only."""
    return [
        sys.executable,
        "-m",
        "celery",
        "-A",
        "config",
        "worker",
        "--pool=prefork",
        f"--concurrency={concurrency}",
        "--without-gossip",
        "--without-mingle",
        "-Q",
        queues,
        "-n",
        name,
        "--loglevel=WARNING",
    ]


def wait_for(what: str, ready: Any, timeout: float = 60.0, process: Any = None) -> None:
    """Poll `ready()` until it is true; fail with `what` if it isn't within `timeout`."""
    deadline = time.monotonic() + timeout
    while not ready():
        if process is not None and process.poll() is not None:
            raise StackError(f"{what}: the process exited with code {process.returncode}")
        if time.monotonic() > deadline:
            raise StackError(f"{what} not ready within {timeout:.0f} s")
        time.sleep(0.1)


def port_open(port: int) -> bool:
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=0.5):
            return True
    except OSError:
        return False


def pg_bin(name: str) -> Path:
    versions = sorted(PG_BIN_ROOT.glob("*/bin"), key=lambda p: int(p.parent.name))
    if not versions:
        raise StackError("PostgreSQL server binaries not found under /usr/lib/postgresql")
    return versions[-1] / name


@dataclass
class Postgres:
    """A private PostgreSQL cluster; run as the `postgres` user when we are root."""

    folder: Path
    port: int = field(default_factory=free_port)
    durable: bool = False

    @property
    def data(self) -> Path:
        return self.folder / "data"

    @property
    def url(self) -> str:
        return f"postgres://postgres@127.0.0.1:{self.port}/lemma"

    def _as_owner(self, *command: str | Path) -> list[str]:
        args = [str(part) for part in command]
        return ["runuser", "-u", "postgres", "--", *args] if os.geteuid() == 0 else args

    def init(self) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        if os.geteuid() == 0:
            shutil.chown(self.folder, "postgres", "postgres")
        subprocess.run(
            self._as_owner(pg_bin("initdb"), "-D", self.data, "-A", "trust", "-U", "postgres"),
            check=True,
            capture_output=True,
        )
        self.start()
        subprocess.run(
            self._as_owner(pg_bin("createdb"), "-h", "127.0.0.1", "-p", str(self.port), "lemma"),
            check=True,
            capture_output=True,
        )

    def start(self) -> None:
        options = f"-p {self.port} -k {self.folder} -c listen_addresses=127.0.0.1 "
        options += "-c max_connections=300"
        if not self.durable:  # fault tests: speed over crash safety, the data is thrown away
            options += " -c fsync=off -c full_page_writes=off"
        pg_ctl = pg_bin("pg_ctl")
        log = self.folder / "log"
        subprocess.run(
            self._as_owner(pg_ctl, "-D", self.data, "-o", options, "-l", log, "-w", "start"),
            check=True,
            capture_output=True,
        )

    def stop(self, mode: str = "fast") -> None:
        subprocess.run(
            self._as_owner(pg_bin("pg_ctl"), "-D", self.data, "-m", mode, "-w", "stop"),
            check=False,
            capture_output=True,
        )

    def restart(self) -> None:
        self.stop()
        self.start()


@dataclass
class Redis:
    folder: Path
    port: int = field(default_factory=free_port)
    process: subprocess.Popen | None = None

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        self.process = subprocess.Popen(
            [
                shutil.which("redis-server") or "redis-server",
                "--port",
                str(self.port),
                "--bind",
                "127.0.0.1",
                "--save",
                "",
                "--appendonly",
                "no",
                "--dir",
                str(self.folder),
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        wait_for("redis-server", lambda: port_open(self.port), 20, self.process)

    def stop(self) -> None:
        if self.process and self.process.poll() is None:
            self.process.kill()
            self.process.wait(timeout=10)

    def restart(self) -> None:
        """A crash and restart: everything Redis held (queued messages) is gone."""
        self.stop()
        self.start()


@dataclass
class Stack:
    """PostgreSQL + Redis + gunicorn + Celery workers + beat, each a real process."""

    root: Path | None = None
    database_url: str | None = None
    web_processes: int = 3
    web_threads: int = 6
    workers: int = 1
    worker_concurrency: int = 1
    backlog_workers: int = 1
    env: dict[str, str] = field(default_factory=dict)
    beat: bool = True
    durable: bool = False

    def __post_init__(self) -> None:
        self._tmp = None
        if self.root is None:
            self._tmp = tempfile.mkdtemp(prefix="lemma-stack-")
            os.chmod(self._tmp, 0o755)
            self.root = Path(self._tmp)
        self.postgres = (
            None if self.database_url else Postgres(self.root / "pg", durable=self.durable)
        )
        self.redis = Redis(self.root / "redis")
        self.port = free_port()
        self.web: subprocess.Popen | None = None
        self.worker_processes: list[subprocess.Popen] = []
        self.beat_process: subprocess.Popen | None = None
        self._logs: list[IO[Any]] = []

    # --- life cycle ---------------------------------------------------------------------------

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def db_url(self) -> str:
        return self.database_url or (self.postgres.url if self.postgres else "")

    def process_env(self, **extra: str) -> dict[str, str]:
        env = {
            key: value
            for key, value in os.environ.items()
            if not key.startswith(("PYTEST", "LEMMA_SERVICE"))
        }
        env.update(
            DJANGO_SETTINGS_MODULE="config.settings",
            DATABASE_URL=self.db_url,
            REDIS_URL=self.redis.url,
            DEBUG="false",
            SECRET_KEY="stack-only-" + "k" * 50,
            ALLOWED_HOSTS="127.0.0.1,localhost",
            SECURE_SSL_REDIRECT="false",
            SECURE_COOKIES="false",
            CSRF_TRUSTED_ORIGINS=self.url,
            LOG_LEVEL=env.get("STACK_LOG_LEVEL", "WARNING"),
            PYTHONPATH=str(BACKEND_DIR),
        )
        env.update(self.env)
        env.update(extra)
        return env

    def _output(self, name: str) -> IO[Any]:
        assert self.root is not None
        handle = open(self.root / f"{name}.log", "ab")  # noqa: SIM115 - closed in stop()
        self._logs.append(handle)
        return handle

    def manage(self, *args: str) -> None:
        result = subprocess.run(
            [sys.executable, str(ROOT_DIR / "manage.py"), *args],
            env=self.process_env(),
            cwd=ROOT_DIR,
            capture_output=True,
            text=True,
        )
        if result.returncode != 0:
            raise StackError(f"manage.py {' '.join(args)} failed:\n{result.stderr[-3000:]}")

    def start(self) -> "Stack":
        try:
            if self.postgres:
                self.postgres.init()
            self.redis.start()
            self.manage("migrate", "--no-input", "-v", "0")
            self.manage("load_roadmaps", "-v", "0")
            self.start_web()
            for _ in range(self.workers):
                self.start_worker()
            for _ in range(self.backlog_workers):
                self.start_worker(backlog=True)
            if self.beat:
                self.start_beat()
        except BaseException:
            self.stop()
            raise
        return self

    def start_web(self) -> None:
        self.web = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "gunicorn",
                "-c",
                str(BACKEND_DIR / "config" / "gunicorn.conf.py"),
                "config.wsgi",
            ],
            cwd=BACKEND_DIR,
            env=self.process_env(
                BIND=f"127.0.0.1:{self.port}",
                WEB_PROCESSES=str(self.web_processes),
                WEB_THREADS=str(self.web_threads),
            ),
            stdout=self._output("web"),
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        wait_for("gunicorn", lambda: self._answers("/api/ping/"), 60, self.web)

    def start_worker(self, backlog: bool = False, **env: str) -> subprocess.Popen:
        """A Celery worker on the fast lane (and the other tasks), or on the backlog lane at a
        lower CPU priority (nice 10), as docker-compose.yml runs them."""
        lane = "backlog" if backlog else "fast"
        name = f"{lane}{len(self.worker_processes)}-{os.getpid()}-{free_port()}@%h"
        queue = "grading-backlog" if backlog else "celery"
        command = worker_command(
            queues=queue, concurrency=1 if backlog else self.worker_concurrency, name=name
        )
        process = subprocess.Popen(
            [*(["nice", "-n", "10"] if backlog else []), *command],
            cwd=BACKEND_DIR,
            env=self.process_env(**env),
            stdout=self._output("worker"),
            stderr=subprocess.STDOUT,
            start_new_session=True,  # its own process group: kill -9 takes the pool children too
        )
        self.worker_processes.append(process)
        wait_for("celery worker", lambda: self._worker_ready(process), 90, process)
        return process

    def start_beat(self) -> None:
        assert self.root is not None
        self.beat_process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "celery",
                "-A",
                "config",
                "beat",
                "--loglevel=WARNING",
                "--schedule",
                str(self.root / "celerybeat-schedule"),
            ],
            cwd=BACKEND_DIR,
            env=self.process_env(),
            stdout=self._output("beat"),
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )

    def _answers(self, path: str) -> bool:
        try:
            with urllib.request.urlopen(self.url + path, timeout=2) as response:  # noqa: S310
                return bool(response.status == 200)
        except OSError:
            return False

    def _worker_ready(self, process: subprocess.Popen) -> bool:
        """The worker has connected and answers: /healthz counts it."""
        try:
            _, body = self.healthz()
        except (OSError, ValueError):
            return False
        detail = body.get("checks", {}).get("worker", {}).get("detail", "")
        alive = sum(1 for p in self.worker_processes if p.poll() is None)
        return bool(detail == f"{alive} answered")

    def healthz(self) -> tuple[int, dict[str, Any]]:
        import json
        import urllib.error

        try:
            with urllib.request.urlopen(self.url + "/healthz", timeout=10) as response:  # noqa: S310
                return response.status, json.load(response)
        except urllib.error.HTTPError as error:
            return error.code, json.load(error)

    # --- faults -------------------------------------------------------------------------------

    def kill_workers(self) -> None:
        """kill -9 every worker process group: the main process and its pool children."""
        for process in self.worker_processes:
            if process.poll() is None:
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(process.pid, signal.SIGKILL)
                process.wait(timeout=10)
        self.worker_processes = []

    def restart_redis(self) -> None:
        self.redis.restart()

    def restart_postgres(self) -> None:
        if self.postgres is None:
            raise StackError("restart_postgres needs the stack's own PostgreSQL")
        self.postgres.restart()

    def stop(self) -> None:
        for process in [self.web, self.beat_process, *self.worker_processes]:
            if process is not None and process.poll() is None:
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(process.pid, signal.SIGTERM)
                try:
                    process.wait(timeout=20)
                except subprocess.TimeoutExpired:
                    os.killpg(process.pid, signal.SIGKILL)
                    process.wait(timeout=10)
        self.redis.stop()
        if self.postgres:
            self.postgres.stop("immediate")
        for handle in self._logs:
            handle.close()
        if self._tmp:
            shutil.rmtree(self._tmp, ignore_errors=True)

    def logs(self, name: str, tail: int = 20_000) -> str:
        """The last `tail` characters a process wrote (worker, beat, web)."""
        assert self.root is not None
        path = self.root / f"{name}.log"
        return path.read_text(errors="replace")[-tail:] if path.exists() else ""

    def __enter__(self) -> "Stack":
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()
