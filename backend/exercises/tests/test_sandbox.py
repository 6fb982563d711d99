"""The bounded child process that grades when there is no worker."""

import time

import pytest

from exercises import sandbox


def test_runs_a_function_in_a_child():
    assert sandbox.run_bounded(abs, -3, timeout=30) == 3


def test_a_hanging_call_is_cut_and_the_next_one_still_runs():
    with pytest.raises(sandbox.GradingTimeout, match=r"longer than 0\.5 s"):
        sandbox.run_bounded(time.sleep, 30, timeout=0.5)

    assert sandbox.run_bounded(abs, -4, timeout=30) == 4


def test_memory_is_capped_in_the_child_and_the_next_call_still_runs():
    with pytest.raises(MemoryError):
        sandbox.run_bounded(bytearray, 4 * sandbox.MEMORY_LIMIT_BYTES, timeout=30)

    assert sandbox.run_bounded(abs, -5, timeout=30) == 5
