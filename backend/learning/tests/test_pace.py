import pytest

from learning.pace import MAX_PACE, MIN_PACE, PRIOR_HOURS, observed_pace


def test_without_evidence_the_estimates_stand():
    pace = observed_pace([])

    assert (pace.value, pace.observed, pace.topics) == (1.0, None, 0)
    assert "estimated hours at face value" in pace.explanation


def test_topics_without_recorded_time_are_not_evidence():
    # credited by placement, or learned before Lemma: no time says nothing about the pace
    assert observed_pace([(6.0, 0.0), (4.0, 0.0), (0.0, 3.0)]).topics == 0


def test_a_slow_learner_with_much_evidence_is_planned_slow():
    finished = [(4.0, 5.2)] * 10  # 40 h estimated, 52 h studied: 1.3x

    pace = observed_pace(finished)

    assert pace.observed == 1.3
    assert pace.value == pytest.approx((52 + PRIOR_HOURS) / (40 + PRIOR_HOURS), abs=0.01)
    assert pace.explanation.startswith(
        "You have been taking 1.3\u00d7 the estimated time on 10 finished topics"
    )
    assert "52.0 h against 40.0 h estimated" in pace.explanation


def test_little_evidence_is_shrunk_toward_the_estimates():
    one = observed_pace([(2.0, 4.0)])  # twice the estimate, but on one short topic

    assert one.observed == 2.0
    assert 1.0 < one.value < 1.2
    assert "leaning toward the estimates" in one.explanation
    assert "on 1 finished topic " in one.explanation


def test_fast_learners_go_faster_and_extremes_are_capped():
    fast = observed_pace([(5.0, 2.0)] * 20)
    assert fast.value < 1.0
    assert observed_pace([(1.0, 0.01)] * 200).value == MIN_PACE
    capped = observed_pace([(1.0, 30.0)] * 50)
    assert capped.value == MAX_PACE
    assert f"caps that at {MAX_PACE:.1f}\u00d7" in capped.explanation
