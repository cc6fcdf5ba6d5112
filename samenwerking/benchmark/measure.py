"""Time requests through Django's test client and summarise them as percentiles."""

from __future__ import annotations

import statistics
import time
from dataclasses import dataclass

from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

WARMUP = 3


@dataclass(frozen=True)
class Result:
    name: str
    url: str
    status: int
    queries: int
    timings_ms: list[float]

    def percentile(self, p: float) -> float:
        ordered = sorted(self.timings_ms)
        if len(ordered) == 1:
            return ordered[0]
        # statistics.quantiles with n=100 gives the 1st..99th percentile cut points.
        return statistics.quantiles(ordered, n=100, method="inclusive")[int(p) - 1]

    @property
    def p50(self) -> float:
        return statistics.median(self.timings_ms)


def measure(client: Client, name: str, url: str, repeats: int) -> Result:
    for _ in range(WARMUP):
        client.get(url)
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    # Read now: the next request empties the connection's query log.
    queries = [q["sql"] for q in captured.captured_queries]
    status = response.status_code
    timings = []
    for _ in range(repeats):
        start = time.perf_counter()
        response = client.get(url)
        if hasattr(response, "streaming_content"):
            b"".join(response.streaming_content)
        timings.append((time.perf_counter() - start) * 1000)
    return Result(name, url, status, len(queries), timings)


def table(results: list[Result], floor: Result) -> list[str]:
    header = (
        f"{'pagina':34} {'status':>6} {'queries':>7} {'p50':>8} {'p90':>8} {'p95':>8} "
        f"{'p99':>8} {'max':>8} {'x vloer':>8}"
    )
    lines = [header, "-" * len(header)]
    for r in [floor, *results]:
        lines.append(
            f"{r.name[:34]:34} {r.status:>6} {r.queries:>7} {r.p50:>8.1f} {r.percentile(90):>8.1f} "
            f"{r.percentile(95):>8.1f} {r.percentile(99):>8.1f} {max(r.timings_ms):>8.1f} "
            f"{r.p50 / floor.p50:>8.1f}"
        )
    return lines
