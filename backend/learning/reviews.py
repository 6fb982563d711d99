"""Spaced reviews per topic with FSRS (the `fsrs` package). Pure: no Django imports.

A topic gets a review card once it is practised. The first graded attempt on a topic each day
is a review: right without hints is Good, right after hints is Hard, wrong (or after reading the
solution) is Again. Later attempts the same day don't move the schedule: FSRS models memory
across days, and drilling a topic five times in an hour is not five reviews.
"""

from datetime import date, datetime, tzinfo

from fsrs import Card, Rating, Scheduler, State

# Practising a topic exercises its prerequisites too ("fractional implicit repetition"): each
# success on a topic adds this much review credit to each direct prerequisite with a card, and a
# full unit of credit counts as one Good review of that prerequisite.
IMPLICIT_CREDIT = 0.5

# Fuzzing spreads due dates randomly; the plan needs the same answer for the same history.
SCHEDULER = Scheduler(desired_retention=0.9, enable_fuzzing=False)


def rating(correct: bool, hinted: bool, solution_seen: bool) -> Rating:
    if solution_seen or not correct:
        return Rating.Again
    return Rating.Hard if hinted else Rating.Good


def new_card(at: datetime, first: Rating) -> Card:
    card, _ = SCHEDULER.review_card(Card(), first, review_datetime=at)
    return card


def review(card: Card, grade: Rating, at: datetime) -> Card:
    if card.last_review is not None and card.last_review.date() == at.date():
        return card
    reviewed, _ = SCHEDULER.review_card(card, grade, review_datetime=at)
    return reviewed


def implicit(card: Card, credit: float, at: datetime) -> tuple[Card, float]:
    """Add one success's implicit credit; a full unit becomes a Good review (once a day)."""
    credit += IMPLICIT_CREDIT
    if credit < 1:
        return card, credit
    reviewed = review(card, Rating.Good, at)
    if reviewed is card:  # already reviewed today: keep the credit for another day
        return card, credit
    return reviewed, credit - 1


def credited(card: Card | None, at: datetime) -> Card:
    """The card of a topic credited by placement or a test-out quiz: a Good review of an existing
    card, or a new card as if reviewed Easy, first due in about a week (a Good first review would
    be due in ten minutes, and a learner credited with 50 topics would review for days)."""
    if card is not None:
        return review(card, Rating.Good, at)
    return new_card(at, Rating.Easy)


def is_due(card: Card, now: datetime) -> bool:
    return card.due <= now


def reviewed_on(card: Card, day: date, zone: tzinfo) -> bool:
    """Whether the card's last review fell on `day` (in `zone`) and was a review of a learned
    topic, not the first rating that created the card (a new card is in its learning steps)."""
    return (
        card.last_review is not None
        and card.last_review.astimezone(zone).date() == day
        and card.state != State.Learning
    )


def retrievability(card: Card, now: datetime) -> float:
    return float(SCHEDULER.get_card_retrievability(card, now))


def dump(card: Card) -> dict:
    return dict(card.to_dict())


def load(data: dict) -> Card:
    return Card.from_dict(data)  # type: ignore[arg-type]
