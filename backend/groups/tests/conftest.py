"""A private study group on the small curriculum's `scientist` goal, with one user per actor of
the permission matrix, and helpers to record progress and study time."""

from dataclasses import dataclass
from datetime import date, datetime

import pytest
from django.utils import timezone
from rest_framework.test import APIClient

from accounts.models import User
from curriculum.models import Topic
from groups import services
from groups.models import Membership, StudyGroup
from learning.models import LevelChange, TimeEntry, TopicProgress

ACTORS = ["anonymous", "outsider", "member", "admin", "owner"]


@dataclass
class Cast:
    group: StudyGroup
    owner: User
    admin: User
    member: User
    target: User  # a second plain member: removed, promoted, asks the question
    outsider: User

    def user(self, actor: str) -> User | None:
        return None if actor == "anonymous" else getattr(self, actor)


def make_user(name: str) -> User:
    return User.objects.create_user(name, "", "a-long-Unusual-passphrase-42")


def add_member(
    group: StudyGroup, user: User, role: str = Membership.Role.MEMBER, **kw
) -> Membership:
    return Membership.objects.create(
        user=user, group=group, role=role, joined_at=kw.pop("joined_at", timezone.now()), **kw
    )


def membership(group: StudyGroup, user: User) -> Membership:
    return Membership.objects.select_related("group", "user").get(group=group, user=user)


def client_for(user: User | None) -> APIClient:
    client = APIClient()
    if user is not None:
        client.force_login(user)
    return client


def record_level(user: User, slug: str, level: str, at: datetime | None = None) -> TopicProgress:
    """Set a topic's level, with the history row a real level change leaves."""
    progress, _ = TopicProgress.objects.update_or_create(
        user=user,
        topic=Topic.objects.get(slug=slug),
        defaults={"level": level, "p_known": 0.97 if level == "mastered" else 0.5},
    )
    LevelChange.objects.create(
        progress=progress,
        at=at or timezone.now(),
        from_level="practised",
        to_level=level,
        p_known=progress.p_known,
        reason="test",
    )
    return progress


def record_minutes(user: User, day: date, minutes: float) -> None:
    TimeEntry.objects.create(user=user, day=day, minutes=minutes, source=TimeEntry.Source.MANUAL)


@pytest.fixture
def cast(loaded_small_curriculum: object) -> Cast:
    owner = make_user("olga")
    group = services.group_create(
        user=owner,
        data=services.GroupInput(name="Secret circle", description="Quiet study", goal="scientist"),
    )
    cast = Cast(
        group=group,
        owner=owner,
        admin=make_user("adam"),
        member=make_user("mia"),
        target=make_user("tom"),
        outsider=make_user("otto"),
    )
    add_member(group, cast.admin, Membership.Role.ADMIN)
    add_member(group, cast.member)
    add_member(group, cast.target)
    return cast
