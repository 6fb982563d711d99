"""The mastery model: BKT updates, evidence rules and the visible levels."""

from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from learning import mastery
from learning.mastery import Attempt, Level, TopicState, bkt_update, level, observe

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


def run(*attempts: Attempt) -> TopicState:
    state = TopicState()
    for attempt in attempts:
        state = observe(state, attempt)
    return state


def right(hours: float, instance: str, **kwargs: object) -> Attempt:
    return Attempt(at=T0 + timedelta(hours=hours), correct=True, instance=instance, **kwargs)  # type: ignore[arg-type]


def wrong(hours: float, instance: str) -> Attempt:
    return Attempt(at=T0 + timedelta(hours=hours), correct=False, instance=instance)


def test_bkt_update_matches_bayes_rule_by_hand():
    # P(known)=0.1, slip 0.1, guess 0.05: posterior = 0.09 / (0.09 + 0.045) = 2/3,
    # then learning: 2/3 + 1/3 * 0.15 = 0.7167
    assert bkt_update(0.1, True, guess=0.05) == pytest.approx(2 / 3 + (1 / 3) * 0.15)
    # wrong: 0.01 / (0.01 + 0.855) = 0.01156, then + (1 - 0.01156) * 0.15
    posterior = 0.01 / (0.01 + 0.9 * 0.95)
    assert bkt_update(0.1, False, guess=0.05) == pytest.approx(posterior + (1 - posterior) * 0.15)


@given(p=st.floats(0.001, mastery.P_MAX), guess=st.floats(0.01, 0.5))
def test_a_right_answer_never_lowers_the_estimate_and_a_wrong_one_never_beats_it(
    p: float, guess: float
):
    up, down = bkt_update(p, True, guess), bkt_update(p, False, guess)
    assert 0 < down < up <= 1
    assert up >= p


def test_a_guessable_right_answer_is_weaker_evidence():
    assert bkt_update(0.3, True, guess=0.5) < bkt_update(0.3, True, guess=0.05)
    assert mastery.guess_rate("choice", 4) == 0.25
    assert mastery.guess_rate("choice", 0) == 0.5  # true/false
    assert mastery.guess_rate("vector", 0) == mastery.GUESS_COMPUTED


def test_levels_need_distinct_instances_not_repeats():
    repeats = run(*(right(i, "same#1") for i in range(6)))
    assert repeats.p_known > mastery.MASTERED_P
    assert level(repeats) == Level.LEARNING

    two = run(right(0, "a#1"), right(1, "a#2"))
    assert level(two) == Level.PRACTISED


def test_mastery_needs_a_success_after_a_delay():
    same_day = run(right(0, "a#1"), right(1, "a#2"), right(2, "b#1"), right(3, "b#2"))
    assert level(same_day) == Level.PRACTISED

    next_day = run(right(0, "a#1"), right(1, "a#2"), right(2, "b#1"), right(26, "b#2"))
    assert level(next_day) == Level.MASTERED
    assert level(next_day, review_due=True) == Level.DUE


def test_failures_bring_the_level_down():
    state = run(right(0, "a#1"), right(1, "a#2"), right(2, "b#1"), right(26, "b#2"))
    for hour in range(27, 31):
        state = observe(state, wrong(hour, "c#1"))
    assert level(state) == Level.LEARNING
    assert mastery.why(Level.MASTERED, Level.LEARNING, state).startswith("Recent answers")


def test_a_revealed_solution_is_no_evidence_and_hints_are_weaker():
    copied = run(right(0, "a#1", solution_seen=True))
    assert copied.correct == 0
    assert copied.solved_instances == frozenset()
    assert copied.p_known == pytest.approx(mastery.PRIOR + (1 - mastery.PRIOR) * mastery.LEARN)

    hinted = run(right(0, "a#1", hinted=True))
    clean = run(right(0, "a#1"))
    assert mastery.PRIOR < hinted.p_known < clean.p_known
    assert hinted.correct == 1


def test_not_started_until_an_attempt():
    assert level(TopicState()) == Level.NOT_STARTED
    assert mastery.why(Level.NOT_STARTED, Level.LEARNING, run(wrong(0, "a#1"))) == (
        "First attempt recorded."
    )


def test_credited_topics_need_only_the_estimate():
    # Placement or a test-out quiz stands in for distinct instances and a delayed success.
    credited = TopicState(p_known=0.95, credited=True)

    assert level(credited) == Level.MASTERED
    assert level(TopicState(p_known=0.95)) == Level.NOT_STARTED
    after_a_slip = observe(credited, Attempt(at=T0, correct=False, instance="a"))
    assert level(after_a_slip) == Level.LEARNING
