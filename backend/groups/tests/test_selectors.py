"""The group page's reads: what each member shares is all that shows."""

from datetime import date, timedelta

import pytest
from django.utils import timezone

from accounts.models import User
from groups import selectors
from groups.models import Membership
from groups.selectors import iso_week

from .conftest import Cast, record_level, record_minutes

pytestmark = pytest.mark.django_db


def share(cast: Cast, user: User, **flags: bool) -> None:
    Membership.objects.filter(group=cast.group, user=user).update(**flags)


def test_the_roadmap_is_the_goal_and_what_it_needs_in_study_order(cast: Cast):
    slugs = [t.slug for t in selectors.roadmap(group=cast.group)]

    assert set(slugs) == {"functions", "derivatives", "vectors", "gradients"}
    assert slugs.index("functions") < slugs.index("derivatives") < slugs.index("gradients")


def test_the_heatmap_hides_members_who_do_not_share_progress(cast: Cast):
    record_level(cast.member, "vectors", "mastered")
    record_level(cast.target, "vectors", "mastered")
    share(cast, cast.target, share_progress=False)

    heatmap = selectors.heatmap(group=cast.group)

    column = [t.slug for t in heatmap.topics].index("vectors")
    rows = {row.member.user.username: row.levels for row in heatmap.rows}
    assert rows["mia"] is not None
    assert rows["mia"][column] == "mastered"
    assert rows["olga"] is not None
    assert set(rows["olga"]) == {"not_started"}
    assert rows["tom"] is None


def test_weekly_counts_this_iso_week_and_honours_share_flags(cast: Cast):
    monday, sunday = iso_week(timezone.localdate())
    cast.group.weekly_hours = 2
    cast.group.weekly_topics = 1
    share(cast, cast.member, share_hours=True)
    share(cast, cast.admin, share_hours=True)
    record_minutes(cast.member, monday, 90)
    record_minutes(cast.member, sunday, 45)
    record_minutes(cast.member, monday - timedelta(days=1), 600)  # last week
    record_level(cast.member, "vectors", "mastered")
    record_minutes(cast.admin, monday, 200)  # enough hours, no topic
    record_minutes(cast.target, monday, 500)  # not shared

    rows = {r.member.user.username: r for r in selectors.weekly(group=cast.group).rows}

    assert (rows["mia"].hours, rows["mia"].topics, rows["mia"].met) == (2.25, 1, True)
    assert (rows["adam"].hours, rows["adam"].topics, rows["adam"].met) == (3.33, 0, False)
    assert (rows["tom"].hours, rows["tom"].met) == (None, None)


def test_weekly_without_a_goal_judges_nobody(cast: Cast):
    assert {r.met for r in selectors.weekly(group=cast.group).rows} == {None}


def test_activity_shows_joins_shared_masteries_and_streaks_newest_first(cast: Cast):
    joined = timezone.now() - timedelta(days=10)
    Membership.objects.filter(group=cast.group).update(joined_at=joined)
    share(cast, cast.member, share_hours=True)
    share(cast, cast.target, share_progress=False, share_hours=False)
    record_level(cast.member, "vectors", "mastered", at=joined + timedelta(days=1))
    record_level(cast.member, "functions", "mastered", at=joined - timedelta(days=1))  # before
    record_level(cast.target, "vectors", "mastered", at=joined + timedelta(days=2))  # hidden
    today = timezone.localdate()
    for offset in range(3):
        record_minutes(cast.member, today - timedelta(days=offset), 30)
        record_minutes(cast.target, today - timedelta(days=offset), 30)

    feed = selectors.activity(group=cast.group)

    described = [
        (e.kind, e.user.username, e.topic.slug if e.topic else e.days) for e in feed.events
    ]
    assert described[0] == ("streak", "mia", 3)
    assert ("mastered", "mia", "vectors") in described
    assert ("mastered", "mia", "functions") not in described
    assert all(user != "tom" or kind == "joined" for kind, user, _ in described)
    assert [e.at for e in feed.events] == sorted((e.at for e in feed.events), reverse=True)
    assert feed.next_before is None


def test_activity_pages_with_before(cast: Cast):
    first = selectors.activity(group=cast.group, limit=3)
    rest = selectors.activity(group=cast.group, before=first.next_before, limit=3)

    assert len(first.events) == 3
    assert first.next_before is not None
    assert [e.user.username for e in rest.events] == ["olga"]
    assert rest.next_before is None


def test_helpers_have_mastered_the_topic_and_share_progress(cast: Cast):
    for user in (cast.owner, cast.member, cast.target):
        record_level(user, "vectors", "mastered")
    record_level(cast.admin, "vectors", "practised")
    share(cast, cast.target, share_progress=False)
    vectors = selectors.topic_get(slug="vectors")
    assert vectors is not None

    found = selectors.helpers(group=cast.group, topic=vectors, exclude=cast.owner)

    assert [m.user.username for m in found] == ["mia"]


def test_iso_week_runs_monday_to_sunday():
    assert iso_week(date(2025, 1, 1)) == (date(2024, 12, 30), date(2025, 1, 5))
