from datetime import date, timedelta

from learning.pauses import (
    MAX_PAUSE_AHEAD_DAYS,
    MAX_PAUSE_DAYS,
    Span,
    active,
    catch_up,
    paused_days,
    paused_message,
    paused_offsets,
    review_cap,
    validate,
)

TODAY = date(2026, 3, 2)


def span(start: int, end: int) -> Span:
    return Span(TODAY + timedelta(days=start), TODAY + timedelta(days=end))


def test_a_valid_pause_has_no_errors_and_bad_ones_name_the_field():
    assert validate(span(0, 13), today=TODAY, others=[]) == {}
    assert "starts_on" in validate(span(-1, 5), today=TODAY, others=[])
    assert validate(span(3, 2), today=TODAY, others=[]) == {
        "ends_on": "The pause must end on or after the day it starts."
    }
    too_long = validate(span(0, MAX_PAUSE_DAYS), today=TODAY, others=[])
    assert too_long == {"ends_on": f"A pause can last at most {MAX_PAUSE_DAYS} days."}
    assert validate(span(0, MAX_PAUSE_DAYS - 1), today=TODAY, others=[]) == {}
    assert validate(span(MAX_PAUSE_AHEAD_DAYS, 400), today=TODAY, others=[]) == {}
    assert validate(span(MAX_PAUSE_AHEAD_DAYS + 1, 400), today=TODAY, others=[]) == {
        "starts_on": "A pause can start at most a year ahead."
    }


def test_pauses_may_not_overlap():
    others = [span(10, 20)]
    assert validate(span(21, 25), today=TODAY, others=others) == {}
    clash = validate(span(15, 25), today=TODAY, others=others)
    assert clash == {"starts_on": "This overlaps your pause from 12 March to 22 March."}
    assert "starts_on" in validate(span(0, 10), today=TODAY, others=others)
    assert "starts_on" in validate(span(30, 31), today=TODAY, others=[], upcoming=10)


def test_paused_days_and_offsets():
    spans = [span(2, 4), span(10, 10)]
    assert active(spans, TODAY + timedelta(days=3)) == spans[0]
    assert active(spans, TODAY) is None
    assert paused_offsets(spans, TODAY, horizon_days=365) == {2, 3, 4, 10}
    assert paused_offsets([span(-5, 1)], TODAY, horizon_days=365) == {1}  # running: from tomorrow
    assert paused_offsets(spans, TODAY, horizon_days=3) == {2, 3}
    assert paused_days(spans, TODAY, TODAY + timedelta(days=6)) == 3
    assert paused_days(spans, TODAY + timedelta(days=4), TODAY + timedelta(days=10)) == 2


def test_the_review_cap_is_a_third_of_the_budget():
    assert review_cap(120, 10) == 4
    assert review_cap(30, 10) == 1
    assert review_cap(240, 10) == 8


def test_a_catch_up_spreads_the_reviews_that_piled_up_during_the_pause():
    pause = span(-14, -1)  # two weeks, ended yesterday
    due = [TODAY - timedelta(days=d) for d in range(1, 11)] + [TODAY]  # 10 piled, 1 due today

    found = catch_up(
        spans=[pause], today=TODAY, due=due, reviewed_today=1, budget_minutes=120, review_minutes=10
    )

    assert found is not None
    assert (found.piled, found.per_day, found.days, found.left_today) == (10, 4, 3, 3)
    assert found.message == (
        "Welcome back: 10 reviews piled up while you were away, spread over 3 days "
        "(at most 4 a day, the most forgotten first)."
    )


def test_no_catch_up_without_a_pile_a_recent_pause_or_while_paused():
    due = [TODAY - timedelta(days=3)]
    args = {"budget_minutes": 60, "review_minutes": 10, "reviewed_today": 0}
    assert catch_up(spans=[span(-10, -1)], today=TODAY, due=[], **args) is None
    assert catch_up(spans=[span(-60, -40)], today=TODAY, due=due, **args) is None  # long ago
    assert catch_up(spans=[span(-3, 2)], today=TODAY, due=due, **args) is None  # still running
    assert catch_up(spans=[], today=TODAY, due=due, **args) is None


def test_the_paused_message_is_friendly_and_says_when_the_plan_resumes():
    assert paused_message(span(-2, 5), 0) == (
        "You're taking a break until 7 March: nothing is planned for today. "
        "Your plan picks up again on 8 March."
    )
    assert "3 reviews wait for you; nothing counts as overdue" in paused_message(span(0, 5), 3)
