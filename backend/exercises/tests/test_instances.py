from pathlib import Path

import pytest
import sympy

from exercises import generators
from exercises.checking import check_template
from exercises.content import read_templates
from exercises.instances import InstanceError, as_text, instantiate


@pytest.fixture
def templates(exercises_dir: Path) -> dict:
    return read_templates(exercises_dir, known_topics={"vectors"})


def test_same_seed_same_instance(templates: dict):
    first, again = instantiate(templates["vector-sum"], 7), instantiate(templates["vector-sum"], 7)

    assert (first.prompt, first.expected, first.hints) == (
        again.prompt,
        again.expected,
        again.hints,
    )


def test_seeds_give_many_distinct_instances(templates: dict):
    prompts = {instantiate(templates["vector-sum"], seed).prompt for seed in range(200)}
    assert len(prompts) >= 50


def test_values_fill_every_text(templates: dict):
    instance = instantiate(templates["vector-sum"], 3)
    a, b = instance.values["a"], instance.values["b"]

    assert instance.prompt == f"Compute ${a} + {b}$."
    assert sympy.Integer(instance.values["total"]) == a + b
    assert instance.solution == f"${a} + {b} = {a + b}$"
    assert instance.spec.mistakes[0].tag == "times-not-plus"


def test_degenerate_parameters_are_avoided(templates: dict):
    # a + b == a * b only for (2, 2); the avoid rule must keep it out of every instance
    for seed in range(300):
        values = instantiate(templates["vector-sum"], seed).values
        assert values["total"] != values["product"]


def test_a_template_that_can_never_avoid_fails_with_its_name(templates: dict):
    from dataclasses import replace

    stuck = replace(templates["vector-sum"], avoid=("0",))

    with pytest.raises(InstanceError, match=r"template 'vector-sum', seed 4: no non-degenerate"):
        instantiate(stuck, 4)


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (sympy.Integer(3), "3"),
        (sympy.Integer(-3), "(-3)"),
        (sympy.Rational(3, 4), "(3/4)"),
        (sympy.sqrt(2) / 2, "(sqrt(2)/2)"),
        (sympy.E, "(e)"),
        (sympy.Matrix([[1, -2], [3, 4]]), "[[1, (-2)], [3, 4]]"),
        (sympy.Matrix([1, 2]), "[1, 2]"),
    ],
)
def test_values_print_as_text_the_grader_reads(value: object, text: str):
    assert as_text(value) == text


def test_integer_eigen_generator_gives_integer_eigenvalues():
    import random

    generators.load_all()
    for seed in range(50):
        values = generators.REGISTRY["integer_eigen_2x2"](random.Random(seed))
        eigenvalues = sorted(values["A"].eigenvals())
        assert eigenvalues == [values["lam1"], values["lam2"]]
        assert all(entry.is_integer for entry in values["A"])


def test_check_template_passes_a_good_template(templates: dict):
    report = check_template(templates["scale-expression"], list(range(20)))
    assert report.failures == []
    assert report.distinct == 4  # k in 2..5


def test_check_template_names_template_and_seed_of_a_bad_answer_test(templates: dict):
    from dataclasses import replace

    broken = replace(templates["scale-expression"], failing=("{{k}}*(x+1)",))

    report = check_template(broken, [0, 1])

    assert report.failures
    assert report.failures[0].startswith(
        "exercises/vectors.yaml: template 'scale-expression', seed 0: answer test"
    )
    assert "should fail but passed" in report.failures[0]


def test_invertible_generator_never_gives_its_own_inverse():
    import random

    generators.load_all()
    for seed in range(300):
        values = generators.REGISTRY["invertible_2x2"](random.Random(seed))
        assert values["A"] * values["Ainv"] == sympy.eye(2)
        assert values["Ainv"] != values["A"]


def test_a_fresh_web_process_knows_every_generator():
    """Regression: templates with a generator failed in the web process (empty registry)."""
    import subprocess
    import sys

    from django.conf import settings

    code = (
        "import django; django.setup(); from exercises import generators; "
        "print(sorted(generators.REGISTRY))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=settings.BACKEND_DIR,
        env={"DJANGO_SETTINGS_MODULE": "config.settings", "PATH": ""},
        capture_output=True,
        text=True,
        check=True,
    )
    assert "invertible_2x2" in result.stdout


def test_choice_texts_are_filled_too(templates: dict):
    from dataclasses import replace

    from exercises.content import Choice

    quiz = replace(
        templates["vector-sum"],
        kind="choice",
        answer="a",
        choices=(Choice("a", "${{total}}$"), Choice("b", "${{product}}$")),
    )

    instance = instantiate(quiz, 3)

    assert instance.choices[0].text == f"${instance.values['total']}$"


def test_generators_refuse_text_instead_of_parsing_it():
    from exercises.generators import as_sympy

    assert as_sympy(3) == sympy.Integer(3)
    with pytest.raises(TypeError, match="not str"):
        as_sympy("__import__('os')")


def jsonb_order(mapping: dict) -> dict:
    """Keys as PostgreSQL's jsonb stores them: shorter first, then bytewise."""
    return {
        key: mapping[key] for key in sorted(mapping, key=lambda k: (len(k.encode()), k.encode()))
    }


def test_derived_values_come_after_what_they_use_in_any_stored_order():
    from exercises.instances import derived_order

    derived = jsonb_order(
        {"count": "{{a}} + {{b}}", "total": "{{a}}*{{b}}", "mean": "{{total}}/{{count}}"}
    )
    assert list(derived) == ["mean", "count", "total"]  # what PostgreSQL hands back

    assert derived_order(derived) == ["count", "total", "mean"]
    with pytest.raises(InstanceError, match="cycle"):
        derived_order({"x": "{{y}} + 1", "y": "{{x}} + 1"})


def test_every_real_template_renders_the_same_from_postgresqls_key_order():
    """Found by the PostgreSQL run: 'descriptive-statistics-frequency-table' failed there."""
    import dataclasses

    from django.conf import settings

    templates = read_templates(settings.ROADMAPS_DIR / "exercises")
    reordered = 0
    for slug, template in templates.items():
        stored = jsonb_order(template.derived)
        if list(stored) == list(template.derived):
            continue
        reordered += 1
        as_stored = dataclasses.replace(template, derived=stored)
        assert instantiate(as_stored, 7).prompt == instantiate(template, 7).prompt, slug
    assert reordered > 10  # the check really covers templates whose order changes
