"""Grade in a bounded child process when there is no Celery worker (the embedded default).

A pathological answer can use at most the child's memory limit and the time limit; then the
child is killed and replaced, and the web process carries on.
"""

import atexit
import multiprocessing
import resource
import threading
from multiprocessing.pool import Pool
from typing import Any

MEMORY_LIMIT_BYTES = 1024 * 1024 * 1024
CPU_LIMIT_SECONDS = 300
TASKS_PER_CHILD = 200

_lock = threading.Lock()
_pool: Pool | None = None


class GradingTimeout(Exception):
    pass


def apply_process_limits() -> None:
    """Cap the address space and CPU time of the current process (Linux rlimits)."""
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT_BYTES, MEMORY_LIMIT_BYTES))
    _soft, hard = resource.getrlimit(resource.RLIMIT_CPU)
    limit = CPU_LIMIT_SECONDS if hard == resource.RLIM_INFINITY else min(hard, CPU_LIMIT_SECONDS)
    resource.setrlimit(resource.RLIMIT_CPU, (limit, hard))


def _get_pool() -> Pool:
    global _pool
    if _pool is None:
        context = multiprocessing.get_context("spawn")
        _pool = context.Pool(1, initializer=apply_process_limits, maxtasksperchild=TASKS_PER_CHILD)
        atexit.register(_discard_pool)
    return _pool


def _discard_pool() -> None:
    global _pool
    if _pool is not None:
        _pool.terminate()
        _pool.join()
        _pool = None


def run_bounded(function: Any, *args: Any, timeout: float) -> Any:
    """Run `function(*args)` in the bounded child; raise GradingTimeout if it takes too long.

    The function must be importable (module level) and its arguments picklable.
    """
    with _lock:
        pool = _get_pool()
        result = pool.apply_async(function, args)
        try:
            return result.get(timeout=timeout)
        except multiprocessing.TimeoutError as exc:
            _discard_pool()
            raise GradingTimeout(f"grading took longer than {timeout:g} s") from exc
        except Exception:
            # The child died (memory limit) or raised: start a fresh one next time.
            _discard_pool()
            raise
