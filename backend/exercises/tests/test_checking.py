"""The template self-checks: the worked solution's final answer, bounds, distinct instances,
and the coverage report of check_exercises."""

import io
from pathlib import Path
from typing import Any

import pytest
import sympy
from django.core.management import CommandError, call_command

from conftest import write_curriculum
from curriculum.content import read_curriculum
from exercises import generators
from exercises.checking import check_template, solution_answer
from exercises.content import read_templates
from exercises.coverage import by_group, coverage
from exercises.instances import instantiate
from exercises.tests.conftest import vector_templates, write_templates


def read_one(tmp_path: Path, template: dict[str, Any]) -> Any:
    folder = write_templates(tmp_path, "vectors", [template])
    return read_templates(folder, known_topics={"vectors"})[template["slug"]]


def sum_template(**changes: Any) -> dict[str, Any]:
    template = vector_templates()[0]
    template.update(changes)
    return template


@pytest.mark.parametrize(
    ("solution", "stated"),
    [
        (r"So $x = \boxed{ 3 }$. Check: $3 - 1 = 2$.", "3"),
        (
            r"$$A = \boxed{\begin{bmatrix} 1 & 2 \\ 3 & 4 \end{bmatrix}}.$$",
            r"\begin{bmatrix} 1 & 2 \\ 3 & 4 \end{bmatrix}",
        ),
        (r"First $a = 1$, then $$b = \frac{1}{2} + 1 = \frac{3}{2}.$$", r"\frac{3}{2}"),
        (r"The variance is $\sigma^2 \approx 0.25$.", "0.25"),
        (r"The answer is $\boxed{\text{Function B}}$.", "Function B"),
        (r"$\boxed{\{ -1, 4 \}}$", r"\{ -1, 4 \}"),
        ("No mathematics at all.", None),
        (r"Unbalanced $\boxed{ 3 $", None),
    ],
)
def test_solution_answer(solution: str, stated: str | None):
    assert solution_answer(solution) == stated


def test_sound_template_passes(tmp_path: Path):
    template = read_one(tmp_path, sum_template(solution=r"${{a}} + {{b}} = \boxed{ {{total}} }$"))

    report = check_template(template, list(range(100)))

    assert report.failures == []
    assert report.distinct >= 50


def test_solution_with_the_wrong_final_answer_fails(tmp_path: Path):
    # The solution ends on the product (a listed mistake), not on the sum.
    template = read_one(tmp_path, sum_template(solution=r"${{a}} + {{b}} = \boxed{ {{product}} }$"))

    failures = check_template(template, [0, 1]).failures

    assert len(failures) == 2
    assert "seed 0: the worked solution's final answer" in failures[0]
    assert "is not the answer" in failures[0]


def test_solution_without_a_final_answer_fails(tmp_path: Path):
    template = read_one(tmp_path, sum_template(solution="Add the two numbers."))

    failures = check_template(template, [0]).failures

    assert failures == [
        "exercises/vectors.yaml: template 'vector-sum', seed 0: the worked solution states no "
        "final answer (end it with \\boxed{...})"
    ]


def test_answer_outside_its_bounds_fails(tmp_path: Path):
    # a + b lies in [-8, 18]: as a "probability" it is out of bounds for most seeds.
    template = read_one(tmp_path, sum_template(bounds=[0, 1], solution=r"$\boxed{ {{total}} }$"))

    failures = check_template(template, list(range(20))).failures

    assert failures
    assert all("lies outside its bounds [0, 1]" in failure for failure in failures)


def test_bounds_only_for_number_answers(tmp_path: Path):
    template = vector_templates()[1]
    template["bounds"] = [0, 1]
    folder = write_templates(tmp_path, "vectors", [template])

    with pytest.raises(Exception, match="'bounds' is \\[low, high\\]"):
        read_templates(folder, known_topics={"vectors"})


def test_division_by_zero_is_redrawn(tmp_path: Path):
    template = read_one(
        tmp_path,
        sum_template(
            derived={"total": "{{a}}/({{b}} - 1)", "product": "{{a}} * {{b}}"},
            solution=r"$\boxed{ {{total}} }$",
            tests={"pass": ["{{total}}"], "fail": ["{{total}} + 1"]},
        ),
    )

    assert check_template(template, list(range(100))).failures == []
    assert all(instantiate(template, seed).values["b"] != 1 for seed in range(100))


def test_always_undefined_answer_fails(tmp_path: Path):
    template = read_one(
        tmp_path,
        sum_template(
            derived={"total": "{{a}}/({{b}} - {{b}})", "product": "{{a}} * {{b}}"},
            solution=r"$\boxed{ {{total}} }$",
        ),
    )

    failures = check_template(template, [0]).failures

    assert len(failures) == 1
    assert "no non-degenerate parameters after 200 draws" in failures[0]


def test_an_always_undefined_value_from_a_generator_fails(tmp_path: Path, monkeypatch: Any):
    monkeypatch.setitem(
        generators.REGISTRY, "test_undefined", lambda rng: {"v": sympy.Matrix([1, sympy.zoo])}
    )
    template = vector_templates()[1]
    template.update(
        kind="vector",
        generator="test_undefined",
        answer="{{v}}",
        variables={},
        solution=r"$\boxed{ {{v}} }$",
        mistakes=[],
        tests={"pass": ["[1, 2]"], "fail": ["[0, 0]"]},
    )

    failures = check_template(read_one(tmp_path, template), [0]).failures

    assert len(failures) == 1
    assert "no non-degenerate parameters after 200 draws (a value was undefined" in failures[0]


def test_too_few_distinct_instances_fails(tmp_path: Path):
    # k takes only four values, so only four distinct prompts exist.
    template = vector_templates()[1]
    template["solution"] = r"$\boxed{ {{k}}x + {{k}} }$"
    data = read_one(tmp_path, template)

    failures = check_template(data, list(range(100))).failures

    assert failures == [
        "exercises/vectors.yaml: template 'scale-expression' gives only 4 distinct instances "
        "over seeds 0-99 (at least 50 needed)"
    ]
    # Fewer seeds than that are a sample: the distinct count is not judged.
    assert check_template(data, list(range(10))).failures == []


def choice_template(solution: str) -> dict[str, Any]:
    return {
        "slug": "pick-the-sum",
        "title": "Pick the sum",
        "difficulty": 1,
        "kind": "choice",
        "params": {"a": {"int": [1, 9]}},
        "prompt": "Is ${{a}} + {{a}}$ even?",
        "choices": [
            {"id": "even", "text": "Even (divisible by $2$)"},
            {"id": "odd", "text": "Odd"},
        ],
        "answer": "even",
        "hints": ["Twice anything is even."],
        "solution": solution,
        "mistakes": [{"answer": "odd", "feedback": "It is twice a whole number.", "tag": "parity"}],
        "tests": {"pass": ["even"], "fail": ["odd"]},
    }


@pytest.mark.parametrize(
    ("solution", "ok"),
    [
        (r"Twice a number: $\boxed{\text{even}}$.", True),
        (r"Twice a number, so it is $\boxed{\text{Even}}$.", True),
        (r"$\boxed{\text{Even (divisible by 2)}}$", True),
        (r"$\boxed{\text{odd}}$", False),
        (r"$\boxed{\text{E}}$", False),
    ],
)
def test_choice_solution_names_the_right_choice(tmp_path: Path, solution: str, ok: bool):
    data = read_one(tmp_path, choice_template(solution))

    failures = check_template(data, [0]).failures

    assert (failures == []) is ok


def templates_for(curriculum_dir: Path, counts: dict[str, int]) -> dict[str, Any]:
    templates = []
    for topic, count in counts.items():
        for index in range(count):
            template = sum_template(slug=f"{topic}-{index}", difficulty=1 + index % 2)
            templates.append((topic, template))
    folder = curriculum_dir / "exercises"
    for topic in counts:
        write_templates(curriculum_dir, topic, [t for name, t in templates if name == topic])
    return read_templates(folder)


def test_coverage_requires_three_templates_at_two_levels(curriculum_dir: Path):
    curriculum = read_curriculum(curriculum_dir)
    templates = templates_for(curriculum_dir, {"vectors": 3, "matrices": 1, "functions": 4})

    rows = {row.topic: row for row in coverage(curriculum, templates)}

    assert not rows["vectors"].short
    assert rows["matrices"].short
    assert rows["matrices"].templates == 1
    assert rows["derivatives"].short
    assert rows["derivatives"].templates == 0
    assert rows["functions"].levels == 2
    per_area, per_role = by_group(list(rows.values()), curriculum, templates)
    assert per_area == {"calculus": 4, "linear-algebra": 4}
    # Engineer needs matrices (+ vectors) and gradients (+ derivatives, functions): every topic.
    assert per_role == {"Engineer": 8, "Scientist": 8}


def test_core_topics_of_applied_roles_need_five(tmp_path: Path, curriculum_data: Any):
    role = curriculum_data["roles"].pop("engineer")
    curriculum_data["roles"]["ml-engineer"] = {**role, "slug": "ml-engineer"}
    root = write_curriculum(tmp_path / "applied", curriculum_data)
    curriculum = read_curriculum(root)
    templates = templates_for(root, {"vectors": 3, "functions": 3})

    rows = {row.topic: row for row in coverage(curriculum, templates)}

    # matrices is core for the ML engineer and vectors is pulled in as its prerequisite.
    assert rows["vectors"].required == 5
    assert rows["vectors"].short
    assert rows["vectors"].core_for == ("ml-engineer",)
    assert rows["functions"].required == 3
    assert not rows["functions"].short


def test_check_exercises_reports_short_topics(curriculum_dir: Path):
    templates_for(curriculum_dir, {"vectors": 3})
    out, err = io.StringIO(), io.StringIO()

    with pytest.raises(CommandError, match="4 topic\\(s\\) have fewer templates than required"):
        call_command("check_exercises", seeds=2, path=curriculum_dir, stdout=out, stderr=err)

    assert "Coverage: 3 templates over 5 topics." in out.getvalue()
    short = "short: matrices (linear-algebra): 0 template(s) at 0 level(s); needs 3"
    assert short in err.getvalue()
    assert "short: vectors" not in err.getvalue()


def test_check_exercises_one_topic_skips_coverage(curriculum_dir: Path):
    templates_for(curriculum_dir, {"vectors": 3})
    out = io.StringIO()

    call_command("check_exercises", seeds=2, topic="vectors", path=curriculum_dir, stdout=out)

    assert "OK: 3 templates x 2 seeds: every check passed." in out.getvalue()
    assert "Coverage" not in out.getvalue()
    with pytest.raises(CommandError, match="no topic 'nope'"):
        call_command("check_exercises", topic="nope", path=curriculum_dir, stdout=out)


def test_true_false_answer_may_come_from_a_placeholder(tmp_path: Path):
    template = choice_template(r"$\boxed{\text{ {{verdict}} }}$")
    del template["choices"]
    template.update(
        params={"a": {"int": [1, 9]}, "verdict": {"choice": ["true", "false"]}},
        answer="{{verdict}}",
        mistakes=[],
        tests={"pass": ["{{verdict}}"], "fail": ["maybe"]},
    )
    data = read_one(tmp_path, template)

    assert check_template(data, list(range(10))).failures == []


def test_true_false_placeholder_must_give_true_or_false(tmp_path: Path):
    template = choice_template(r"$\boxed{\text{ {{verdict}} }}$")
    del template["choices"]
    template.update(
        params={"a": {"int": [1, 9]}, "verdict": {"choice": ["yes", "no"]}},
        answer="{{verdict}}",
        mistakes=[],
        tests={"pass": ["{{verdict}}"], "fail": ["maybe"]},
    )
    data = read_one(tmp_path, template)

    failures = check_template(data, [0]).failures

    assert len(failures) == 1
    assert "a choice without options must expect 'true' or 'false'" in failures[0]
