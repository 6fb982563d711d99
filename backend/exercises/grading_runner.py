"""The grading step itself, as a plain function of plain data, so it can run in a Celery
worker or in the bounded child process of the embedded default."""

from dataclasses import asdict
from typing import Any

from grading import grade

from .content import template_from_source
from .instances import instantiate


def grade_answer(source: dict[str, Any], topic: str, seed: int, answer: str) -> dict[str, Any]:
    """Rebuild the instance from its stored template and grade the answer; returns the verdict."""
    instance = instantiate(template_from_source(source, topic), seed)
    verdict = asdict(grade(instance.spec, answer, seed=seed))
    verdict["sample_points"] = [dict(point) for point in verdict["sample_points"]]
    return verdict
