"""The helpfulness score: pure arithmetic, no database."""

import pytest

from curriculum.ranking import wilson_lower_bound


def test_no_votes_scores_zero():
    assert wilson_lower_bound(0, 0) == 0.0


@pytest.mark.parametrize(
    ("helpful", "total", "expected"),
    [(1, 1, 0.2065), (0, 1, 0.0), (40, 50, 0.6696), (5, 10, 0.2366)],
)
def test_known_values(helpful: int, total: int, expected: float):
    assert wilson_lower_bound(helpful, total) == pytest.approx(expected, abs=1e-4)


def test_more_evidence_beats_a_perfect_but_tiny_record():
    assert wilson_lower_bound(40, 50) > wilson_lower_bound(2, 2) > wilson_lower_bound(1, 1)


def test_rejects_impossible_counts():
    with pytest.raises(ValueError, match="between 0 and total"):
        wilson_lower_bound(3, 2)
