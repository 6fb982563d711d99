"""Idempotent loading of content keyed by slug: create, update in place, or retire."""

from typing import Any

from django.db import models
from django.utils import timezone


def upsert_by_slug(model: type[models.Model], slug: str, values: dict[str, Any]) -> tuple[Any, str]:
    """Create or update one row by slug; revive it if it was retired. Returns (row, outcome)."""
    row = model._default_manager.filter(slug=slug).first()
    if row is None:
        return model._default_manager.create(slug=slug, **values), "created"
    changed = [name for name, value in values.items() if getattr(row, name) != value]
    if row.retired_at is not None:  # type: ignore[attr-defined]
        row.retired_at = None  # type: ignore[attr-defined]
        changed.append("retired_at")
    if not changed:
        return row, "unchanged"
    for name in changed:
        if name != "retired_at":
            setattr(row, name, values[name])
    row.save(update_fields=[*changed, "updated_at"])
    return row, "updated"


def retire_missing(model: type[models.Model], keep: set[str]) -> int:
    """Retire every active row whose slug is not in `keep`; returns how many were retired."""
    now = timezone.now()
    missing = model._default_manager.filter(retired_at__isnull=True).exclude(slug__in=keep)
    return missing.update(retired_at=now, updated_at=now)
