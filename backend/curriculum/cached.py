"""The curriculum graph, kept in the cache (Redis in production) between requests.

Every roadmap, plan and queue request reads the whole topic graph; it changes only when content is
loaded or curated. Entries are keyed by a curriculum version that any write to the curriculum's
tables bumps (signals below, plus an explicit bump after bulk loads, which send none), so a
curation is visible on the next request in every web process. While Redis is away every read is a
miss (common.cache) and the graph is simply rebuilt from the database.
"""

import uuid
from collections.abc import Callable
from typing import Any, TypeVar

from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save

T = TypeVar("T")
VERSION_KEY = "curriculum:version"
TTL_SECONDS = 60 * 60


def version() -> str:
    current = cache.get(VERSION_KEY)
    if current is None:
        cache.add(VERSION_KEY, uuid.uuid4().hex, None)
        current = cache.get(VERSION_KEY) or uuid.uuid4().hex
    return str(current)


def invalidate() -> None:
    """A new version once the current transaction commits: readers never cache an old graph
    under the new version."""
    transaction.on_commit(lambda: cache.set(VERSION_KEY, uuid.uuid4().hex, None))


def cached(name: str, build: Callable[[], T]) -> T:
    key = f"curriculum:{name}:{version()}"
    hit = cache.get(key)
    if hit is None:
        hit = build()
        cache.set(key, hit, TTL_SECONDS)
    return hit


def _changed(sender: Any, **kwargs: Any) -> None:
    invalidate()


def connect() -> None:
    from . import models

    for model in (
        models.Topic,
        models.Prerequisite,
        models.Role,
        models.RoleTopic,
        models.Resource,
        models.ResourceTopic,
    ):
        uid = f"curriculum.cached.{model.__name__}"
        post_save.connect(_changed, sender=model, dispatch_uid=f"{uid}.save")
        post_delete.connect(_changed, sender=model, dispatch_uid=f"{uid}.delete")
    for through in (models.RoleTopic, models.ResourceTopic):
        m2m_changed.connect(
            _changed, sender=through, dispatch_uid=f"curriculum.cached.{through.__name__}.m2m"
        )
