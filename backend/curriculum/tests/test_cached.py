"""The cached curriculum graph: one build per curriculum version, fresh after every change."""

from pathlib import Path
from typing import Any

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from curriculum import cached, selectors, services
from curriculum.content import read_curriculum
from curriculum.models import Prerequisite, Topic
from learning.selectors import planner_topics

pytestmark = pytest.mark.usefixtures("loaded_small_curriculum")


def queries(read: Any) -> int:
    with CaptureQueriesContext(connection) as captured:
        read()
    return len(captured)


def test_the_graph_is_built_once_then_served_from_the_cache():
    first = selectors.curriculum_graph()

    assert queries(selectors.curriculum_graph) == 0
    assert selectors.curriculum_graph() == first
    roadmap = selectors.role_roadmap(slug="engineer")
    assert queries(lambda: selectors.role_roadmap(slug="engineer")) == 0
    assert selectors.role_roadmap(slug="engineer") == roadmap
    planner_topics()
    assert queries(planner_topics) == 0


def test_editing_a_topic_shows_on_the_next_read(django_capture_on_commit_callbacks: Any):
    assert selectors.curriculum_graph().topics["vectors"].estimated_hours == 4
    topic = Topic.objects.get(slug="vectors")
    topic.estimated_hours = 9
    with django_capture_on_commit_callbacks(execute=True):
        topic.save()

    assert selectors.curriculum_graph().topics["vectors"].estimated_hours == 9
    assert planner_topics()["vectors"].hours == 9


def test_a_removed_prerequisite_leaves_the_roadmap(django_capture_on_commit_callbacks: Any):
    before = selectors.role_roadmap(slug="scientist")
    assert {"from": "vectors", "to": "gradients"} in before.edges
    with django_capture_on_commit_callbacks(execute=True):
        Prerequisite.objects.filter(topic__slug="gradients", prerequisite__slug="vectors").delete()

    after = selectors.role_roadmap(slug="scientist")
    assert {"from": "vectors", "to": "gradients"} not in after.edges


def test_reloading_content_shows_on_the_next_read(
    curriculum_dir: Path, curriculum_data: dict[str, Any], django_capture_on_commit_callbacks: Any
):
    from conftest import write_curriculum

    assert selectors.curriculum_graph().topics["functions"].estimated_hours == 2
    curriculum_data["topics"]["calculus"][0]["hours"] = 5
    write_curriculum(curriculum_dir, curriculum_data)
    with django_capture_on_commit_callbacks(execute=True):
        services.roadmaps_load(curriculum=read_curriculum(curriculum_dir))

    assert selectors.curriculum_graph().topics["functions"].estimated_hours == 5


def test_a_cache_without_its_version_key_starts_a_new_version():
    from django.core.cache import cache

    cache.delete(cached.VERSION_KEY)
    first = cached.version()

    assert cached.version() == first
    cache.delete(cached.VERSION_KEY)
    assert cached.version() != first
