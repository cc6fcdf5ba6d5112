"""The benchmark command works end to end at a tiny volume (timings are not asserted: they
belong in the benchmark's report, not in tests).

The test database is already a throwaway one, so the command's own throwaway database is
replaced by it: creating a second test database from inside a test is not possible on SQLite's
shared in-memory database.
"""

from __future__ import annotations

import io
import json

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connection

from samenwerking.benchmark.measure import Result


@pytest.mark.django_db
def test_benchmark_reports_every_page_with_the_floor(tmp_path, monkeypatch):
    made, removed = [], []
    monkeypatch.setattr(connection.creation, "create_test_db", lambda **kw: made.append(kw))
    monkeypatch.setattr(connection.creation, "destroy_test_db", lambda *a, **kw: removed.append(a))
    out = io.StringIO()
    report = tmp_path / "benchmark.json"
    call_command(
        "benchmark",
        "--verbanden=12",
        "--deelnames=40",
        "--publicaties=15",
        "--herhalingen=2",
        f"--json={report}",
        stdout=out,
    )
    text = out.getvalue()
    assert "12 samenwerkingsverbanden, 36 deelnames, 15 publicaties" in text
    assert "vloer (lege view)" in text
    data = json.loads(report.read_text())
    pages = {row["pagina"]: row for row in data["resultaten"]}
    assert {"home", "kennisbank, zoeken", "zoeken, alles", "atom-feed"} <= set(pages)
    assert all(row["status"] == 200 for row in data["resultaten"])
    assert pages["vloer (lege view)"]["queries"] < pages["kennisbank, zoeken"]["queries"]
    # A throwaway database was asked for and removed again, with the original name.
    assert len(made) == 1
    assert removed == [(connection.settings_dict["NAME"],)]


def test_bad_arguments_are_refused():
    with pytest.raises(CommandError, match="minstens 1"):
        call_command("benchmark", "--publicaties=0", stdout=io.StringIO())


def test_percentiles():
    result = Result("x", "/", 200, 0, [float(n) for n in range(1, 101)])
    assert result.p50 == 50.5
    assert result.percentile(95) == pytest.approx(95.05)
    assert result.percentile(99) == pytest.approx(99.01)
