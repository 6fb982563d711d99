"""The weekly group digest as an email: built from a Digest, which already leaves out what
members hide."""

from datetime import date

from common.emails import Email, Section

from .digest_selectors import Digest


def _span(start: date, end: date) -> str:
    if start.month == end.month:
        return f"{start:%-d} to {end:%-d %B %Y}"
    return f"{start:%-d %B} to {end:%-d %B %Y}"


def _hours(hours: float) -> str:
    return f"{hours:.1f}".rstrip("0").rstrip(".") + " h"


def _goal(digest: Digest) -> str | None:
    week = digest.week
    parts = []
    if week.goal_hours is not None:
        parts.append(_hours(float(week.goal_hours)) + " of study")
    if week.goal_topics is not None:
        parts.append(f"{week.goal_topics} topic{'s' if week.goal_topics != 1 else ''} mastered")
    return " and ".join(parts) if parts else None


def _member_lines(digest: Digest) -> list[str]:
    """One line per member with something shared to show; nothing about a hidden figure."""
    lines = []
    for row in digest.week.rows:
        figures = []
        if row.hours:  # None when hidden; a quiet member is left out
            figures.append(_hours(row.hours) + " studied")
        if row.topics:
            figures.append(f"{row.topics} topic{'s' if row.topics != 1 else ''} mastered")
        if not figures:
            continue
        line = f"{row.member.user.username}: {', '.join(figures)}"
        if row.met:
            line += " — met the goal"
        lines.append(line)
    return lines


def _more(shown: int, total: int) -> list[str]:
    return [f"…and {total - shown} more"] if total > shown else []


def digest_email(*, digest: Digest, username: str, site_url: str) -> Email:
    group = digest.group
    week = digest.week
    span = _span(week.week_start, week.week_end)
    goal = _goal(digest)
    met = [row.member.user.username for row in week.rows if row.met]
    intro = [f"Hi {username},", f"Here is what {group.name} did in the week of {span}."]
    if goal:
        intro.append(
            f"The group's weekly goal: {goal}. "
            + (f"Met by {', '.join(met)}." if met else "Nobody who shares their figures met it.")
        )
    sections = []
    members = _member_lines(digest)
    if members:
        sections.append(Section("This week", members))
    if digest.masteries:
        sections.append(
            Section(
                "Topics mastered",
                [f"{m.username} mastered {m.topic}" for m in digest.masteries]
                + _more(len(digest.masteries), digest.masteries_total),
            )
        )
    if digest.questions_total or digest.answers_total:
        lines = [
            f"{q.author} asked “{q.title}” on {q.topic} "
            f"({q.answers} answer{'s' if q.answers != 1 else ''})"
            for q in digest.questions
        ] + _more(len(digest.questions), digest.questions_total)
        lines.append(
            f"{digest.answers_total} answer{'s' if digest.answers_total != 1 else ''} "
            "posted this week"
        )
        sections.append(Section("Questions and answers", lines))
    link = f"{site_url}/groups/{group.pk}"
    return Email(
        subject=f"{group.name}: your group's week ({span})",
        intro=[*intro, f"See the group: {link}"],
        sections=sections,
        footer=[
            f"You get this weekly digest because you are a member of {group.name}.",
            "To stop it, open the group in Lemma and turn off “Weekly digest email” under "
            f"What this group sees of you, in Members ({link}). Members who hide their hours "
            "or progress are shown without them.",
        ],
    )
