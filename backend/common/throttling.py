"""Rate limits per scope, counted in the cache (Redis in production, so every web process
shares one count). The rates live in REST_FRAMEWORK["DEFAULT_THROTTLE_RATES"], from the
environment; a throttled request gets a 429 in the API's error shape with a Retry-After header
(common.exceptions)."""

import math
from typing import Any

from django.core.exceptions import ImproperlyConfigured
from rest_framework import throttling
from rest_framework.request import Request
from rest_framework.settings import api_settings


class ScopedRateThrottle(throttling.ScopedRateThrottle):
    """DRF's scoped throttle (per learner when signed in, per client address otherwise), reading
    its rate when a request comes rather than once at import, so a changed setting (a test's
    override included) takes effect like any other."""

    def get_rate(self) -> str | None:
        rates = api_settings.DEFAULT_THROTTLE_RATES
        if self.scope not in rates:
            raise ImproperlyConfigured(f"No throttle rate is set for the scope {self.scope!r}.")
        rate = rates[self.scope]
        return None if rate is None else str(rate)


class AddressRateThrottle(ScopedRateThrottle):
    """Per client address even when signed in: for signing in and signing up, where the account
    is what is attacked and so cannot be the key. The address is REMOTE_ADDR, or the entry that
    REST_FRAMEWORK["NUM_PROXIES"] trusted proxies put in X-Forwarded-For."""

    def get_cache_key(self, request: Request, view: Any) -> str:
        return self.cache_format % {"scope": self.scope, "ident": self.get_ident(request)}


def wait_in_words(seconds: float) -> str:
    """How long to wait, as a person would say it: "40 seconds", "3 minutes", "2 hours"."""
    seconds = max(1, math.ceil(seconds))
    if seconds < 60:
        count, unit = seconds, "second"
    elif seconds < 2 * 60 * 60:
        count, unit = math.ceil(seconds / 60), "minute"
    else:
        count, unit = math.ceil(seconds / (60 * 60)), "hour"
    return f"{count} {unit}{'' if count == 1 else 's'}"
