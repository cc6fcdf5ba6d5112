"""The score chart on the verband page: the SVG and the table next to it show the same numbers.

``evaluaties.charts.score_chart`` computes the coordinates; the template
(templates/evaluaties/includes/verband_evaluaties.html) draws one ``<circle
class="sp-chart__marker">`` per score, inside ``<g class="sp-chart__series
sp-chart__series--N">``, with ``<title>criterium, dd-mm-jjjj: score</title>``, and the table
``.sp-chart__table`` with a row per criterium and a column per evaluation.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from http import HTTPStatus

import pytest

from evaluaties import charts
from evaluaties.models import Beoordeling, Evaluatie
from tests.evaluaties.factories import CriteriumFactory, EvaluatieFactory, criteria
from tests.factories import VerbandFactory

pytestmark = pytest.mark.django_db

# ---------------------------------------------------------------------------------------------
# Reading the chart and the table back from the HTML


@dataclass
class Marker:
    series: int
    cx: float
    cy: float
    title: str = ""

    @property
    def criterium(self) -> str:
        return self.title.rsplit(", ", 1)[0]

    @property
    def datum(self) -> str:
        return re.search(r", (\d{2}-\d{2}-\d{4}): \d+$", self.title).group(1)

    @property
    def score(self) -> int:
        return int(self.title.rsplit(": ", 1)[1])


@dataclass
class Chart:
    markers: list[Marker] = field(default_factory=list)
    polylines: dict[int, list[tuple[float, float]]] = field(default_factory=dict)
    y_labels: dict[int, float] = field(default_factory=dict)  # score -> y
    x_labels: list[tuple[float, str]] = field(default_factory=list)


class _SvgParser(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.chart = Chart()
        self._series: list[int | None] = []  # a stack of <g>: the series number or None
        self._marker: Marker | None = None
        self._in_title = False
        self._label: tuple[str, float, float] | None = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        classes = (a.get("class") or "").split()
        if tag == "g":
            number = next(
                (int(c.rsplit("--", 1)[1]) for c in classes if c.startswith("sp-chart__series--")),
                None,
            )
            self._series.append(number)
        current = next((s for s in reversed(self._series) if s is not None), None)
        if tag == "circle" and "sp-chart__marker" in classes and current is not None:
            self._marker = Marker(current, float(a["cx"]), float(a["cy"]))
            self.chart.markers.append(self._marker)
        elif tag == "polyline" and current is not None:
            points = [tuple(map(float, p.split(","))) for p in a["points"].split()]
            self.chart.polylines[current] = points
        elif tag == "title" and self._marker is not None:
            self._in_title = True
        elif tag == "text" and "sp-chart__label--y" in classes:
            self._label = ("y", float(a["x"]), float(a["y"]))
        elif tag == "text" and "sp-chart__label--x" in classes:
            self._label = ("x", float(a["x"]), float(a["y"]))

    def handle_endtag(self, tag):
        if tag == "g" and self._series:
            self._series.pop()
        elif tag == "circle":
            self._marker = None
        elif tag == "title":
            self._in_title = False
        elif tag == "text":
            self._label = None

    def handle_data(self, data):
        if self._in_title and self._marker is not None:
            self._marker.title += data
        elif self._label is not None and data.strip():
            kind, x, y = self._label
            if kind == "y":
                self.chart.y_labels[int(data.strip())] = y
            else:
                self.chart.x_labels.append((x, data.strip()))


def read_chart(html: str) -> Chart:
    svgs = re.findall(r'(?s)<svg class="sp-chart__svg".*?</svg>', html)
    assert len(svgs) == 1, f"{len(svgs)} score charts on the page"
    parser = _SvgParser()
    parser.feed(svgs[0])
    return parser.chart


class _TableParser(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.rows: list[list[str]] = []
        self._cell: list[str] | None = None

    def handle_starttag(self, tag, attrs):
        if tag == "tr":
            self.rows.append([])
        elif tag in ("td", "th"):
            self._cell = []

    def handle_endtag(self, tag):
        if tag in ("td", "th") and self._cell is not None:
            self.rows[-1].append(re.sub(r"\s+", " ", "".join(self._cell)).strip())
            self._cell = None

    def handle_data(self, data):
        if self._cell is not None:
            self._cell.append(data)


@dataclass
class Table:
    header: list[str]  # one per evaluation column
    rows: dict[str, list[int | None]]  # criterium -> scores


def read_table(html: str) -> Table:
    tables = re.findall(r'(?s)<div class="[^"]*\bsp-chart__table\b[^"]*".*?</table>', html)
    assert len(tables) == 1, f"{len(tables)} score tables on the page"
    parser = _TableParser()
    parser.feed(tables[0])
    header, *body = parser.rows

    def cell(text: str) -> int | None:
        if "geen score" in text:
            return None
        return int(text)

    return Table(header[1:], {row[0]: [cell(c) for c in row[1:]] for row in body})


# ---------------------------------------------------------------------------------------------
# Data


def scored(verband, datum: datetime.date, scores: dict, **kwargs) -> Evaluatie:
    """An evaluation with the given {criterium: score}."""
    evaluatie = EvaluatieFactory(verband=verband, uitgevoerd_op=datum, **kwargs)
    for criterium, score in scores.items():
        Beoordeling.objects.create(evaluatie=evaluatie, criterium=criterium, score=score)
    return evaluatie


@pytest.fixture
def drie(db):
    """Three public evaluations (2018, 2020, 2024), one criterium skipped in 2018, a criterium
    added later scored only in 2024, and a concept nobody outside sees."""
    verband = VerbandFactory(naam="Belastingsamenwerking West-Brabant")
    c = criteria()
    lerend = CriteriumFactory(naam="Lerend vermogen", volgorde=60)
    evaluaties = [
        scored(
            verband,
            datetime.date(2018, 3, 1),
            {c[0]: 2, c[1]: 3, c[3]: 4, c[4]: 1},
            openbaar=True,
            titel="Evaluatie 2018",
        ),
        scored(
            verband,
            datetime.date(2020, 11, 30),
            {c[0]: 3, c[1]: 3, c[2]: 4, c[3]: 4, c[4]: 2},
            openbaar=True,
            titel="Evaluatie 2020",
        ),
        scored(
            verband,
            datetime.date(2024, 5, 6),
            {c[0]: 5, c[1]: 4, c[2]: 4, c[3]: 3, c[4]: 3, lerend: 1},
            openbaar=True,
            titel="Evaluatie 2024",
        ),
    ]
    scored(verband, datetime.date(2025, 1, 1), {c[0]: 1, c[1]: 1}, titel="Concept 2025")
    return verband, evaluaties


def db_scores(evaluaties) -> dict[str, list[int | None]]:
    """criterium naam -> score per evaluation, for the criteria scored in any of them."""
    rows: dict[str, list[int | None]] = {}
    namen = (
        Beoordeling.objects.filter(evaluatie__in=evaluaties)
        .order_by("criterium__volgorde", "criterium__naam")
        .values_list("criterium__naam", flat=True)
        .distinct()
    )
    for naam in namen:
        rows[naam] = [
            Beoordeling.objects.filter(evaluatie=e, criterium__naam=naam)
            .values_list("score", flat=True)
            .first()
            for e in evaluaties
        ]
    return rows


def verband_html(client, verband) -> str:
    response = client.get(verband.get_absolute_url())
    assert response.status_code == HTTPStatus.OK
    return response.content.decode()


# ---------------------------------------------------------------------------------------------
# The page


def test_svg_and_table_show_the_same_numbers_as_the_database(client, drie):
    verband, evaluaties = drie
    html = verband_html(client, verband)
    chart, table = read_chart(html), read_table(html)
    expected = db_scores(evaluaties)

    # The table: a column per visible evaluation (oldest first), the DB's scores.
    assert table.header == [f"{e.uitgevoerd_op:%Y}: {e.titel}" for e in evaluaties]
    assert table.rows == expected
    assert list(table.rows) == [*(c.naam for c in criteria()[:5]), "Lerend vermogen"]

    # The chart: a marker per score, nothing for a missing one.
    from_svg: dict[str, list[int | None]] = {naam: [None] * len(evaluaties) for naam in expected}
    datums = [f"{e.uitgevoerd_op:%d-%m-%Y}" for e in evaluaties]
    for marker in chart.markers:
        from_svg[marker.criterium][datums.index(marker.datum)] = marker.score
    assert from_svg == table.rows == expected
    assert len(chart.markers) == sum(s is not None for row in expected.values() for s in row)
    # One series per criterium, in the table's order.
    per_series = {}
    for marker in chart.markers:
        per_series.setdefault(marker.series, set()).add(marker.criterium)
    assert [per_series[n] for n in sorted(per_series)] == [{naam} for naam in table.rows]
    # The concept is in neither.
    assert "Concept 2025" not in html
    assert "01-01-2025" not in html


def test_marker_heights_follow_the_score(client, drie):
    verband, _ = drie
    chart = read_chart(verband_html(client, verband))
    heights: dict[int, set[float]] = {}
    for marker in chart.markers:
        heights.setdefault(marker.score, set()).add(marker.cy)
        # The y axis label of that score is at the same height.
        assert marker.cy == pytest.approx(chart.y_labels[marker.score])
        assert marker.cy == pytest.approx(charts.y_for(marker.score), abs=0.05)
    assert all(len(ys) == 1 for ys in heights.values()), heights
    # Higher score, higher on the screen (smaller y); 1..5 all present here.
    assert sorted(heights) == [1, 2, 3, 4, 5]
    ys = [heights[s].pop() for s in sorted(heights)]
    assert ys == sorted(ys, reverse=True) and len(set(ys)) == 5
    assert sorted(chart.y_labels) == [1, 2, 3, 4, 5]
    assert [chart.y_labels[s] for s in range(1, 6)] == sorted(chart.y_labels.values(), reverse=True)


def test_one_column_per_evaluation_in_time_order(client, drie):
    verband, evaluaties = drie
    chart = read_chart(verband_html(client, verband))
    xs_per_datum: dict[str, set[float]] = {}
    for marker in chart.markers:
        xs_per_datum.setdefault(marker.datum, set()).add(marker.cx)
    assert all(len(xs) == 1 for xs in xs_per_datum.values())
    xs = [xs_per_datum[f"{e.uitgevoerd_op:%d-%m-%Y}"].pop() for e in evaluaties]
    assert xs == sorted(xs) and len(set(xs)) == 3
    assert chart.x_labels == [
        (x, f"{e.uitgevoerd_op:%Y}") for x, e in zip(xs, evaluaties, strict=True)
    ]


def test_lines_connect_the_markers(client, drie):
    verband, _ = drie
    chart = read_chart(verband_html(client, verband))
    for series, points in chart.polylines.items():
        markers = [(m.cx, m.cy) for m in chart.markers if m.series == series]
        assert len(points) == len(markers)
        for point, marker in zip(points, markers, strict=True):
            assert point == pytest.approx(marker, abs=0.05)


def test_one_evaluation_has_a_single_x_position(client, db):
    verband = VerbandFactory()
    evaluatie = scored(
        verband,
        datetime.date(2023, 2, 1),
        dict(zip(criteria(), [1, 2, 3, 4, 5], strict=True)),
        openbaar=True,
    )
    html = verband_html(client, verband)
    chart, table = read_chart(html), read_table(html)
    assert len({m.cx for m in chart.markers}) == 1
    assert len(chart.x_labels) == 1
    assert chart.x_labels[0][1] == "2023"
    assert len(chart.markers) == 5
    assert (
        {m.criterium: m.score for m in chart.markers}
        == {naam: row[0] for naam, row in table.rows.items()}
        == {naam: row[0] for naam, row in db_scores([evaluatie]).items()}
    )
    # Centred in the plot.
    assert chart.markers[0].cx == pytest.approx((charts.LEFT + charts.WIDTH - charts.RIGHT) / 2)


def test_no_chart_without_scores(client, db):
    verband = VerbandFactory()
    EvaluatieFactory(verband=verband, openbaar=True, titel="Zonder scores")
    html = verband_html(client, verband)
    assert "Zonder scores" in html
    assert "sp-chart__svg" not in html
    assert "sp-chart__table" not in html


def test_numbers_use_a_decimal_point(client, drie):
    """Coordinates in Dutch would get a decimal comma and break the SVG."""
    verband, _ = drie
    svg = re.search(r'(?s)<svg class="sp-chart__svg".*?</svg>', verband_html(client, verband))[0]
    number = r"-?\d+(?:\.\d+)?"
    coordinates = re.findall(r'\s(?:cx|cy|x|y|x1|x2|y1|y2)="([^"]*)"', svg)
    assert coordinates
    for value in coordinates:
        assert re.fullmatch(number, value), value
    for points in re.findall(r'\spoints="([^"]*)"', svg):
        assert re.fullmatch(rf"{number},{number}(?: {number},{number})*", points), points


# ---------------------------------------------------------------------------------------------
# score_chart itself


def test_y_for_maps_1_to_5_onto_the_plot_monotonically():
    ys = [charts.y_for(s) for s in charts.SCORES]
    assert ys == sorted(ys, reverse=True)
    assert ys[-1] == charts.TOP
    assert ys[0] == charts.HEIGHT - charts.BOTTOM
    steps = {round(a - b, 6) for a, b in zip(ys, ys[1:], strict=False)}
    assert len(steps) == 1  # evenly spaced


def test_score_chart_rows_series_and_xs(drie):
    verband, evaluaties = drie
    evaluaties = list(
        Evaluatie.objects.filter(pk__in=[e.pk for e in evaluaties])
        .order_by("uitgevoerd_op")
        .prefetch_related("beoordelingen")
    )
    alle = [*criteria()]
    chart = charts.score_chart(evaluaties, alle)
    assert [c.pk for c in chart.columns] == [e.pk for e in evaluaties]
    assert {c.naam: row for c, row in chart.rows} == {
        **db_scores(evaluaties),
        **{c.naam: [None, None, None] for c in alle if c.naam not in db_scores(evaluaties)},
    }
    xs = [x for x, _ in chart.x_labels]
    assert xs[0] == charts.LEFT and xs[-1] == charts.WIDTH - charts.RIGHT
    assert xs[1] - xs[0] == pytest.approx(xs[2] - xs[1])
    for series, (criterium, row) in zip(chart.series, chart.rows, strict=True):
        assert series.criterium == criterium
        assert [p.score for p in series.points] == [s for s in row if s is not None]
        assert all(p.y == charts.y_for(p.score) for p in series.points)
    assert [s.index for s in chart.series] == list(range(1, len(alle) + 1))


def test_score_chart_single_evaluation_centred(db):
    evaluatie = scored(VerbandFactory(), datetime.date(2022, 1, 1), {criteria()[0]: 4})
    chart = charts.score_chart([evaluatie], criteria()[:1])
    assert chart.x_labels == [((charts.LEFT + charts.WIDTH - charts.RIGHT) / 2, "2022")]
    assert chart.series[0].points[0].label == "01-01-2022"
    assert chart.series[0].polyline == f"{chart.x_labels[0][0]:.1f},{charts.y_for(4):.1f}"
