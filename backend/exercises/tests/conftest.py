from pathlib import Path
from typing import Any

import pytest
import yaml


def vector_templates() -> list[dict[str, Any]]:
    """Two small templates on the `vectors` topic of the test curriculum."""
    return [
        {
            "slug": "vector-sum",
            "title": "Add two numbers",
            "difficulty": 1,
            "kind": "number",
            "params": {"a": {"int": [1, 9]}, "b": {"int": [-9, 9], "exclude": [0]}},
            "derived": {"total": "{{a}} + {{b}}", "product": "{{a}} * {{b}}"},
            "avoid": ["{{total}} - {{product}}"],
            "prompt": "Compute ${{a}} + {{b}}$.",
            "answer": "{{total}}",
            "hints": ["Add them.", "The first is ${{a}}$."],
            "solution": "${{a}} + {{b}} = {{total}}$",
            "mistakes": [
                {"answer": "{{product}}", "feedback": "You multiplied.", "tag": "times-not-plus"}
            ],
            "tests": {"pass": ["{{total}}", "{{a}}+{{b}}"], "fail": ["{{total}} + 1"]},
        },
        {
            "slug": "scale-expression",
            "title": "Scale an expression",
            "difficulty": 2,
            "kind": "expression",
            "params": {"k": {"int": [2, 5]}},
            "variables": {"x": [-2, 2]},
            "prompt": "Multiply $x + 1$ by ${{k}}$.",
            "answer": "{{k}}*(x + 1)",
            "hints": ["Distribute."],
            "solution": "${{k}}x + {{k}}$",
            "mistakes": [
                {
                    "answer": "{{k}}*x + 1",
                    "feedback": "Multiply the 1 too.",
                    "tag": "partial-distribution",
                }
            ],
            "tests": {"pass": ["{{k}}x + {{k}}"], "fail": ["{{k}}x + 1"]},
        },
    ]


def write_templates(root: Path, topic: str, templates: list[dict[str, Any]]) -> Path:
    folder = root / "exercises"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{topic}.yaml").write_text(yaml.safe_dump(templates, sort_keys=False))
    return folder


@pytest.fixture
def exercises_dir(curriculum_dir: Path) -> Path:
    return write_templates(curriculum_dir, "vectors", vector_templates())


@pytest.fixture
def loaded_exercises(db: None, exercises_dir: Path) -> Path:
    from curriculum import services
    from curriculum.content import read_curriculum
    from exercises import services as exercise_services
    from exercises.content import read_templates

    root = exercises_dir.parent
    curriculum = read_curriculum(root)
    services.roadmaps_load(curriculum=curriculum)
    exercise_services.templates_load(
        templates=read_templates(exercises_dir, set(curriculum.topics))
    )
    return exercises_dir
