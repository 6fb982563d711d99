"""The calendar feed is valid RFC 5545: parsed back, folded at 75 octets, CRLF, escaped."""

from datetime import UTC, date, datetime, timedelta
from typing import Any

from icalendar import Calendar

from learning.ical import STUDY_DAYS, Entry, calendar, entries, is_study_day
from learning.milestones import Week
from learning.pauses import Span

MONDAY = date(2026, 3, 2)
STAMP = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)
TITLES = {"vectors": "Vectors", "matrices": "Matrices; and more, with commas", "pca": "PCA"}


def plan(**changes: Any) -> list[Entry]:
    args: dict[str, Any] = {
        "today": MONDAY,
        "hours_per_day": 1.5,
        "days_per_week": 5,
        "target": MONDAY + timedelta(days=90),
        "goal": "Machine learning engineer",
        "today_items": [("review", "Vectors", 10), ("new", "Matrices; and more, with commas", 45)],
        "weeks": [
            Week(MONDAY, MONDAY + timedelta(days=6), ("vectors",), 6.4, "matrices"),
            Week(
                MONDAY + timedelta(days=7),
                MONDAY + timedelta(days=13),
                ("matrices", "pca"),
                6.4,
                None,
            ),
        ],
        "titles": TITLES,
        "pauses": [(Span(MONDAY + timedelta(days=8), MONDAY + timedelta(days=10)), "Ski trip")],
    }
    args.update(changes)
    return entries(**args)


def events(raw: bytes) -> list:
    return [c for c in Calendar.from_ical(raw).walk("VEVENT")]


def test_the_feed_parses_back_with_study_days_milestones_target_and_pauses():
    raw = calendar(plan(), key="42", stamp=STAMP)

    parsed = Calendar.from_ical(raw)
    assert str(parsed["VERSION"]) == "2.0"
    assert str(parsed["X-WR-CALNAME"]) == "Lemma study plan"
    found = events(raw)
    kinds = [str(e["UID"]).split("-")[0] for e in found]
    study = [e for e in found if str(e["UID"]).startswith("study-")]
    # weekdays Monday to Friday for 5 days a week, over four weeks, minus 3 paused weekdays
    assert len(study) == 4 * 5 - 3
    days = {e.decoded("DTSTART") for e in study}
    assert all(is_study_day(day, 5) for day in days)
    assert MONDAY + timedelta(days=9) not in days  # paused
    assert max(days) < MONDAY + timedelta(days=STUDY_DAYS)
    assert kinds.count("milestone") == 2
    assert kinds.count("target") == 1
    assert kinds.count("pause") == 1
    for event in found:
        assert str(event["TRANSP"]) == "TRANSPARENT"
        assert isinstance(event.decoded("DTSTART"), date)
        assert event.decoded("DTEND") > event.decoded("DTSTART")
        assert str(event["UID"]).endswith("-42@lemma")
    assert len({str(e["UID"]) for e in found}) == len(found)


def test_today_lists_the_queue_and_later_days_the_weeks_milestone():
    by_day = {
        e.decoded("DTSTART"): e
        for e in events(calendar(plan(), key="1", stamp=STAMP))
        if str(e["UID"]).startswith("study-")
    }

    today = str(by_day[MONDAY]["DESCRIPTION"])
    assert today.splitlines() == [
        "Today's plan:",
        "- Vectors (review, 10 min)",
        "- Matrices; and more, with commas (new, 45 min)",
    ]
    assert str(by_day[MONDAY]["SUMMARY"]) == "Lemma: study 1.5 h"
    tuesday = str(by_day[MONDAY + timedelta(days=1)]["DESCRIPTION"])
    assert "This week's milestone: Vectors." in tuesday
    assert "Keep going with Matrices; and more, with commas." in tuesday
    pause = next(
        e
        for e in events(calendar(plan(), key="1", stamp=STAMP))
        if str(e["UID"]).startswith("pause-")
    )
    assert (pause.decoded("DTSTART"), pause.decoded("DTEND")) == (
        MONDAY + timedelta(days=8),
        MONDAY + timedelta(days=11),  # the day after the last: DTEND is exclusive
    )
    assert str(pause["DESCRIPTION"]) == "Ski trip"


def test_the_raw_text_is_rfc_5545_crlf_folded_and_escaped():
    long_titles = {**TITLES, "pca": "Principal component analysis \u2014 " + "\u00e9" * 80}
    raw = calendar(plan(titles=long_titles), key="7", stamp=STAMP)

    assert raw.endswith(b"\r\n")
    lines = raw.split(b"\r\n")
    assert b"\n" not in b"".join(lines)  # no bare line feeds
    assert all(len(line) <= 75 for line in lines)  # octets, not characters
    for line in lines:
        line.decode("utf-8")  # folding never splits a UTF-8 character
    unfolded = raw.replace(b"\r\n ", b"").decode()
    assert "Matrices\\; and more\\, with commas" in unfolded
    assert "Today's plan:\\n- Vectors (review\\, 10 min)" in unfolded
    assert "DTSTART;VALUE=DATE:20260302" in unfolded
    assert "REFRESH-INTERVAL;VALUE=DURATION:PT12H\r\nX-PUBLISHED-TTL:PT12H\r\n" in unfolded


def test_past_targets_and_pauses_are_left_out():
    items = plan(
        target=MONDAY - timedelta(days=1),
        pauses=[(Span(MONDAY - timedelta(days=9), MONDAY - timedelta(days=2)), "")],
    )
    assert {item.kind for item in items} == {"study", "milestone"}
