"""The end-to-end grading benchmark runs to the end: every answer it sends gets a verdict.

A small run (2 learners x 5 answers per phase) of `python -m benchmarks.grading_e2e` against the
real PostgreSQL and Redis of `make test-services`. The benchmark sends one answer the reader
refuses in every five, which goes to the backlog lane; a worker that served only the fast lane
left it waiting for ever, and `make bench` never finished.
"""

import os
import subprocess
import sys
from urllib.parse import urlsplit

import pytest
from django.conf import settings

pytestmark = pytest.mark.services

LEARNERS = 2
SUBMISSIONS = 5


def test_every_answer_gets_a_verdict_and_the_table_counts_them():
    # Its own Redis database, so the suite's worker never takes the benchmark's tasks.
    redis_url = urlsplit(settings.REDIS_URL)._replace(path="/13").geturl()
    result = subprocess.run(
        [sys.executable, "-m", "benchmarks.grading_e2e"],
        cwd=settings.BACKEND_DIR,
        env={
            **os.environ,
            "PG_URL": os.environ["DATABASE_URL"],
            "REDIS_URL": redis_url,
            "BENCH_DB": "lemma_bench_test",
            "BENCH_LEARNERS": str(LEARNERS),
            "BENCH_SUBMISSIONS": str(SUBMISSIONS),
        },
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )

    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-4000:]
    rows = {
        cells[0]: cells[1:]
        for line in result.stdout.splitlines()
        if line.startswith("| ")
        for cells in [[cell.strip() for cell in line.strip("|").split("|")]]
    }
    for phase in ("paced", "saturated"):
        verdicts, errors = rows[phase][0], rows[phase][1]
        assert (int(verdicts), int(errors)) == (LEARNERS * SUBMISSIONS, 0), result.stdout
