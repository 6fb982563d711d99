# The small curriculum with two exercise templates on `vectors`, as the exercise tests use it,
# and a signed-in learner for the API tests.
from typing import Any

import pytest
from rest_framework.test import APIClient

from accounts.models import User
from exercises.tests.conftest import exercises_dir, loaded_exercises

__all__ = ["exercises_dir", "loaded_exercises"]


@pytest.fixture
def learner(loaded_exercises: Any) -> User:
    return User.objects.create_user("ada", "", "a-long-Unusual-passphrase-42")


@pytest.fixture
def client(learner: User) -> APIClient:
    client = APIClient()
    client.force_login(learner)
    return client
