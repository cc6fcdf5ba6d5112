"""Exports of every list (samenwerking/exports.py): the rows on screen, in CSV, XLSX and JSON,
visible per role, safe to open in a spreadsheet, streamed, with a fixed number of queries."""

from __future__ import annotations

import csv
import datetime
import io
import json
import re
from decimal import Decimal

import openpyxl
import pytest
from django.contrib.auth.models import AnonymousUser
from django.db import connection
from django.http import StreamingHttpResponse
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from evaluaties.models import Evaluatie
from kennisbank.models import Publicatie
from tests.evaluaties.conftest import ROLES, make_scene
from tests.evaluaties.factories import EvaluatieFactory
from tests.factories import DeelnameFactory, VerbandFactory, gemeente
from tests.kennisbank.factories import PublicatieFactory

pytestmark = pytest.mark.django_db


def download(client, url_name: str, **params):
    response = client.get(reverse(url_name), params)
    assert response.status_code == 200, response
    body = b"".join(response.streaming_content) if response.streaming else b"".join(response)
    return response, body


def csv_rows(body: bytes, delimiter: str = ";") -> list[dict]:
    assert body.startswith(b"\xef\xbb\xbf"), "UTF-8 with a BOM, for Excel"
    return list(
        csv.DictReader(io.StringIO(body.decode("utf-8-sig"), newline=""), delimiter=delimiter)
    )


def xlsx_rows(body: bytes) -> tuple[list[dict], openpyxl.Workbook]:
    workbook = openpyxl.load_workbook(io.BytesIO(body))
    values = list(workbook.worksheets[0].values)
    return [dict(zip(values[0], row, strict=True)) for row in values[1:]], workbook


def keys_in_every_format(client, url_name: str, key: str, **params) -> list:
    _, body = download(client, url_name, formaat="csv", **params)
    from_csv = [row[key] for row in csv_rows(body)]
    _, body = download(client, url_name, formaat="json", **params)
    from_json = [str(row[key]) for row in json.loads(body)]
    _, body = download(client, url_name, formaat="xlsx", **params)
    from_xlsx = [str(row[key]) for row in xlsx_rows(body)[0]]
    assert from_csv == from_json == from_xlsx
    return from_csv


@pytest.fixture
def verbanden():
    zwolle = gemeente("Zwolle")
    made = []
    for n, (fase, domein) in enumerate(
        [("verkenning", "jeugd"), ("implementatie", "wmo"), ("verkenning", "veiligheid")]
    ):
        verband = VerbandFactory(naam=f"Verband {n}", fase=fase, domeinen=[domein])
        DeelnameFactory(verband=verband, gemeente=zwolle, bijdrage=Decimal("1234.50"))
        made.append(verband)
    return made


def test_verbanden_export_has_the_rows_on_screen(client, verbanden):
    params = {"fase": "verkenning"}
    page = client.get(reverse("verbanden:verband_list"), {**params, "per_pagina": "100"})
    on_screen = [v.slug for v in page.context["verbanden"]]
    assert len(on_screen) == 2
    assert keys_in_every_format(client, "verbanden:verband_list", "slug", **params) == on_screen
    # The domein filter includes subdomeinen here too.
    exported = keys_in_every_format(
        client, "verbanden:verband_list", "slug", domein="sociaal-domein"
    )
    assert exported == [verbanden[0].slug, verbanden[1].slug]


def test_deelnames_export(client, verbanden):
    _, body = download(
        client, "verbanden:verband_list", formaat="csv", rijen="deelnames", fase="implementatie"
    )
    rows = csv_rows(body)
    assert [(r["verband"], r["cbs_code"], r["bijdrage"]) for r in rows] == [
        (verbanden[1].slug, "0193", "1234,50")  # a decimal comma for Dutch Excel
    ]
    _, body = download(client, "verbanden:verband_list", formaat="xlsx", rijen="deelnames")
    rows, workbook = xlsx_rows(body)
    assert rows[0]["bijdrage"] == 1234.5
    assert workbook.worksheets[0].freeze_panes == "A2"


def test_csv_with_comma_on_request(client, verbanden):
    _, body = download(client, "verbanden:verband_list", formaat="csv", scheidingsteken="komma")
    rows = csv_rows(body, delimiter=",")
    assert {row["slug"] for row in rows} == {v.slug for v in verbanden}


def test_xlsx_types_and_filters_sheet(client, verbanden):
    verbanden[0].opgericht_op = datetime.date(2015, 3, 1)
    verbanden[0].save()
    _, body = download(client, "verbanden:verband_list", formaat="xlsx", fase="verkenning")
    rows, workbook = xlsx_rows(body)
    first = next(r for r in rows if r["slug"] == verbanden[0].slug)
    assert first["opgericht_op"] == datetime.datetime(2015, 3, 1)
    assert isinstance(first["aantal_gemeenten"], int)
    about = dict(row[:2] for row in workbook["Filters"].values if row[0])
    assert about["Fase"] == "Verkenning"
    assert "Datum" in about and about["Uittreksel"] == "Samenwerkingsverbanden"


@pytest.mark.parametrize("start", ["=", "+", "-", "@", "\t", "\r"])
def test_formula_injection_is_neutralised(client, start):
    VerbandFactory(naam=f'{start}HYPERLINK("http://example.com")', afkorting="X")
    _, body = download(client, "verbanden:verband_list", formaat="csv")
    (row,) = csv_rows(body)
    assert row["naam"].startswith("'" + start)
    _, body = download(client, "verbanden:verband_list", formaat="xlsx")
    (row,), _ = xlsx_rows(body)
    # (XML turns a carriage return into a line feed; the apostrophe comes first either way.)
    assert row["naam"].startswith("'") and row["naam"][1:].lstrip("\n\r\t").startswith(
        start.strip() or "HYPERLINK"
    )


def test_csv_and_json_stream(client, verbanden):
    for formaat in ("csv", "json"):
        response = client.get(reverse("verbanden:verband_list"), {"formaat": formaat})
        assert isinstance(response, StreamingHttpResponse)
        assert "attachment" in response["Content-Disposition"]


def test_download_links_keep_the_filters(client, verbanden):
    page = client.get(reverse("verbanden:verband_list"), {"fase": "verkenning", "pagina": "1"})
    html = page.content.decode().replace("&amp;", "&")
    links = [
        link
        for link in re.findall(r'href="(\?[^"]*formaat=[^"]*)"', html)
        if "sjabloon" not in link
    ]
    # Every download keeps the filter and drops the page: the file holds all pages.
    assert links and all("fase=verkenning" in link and "pagina" not in link for link in links)
    formats = {re.search(r"formaat=(\w+)", link).group(1) for link in links}
    assert formats == {"csv", "xlsx", "json"}
    assert any("rijen=deelnames" in link for link in links)


EXPORTS = [
    ("verbanden:verband_list", {}),
    ("verbanden:verband_list", {"rijen": "deelnames"}),
    ("evaluaties:evaluatie_list", {}),
    ("kennisbank:publicatie_list", {}),
]


@pytest.mark.parametrize(("url_name", "extra"), EXPORTS)
def test_export_query_count_does_not_grow(client, url_name, extra):
    def count() -> int:
        with CaptureQueriesContext(connection) as queries:
            download(client, url_name, formaat="csv", **extra)
        return len(queries)

    def add(rows: int, start: int) -> None:
        for n in range(start, start + rows):
            verband = VerbandFactory(naam=f"Rij {n:02d}", domeinen=["jeugd"])
            DeelnameFactory(verband=verband, gemeente=gemeente("Zwolle"))
            EvaluatieFactory(verband=verband, openbaar_definitief=True)
            PublicatieFactory(titel=f"Publicatie {n:02d}", domeinen=["jeugd"])

    add(2, 0)
    few = count()
    add(10, 2)
    assert count() == few


# ---------------------------------------------------------------------------------------------
# Visibility: a hidden object is never in a file


@pytest.fixture
def scene():
    scene = make_scene()
    maker = scene.users["aanmaker"]
    PublicatieFactory(titel="Concept van de aanmaker", status="concept", aangemaakt_door=maker)
    PublicatieFactory(titel="Gepubliceerd stuk")
    return scene


@pytest.mark.parametrize("role", ROLES)
def test_exports_hold_only_what_the_role_may_see(client, scene, role):
    scene.login(client, role)
    user = scene.users[role] or AnonymousUser()
    evaluaties = sorted(
        str(pk) for pk in Evaluatie.objects.visible_to(user).values_list("pk", flat=True)
    )
    assert sorted(keys_in_every_format(client, "evaluaties:evaluatie_list", "id")) == evaluaties
    publicaties = sorted(Publicatie.objects.visible_to(user).values_list("slug", flat=True))
    assert sorted(keys_in_every_format(client, "kennisbank:publicatie_list", "slug")) == publicaties


def test_evaluaties_export_has_scores(client, scene):
    _, body = download(client, "evaluaties:evaluatie_list", formaat="json")
    (publiek,) = json.loads(body)
    assert [publiek[f"score_{i}"] for i in range(1, 6)] == [2, 3, 3, 2, 4]


@pytest.mark.parametrize("rijen", [None, "deelnames"])
def test_empty_template_explains_the_columns(client, rijen):
    params = {"formaat": "xlsx", "sjabloon": "1", **({"rijen": rijen} if rijen else {})}
    _, body = download(client, "verbanden:verband_list", **params)
    rows, workbook = xlsx_rows(body)
    assert rows == []
    header = next(workbook.worksheets[0].values)
    explained = {row[0]: row[1] for row in workbook.worksheets[1].values if row and row[0]}
    assert set(header) <= set(explained)
    assert ("cbs_code" if rijen else "slug") in header


def test_export_memory_does_not_grow_with_the_rows(client):
    """Streaming: consuming the CSV of many verbanden holds a chunk, not the whole list."""
    import tracemalloc

    from verbanden.models import Samenwerkingsverband

    def peak_for(count: int) -> int:
        Samenwerkingsverband.objects.all().delete()
        Samenwerkingsverband.objects.bulk_create(
            VerbandFactory.build(naam=f"Verband {n:05d}", slug=f"verband-{n:05d}")
            for n in range(count)
        )
        response = client.get(reverse("verbanden:verband_list"), {"formaat": "csv"})
        tracemalloc.start()
        lines = sum(1 for _ in response.streaming_content)
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
        assert lines == count + 1
        return peak

    small, large = peak_for(600), peak_for(3000)
    assert large < small * 2.5, (small, large)
