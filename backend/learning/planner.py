"""Today's work: a queue that fits the day's time budget. Pure: no Django imports.

Order of the queue, each step only while time is left:
  1. Due reviews. A review is a short practice of the topic; practising a topic also counts as
     a (discounted) review of its prerequisites (implicit repetition), so among due topics the
     ones whose practice covers the most other due topics go first, and topics covered that way
     are not queued again.
  2. Remediation. After REPEATED_FAILURES wrong answers in a row on a topic, go back to a
     prerequisite first: the one whose exercises train the misconceptions the grader tagged in
     the wrong answers, if any; otherwise the weakest direct prerequisite not yet mastered.
  3. Topics in progress, least known first: a full session for one being learned, a short one for
     one already practised (mastery needs a success on a later day, not more time today).
  4. New topics from the frontier (every prerequisite practised or better), ranked by how many
     unmastered goal topics they lead to, then by the longest remaining chain of study hours
     through them, with areas interleaved so that a day is not all one subject.
  5. If time is still left, a second session on the topics being learned (never more than two
     a day on one topic): a long budget is used even when little is ready to start.
"""

from collections import defaultdict
from collections.abc import Collection, Mapping
from dataclasses import dataclass, field, replace

from curriculum.graph import ancestors

from .mastery import Level

REVIEW_MINUTES = 10
SESSION_MINUTES = 45  # at most this long on one topic in a day
MIN_SESSION_MINUTES = 15
REPEATED_FAILURES = 3
DONE = (Level.PRACTISED, Level.MASTERED, Level.DUE)
KINDS = ("review", "remediate", "continue", "new")


@dataclass(frozen=True)
class TopicInfo:
    slug: str
    area: str
    hours: float
    prerequisites: tuple[str, ...]


@dataclass(frozen=True)
class TopicStatus:
    level: Level = Level.NOT_STARTED
    p_known: float = 0.0
    failures_in_a_row: int = 0
    minutes_spent: float = 0.0
    # Misconception tags the grader gave the recent wrong answers (newest first).
    recent_mistakes: tuple[str, ...] = ()


@dataclass(frozen=True)
class Item:
    kind: str  # one of KINDS
    topic: str
    minutes: int
    reason: str
    covers: tuple[str, ...] = field(default=())  # other due topics this review refreshes


def _dependents(topics: Mapping[str, TopicInfo]) -> dict[str, set[str]]:
    out: dict[str, set[str]] = defaultdict(set)
    for info in topics.values():
        for prerequisite in info.prerequisites:
            out[prerequisite].add(info.slug)
    return out


def chains(topics: Mapping[str, TopicInfo], goals: set[str], status: Mapping[str, TopicStatus]):
    """For each topic: the unmastered goal topics it leads to, and the longest chain of hours
    from it to a goal (itself included)."""
    dependents = _dependents(topics)
    leads: dict[str, frozenset[str]] = {}
    chain: dict[str, float] = {}

    def visit(slug: str) -> None:
        if slug in chain:
            return
        below = [d for d in dependents.get(slug, ()) if d in topics]
        for d in below:
            visit(d)
        done = status.get(slug, TopicStatus()).level in DONE
        remaining = 0.0 if done else topics[slug].hours
        own = {slug} if slug in goals and not done else set()
        leads[slug] = frozenset(own.union(*(leads[d] for d in below)))
        chain[slug] = remaining + max((chain[d] for d in below if leads[d]), default=0.0)

    # Recursive, but only as deep as the longest prerequisite chain (a dozen topics here).
    for slug in sorted(topics):
        visit(slug)
    return leads, chain


def needed_topics(topics: Mapping[str, TopicInfo], goals: set[str]) -> set[str]:
    """The goal topics and every prerequisite they pull in (the same rule as a role's roadmap)."""
    prerequisites = {slug: info.prerequisites for slug, info in topics.items()}
    return (goals | ancestors(goals, prerequisites)) & set(topics)


def frontier(
    topics: Mapping[str, TopicInfo], needed: set[str], status: Mapping[str, TopicStatus]
) -> list[str]:
    """Needed topics not started whose prerequisites are all practised or better."""
    ready = []
    for slug in sorted(needed):
        if status.get(slug, TopicStatus()).level != Level.NOT_STARTED:
            continue
        if all(
            status.get(p, TopicStatus()).level in DONE
            for p in topics[slug].prerequisites
            if p in topics
        ):
            ready.append(slug)
    return ready


def _interleave(ranked: list[str], topics: Mapping[str, TopicInfo]) -> list[str]:
    """Keep the ranking, but never take two topics of one area in a row when another area has
    a candidate left."""
    pending = list(ranked)
    out: list[str] = []
    while pending:
        last_area = topics[out[-1]].area if out else None
        pick = next((s for s in pending if topics[s].area != last_area), pending[0])
        out.append(pick)
        pending.remove(pick)
    return out


def _remediation(
    slug: str,
    topics: Mapping[str, TopicInfo],
    state: Mapping[str, TopicStatus],
    mistake_topics: Mapping[str, Collection[str]],
) -> tuple[str | None, str]:
    """Where to go back to after repeated failures on `slug`. A misconception tag the grader
    gave the recent wrong answers points to a prerequisite (direct or further back) when that
    prerequisite's exercises train the same mistake; the one most tags point to wins. Without
    such a pointer: the weakest direct prerequisite."""
    failures = f"{state[slug].failures_in_a_row} wrong answers in a row on {slug}"
    below = ancestors([slug], {s: info.prerequisites for s, info in topics.items()})
    pointed: dict[str, list[str]] = defaultdict(list)
    for tag in state[slug].recent_mistakes:
        for other in sorted(set(mistake_topics.get(tag, ())) & below):
            if tag not in pointed[other]:
                pointed[other].append(tag)
    if pointed:
        target = min(pointed, key=lambda p: (-len(pointed[p]), state[p].p_known, p))
        mistake = pointed[target][0].replace("-", " ")
        return target, (
            f"{failures}, with a mistake ({mistake}) that {target} practises: fix it there first."
        )
    # Without a pointer, only a prerequisite that is not mastered is worth going back to: failing
    # a new topic whose foundations are solid just means it is not learned yet.
    weak = sorted(
        (p for p in topics[slug].prerequisites if p in topics and state[p].level != Level.MASTERED),
        key=lambda p: (state[p].p_known, p),
    )
    if not weak:
        return None, ""
    return weak[0], f"{failures}: strengthen this prerequisite first."


def today(
    *,
    topics: Mapping[str, TopicInfo],
    goals: set[str],
    status: Mapping[str, TopicStatus],
    budget_minutes: int,
    max_reviews: int | None = None,
    retrievability: Mapping[str, float] | None = None,
    mistake_topics: Mapping[str, Collection[str]] | None = None,
) -> list[Item]:
    """The queue for today. `goals` are the learner's target topics; their prerequisites are
    needed too. Deterministic for the same input.

    `max_reviews` caps the reviews (a catch-up after a pause spreads the pile over days); with a
    cap the most forgotten go first, by `retrievability` (FSRS, 1.0 when not given).
    `mistake_topics` maps a misconception tag to the topics whose exercises train it."""
    prerequisites = {slug: info.prerequisites for slug, info in topics.items()}
    needed = needed_topics(topics, goals)
    state = {slug: status.get(slug, TopicStatus()) for slug in topics}
    left = budget_minutes
    queue: list[Item] = []
    planned: set[str] = set()

    def add(item: Item) -> bool:
        nonlocal left
        if item.minutes > left or item.topic in planned:
            return False
        queue.append(item)
        planned.add(item.topic)
        planned.update(item.covers)
        left -= item.minutes
        return True

    # 1. Reviews, preferring those that refresh other due topics through their prerequisites.
    due = {slug for slug in needed if state[slug].level == Level.DUE}
    recall = retrievability or {}
    reviews = 0
    while due and left >= REVIEW_MINUTES and (max_reviews is None or reviews < max_reviews):
        coverage = {s: (ancestors([s], prerequisites) & due) - {s} for s in sorted(due)}
        if max_reviews is None:
            best = max(coverage, key=lambda s: len(coverage[s]))
        else:  # catching up: the most forgotten first
            best = min(coverage, key=lambda s: (recall.get(s, 1.0), -len(coverage[s]), s))
        covers = tuple(sorted(coverage[best]))
        reason = "Due for review" + (
            f"; practising it also refreshes {len(covers)} due prerequisite(s)" if covers else ""
        )
        if max_reviews is not None and best in recall:
            reason += f"; catching up after your pause, about {recall[best]:.0%} remembered"
        if add(Item("review", best, REVIEW_MINUTES, reason + ".", covers)):
            reviews += 1
        due -= {best, *covers}

    # 2. Remediation after repeated failures: the prerequisite the mistakes point to, or else
    #    the weakest direct prerequisite.
    for slug in sorted(needed):
        if state[slug].failures_in_a_row < REPEATED_FAILURES or left < MIN_SESSION_MINUTES:
            continue
        target, reason = _remediation(slug, topics, state, mistake_topics or {})
        if target is not None:
            add(Item("remediate", target, min(SESSION_MINUTES // 2 + 5, left), reason))

    # 3. Topics in progress, least known first.
    started = sorted(
        (s for s in needed if state[s].level in (Level.LEARNING, Level.PRACTISED)),
        key=lambda s: (state[s].p_known, s),
    )
    for slug in started:
        if left < MIN_SESSION_MINUTES:
            break
        if state[slug].level == Level.PRACTISED:
            # Known already: what mastery still needs is a few more exercises on another day,
            # not another long session.
            minutes = MIN_SESSION_MINUTES
            label = "Make it stick with a few exercises on a new day"
        else:
            remaining = topics[slug].hours * 60 - state[slug].minutes_spent
            minutes = int(min(SESSION_MINUTES, max(remaining, MIN_SESSION_MINUTES), left))
            label = "Keep practising"
        add(Item("continue", slug, minutes, f"{label}: estimated {state[slug].p_known:.0%} known."))

    # 4. New topics from the frontier.
    leads, chain = chains({s: topics[s] for s in needed}, goals, state)
    ranked = sorted(
        frontier(topics, needed, state),
        key=lambda s: (-len(leads.get(s, ())), -chain.get(s, 0.0), s),
    )
    for slug in _interleave(ranked, topics):
        if left < MIN_SESSION_MINUTES:
            break
        minutes = int(min(SESSION_MINUTES, topics[slug].hours * 60, left))
        unlocks = len(leads.get(slug, ()))
        add(
            Item(
                "new",
                slug,
                minutes,
                f"Ready to start: leads to {unlocks} goal topic(s); the longest chain through it "
                f"is {chain.get(slug, 0.0):.0f} h.",
            )
        )

    # 5. Time left and nothing else ready: a second session on the topics being learned, so a
    #    long daily budget is used rather than stopped short by the one-session-a-day rule.
    for index, item in enumerate(queue):
        if left < MIN_SESSION_MINUTES:
            break
        if item.kind not in ("new", "continue") or state[item.topic].level == Level.PRACTISED:
            continue
        extra = int(min(SESSION_MINUTES, left, topics[item.topic].hours * 60 - item.minutes))
        if extra < MIN_SESSION_MINUTES:
            continue
        queue[index] = replace(
            item,
            minutes=item.minutes + extra,
            reason=f"{item.reason} Longer today: nothing else is ready to start.",
        )
        left -= extra
    return queue
