"""How fast hostile answers are refused: `make bench` (python -m benchmarks.hostile_inputs).

Grades and previews every payload of the engine's hostile-input suite in-process and reports the
time each took, against the targets: refused by the parser within 50 ms, or cut by the limits
within 2 s. (The tests check that nothing runs; this only measures.)
"""

import statistics
import time

from grading import grade, preview
from grading.tests.test_hostile import PAYLOADS, SPEC

PARSER_TARGET_MS = 50.0
LIMIT_TARGET_MS = 2000.0


def main() -> None:
    grade(SPEC, "2x + 1")  # warm the caches the way a long-running worker has them
    rows = []
    for name, payload, _ in PAYLOADS:
        start = time.perf_counter()
        verdict = grade(SPEC, payload)
        preview(payload, variables=["x"])
        rows.append(((time.perf_counter() - start) * 1000, name, verdict.code))
    times = [ms for ms, _, _ in rows]
    slowest = sorted(rows, reverse=True)[:5]
    print(f"Hostile inputs: {len(rows)} payloads, grade() + preview() each, in-process")
    print("| payloads | p50 ms | p95 ms | max ms | over 50 ms | over 2 s |")
    print("|---|---|---|---|---|---|")
    p95 = statistics.quantiles(times, n=100, method="inclusive")[94]
    over_parser = sum(ms > PARSER_TARGET_MS for ms in times)
    over_limit = sum(ms > LIMIT_TARGET_MS for ms in times)
    print(
        f"| {len(rows)} | {statistics.median(times):.2f} | {p95:.2f} | {max(times):.2f} "
        f"| {over_parser} | {over_limit} |"
    )
    print("slowest: " + ", ".join(f"{name} {ms:.2f} ms ({code})" for ms, name, code in slowest))


if __name__ == "__main__":
    main()
