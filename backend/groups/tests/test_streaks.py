from datetime import date, timedelta

from groups.streaks import Milestone, milestones

DAY = date(2025, 3, 3)


def days(start: date, count: int) -> list[date]:
    return [start + timedelta(days=i) for i in range(count)]


def test_a_run_yields_one_event_per_milestone_it_passes():
    assert milestones(days(DAY, 8)) == [
        Milestone(DAY + timedelta(days=2), 3),
        Milestone(DAY + timedelta(days=6), 7),
    ]


def test_a_gap_restarts_the_count():
    studied = days(DAY, 2) + days(DAY + timedelta(days=3), 3)

    assert milestones(studied) == [Milestone(DAY + timedelta(days=5), 3)]


def test_only_milestones_since_a_day_count_but_runs_start_before_it():
    assert milestones(days(DAY, 7), since=DAY + timedelta(days=4)) == [
        Milestone(DAY + timedelta(days=6), 7)
    ]


def test_repeated_days_count_once():
    assert milestones([DAY, DAY, DAY + timedelta(days=1)]) == []
