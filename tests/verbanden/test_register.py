"""The art. 27 Wgr register of a gemeente: what is in it, in every format, and the embed view."""

from __future__ import annotations

import csv
import datetime
import io

import openpyxl
import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from pypdf import PdfReader

from tests.factories import (
    AdviseurFactory,
    DeelnameFactory,
    PartnerdeelnameFactory,
    VerbandFactory,
    gemeente,
)
from tests.helpers import verband_form_data
from verbanden.models import Samenwerkingsverband
from verbanden.register import register_of

pytestmark = pytest.mark.django_db


@pytest.fixture
def zwolle_register():
    zwolle, kampen = gemeente("Zwolle"), gemeente("Kampen")
    today = timezone.localdate()
    rud = VerbandFactory(
        naam="Regionale Uitvoeringsdienst IJsselland",
        afkorting="RUD",
        juridische_vorm="openbaar_lichaam",
        adres="Dokter van Thienenweg 1",
        postcode="8025 AM",
        vestigingsplaats="Zwolle",
        wettelijke_voorschriften="Wet algemene bepalingen omgevingsrecht",
        overgedragen_bevoegdheden="Vergunningverlening en handhaving milieu",
        in_werking_op=datetime.date(2013, 4, 1),
        extern_kenmerk="GR1234",
    )
    DeelnameFactory(verband=rud, gemeente=zwolle)
    DeelnameFactory(verband=rud, gemeente=kampen)
    PartnerdeelnameFactory(verband=rud, partner__naam="Provincie Overijssel")
    stichting = VerbandFactory(naam="Stichting Regiomarketing", juridische_vorm="stichting")
    DeelnameFactory(verband=stichting, gemeente=zwolle)
    verlaten = VerbandFactory(naam="Verlaten regeling", juridische_vorm="openbaar_lichaam")
    DeelnameFactory(
        verband=verlaten,
        gemeente=zwolle,
        toegetreden_op=datetime.date(2010, 1, 1),
        uitgetreden_op=datetime.date(2020, 1, 1),
    )
    opgeheven = VerbandFactory(
        naam="Opgeheven regeling",
        juridische_vorm="openbaar_lichaam",
        opgericht_op=datetime.date(2000, 1, 1),
        opgeheven_op=today - datetime.timedelta(days=10),
    )
    DeelnameFactory(verband=opgeheven, gemeente=zwolle)
    toekomst = VerbandFactory(
        naam="Toekomstige regeling", juridische_vorm="centrumgemeenteconstructie"
    )
    DeelnameFactory(
        verband=toekomst, gemeente=zwolle, toegetreden_op=today + datetime.timedelta(days=30)
    )
    return zwolle, rud, stichting


def url(zwolle, **params):
    base = reverse("verbanden:gemeente_register", args=[zwolle.slug])
    return base + ("?" + "&".join(f"{k}={v}" for k, v in params.items()) if params else "")


def test_register_holds_the_regelingen_on_the_date_of_the_extract(zwolle_register):
    zwolle, rud, stichting = zwolle_register
    register = register_of(zwolle)
    assert [v.naam for v in register.wgr] == [rud.naam]
    assert [v.naam for v in register.overig] == [stichting.naam]


def test_register_page_shows_what_art_27_asks(client, zwolle_register):
    zwolle, rud, stichting = zwolle_register
    response = client.get(url(zwolle))
    assert response.status_code == 200
    html = response.content.decode()
    for text in (
        rud.naam,
        "Openbaar lichaam",
        "Kampen",
        "Provincie Overijssel",
        "Wet algemene bepalingen omgevingsrecht",
        "Vergunningverlening en handhaving milieu",
        "Dokter van Thienenweg 1",
        "8025 AM",
        "1 april 2013",
        "GR1234",
        "Andere samenwerkingsverbanden",
        stichting.naam,
        "Peildatum",
    ):
        assert text in html, text
    for absent in ("Verlaten regeling", "Opgeheven regeling", "Toekomstige regeling"):
        assert absent not in html
    assert response["X-Frame-Options"] == "DENY"


def test_register_downloads(client, zwolle_register):
    zwolle, rud, stichting = zwolle_register
    response = client.get(url(zwolle, formaat="csv"))
    body = b"".join(response.streaming_content).decode("utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(body, newline=""), delimiter=";"))
    assert [r["naam"] for r in rows] == [rud.naam, stichting.naam]
    assert rows[0]["vorm"] == "Openbaar lichaam"
    assert rows[0]["deelnemers"] == "Kampen, Zwolle, Provincie Overijssel"
    assert rows[0]["in_werking_op"] == "2013-04-01"

    response = client.get(url(zwolle, formaat="xlsx"))
    workbook = openpyxl.load_workbook(io.BytesIO(b"".join(response)))
    values = list(workbook.worksheets[0].values)
    assert values[1][values[0].index("in_werking_op")] == datetime.datetime(2013, 4, 1)
    about = dict(row[:2] for row in workbook["Filters"].values if row[0])
    assert about["Gemeente"] == "Zwolle (0193)"


def test_register_pdf_is_tagged(client, zwolle_register):
    zwolle, rud, _ = zwolle_register
    response = client.get(url(zwolle, formaat="pdf"))
    assert response["Content-Type"] == "application/pdf"
    reader = PdfReader(io.BytesIO(response.content))
    root = reader.trailer["/Root"]
    assert "/StructTreeRoot" in root, "a tagged PDF"
    assert root["/MarkInfo"]["/Marked"]
    assert root["/Lang"] == "nl"
    text = "".join(page.extract_text() for page in reader.pages)
    assert "Regionale Uitvoeringsdienst" in text and "Zwolle" in text


def test_embed_view_may_be_framed_by_any_site(client, zwolle_register):
    zwolle, rud, _ = zwolle_register
    response = client.get(reverse("verbanden:gemeente_register_embed", args=[zwolle.slug]))
    assert response.status_code == 200
    assert "X-Frame-Options" not in response
    assert "frame-ancestors *" in response["Content-Security-Policy"]
    html = response.content.decode()
    assert rud.naam in html and 'target="_top"' in html
    assert "sp-header" not in html  # no site chrome


def test_register_of_unknown_gemeente_is_404(client):
    assert client.get("/gemeenten/bestaat-niet/register/").status_code == 404
    assert client.get("/gemeenten/bestaat-niet/register/embed/").status_code == 404


def test_profile_links_to_the_register(client, zwolle_register):
    zwolle, _, _ = zwolle_register
    html = client.get(zwolle.get_absolute_url()).content.decode()
    assert reverse("verbanden:gemeente_register", args=[zwolle.slug]) in html


@pytest.mark.parametrize(("typed", "stored"), [("8025am", "8025 AM"), ("8025 AM", "8025 AM")])
def test_register_fields_in_the_verband_form(client, typed, stored):
    client.force_login(AdviseurFactory())
    data = verband_form_data(
        naam="Regeling met adres",
        adres="Dokter van Thienenweg 1",
        postcode=typed,
        vestigingsplaats="Zwolle",
        in_werking_op="1-4-2013",
        extern_kenmerk="GR1234",
    )
    response = client.post(reverse("verbanden:verband_create"), data)
    assert response.status_code == 302, response.content.decode()[:2000]
    verband = Samenwerkingsverband.objects.get(naam="Regeling met adres")
    assert (verband.postcode, verband.in_werking_op) == (stored, datetime.date(2013, 4, 1))


def test_wrong_postcode_is_refused_in_dutch(client):
    client.force_login(AdviseurFactory())
    data = verband_form_data(naam="Regeling met fout", postcode="ABCD 12")
    response = client.post(reverse("verbanden:verband_create"), data)
    assert response.status_code == 200
    assert "Een postcode is vier cijfers en twee hoofdletters." in response.content.decode()


@pytest.mark.parametrize("formaat", ["", "csv", "xlsx", "pdf"])
def test_register_query_count_does_not_grow(client, zwolle_register, formaat):
    zwolle = zwolle_register[0]

    def count() -> int:
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url(zwolle, **({"formaat": formaat} if formaat else {})))
            b"".join(response.streaming_content) if response.streaming else b"".join(response)
        return len(queries)

    few = count()
    for n in range(6):
        verband = VerbandFactory(naam=f"Extra regeling {n}", juridische_vorm="openbaar_lichaam")
        DeelnameFactory(verband=verband, gemeente=zwolle)
        DeelnameFactory(verband=verband, gemeente=gemeente("Kampen"))
    assert count() == few
