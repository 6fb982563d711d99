"""Validation of roadmaps/: every problem names the file, the entry and what is wrong."""

from pathlib import Path
from typing import Any

import pytest

from conftest import small_curriculum, write_curriculum
from curriculum.content import ContentErrors, read_curriculum


def errors_for(tmp_path: Path, data: dict[str, Any]) -> list[str]:
    with pytest.raises(ContentErrors) as caught:
        read_curriculum(write_curriculum(tmp_path / "roadmaps", data))
    return [str(error) for error in caught.value.errors]


def test_a_valid_curriculum_reads_completely(curriculum_dir: Path):
    curriculum = read_curriculum(curriculum_dir)

    assert sorted(curriculum.topics) == [
        "derivatives",
        "functions",
        "gradients",
        "matrices",
        "vectors",
    ]
    assert curriculum.topics["gradients"].area == "calculus"
    assert curriculum.topics["gradients"].prerequisites == ("derivatives", "vectors")
    assert curriculum.roles["engineer"].goals == {"matrices": "core", "gradients": "optional"}
    assert curriculum.roles["scientist"].longer_than_plan is True
    assert curriculum.resources["paid-book"].topics[0].section == "Ch. 3"


def test_unknown_prerequisite(tmp_path: Path):
    data = small_curriculum()
    data["topics"]["calculus"][1]["prerequisites"] = ["functions", "limits"]

    assert errors_for(tmp_path, data) == [
        "roadmaps/topics/calculus.yaml: topic 'derivatives': unknown prerequisite 'limits'"
    ]


def test_cycle_is_printed(tmp_path: Path):
    data = small_curriculum()
    data["topics"]["linear-algebra"][0]["prerequisites"] = ["gradients"]

    (error,) = errors_for(tmp_path, data)

    assert "prerequisites form a cycle" in error
    assert (
        "gradients -> vectors -> gradients" in error or "vectors -> gradients -> vectors" in error
    )


def test_duplicate_slug_across_files(tmp_path: Path):
    data = small_curriculum()
    data["topics"]["calculus"].append(dict(data["topics"]["linear-algebra"][0]))

    (error,) = errors_for(tmp_path, data)

    assert error == (
        "roadmaps/topics/linear-algebra.yaml: topic 'vectors': duplicate slug: 'vectors' is "
        "already defined in roadmaps/topics/calculus.yaml"
    )


def test_missing_fields_are_each_named(tmp_path: Path):
    data = small_curriculum()
    del data["topics"]["calculus"][0]["explanation"]
    del data["topics"]["calculus"][0]["hours"]

    assert errors_for(tmp_path, data) == [
        "roadmaps/topics/calculus.yaml: topic 'functions': missing field 'hours'",
        "roadmaps/topics/calculus.yaml: topic 'functions': missing field 'explanation'",
    ]


def test_malformed_url(tmp_path: Path):
    data = small_curriculum()
    data["resources"][1]["url"] = "example.org/book"

    (error,) = errors_for(tmp_path, data)

    assert error.startswith("roadmaps/resources.yaml: resource 'paid-book': malformed URL")


def test_role_naming_an_unknown_topic(tmp_path: Path):
    data = small_curriculum()
    data["roles"]["engineer"]["topics"]["core"].append("tensors")

    assert errors_for(tmp_path, data) == [
        "roadmaps/roles/engineer.yaml: role 'engineer': names unknown topic 'tensors' (core)"
    ]


def test_topic_listed_at_two_levels(tmp_path: Path):
    data = small_curriculum()
    data["roles"]["engineer"]["topics"]["optional"].append("matrices")

    (error,) = errors_for(tmp_path, data)

    assert "topic 'matrices' is listed as core and optional" in error


def test_every_topic_needs_a_free_resource(tmp_path: Path):
    data = small_curriculum()
    data["resources"][0]["topics"] = [
        t for t in data["resources"][0]["topics"] if t["topic"] != "gradients"
    ]

    assert errors_for(tmp_path, data) == [
        "roadmaps/topics/calculus.yaml: topic 'gradients': has no free resource"
    ]


def test_unknown_area_file_and_bad_kind(tmp_path: Path):
    data = small_curriculum()
    data["topics"]["astrology"] = []
    data["resources"][0]["kind"] = "podcast"

    errors = errors_for(tmp_path, data)

    assert any(e.startswith("roadmaps/topics/astrology.yaml: file: unknown area") for e in errors)
    assert any("resource 'free-notes': unknown kind 'podcast'" in e for e in errors)


def test_invalid_yaml_names_the_line(tmp_path: Path):
    root = write_curriculum(tmp_path / "roadmaps", small_curriculum())
    (root / "topics" / "calculus.yaml").write_text("- slug: a\n  title: [unclosed\n")

    with pytest.raises(ContentErrors) as caught:
        read_curriculum(root)

    assert any(
        str(e).startswith("roadmaps/topics/calculus.yaml: line ") and "not valid YAML" in str(e)
        for e in caught.value.errors
    )


def test_hours_must_be_a_positive_number(tmp_path: Path):
    data = small_curriculum()
    data["topics"]["calculus"][0]["hours"] = "lots"

    (error,) = errors_for(tmp_path, data)

    assert error.endswith("field 'hours' must be a number above 0 and at most 200")


def test_roles_take_their_position_from_the_file(tmp_path: Path):
    data = small_curriculum()
    data["roles"]["scientist"]["position"] = 0
    data["roles"]["engineer"]["position"] = 5

    curriculum = read_curriculum(write_curriculum(tmp_path / "roadmaps", data))

    assert sorted(curriculum.roles, key=lambda s: curriculum.roles[s].position) == [
        "scientist",
        "engineer",
    ]
    data["roles"]["engineer"]["position"] = "first"
    assert errors_for(tmp_path / "bad", data) == [
        "roadmaps/roles/engineer.yaml: role 'engineer': field 'position' must be a whole number "
        "from 0 to 999"
    ]


def test_resources_take_an_optional_language_and_minutes(tmp_path: Path):
    data = small_curriculum()
    data["resources"][1].update(language="pt-BR", minutes=90)

    resources = read_curriculum(write_curriculum(tmp_path / "roadmaps", data)).resources

    assert (resources["paid-book"].language, resources["paid-book"].minutes) == ("pt-BR", 90)
    assert (resources["free-notes"].language, resources["free-notes"].minutes) == ("en", None)


@pytest.mark.parametrize(
    ("field", "value", "problem"),
    [
        ("language", "English", "field 'language' must be a language tag such as en"),
        ("language", "pt-BR-x-a-very-long", "field 'language' must be a language tag such as en"),
        ("language", 7, "field 'language' must be a language tag such as en"),
        ("minutes", 0, "field 'minutes' must be a whole number from 1 to 100000"),
        ("minutes", 100_001, "field 'minutes' must be a whole number from 1 to 100000"),
        ("minutes", 1.5, "field 'minutes' must be a whole number from 1 to 100000"),
        ("minutes", True, "field 'minutes' must be a whole number from 1 to 100000"),
        ("minute", 90, "unknown field(s) minute; use slug, title, authors"),
    ],
)
def test_bad_resource_language_minutes_or_unknown_field(
    tmp_path: Path, field: str, value: Any, problem: str
):
    data = small_curriculum()
    data["resources"][1][field] = value

    (error,) = errors_for(tmp_path, data)

    assert error.startswith(f"roadmaps/resources.yaml: resource 'paid-book': {problem}")
