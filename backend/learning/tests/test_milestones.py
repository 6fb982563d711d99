"""Weekly milestones on the planner tests' small graph.

numbers -> algebra -> calculus -> gradients (goal)
vectors ----------------------/
vectors -> matrices (goal)
counting -> probability (goal)
"""

from datetime import date, timedelta

import pytest

from learning.mastery import Level
from learning.milestones import (
    REVIEW_SHARE,
    capacity,
    cut,
    study_order,
    week_start,
    weekly_hours,
)
from learning.pauses import Span
from learning.planner import TopicStatus

from .test_planner import GOALS, TOPICS

MONDAY = date(2026, 3, 2)


def test_the_order_follows_the_planner_prerequisites_first():
    order = study_order(TOPICS, GOALS, {})

    assert set(order) == set(TOPICS) - {"topology"}
    assert order[:3] == ["vectors", "numbers", "counting"]  # today's first three, same order
    for slug in order:
        for prerequisite in TOPICS[slug].prerequisites:
            assert order.index(prerequisite) < order.index(slug)


def test_the_order_starts_with_topics_in_progress_and_skips_practised_ones():
    status = {
        "vectors": TopicStatus(level=Level.PRACTISED),
        "counting": TopicStatus(level=Level.LEARNING, p_known=0.6),
        "numbers": TopicStatus(level=Level.LEARNING, p_known=0.3),
    }

    order = study_order(TOPICS, GOALS, status)

    assert order[:2] == ["numbers", "counting"]
    assert "vectors" not in order
    assert order.index("algebra") > order.index("numbers")


def test_weeks_take_the_weekly_hours_and_carry_long_topics_over():
    available = capacity(hours_per_day=1, days_per_week=7, spans=[])
    assert available(MONDAY, MONDAY + timedelta(days=6)) == pytest.approx(7 * (1 - REVIEW_SHARE))
    hours = {"a": 2.0, "b": 3.0, "c": 10.0, "d": 1.0}

    weeks = cut(["a", "b", "c", "d"], hours, first_week=MONDAY, start=MONDAY, available=available)

    per_week = 7 * (1 - REVIEW_SHARE)  # 5.95 h
    assert [w.topics for w in weeks] == [("a", "b"), (), ("c", "d")]
    assert (weeks[0].continuing, weeks[1].continuing, weeks[2].continuing) == ("c", "c", None)
    assert weeks[0].hours == round(per_week, 1)
    assert weeks[2].hours == round(16 - 2 * per_week, 1)
    assert (weeks[1].starts_on, weeks[1].ends_on) == (
        MONDAY + timedelta(days=7),
        MONDAY + timedelta(days=13),
    )


def test_a_pause_and_a_late_start_in_the_week_leave_less_room():
    paused = capacity(hours_per_day=2, days_per_week=7, spans=[Span(MONDAY, MONDAY + timedelta(6))])
    weeks = cut(["a"], {"a": 3.0}, first_week=MONDAY, start=MONDAY, available=paused)
    assert [w.topics for w in weeks] == [(), ("a",)]
    assert weeks[0].hours == 0.0

    plain = capacity(hours_per_day=2, days_per_week=7, spans=[])
    thursday = MONDAY + timedelta(days=3)
    late = cut(["a", "b"], {"a": 6.0, "b": 1.0}, first_week=MONDAY, start=thursday, available=plain)
    assert late[0].hours == round(4 * 2 * (1 - REVIEW_SHARE), 1)  # Thursday to Sunday only
    assert late[0].topics == ("a",)


def test_week_start_and_weekly_hours():
    assert week_start(MONDAY + timedelta(days=9), grid=MONDAY) == MONDAY + timedelta(days=7)
    assert week_start(MONDAY - timedelta(days=1), grid=MONDAY) == MONDAY - timedelta(days=7)
    assert weekly_hours(hours_per_day=2, days_per_week=6) == round(12 * (1 - REVIEW_SHARE), 1)
