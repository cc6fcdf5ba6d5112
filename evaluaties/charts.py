"""Server-drawn SVG chart of the scores per criterium over time (no JavaScript needed).

The template draws the SVG from these numbers and shows the very same numbers in a table,
so the chart is never the only way to read them.
"""

from __future__ import annotations

from dataclasses import dataclass, field

WIDTH, HEIGHT = 720, 320
LEFT, RIGHT, TOP, BOTTOM = 56, 24, 20, 56
SCORES = (1, 2, 3, 4, 5)


@dataclass
class Point:
    x: float
    y: float
    score: int
    label: str


@dataclass
class Series:
    criterium: object
    index: int  # 1-based: the CSS class sp-chart__series--N picks colour and marker
    points: list[Point] = field(default_factory=list)

    @property
    def polyline(self) -> str:
        return " ".join(f"{p.x:.1f},{p.y:.1f}" for p in self.points)


@dataclass
class ScoreChart:
    width: int
    height: int
    series: list[Series]
    x_labels: list[tuple[float, str]]
    y_lines: list[tuple[float, int]]
    columns: list[object]  # the evaluaties, oldest first
    rows: list[tuple[object, list[int | None]]]  # (criterium, score per evaluatie)
    plot_left: int = LEFT
    plot_right: int = WIDTH - RIGHT
    plot_top: int = TOP
    plot_bottom: int = HEIGHT - BOTTOM


def y_for(score: int) -> float:
    return TOP + (5 - score) / 4 * (HEIGHT - TOP - BOTTOM)


def score_chart(evaluaties, criteria) -> ScoreChart:
    """Chart and table data for ``evaluaties`` (oldest first, beoordelingen prefetched)."""
    evaluaties = list(evaluaties)
    plot_width = WIDTH - LEFT - RIGHT
    if len(evaluaties) == 1:
        xs = [LEFT + plot_width / 2]
    else:
        xs = [LEFT + i * plot_width / (len(evaluaties) - 1) for i in range(len(evaluaties))]
    scores = {
        (b.evaluatie_id, b.criterium_id): b.score for e in evaluaties for b in e.beoordelingen.all()
    }
    series, rows = [], []
    for index, criterium in enumerate(criteria, start=1):
        row = [scores.get((e.pk, criterium.pk)) for e in evaluaties]
        rows.append((criterium, row))
        s = Series(criterium, index)
        for x, evaluatie, score in zip(xs, evaluaties, row, strict=True):
            if score is not None:
                s.points.append(
                    Point(x, y_for(score), score, f"{evaluatie.uitgevoerd_op:%d-%m-%Y}")
                )
        series.append(s)
    return ScoreChart(
        width=WIDTH,
        height=HEIGHT,
        series=series,
        x_labels=[(x, f"{e.uitgevoerd_op:%Y}") for x, e in zip(xs, evaluaties, strict=True)],
        y_lines=[(y_for(score), score) for score in SCORES],
        columns=evaluaties,
        rows=rows,
    )
