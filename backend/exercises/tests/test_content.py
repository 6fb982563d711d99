from pathlib import Path
from typing import Any

import pytest

from curriculum.content import ContentErrors
from exercises.content import read_templates
from exercises.tests.conftest import vector_templates, write_templates


def errors_for(tmp_path: Path, change: Any) -> list[str]:
    templates = vector_templates()
    change(templates[0])
    folder = write_templates(tmp_path, "vectors", templates)
    with pytest.raises(ContentErrors) as caught:
        read_templates(folder, known_topics={"vectors"})
    return [str(error) for error in caught.value.errors]


def test_valid_templates_read(exercises_dir: Path):
    templates = read_templates(exercises_dir, known_topics={"vectors"})

    assert sorted(templates) == ["scale-expression", "vector-sum"]
    assert templates["vector-sum"].topic == "vectors"
    assert templates["scale-expression"].variables == {"x": (-2.0, 2.0)}
    assert templates["vector-sum"].source["slug"] == "vector-sum"


@pytest.mark.parametrize(
    ("change", "problem"),
    [
        (lambda t: t.update(kind="essay"), "unknown kind 'essay'"),
        (lambda t: t.update(generator="nope"), "unknown generator 'nope'"),
        (lambda t: t.update(prompt="Compute {{c}}."), "unknown placeholder(s) c"),
        (lambda t: t.pop("hints"), "field 'hints' must be a list of text"),
        (lambda t: t.update(difficulty=7), "field 'difficulty' must be 1, 2 or 3"),
        (lambda t: t["params"].update(a={"int": [5, 1]}), "parameter 'a': int needs [low, high]"),
        (lambda t: t.update(forms=["pretty"]), "unknown form check 'pretty'"),
        (
            lambda t: t.update(mistakes=[{"answer": "1"}]),
            "each mistake needs 'answer', 'feedback' and 'tag'",
        ),
    ],
)
def test_problems_name_file_template_and_problem(tmp_path: Path, change: Any, problem: str):
    errors = errors_for(tmp_path, change)

    assert any(
        error.startswith("exercises/vectors.yaml: template 'vector-sum': ") and problem in error
        for error in errors
    ), errors


def test_unknown_topic(tmp_path: Path):
    folder = write_templates(tmp_path, "astrology", vector_templates())

    with pytest.raises(ContentErrors) as caught:
        read_templates(folder, known_topics={"vectors"})

    assert "unknown topic 'astrology'" in str(caught.value)


def test_duplicate_slug(tmp_path: Path):
    templates = vector_templates()
    templates[1]["slug"] = "vector-sum"
    folder = write_templates(tmp_path, "vectors", templates)

    with pytest.raises(ContentErrors, match="duplicate slug 'vector-sum'"):
        read_templates(folder, known_topics={"vectors"})
