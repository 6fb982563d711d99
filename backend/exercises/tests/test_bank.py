"""The mathematics of the real exercise bank in roadmaps/exercises/: for many seeds of every
template, the worked solution ends on the template's answer, and no instance is degenerate (an
undefined answer, a probability outside [0, 1], parameters that can't be drawn).

`check_exercises` runs every check on a sample of seeds; this test runs these checks on a
different, fixed range of seeds. Both run in `make test`."""

from pathlib import Path

import pytest
from django.conf import settings
from rest_framework.test import APIClient

from accounts.models import User
from curriculum import services
from curriculum.content import read_curriculum
from curriculum.graph import role_levels
from exercises import services as exercise_services
from exercises.checking import soundness_problems
from exercises.content import read_templates

pytestmark = pytest.mark.bank

SEEDS = range(5000, 5020)
EXERCISES = Path(settings.ROADMAPS_DIR) / "exercises"


def topics() -> list[str]:
    return sorted(path.stem for path in EXERCISES.glob("*.yaml"))


@pytest.fixture(scope="module")
def bank() -> dict:
    known = set(read_curriculum(Path(settings.ROADMAPS_DIR)).topics)
    return read_templates(EXERCISES, known_topics=known)


@pytest.mark.parametrize("topic", topics())
def test_solutions_end_on_the_answer_and_instances_are_sound(bank: dict, topic: str):
    templates = [template for template in bank.values() if template.topic == topic]
    problems = [
        problem for template in templates for problem in soundness_problems(template, SEEDS)
    ]

    assert templates
    assert problems == []


@pytest.mark.django_db
def test_every_topic_of_every_role_can_be_practised(bank: dict):
    """Each topic a role needs serves an exercise through the API the practice page uses."""
    curriculum = read_curriculum(Path(settings.ROADMAPS_DIR))
    services.roadmaps_load(curriculum=curriculum)
    exercise_services.templates_load(templates=bank)
    api_client = APIClient()
    api_client.force_login(User.objects.create_user("ada", "", "a-long-Unusual-passphrase-42"))
    needed = {
        slug
        for role in curriculum.roles.values()
        for slug in role_levels(role.goals, curriculum.prerequisites())
    }

    served = {}
    for topic in sorted(needed):
        response = api_client.post("/api/exercises/instances/", {"topic": topic}, format="json")
        assert response.status_code == 201, (topic, response.json())
        served[topic] = response.json()["prompt"]

    assert len(served) == len(needed) >= 100
    assert all(served.values())
