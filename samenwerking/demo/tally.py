"""Counts of created, updated and unchanged rows per kind, for the command's summary."""

from __future__ import annotations

from collections import Counter, defaultdict
from typing import Literal

Status = Literal["created", "updated", "unchanged"]


class Tally:
    def __init__(self) -> None:
        self.counts: dict[str, Counter[str]] = defaultdict(Counter)

    def record(self, kind: str, status: Status) -> None:
        self.counts[kind][status] += 1

    @property
    def changes(self) -> int:
        return sum(c["created"] + c["updated"] for c in self.counts.values())

    def lines(self) -> list[str]:
        width = max((len(kind) for kind in self.counts), default=0)
        return [
            f"  {kind.ljust(width)}  {c['created']:>4} nieuw, {c['updated']:>4} bijgewerkt, "
            f"{c['unchanged']:>4} ongewijzigd"
            for kind, c in self.counts.items()
        ]
