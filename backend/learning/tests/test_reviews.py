from datetime import UTC, datetime, timedelta

from fsrs import Rating

from learning import reviews

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


def test_rating_from_a_verdict():
    assert reviews.rating(True, hinted=False, solution_seen=False) == Rating.Good
    assert reviews.rating(True, hinted=True, solution_seen=False) == Rating.Hard
    assert reviews.rating(False, hinted=False, solution_seen=False) == Rating.Again
    assert reviews.rating(True, hinted=False, solution_seen=True) == Rating.Again


def test_good_reviews_push_the_next_review_further_out():
    card = reviews.new_card(T0, Rating.Good)
    gaps = []
    at = T0
    for _ in range(4):
        at = max(card.due, at + timedelta(days=1))
        card = reviews.review(card, Rating.Good, at)
        gaps.append(card.due - at)
    assert gaps == sorted(gaps)
    assert gaps[-1] > timedelta(days=7)


def test_a_failed_review_brings_it_back_soon():
    card = reviews.new_card(T0, Rating.Good)
    card = reviews.review(card, Rating.Good, T0 + timedelta(days=3))
    failed = reviews.review(card, Rating.Again, T0 + timedelta(days=20))
    assert failed.due - (T0 + timedelta(days=20)) < timedelta(days=1)


def test_one_review_a_day_counts():
    card = reviews.new_card(T0, Rating.Good)
    later = reviews.review(card, Rating.Good, T0 + timedelta(days=2))
    again_same_day = reviews.review(later, Rating.Again, T0 + timedelta(days=2, hours=3))
    assert again_same_day.due == later.due


def test_cards_round_trip_as_json():
    card = reviews.new_card(T0, Rating.Good)
    assert reviews.load(reviews.dump(card)).due == card.due
    assert reviews.is_due(card, card.due)
    assert 0.9 < reviews.retrievability(card, T0 + timedelta(days=1)) <= 1


def test_implicit_credit_adds_up_to_one_review_a_day():
    card = reviews.new_card(T0, Rating.Good)
    later = T0 + timedelta(days=5)

    half, credit = reviews.implicit(card, 0.0, later)
    assert half is card
    assert credit == 0.5

    full, credit = reviews.implicit(half, credit, later)
    assert full.last_review == later
    assert full.due > card.due
    assert credit == 0.0

    # A second full unit the same day is kept for another day.
    again, credit = reviews.implicit(full, 0.5, later)
    assert again is full
    assert credit == 1.0


def test_only_reviews_of_learned_topics_count_as_reviews_that_day():
    card = reviews.new_card(T0, Rating.Good)  # the first rating creates the card: not a review
    assert not reviews.reviewed_on(card, T0.date(), UTC)

    later = T0 + timedelta(days=6)
    reviewed = reviews.review(card, Rating.Good, later)
    assert reviews.reviewed_on(reviewed, later.date(), UTC)
    assert not reviews.reviewed_on(reviewed, later.date() + timedelta(days=1), UTC)
