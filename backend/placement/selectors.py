import uuid

from accounts.models import User
from curriculum.models import Topic

from .models import Assessment


def placement_latest(*, user: User) -> Assessment | None:
    return (
        Assessment.objects.filter(user=user, kind=Assessment.Kind.PLACEMENT)
        .order_by("-created_at")
        .first()
    )


def assessment_get(*, user: User, pk: uuid.UUID) -> Assessment | None:
    return (
        Assessment.objects.filter(user=user, pk=pk)
        .select_related("topic")
        .prefetch_related("questions__topic")
        .first()
    )


def titles(slugs: list[str]) -> dict[str, str]:
    return dict(Topic.objects.filter(slug__in=slugs).values_list("slug", "title"))
