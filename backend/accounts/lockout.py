"""Lock a username after repeated failed sign-ins, so a password cannot be guessed slowly from
many addresses (the per-address throttle stops fast guessing from one).

LOGIN_LOCKOUT_FAILURES failures for one username within LOGIN_LOCKOUT_MINUTES of the first
lock it for LOGIN_LOCKOUT_MINUTES; while locked even the right password is refused. A successful
sign-in clears the count. Unknown usernames are counted exactly like real ones, so the answers
never tell whether an account exists. The counts live in the Django cache: Redis in production,
shared by every web process.
"""

import hashlib
import math
import time

from django.conf import settings
from django.core.cache import cache


def _key(kind: str, username: str) -> str:
    # Hashed: usernames may hold characters a cache key should not, and "Ada" is "ada".
    digest = hashlib.sha256(username.casefold().encode()).hexdigest()
    return f"login-{kind}:{digest}"


def _lock_seconds() -> int:
    return settings.LOGIN_LOCKOUT_MINUTES * 60


def login_lock_remaining(*, username: str) -> int:
    """Seconds until this username may sign in again; 0 when it is not locked."""
    until = cache.get(_key("locked", username))
    if until is None:
        return 0
    return max(0, math.ceil(until - time.time()))


def login_failure_record(*, username: str) -> int:
    """Count a failed sign-in. Returns the seconds of the lock it started, or 0."""
    failures_key = _key("failures", username)
    cache.add(failures_key, 0, timeout=_lock_seconds())
    try:
        failures = cache.incr(failures_key)
    except ValueError:  # the window ran out between add() and incr()
        cache.set(failures_key, 1, timeout=_lock_seconds())
        failures = 1
    if failures < settings.LOGIN_LOCKOUT_FAILURES:
        return 0
    cache.set(_key("locked", username), time.time() + _lock_seconds(), timeout=_lock_seconds())
    cache.delete(failures_key)
    return _lock_seconds()


def login_failures_clear(*, username: str) -> None:
    cache.delete(_key("failures", username))
