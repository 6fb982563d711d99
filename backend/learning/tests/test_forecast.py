from datetime import date, timedelta
from typing import Any

import numpy as np
import pytest

from learning.forecast import (
    LEARN_SHARE,
    MAX_DAILY_HOURS,
    Forecast,
    Simulation,
    Stage,
    TopicPlan,
    _beyond,
    forecast,
    outlook,
    review_ladder,
)

TODAY = date(2026, 1, 5)


def side_by_side(count: int, hours: float = 2.0, stage: Stage = Stage.NEW) -> list[TopicPlan]:
    return [TopicPlan(f"t{i}", hours, (), stage) for i in range(count)]


def chain(count: int, hours: float = 2.0, stage: Stage = Stage.NEW) -> list[TopicPlan]:
    return [TopicPlan(f"c{i}", hours, (f"c{i - 1}",) if i else (), stage) for i in range(count)]


def plan(topics: list[TopicPlan] | None = None, **changes: Any) -> Forecast:
    args: dict[str, Any] = {
        "plan": side_by_side(30) if topics is None else topics,
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


def test_independent_topics_take_their_hours_and_some_over_the_daily_budget():
    result = plan(side_by_side(30, hours=2.0), hours_per_day=2.0, finished_topics=200)
    # At least: 30 topics x 2 h x LEARN_SHARE to practised and a 15-minute session each to
    # master them, at 2 h on 85% of days. On top come the reviews and the unused ends of
    # sessions (a topic practised ten minutes into a 45-minute session keeps the session).
    learning = 30 * 2 * LEARN_SHARE + 30 * 0.25
    full = 30 * 2 + 30 * 0.25
    assert learning / 2 / 0.85 <= days(result.p50) <= 1.5 * full / 2 / 0.85
    assert days(result.p10) <= days(result.p50) <= days(result.p80) <= days(result.p90)
    assert result.remaining_hours >= learning


def test_a_long_topic_takes_days_however_many_hours_a_day():
    # One 10-hour topic gets at most two 45-minute sessions a day: beyond 1.5 h a day, more
    # hours do not help it.
    long_one = [TopicPlan("long", 10.0, ())]
    one, two, four = (plan(long_one, hours_per_day=h) for h in (1, 2, 4))
    assert days(two.p50) < days(one.p50)
    assert days(four.p50) == days(two.p50)
    # The same hours spread over ten topics do go faster with more hours.
    many = side_by_side(10, hours=1.0)
    assert days(plan(many, hours_per_day=4).p50) < days(plan(many, hours_per_day=2).p50)


def test_a_chain_of_prerequisites_is_slower_than_the_same_topics_side_by_side():
    in_line, parallel = (plan(t, hours_per_day=3) for t in (chain(8), side_by_side(8)))
    assert days(in_line.p50) > days(parallel.p50) + 5


def test_a_practised_topic_is_mastered_on_a_later_day():
    result = plan(side_by_side(1, stage=Stage.PRACTISED), hours_per_day=1)
    # tomorrow, in the runs where tomorrow is a study day (85%) and the session has no slip
    # (SETTLE, 73%); one 15-minute session
    assert (days(result.p10), days(result.p50)) == (1, 1)
    assert days(result.p90) > 1
    assert result.remaining_hours == pytest.approx(15 / 60, abs=0.06)


def test_due_reviews_take_their_time_first():
    new = side_by_side(10)
    reviewed = [TopicPlan(f"m{i}", 2.0, (), Stage.MASTERED, review_in=0) for i in range(30)]
    without, with_reviews = plan(new), plan(new + reviewed)
    assert days(with_reviews.p50) > days(without.p50)
    assert with_reviews.remaining_hours >= without.remaining_hours + 30 * 10 / 60 * 0.9


def test_a_review_refreshes_its_due_prerequisites():
    last = [TopicPlan("new", 1.0, ("c5",))]
    runs = Simulation(days_per_week=7, pace=1, finished_topics=50, seed=3)
    separate = runs.run(side_by_side(6, stage=Stage.MASTERED) + last, 2)
    linked = runs.run(chain(6, stage=Stage.MASTERED) + last, 2)
    # six due reviews of ten minutes, or one that covers the five below it
    assert np.median(separate.minutes) - np.median(linked.minutes) == pytest.approx(50, abs=15)


def test_reviews_follow_the_scheduler_and_failed_ones_cost_a_session(
    monkeypatch: pytest.MonkeyPatch,
):
    ladder = review_ladder()
    assert ladder[0] == 1  # from practised to the next day's session
    assert list(ladder[1:6]) == sorted(ladder[1:6])  # then ever longer intervals
    assert ladder[1] >= 3

    topics = side_by_side(40, stage=Stage.MASTERED) + chain(12)
    runs = Simulation(days_per_week=7, pace=1, finished_topics=50, seed=5)
    with_lapses = np.median(runs.run(topics, 1).minutes)
    monkeypatch.setattr("learning.forecast.LAPSE", 0.0)
    without = np.median(runs.run(topics, 1).minutes)
    # about 10% of the reviews fail: a 15-minute session again, and the intervals start over
    assert with_lapses - without >= 40 * 0.1 * 15


def test_more_hours_finish_sooner_and_more_surely():
    slow, fast = plan(hours_per_day=1), plan(hours_per_day=3)
    assert days(fast.p50) < days(slow.p50)
    assert fast.chance_by_target >= slow.chance_by_target


def test_behind_says_what_would_fix_it():
    topics = side_by_side(60, hours=2.0)
    target = TODAY + timedelta(days=90)
    result = plan(topics, target=target)

    assert result.status == "behind"
    assert result.chance_by_target < 0.1
    assert result.hours_for_target is not None
    assert result.hours_for_target <= MAX_DAILY_HOURS
    fixed = plan(topics, target=target, hours_per_day=result.hours_for_target)
    assert fixed.chance_by_target >= 0.8
    just_below = plan(topics, target=target, hours_per_day=result.hours_for_target - 0.1)
    assert just_below.chance_by_target < 0.8  # the fewest hours that do it


def test_no_daily_budget_beyond_the_plan_limit_is_suggested():
    # 300 h in 60 days would need about 7 h a day: more than a plan allows.
    result = plan(side_by_side(150, hours=2.0), target=TODAY + timedelta(days=60))

    assert result.status == "behind"
    assert result.hours_for_target is None


def test_ahead_and_done():
    assert plan(side_by_side(3)).status == "ahead"
    done = plan(side_by_side(3, stage=Stage.MASTERED))
    assert (done.status, done.chance_by_target, done.p50) == ("done", 1.0, TODAY)
    assert plan([]).status == "done"


def test_a_slower_pace_moves_the_date_and_evidence_narrows_the_range():
    assert days(plan(pace=1.5).p50) > days(plan(pace=1.0).p50)
    wide, narrow = plan(finished_topics=0), plan(finished_topics=60)
    assert days(narrow.p90) - days(narrow.p10) < days(wide.p90) - days(wide.p10)


def test_a_topic_long_in_progress_is_likely_a_hard_one():
    work = np.exp(np.random.default_rng(0).normal(np.log(60), 0.8, 400))
    spent = float(np.quantile(work, 0.9))
    longer = _beyond(work, spent)
    assert (longer > spent).all()
    # the draws are the upper tenth of the distribution, each run keeping its rank
    assert np.array_equal(np.argsort(longer), np.argsort(work))
    assert longer.max() == pytest.approx(work.max(), rel=0.02)
    assert (_beyond(work, work.max() + 10) >= work.max() + 10).all()


def test_simulation_is_deterministic_for_a_seed():
    def finish(seed: int) -> list[int]:
        runs = Simulation(days_per_week=5, pace=1, finished_topics=3, seed=seed, runs=100)
        return runs.run(chain(5) + side_by_side(10), hours_per_day=2).days.tolist()

    assert finish(1) == finish(1)
    assert finish(1) != finish(2)


def test_paused_days_are_not_study_days():
    target = TODAY + timedelta(days=150)
    base = plan(target=target, finished_topics=200)
    holiday = plan(target=target, finished_topics=200, paused=range(1, 29))

    # four weeks away with no study: about four weeks later, and less likely by the target
    assert days(holiday.p50) - days(base.p50) == pytest.approx(28, abs=4)
    assert holiday.chance_by_target <= base.chance_by_target


def test_goals_compared_on_the_same_runs_rank_by_their_work():
    runs = Simulation(days_per_week=6, pace=1.2, finished_topics=4, seed=7)
    target = TODAY + timedelta(days=100)
    everything = side_by_side(40)

    small, large = (
        outlook(runs, plan=topics, hours_per_day=1, today=TODAY, target=target)
        for topics in (everything[:10], everything)
    )

    assert days(small.p50) < days(large.p50)
    assert small.chance_by_target >= large.chance_by_target
    assert large.remaining_hours > small.remaining_hours
    assert large.hours_for_target is None  # only forecast() looks for the hours that fix it
