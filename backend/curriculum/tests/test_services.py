"""Loading roadmaps/ is idempotent, keyed by slug, and never deletes learner-facing rows."""

from io import StringIO
from pathlib import Path
from typing import Any

import pytest
from django.core.management import CommandError, call_command

from conftest import write_curriculum
from curriculum.models import Prerequisite, Resource, Role, RoleTopic, Topic

pytestmark = pytest.mark.django_db


def load(path: Path, *args: str) -> str:
    out = StringIO()
    call_command("load_roadmaps", "--path", str(path), *args, stdout=out, stderr=StringIO())
    return out.getvalue()


def test_first_load_creates_everything(curriculum_dir: Path):
    output = load(curriculum_dir)

    assert "topics: 5 created, 0 updated, 0 unchanged, 0 retired" in output
    assert "roles: 2 created, 0 updated, 0 unchanged, 0 retired" in output
    assert "resources: 2 created, 0 updated, 0 unchanged, 0 retired" in output
    gradients = Topic.objects.get(slug="gradients")
    assert sorted(gradients.prerequisite_links.values_list("prerequisite__slug", flat=True)) == [
        "derivatives",
        "vectors",
    ]
    assert RoleTopic.objects.get(role__slug="engineer", topic__slug="gradients").level == "optional"


def test_second_load_changes_nothing(curriculum_dir: Path):
    load(curriculum_dir)
    before = list(Topic.objects.values_list("slug", "updated_at").order_by("slug"))

    output = load(curriculum_dir)

    assert "topics: 0 created, 0 updated, 5 unchanged, 0 retired" in output
    assert "roles: 0 created, 0 updated, 2 unchanged, 0 retired" in output
    assert "resources: 0 created, 0 updated, 2 unchanged, 0 retired" in output
    assert list(Topic.objects.values_list("slug", "updated_at").order_by("slug")) == before


def test_edits_are_updates_in_place(tmp_path: Path, curriculum_data: dict[str, Any]):
    root = write_curriculum(tmp_path / "roadmaps", curriculum_data)
    load(root)
    vectors_id = Topic.objects.get(slug="vectors").pk
    curriculum_data["topics"]["linear-algebra"][0]["title"] = "Vectors, revised"
    curriculum_data["topics"]["calculus"][2]["prerequisites"] = ["derivatives"]  # gradients
    curriculum_data["resources"][1]["topics"][0]["section"] = "Ch. 4"
    write_curriculum(root, curriculum_data)

    output = load(root)

    assert "topics: 0 created, 2 updated, 3 unchanged, 0 retired" in output
    assert "resources: 0 created, 1 updated, 1 unchanged, 0 retired" in output
    vectors = Topic.objects.get(slug="vectors")
    assert (vectors.pk, vectors.title) == (vectors_id, "Vectors, revised")
    assert not Prerequisite.objects.filter(topic__slug="gradients", prerequisite__slug="vectors")
    assert Resource.objects.get(slug="paid-book").topic_links.get().section == "Ch. 4"


def test_a_removed_topic_is_retired_not_deleted(tmp_path: Path, curriculum_data: dict[str, Any]):
    root = write_curriculum(tmp_path / "roadmaps", curriculum_data)
    load(root)
    gradients_id = Topic.objects.get(slug="gradients").pk
    curriculum_data["topics"]["calculus"].pop()  # gradients
    curriculum_data["roles"]["engineer"]["topics"] = {"core": ["matrices"]}
    curriculum_data["roles"]["scientist"]["topics"] = {"core": ["derivatives"]}
    for resource in curriculum_data["resources"]:
        resource["topics"] = [t for t in resource["topics"] if t["topic"] != "gradients"]
    curriculum_data["resources"][1]["topics"] = [{"topic": "vectors"}]
    (root / "topics" / "calculus.yaml").unlink()
    write_curriculum(root, curriculum_data)

    output = load(root)

    assert "topics: 0 created, 0 updated, 4 unchanged, 1 retired" in output
    gradients = Topic.objects.get(pk=gradients_id)
    assert gradients.retired_at is not None
    assert not Topic.objects.active().filter(slug="gradients").exists()

    # bringing it back revives the same row
    curriculum_data["topics"]["calculus"].append(
        {**curriculum_data["topics"]["calculus"][1], "slug": "gradients", "title": "Gradients"}
    )
    curriculum_data["resources"][0]["topics"].append({"topic": "gradients"})
    write_curriculum(root, curriculum_data)
    output = load(root)
    assert "topics: 0 created, 1 updated, 4 unchanged, 0 retired" in output
    assert Topic.objects.active().get(slug="gradients").pk == gradients_id


def test_a_removed_role_is_retired(tmp_path: Path, curriculum_data: dict[str, Any]):
    root = write_curriculum(tmp_path / "roadmaps", curriculum_data)
    load(root)
    (root / "roles" / "scientist.yaml").unlink()

    output = load(root)

    assert "roles: 0 created, 0 updated, 1 unchanged, 1 retired" in output
    assert Role.objects.get(slug="scientist").retired_at is not None


def test_check_validates_without_writing(curriculum_dir: Path):
    output = load(curriculum_dir, "--check")

    assert "OK: 5 topics, 2 roles, 2 resources, 0 exercise templates are valid." in output
    assert not Topic.objects.exists()


def test_bad_content_fails_naming_each_problem_and_writes_nothing(
    tmp_path: Path, curriculum_data: dict[str, Any]
):
    curriculum_data["topics"]["calculus"][1]["prerequisites"] = ["limits"]
    root = write_curriculum(tmp_path / "roadmaps", curriculum_data)
    errors = StringIO()

    with pytest.raises(CommandError, match=r"1 problem\(s\)"):
        call_command("load_roadmaps", "--path", str(root), stdout=StringIO(), stderr=errors)

    assert "topics/calculus.yaml: topic 'derivatives': unknown prerequisite 'limits'" in (
        errors.getvalue()
    )
    assert not Topic.objects.exists()
