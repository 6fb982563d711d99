"""Today's queue on a small graph.

numbers -> algebra -> calculus -> gradients (goal)
vectors ----------------------/
vectors -> matrices (goal)
counting -> probability (goal)
"""

from learning.mastery import Level
from learning.planner import TopicInfo, TopicStatus, frontier, today

TOPICS = {
    info.slug: info
    for info in [
        TopicInfo("numbers", "calculus", 2, ()),
        TopicInfo("algebra", "calculus", 4, ("numbers",)),
        TopicInfo("calculus", "calculus", 10, ("algebra",)),
        TopicInfo("vectors", "linear-algebra", 3, ()),
        TopicInfo("matrices", "linear-algebra", 3, ("vectors",)),
        TopicInfo("gradients", "calculus", 5, ("calculus", "vectors")),
        TopicInfo("counting", "probability", 2, ()),
        TopicInfo("probability", "probability", 6, ("counting",)),
        TopicInfo("topology", "maths", 20, ()),  # not needed by any goal
    ]
}
GOALS = {"gradients", "matrices", "probability"}


def at(level: Level, p: float = 0.5, failures: int = 0) -> TopicStatus:
    return TopicStatus(level=level, p_known=p, failures_in_a_row=failures)


def test_a_new_learner_starts_with_topics_that_lead_furthest_interleaving_areas():
    queue = today(topics=TOPICS, goals=GOALS, status={}, budget_minutes=180)

    assert [item.kind for item in queue] == ["new", "new", "new"]
    # vectors leads to two goals; numbers heads the longest chain (2+4+10+5 h); areas alternate
    assert [item.topic for item in queue] == ["vectors", "numbers", "counting"]
    assert "leads to 2 goal topic(s)" in queue[0].reason
    assert "topology" not in {item.topic for item in queue}
    assert sum(item.minutes for item in queue) <= 180


def test_the_budget_is_never_exceeded():
    for budget in (0, 10, 30, 45, 60, 100):
        queue = today(topics=TOPICS, goals=GOALS, status={}, budget_minutes=budget)
        assert sum(item.minutes for item in queue) <= budget


def test_frontier_needs_prerequisites_practised():
    status = {"numbers": at(Level.LEARNING), "vectors": at(Level.PRACTISED, 0.85)}

    ready = frontier(TOPICS, set(TOPICS) - {"topology"}, status)

    assert ready == ["counting", "matrices"]  # algebra waits for numbers to be practised


def test_due_reviews_come_first_preferring_ones_that_refresh_prerequisites():
    status = {
        "numbers": at(Level.DUE, 0.9),
        "algebra": at(Level.DUE, 0.9),
        "counting": at(Level.DUE, 0.9),
        "vectors": at(Level.MASTERED, 0.99),
    }

    queue = today(topics=TOPICS, goals=GOALS, status=status, budget_minutes=60)

    assert queue[0].kind == "review"
    assert queue[0].topic == "algebra"
    assert queue[0].covers == ("numbers",)
    assert [item.topic for item in queue if item.kind == "review"] == ["algebra", "counting"]
    assert "numbers" not in [item.topic for item in queue]


def test_repeated_failures_send_the_learner_to_the_weakest_prerequisite():
    status = {
        "numbers": at(Level.PRACTISED, 0.82),
        "algebra": at(Level.PRACTISED, 0.81),
        "calculus": at(Level.PRACTISED, 0.9),
        "vectors": at(Level.PRACTISED, 0.95),
        "gradients": at(Level.LEARNING, 0.3, failures=3),
    }

    queue = today(topics=TOPICS, goals=GOALS, status=status, budget_minutes=120)

    assert queue[0].kind == "remediate"
    assert queue[0].topic == "calculus"  # the weaker of gradients' prerequisites (0.9 < 0.95)
    assert "3 wrong answers in a row on gradients" in queue[0].reason


def test_a_misconception_tag_points_remediation_to_the_prerequisite_that_trains_it():
    status = {
        "numbers": at(Level.PRACTISED, 0.82),
        "algebra": at(Level.PRACTISED, 0.81),
        "calculus": at(Level.PRACTISED, 0.9),
        "vectors": at(Level.PRACTISED, 0.95),
        "gradients": TopicStatus(
            level=Level.LEARNING,
            p_known=0.3,
            failures_in_a_row=3,
            recent_mistakes=("sign-error", "dropped-factor", "sign-error"),
        ),
    }
    # "sign-error" is trained by algebra (two prerequisites back) and by an unrelated topic;
    # "dropped-factor" only by topology, which gradients does not need.
    mistakes = {"sign-error": {"algebra", "probability"}, "dropped-factor": {"topology"}}

    queue = today(
        topics=TOPICS, goals=GOALS, status=status, budget_minutes=120, mistake_topics=mistakes
    )

    assert queue[0].kind == "remediate"
    assert queue[0].topic == "algebra"
    assert "a mistake (sign error) that algebra practises" in queue[0].reason
    # tags that point nowhere useful fall back to the weakest direct prerequisite
    unrelated = {"dropped-factor": {"topology"}}
    queue = today(
        topics=TOPICS, goals=GOALS, status=status, budget_minutes=120, mistake_topics=unrelated
    )
    assert queue[0].topic == "calculus"


def test_topics_in_progress_continue_before_new_ones():
    status = {"vectors": at(Level.LEARNING, 0.4), "numbers": at(Level.LEARNING, 0.2)}

    queue = today(topics=TOPICS, goals=GOALS, status=status, budget_minutes=120)

    assert [(item.kind, item.topic) for item in queue[:2]] == [
        ("continue", "numbers"),
        ("continue", "vectors"),
    ]
    assert queue[2].kind == "new"


def test_a_practised_topic_gets_a_short_session_not_a_long_one():
    status = {"vectors": at(Level.PRACTISED, 0.9), "numbers": at(Level.LEARNING, 0.2)}

    queue = today(topics=TOPICS, goals=GOALS, status=status, budget_minutes=120)

    minutes = {item.topic: item.minutes for item in queue if item.kind == "continue"}
    assert minutes == {"numbers": 45, "vectors": 15}
    assert "on a new day" in next(item.reason for item in queue if item.topic == "vectors")


def test_failing_a_new_topic_on_mastered_foundations_is_not_a_reason_to_go_back():
    status = {
        "numbers": at(Level.MASTERED, 0.97),
        "algebra": at(Level.MASTERED, 0.96),
        "calculus": at(Level.MASTERED, 0.98),
        "vectors": at(Level.MASTERED, 0.99),
        "gradients": at(Level.LEARNING, 0.2, failures=4),
    }

    queue = today(topics=TOPICS, goals=GOALS, status=status, budget_minutes=120)

    assert "remediate" not in {item.kind for item in queue}
    assert queue[0] == queue[0].__class__(
        "continue", "gradients", 45, "Keep practising: estimated 20% known."
    )


def test_nothing_left_to_do_gives_an_empty_queue():
    status = {slug: at(Level.MASTERED, 0.99) for slug in TOPICS}

    assert today(topics=TOPICS, goals=GOALS, status=status, budget_minutes=120) == []


def test_a_catch_up_caps_the_reviews_and_takes_the_most_forgotten_first():
    status = {slug: at(Level.DUE, 0.9) for slug in ("numbers", "vectors", "counting", "matrices")}
    recall = {"numbers": 0.8, "vectors": 0.4, "counting": 0.6, "matrices": 0.7}

    queue = today(
        topics=TOPICS,
        goals=GOALS,
        status=status,
        budget_minutes=120,
        max_reviews=2,
        retrievability=recall,
    )

    reviews = [item for item in queue if item.kind == "review"]
    assert [item.topic for item in reviews] == ["vectors", "counting"]
    assert "about 40% remembered" in reviews[0].reason
    # the rest of the day goes to other work, and the capped reviews wait for tomorrow
    assert {"numbers", "matrices"}.isdisjoint(item.topic for item in queue)
    assert sum(item.minutes for item in queue) <= 120


def test_without_a_cap_the_reviews_are_as_before():
    status = {slug: at(Level.DUE, 0.9) for slug in ("numbers", "vectors", "counting")}
    plain = today(topics=TOPICS, goals=GOALS, status=status, budget_minutes=120)
    same = today(
        topics=TOPICS,
        goals=GOALS,
        status=status,
        budget_minutes=120,
        retrievability={"counting": 0.1},
    )
    assert plain == same
    assert [item.kind for item in plain].count("review") == 3
    assert (
        today(topics=TOPICS, goals=GOALS, status=status, budget_minutes=120, max_reviews=0)[0].kind
        != "review"
    )


def test_time_left_with_nothing_else_ready_goes_to_a_second_session():
    # Only numbers can start (the rest waits for it or is done): a 3-hour day is not cut to 45
    # minutes, but one topic never gets more than two sessions.
    done = at(Level.MASTERED, 0.99)
    status = {s: done for s in ("vectors", "matrices", "counting", "probability")}

    queue = today(topics=TOPICS, goals=GOALS, status=status, budget_minutes=180)

    assert [(item.kind, item.topic, item.minutes) for item in queue] == [("new", "numbers", 90)]
    assert "Longer today" in queue[0].reason
    # with other topics ready, sessions stay at one a day until they are all placed
    fresh = today(topics=TOPICS, goals=GOALS, status={}, budget_minutes=135)
    assert [item.minutes for item in fresh] == [45, 45, 45]
