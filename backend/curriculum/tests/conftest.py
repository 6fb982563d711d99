"""Users and clients for the curation tests: a learner, a curator and staff without the right."""

from typing import Any

import pytest
from django.contrib.auth.models import Permission
from rest_framework.test import APIClient

from accounts.models import User

PASSWORD = "a-long-Unusual-passphrase-42"


def make_curator(username: str = "cora") -> User:
    user = User.objects.create_user(username, "", PASSWORD, is_staff=True)
    user.user_permissions.add(Permission.objects.get(codename="curate"))
    return User.objects.get(pk=user.pk)  # a fresh instance: no stale permission cache


def state(snapshot: Any) -> dict[str, Any]:
    """A log entry's before/after snapshot, which must exist."""
    assert isinstance(snapshot, dict)
    return snapshot


@pytest.fixture
def learner(db: None) -> User:
    return User.objects.create_user("lea", "", PASSWORD)


@pytest.fixture
def curator(db: None) -> User:
    return make_curator()


@pytest.fixture
def learner_client(learner: User) -> APIClient:
    client = APIClient()
    client.force_login(learner)
    return client


@pytest.fixture
def curator_client(curator: User) -> APIClient:
    client = APIClient()
    client.force_login(curator)
    return client


@pytest.fixture
def staff_client(db: None) -> APIClient:
    """Staff, but without curriculum.curate."""
    client = APIClient()
    client.force_login(User.objects.create_user("stan", "", PASSWORD, is_staff=True))
    return client


@pytest.fixture
def curriculum(loaded_small_curriculum: Any) -> Any:
    return loaded_small_curriculum
