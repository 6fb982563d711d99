"""The plan as an iCalendar feed (RFC 5545) for calendar apps. Pure: no Django imports.

Written with the `icalendar` package, which escapes text, folds long lines at 75 octets without
splitting a UTF-8 character and ends lines with CRLF, as RFC 5545 requires.

Every event is an all-day event marked free (TRANSP:TRANSPARENT): Lemma knows which days the
learner studies and for how long, not at what time, and a plan should not block their calendar.
  * study sessions on the planned study days of the next STUDY_DAYS days, outside pauses, with
    today's queue or the week's milestone topics in the description. Which weekdays are study
    days is not stored, so they are the first `days_per_week` days from Monday (Monday to
    Saturday for 6);
  * weekly milestones on the last day of each week that finishes topics;
  * the target date;
  * pauses.
UIDs are stable for the same learner, kind and day, so a calendar app updates events in place.
"""

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from icalendar import Calendar, Event, vDuration

from .milestones import Week
from .pauses import Span

STUDY_DAYS = 28
MILESTONE_WEEKS = 26
REFRESH = timedelta(hours=12)
NAME = "Lemma study plan"


@dataclass(frozen=True)
class Entry:
    kind: str  # study, milestone, target, pause
    first: date
    last: date  # included
    summary: str
    description: str


def is_study_day(day: date, days_per_week: int) -> bool:
    return day.weekday() < days_per_week


def _hours(hours: float) -> str:
    return f"{hours:g} h" if hours >= 1 else f"{round(hours * 60)} min"


def _names(slugs: Iterable[str], titles: Mapping[str, str]) -> list[str]:
    return [titles.get(slug, slug) for slug in slugs]


def entries(
    *,
    today: date,
    hours_per_day: float,
    days_per_week: int,
    target: date,
    goal: str,
    today_items: Sequence[tuple[str, str, int]],  # (kind label, title, minutes)
    weeks: Sequence[Week],
    titles: Mapping[str, str],
    pauses: Sequence[tuple[Span, str]],  # (span, reason)
) -> list[Entry]:
    """What the feed shows, from the plan as it stands today."""
    out: list[Entry] = []
    spans = [span for span, _ in pauses]
    week_of = {w.starts_on + timedelta(days=i): w for w in weeks for i in range(7)}
    for offset in range(STUDY_DAYS):
        day = today + timedelta(days=offset)
        if not is_study_day(day, days_per_week) or any(span.covers(day) for span in spans):
            continue
        if day == today and today_items:
            lines = ["Today's plan:"]
            lines += [f"- {title} ({kind}, {minutes} min)" for kind, title, minutes in today_items]
        else:
            lines = ["Reviews first, then this week's topics."]
            week = week_of.get(day)
            if week is not None and week.topics:
                lines.append(f"This week's milestone: {', '.join(_names(week.topics, titles))}.")
            if week is not None and week.continuing:
                lines.append(f"Keep going with {titles.get(week.continuing, week.continuing)}.")
        summary = f"Lemma: study {_hours(hours_per_day)}"
        out.append(Entry("study", day, day, summary, "\n".join(lines)))
    for week in [w for w in weeks if w.ends_on >= today and w.topics][:MILESTONE_WEEKS]:
        names = _names(week.topics, titles)
        shown = ", ".join(names[:3]) + (f" and {len(names) - 3} more" if len(names) > 3 else "")
        out.append(
            Entry(
                "milestone",
                week.ends_on,
                week.ends_on,
                f"Lemma milestone: {shown}",
                "By the end of this week, practise: " + ", ".join(names) + ".",
            )
        )
    if target >= today:
        out.append(Entry("target", target, target, "Lemma target date", f"Your target for {goal}."))
    for span, reason in pauses:
        if span.ends_on >= today:
            out.append(
                Entry(
                    "pause",
                    span.starts_on,
                    span.ends_on,
                    "Lemma: plan paused",
                    reason or "A break from the plan; reviews are spread out afterwards.",
                )
            )
    return out


def calendar(items: Iterable[Entry], *, key: str, stamp: datetime) -> bytes:
    """The feed. `key` makes the UIDs unique per learner; `stamp` is the DTSTAMP (UTC)."""
    cal = Calendar()
    cal.add("prodid", "-//Lemma//Study plan//EN")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", NAME)
    cal.add("refresh-interval", REFRESH, parameters={"VALUE": "DURATION"})
    cal.add("x-published-ttl", vDuration(REFRESH))  # an X- property: typed by hand
    for item in items:
        event = Event()
        event.add("uid", f"{item.kind}-{item.first:%Y%m%d}-{key}@lemma")
        event.add("dtstamp", stamp)
        event.add("dtstart", item.first)
        event.add("dtend", item.last + timedelta(days=1))  # exclusive for all-day events
        event.add("summary", item.summary)
        event.add("description", item.description)
        event.add("transp", "TRANSPARENT")
        event.add("categories", ["Lemma"])
        cal.add_component(event)
    return bytes(cal.to_ical())
