from datetime import date, timedelta
from typing import Any

import pytest

from learning.forecast import (
    MAX_DAILY_HOURS,
    MISS_RATE,
    REVIEW_SHARE,
    Forecast,
    Simulation,
    forecast,
    outlook,
)

TODAY = date(2026, 1, 5)


def plan(**changes: Any) -> Forecast:
    args: dict[str, Any] = {
        "remaining_hours": 100.0,
        "hours_per_day": 1.0,
        "days_per_week": 7,
        "pace": 1.0,
        "finished_topics": 0,
        "today": TODAY,
        "target": TODAY + timedelta(days=180),
    }
    args.update(changes)
    return forecast(**args)


def days(value: date | None) -> int:
    assert value is not None
    return (value - TODAY).days


def test_the_median_matches_the_expected_study_days():
    result = plan()
    # 100 h at 1 h/day, minus the review share, on 85% of days
    expected = 100 / (1 - REVIEW_SHARE) / (1 - MISS_RATE)
    assert days(result.p50) == pytest.approx(expected, rel=0.1)
    assert days(result.p10) <= days(result.p50) <= days(result.p80) <= days(result.p90)


def test_more_hours_finish_sooner_and_more_surely():
    slow, fast = plan(hours_per_day=1), plan(hours_per_day=3)
    assert days(fast.p50) < days(slow.p50)
    assert fast.chance_by_target >= slow.chance_by_target


def test_behind_says_what_would_fix_it():
    result = plan(remaining_hours=150, target=TODAY + timedelta(days=90))

    assert result.status == "behind"
    assert result.chance_by_target < 0.1
    assert result.hours_for_target is not None
    assert result.hours_for_target <= MAX_DAILY_HOURS
    fixed = plan(
        remaining_hours=150,
        target=TODAY + timedelta(days=90),
        hours_per_day=result.hours_for_target,
    )
    assert fixed.chance_by_target >= 0.8


def test_no_daily_budget_beyond_the_plan_limit_is_suggested():
    # 400 h in 90 days would need about 7 h a day: more than a plan allows.
    result = plan(remaining_hours=400, target=TODAY + timedelta(days=90))

    assert result.status == "behind"
    assert result.hours_for_target is None


def test_ahead_and_done():
    assert plan(remaining_hours=10).status == "ahead"
    done = plan(remaining_hours=0)
    assert (done.status, done.chance_by_target, done.p50) == ("done", 1.0, TODAY)


def test_a_slower_pace_moves_the_date_and_evidence_narrows_the_range():
    assert days(plan(pace=1.5).p50) > days(plan(pace=1.0).p50)
    wide, narrow = plan(finished_topics=0), plan(finished_topics=40)
    assert days(narrow.p90) - days(narrow.p10) < days(wide.p90) - days(wide.p10)


def test_simulation_is_deterministic_for_a_seed():
    def days(seed: int) -> list[int]:
        runs = Simulation(days_per_week=5, pace=1, finished_topics=3, seed=seed, runs=200)
        return runs.days(remaining_hours=50, hours_per_day=2).tolist()

    assert days(1) == days(1)
    assert days(1) != days(2)


def test_paused_days_are_not_study_days():
    target = TODAY + timedelta(days=150)
    base = plan(remaining_hours=60, target=target)
    holiday = plan(remaining_hours=60, target=target, paused=range(1, 29))

    # four weeks away with no study: about four weeks later, and less likely by the target
    assert days(holiday.p50) - days(base.p50) == pytest.approx(28, abs=3)
    assert holiday.chance_by_target <= base.chance_by_target


def test_goals_compared_on_the_same_runs_rank_by_their_work():
    runs = Simulation(days_per_week=6, pace=1.2, finished_topics=4, seed=7)
    target = TODAY + timedelta(days=100)

    small, large = (
        outlook(runs, remaining_hours=hours, hours_per_day=1, today=TODAY, target=target)
        for hours in (40, 120)
    )

    assert days(small.p50) < days(large.p50)
    assert small.chance_by_target >= large.chance_by_target
    assert large.remaining_hours == 144.0  # reported at the learner's pace
    assert large.hours_for_target is None  # only forecast() looks for the hours that fix it
