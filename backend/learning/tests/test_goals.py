"""Remaining work and narrower goals on a small graph.

algebra (calculus groundwork) -> limits -> derivatives -> gradient-descent (optimisation)
algebra -> vectors -> matrices
algebra -> statistics -> testing
"""

from learning.goals import (
    PRACTISED_REMAINING_SHARE,
    RoleGoal,
    best_first,
    calculus_proper,
    candidates,
    remaining_work,
    without,
)
from learning.mastery import Level
from learning.planner import TopicInfo, TopicStatus

TOPICS = {
    info.slug: info
    for info in [
        TopicInfo("algebra", "calculus", 4, ()),
        TopicInfo("limits-and-continuity", "calculus", 5, ("algebra",)),
        TopicInfo("derivatives", "calculus", 6, ("limits-and-continuity",)),
        TopicInfo("gradient-descent", "optimisation", 5, ("derivatives", "matrices")),
        TopicInfo("vectors", "linear-algebra", 3, ("algebra",)),
        TopicInfo("matrices", "linear-algebra", 3, ("vectors",)),
        TopicInfo("statistics", "probability-statistics", 6, ("algebra",)),
        TopicInfo("testing", "probability-statistics", 8, ("statistics",)),
    ]
}
BIG = RoleGoal("researcher", "Researcher", 4, frozenset({"gradient-descent", "testing"}))
SMALL = RoleGoal("ml-engineer", "Machine learning engineer", 1, frozenset({"matrices", "testing"}))


def test_remaining_work_counts_practised_topics_in_part_and_mastered_ones_not_at_all():
    status = {
        "algebra": TopicStatus(level=Level.MASTERED),
        "vectors": TopicStatus(level=Level.DUE),
        "matrices": TopicStatus(level=Level.PRACTISED),
    }

    work = remaining_work(TOPICS, {"matrices"}, status)

    assert work.needed == {"algebra", "vectors", "matrices"}
    assert work.finished == 2
    assert work.remaining_hours == 3 * PRACTISED_REMAINING_SHARE


def test_calculus_proper_starts_at_limits_and_leaves_the_groundwork():
    assert calculus_proper(TOPICS) == {"limits-and-continuity", "derivatives"}
    assert without(
        TOPICS, {"gradient-descent", "matrices", "testing"}, calculus_proper(TOPICS)
    ) == {
        "matrices",
        "testing",
    }


def test_narrower_goals_have_less_work_and_come_once():
    options = candidates(
        topics=TOPICS, status={}, goals=set(BIG.core), role="researcher", roles=[BIG, SMALL]
    )

    labels = [option.label for option in options]
    # the researcher's own core is the current goal, not an alternative, and its calculus-free
    # version is the same as "your goal without calculus", so it comes once
    assert labels == [
        "Your goal without calculus",
        "Machine learning engineer: core topics (no calculus needed)",
    ]
    assert options[0].custom_topics == ("testing",)
    assert options[0].role == "researcher"
    assert options[0].work.remaining_hours == 4 + 6 + 8


def test_a_role_core_is_offered_by_its_role_with_no_custom_topics():
    custom = {"gradient-descent", "testing", "matrices"}
    ml = RoleGoal("ml-engineer", "Machine learning engineer", 1, frozenset({"matrices"}))

    options = candidates(topics=TOPICS, status={}, goals=custom, role=None, roles=[BIG, ml])

    by_label = {option.label: option for option in options}
    core = by_label["Machine learning engineer: core topics (no calculus needed)"]
    assert (core.role, core.custom_topics) == ("ml-engineer", ())
    assert "Researcher: core topics" not in by_label  # not narrower than the current goal
    assert "Researcher: core topics without calculus" in by_label


def test_nothing_is_offered_when_nothing_is_narrower():
    assert candidates(topics=TOPICS, status={}, goals={"vectors"}, role=None, roles=[SMALL]) == []


def test_best_first_keeps_the_most_of_the_goal_among_likely_ones():
    options = candidates(
        topics=TOPICS,
        status={},
        goals={"gradient-descent", "testing", "matrices"},
        role=None,
        roles=[BIG, RoleGoal("tiny", "Tiny", 0, frozenset({"vectors"}))],
    )
    by_label = {option.label: option for option in options}
    small = by_label["Tiny: core topics (no calculus needed)"]
    trimmed = by_label["Your goal without calculus"]
    ranked = best_first([(small, 1.0), (trimmed, 0.9)], likely=0.8)
    assert [option.label for option, _ in ranked] == [trimmed.label, small.label]
    unlikely = best_first([(small, 0.1), (trimmed, 0.3)], likely=0.8)
    assert [option.label for option, _ in unlikely] == [trimmed.label, small.label]
    tied = best_first([(trimmed, 0.0), (small, 0.0)], likely=0.8)
    assert [option.label for option, _ in tied] == [small.label, trimmed.label]
