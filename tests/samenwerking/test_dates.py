"""Plausible dates: a year 9999 or 0001 is a typing error, refused in Dutch wherever it is typed,
and rows stored before that rule existed still show on every page.

The bounds live on the model fields (``samenwerking.dates``): registry dates (oprichting,
opheffing, toetreding, uittreding) from 1 January 1850 to ten years ahead, report dates
(evaluaties, publicaties) from 1850 to one year ahead. Old rows with such dates are written with
``QuerySet.update()``, which skips validation exactly as the data did before the bounds existed.
"""

from __future__ import annotations

import datetime
import re
from html import unescape
from http import HTTPStatus
from xml.etree import ElementTree

import pytest
from django.core.exceptions import ValidationError
from django.core.management import call_command
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from evaluaties.models import Evaluatie
from kennisbank.models import Publicatie
from samenwerking.dates import (
    EARLIEST,
    PlausibleDateValidator,
    add_years,
    registry_date,
    report_date,
)
from tests.evaluaties.factories import EvaluatieFactory
from tests.factories import AdviseurFactory, DeelnameFactory, VerbandFactory, gemeente
from tests.helpers import page_text, parse_form, publicatie_form_data, verband_form_data
from tests.kennisbank.factories import PublicatieFactory, ThemaFactory
from verbanden.models import (
    Deelname,
    Gemeente,
    Partnerdeelname,
    Samenwerkingsverband,
)

pytestmark = pytest.mark.django_db

CREATE_URL = "/verbanden/nieuw/"
MAANDEN = [
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
]


def dutch(date: datetime.date) -> str:
    """``6 december 2036``, the way the message writes its bounds."""
    return f"{date.day} {MAANDEN[date.month - 1]} {date.year}"


def implausible(year: int, *, years_ahead: int) -> str:
    """The Dutch message for a date in ``year``, with today's upper bound."""
    latest = add_years(timezone.localdate(), years_ahead)
    return (
        f"{year} is geen plausibel jaar; is het een tikfout? Vul een datum in tussen "
        f"1 januari 1850 en {dutch(latest)}."
    )


def field_error(response, name: str) -> str:
    """The text of the error message rendered at field ``name`` (its id is id_<name>_error)."""
    html = response.content.decode()
    match = re.search(rf'id="id_{re.escape(name)}_error"[^>]*>(.*?)</div>', html, re.S)
    assert match, f"no error message rendered at field {name}"
    return page_text(match.group(1))


def verband_state():
    return (
        Samenwerkingsverband.objects.count(),
        Deelname.objects.count(),
        Partnerdeelname.objects.count(),
        Samenwerkingsverband.history.count(),
    )


# ---------------------------------------------------------------------------------------------
# add_years: never raises


@pytest.mark.parametrize(
    ("date", "years", "expected"),
    [
        (datetime.date(2020, 5, 17), 4, datetime.date(2024, 5, 17)),
        (datetime.date(2020, 5, 17), -4, datetime.date(2016, 5, 17)),
        (datetime.date(2024, 2, 29), 1, datetime.date(2025, 2, 28)),
        (datetime.date(2024, 2, 29), 4, datetime.date(2028, 2, 29)),
        (datetime.date(2024, 2, 29), -1, datetime.date(2023, 2, 28)),
        (datetime.date(9995, 12, 31), 4, datetime.date(9999, 12, 31)),
        (datetime.date(9999, 12, 31), 4, datetime.date.max),
        (datetime.date(9999, 1, 1), 1, datetime.date.max),
        (datetime.date(9998, 6, 1), 10, datetime.date.max),
        (datetime.date(1, 1, 1), -1, datetime.date.min),
        (datetime.date(3, 6, 1), -5, datetime.date.min),
        (datetime.date(1, 1, 1), 4, datetime.date(5, 1, 1)),
        (datetime.date.max, 0, datetime.date.max),
    ],
)
def test_add_years_clamps_and_handles_29_february(date, years, expected):
    assert add_years(date, years) == expected


# ---------------------------------------------------------------------------------------------
# The validator and where it is used


def test_validator_bounds_inclusive():
    today = timezone.localdate()
    validator = PlausibleDateValidator(years_ahead=10)
    latest = add_years(today, 10)
    for ok in (EARLIEST, today, latest, None):
        validator(ok)
    for wrong in (
        EARLIEST - datetime.timedelta(days=1),
        latest + datetime.timedelta(days=1),
        datetime.date.max,
        datetime.date.min,
    ):
        with pytest.raises(ValidationError) as raised:
            validator(wrong)
        assert raised.value.code == "implausible_date"
        assert raised.value.messages == [implausible(wrong.year, years_ahead=10)]


def test_validator_is_stable_in_migrations():
    """The validator records ``years_ahead``, never a date: no new migration every day."""
    assert registry_date == PlausibleDateValidator(years_ahead=10)
    assert report_date == PlausibleDateValidator(years_ahead=1)
    assert registry_date != report_date
    assert registry_date.deconstruct() == (
        "samenwerking.dates.PlausibleDateValidator",
        (),
        {"years_ahead": 10},
    )
    call_command("makemigrations", "--check", "--dry-run", verbosity=0)


@pytest.mark.parametrize(
    ("model", "field", "validator"),
    [
        (Samenwerkingsverband, "opgericht_op", registry_date),
        (Samenwerkingsverband, "opgeheven_op", registry_date),
        (Deelname, "toegetreden_op", registry_date),
        (Deelname, "uitgetreden_op", registry_date),
        (Partnerdeelname, "toegetreden_op", registry_date),
        (Partnerdeelname, "uitgetreden_op", registry_date),
        (Gemeente, "opgeheven_op", registry_date),
        (Evaluatie, "uitgevoerd_op", report_date),
        (Publicatie, "verschenen_op", report_date),
    ],
)
def test_model_fields_refuse_implausible_dates(model, field, validator):
    model_field = model._meta.get_field(field)
    assert validator in model_field.validators
    for year, date in ((9999, datetime.date(9999, 12, 31)), (1, datetime.date(1, 1, 1))):
        with pytest.raises(ValidationError) as raised:
            model_field.clean(date, model())
        assert raised.value.messages == [implausible(year, years_ahead=validator.years_ahead)]
    model_field.clean(datetime.date(2015, 1, 1), model())


# ---------------------------------------------------------------------------------------------
# Typed in the site's forms: refused in Dutch, nothing saved, the typed value kept


@pytest.mark.parametrize(
    ("field", "typed", "year"),
    [
        ("opgericht_op", "31-12-9999", 9999),
        ("opgericht_op", "01-01-0001", 1),
        ("opgericht_op", "31-12-1849", 1849),
        ("opgeheven_op", "31-12-9999", 9999),
    ],
)
def test_verband_form_refuses_implausible_date(adviseur_client, field, typed, year):
    data = verband_form_data(**{field: typed})
    before = verband_state()

    response = adviseur_client.post(CREATE_URL, data)

    assert response.status_code == HTTPStatus.OK
    message = implausible(year, years_ahead=10)
    assert response.context["form"].errors[field] == [message]
    assert field_error(response, field) == message
    assert verband_state() == before
    assert parse_form(response).value(field) == typed


def test_verband_form_accepts_the_bounds(adviseur_client):
    latest = add_years(timezone.localdate(), 10)
    data = verband_form_data(opgericht_op="1-1-1850", opgeheven_op=latest.strftime("%d-%m-%Y"))
    response = adviseur_client.post(CREATE_URL, data)
    assert response.status_code == HTTPStatus.FOUND
    verband = Samenwerkingsverband.objects.get()
    assert (verband.opgericht_op, verband.opgeheven_op) == (EARLIEST, latest)


@pytest.mark.parametrize("field", ["toegetreden_op", "uitgetreden_op"])
def test_deelname_row_refuses_implausible_date(adviseur_client, field):
    data = verband_form_data()
    data[f"deelnames-1-{field}"] = "31-12-9999"
    if field == "uitgetreden_op":
        data["deelnames-1-toegetreden_op"] = "1-1-2015"
    before = verband_state()

    response = adviseur_client.post(CREATE_URL, data)

    assert response.status_code == HTTPStatus.OK
    message = implausible(9999, years_ahead=10)
    assert response.context["deelnames"].forms[1].errors[field] == [message]
    assert field_error(response, f"deelnames-1-{field}") == message
    assert verband_state() == before
    assert parse_form(response).value(f"deelnames-1-{field}") == "31-12-9999"


def test_partner_row_refuses_implausible_date(adviseur_client):
    data = verband_form_data(
        partners=[
            {
                "partner_naam": "Provincie Overijssel",
                "partner_soort": "provincie",
                "toegetreden_op": "01-01-0001",
            }
        ]
    )
    before = verband_state()
    response = adviseur_client.post(CREATE_URL, data)
    assert response.status_code == HTTPStatus.OK
    assert response.context["partners"].forms[0].errors["toegetreden_op"] == [
        implausible(1, years_ahead=10)
    ]
    assert verband_state() == before


@pytest.fixture
def evaluatie(adviseur):
    verband = VerbandFactory(
        naam="Veiligheidsregio Noord", wgr=True, betrokken_adviseurs=[adviseur]
    )
    DeelnameFactory(verband=verband, gemeente=gemeente("Groningen"))
    return EvaluatieFactory(verband=verband, titel="Evaluatie 2024")


def basis_url(evaluatie) -> str:
    return reverse("evaluaties:evaluatie_stap", kwargs={"pk": evaluatie.pk, "stap": "basis"})


def post_basis(client, evaluatie, uitgevoerd_op: str):
    data = parse_form(client.get(basis_url(evaluatie)), containing="titel")
    data["uitgevoerd_op"] = uitgevoerd_op
    data["richting"] = "volgende"
    return client.post(basis_url(evaluatie), data)


@pytest.mark.parametrize("typed", ["31-12-9999", "01-01-0001", "over twee jaar"])
def test_evaluatie_basis_step_refuses_implausible_date(adviseur_client, evaluatie, typed):
    if typed == "over twee jaar":
        typed = add_years(timezone.localdate(), 2).strftime("%d-%m-%Y")
    year = int(typed[-4:])
    response = post_basis(adviseur_client, evaluatie, typed)

    assert response.status_code == HTTPStatus.OK
    message = implausible(year, years_ahead=1)
    assert response.context["form"].errors["uitgevoerd_op"] == [message]
    assert message in page_text(response)
    assert parse_form(response, containing="titel").value("uitgevoerd_op") == typed
    evaluatie.refresh_from_db()
    assert evaluatie.uitgevoerd_op == datetime.date(2022, 6, 15)


def test_evaluatie_basis_step_accepts_a_date_within_a_year(adviseur_client, evaluatie):
    planned = timezone.localdate() + datetime.timedelta(days=335)  # about eleven months
    response = post_basis(adviseur_client, evaluatie, planned.strftime("%d-%m-%Y"))
    assert response.status_code == HTTPStatus.FOUND
    evaluatie.refresh_from_db()
    assert evaluatie.uitgevoerd_op == planned


@pytest.mark.parametrize(("typed", "year"), [("31-12-9999", 9999), ("01-01-0001", 1)])
def test_publicatie_form_refuses_implausible_date(adviseur_client, typed, year):
    data = publicatie_form_data(adviseur_client, verschenen_op=typed)
    response = adviseur_client.post("/kennisbank/nieuw/", data)

    assert response.status_code == HTTPStatus.OK
    message = implausible(year, years_ahead=1)
    assert dict(response.context["form"].errors) == {"verschenen_op": [message]}
    assert message in page_text(response)
    assert not Publicatie.objects.exists()
    assert parse_form(response, containing="titel").value("verschenen_op") == typed


def test_admin_change_form_refuses_implausible_date(superuser_client):
    verband = VerbandFactory.met_deelnemers(2, naam="Regio Beheer")
    url = reverse("admin:verbanden_samenwerkingsverband_change", args=[verband.pk])
    data = parse_form(superuser_client.get(url), containing="naam")
    data["opgericht_op"] = "31-12-9999"
    before = verband_state()

    response = superuser_client.post(url, data)

    assert response.status_code == HTTPStatus.OK
    assert implausible(9999, years_ahead=10) in page_text(response)
    assert verband_state() == before
    verband.refresh_from_db()
    assert verband.opgericht_op == datetime.date(2015, 1, 1)


# ---------------------------------------------------------------------------------------------
# Rows stored before the bounds existed: every page still works


@pytest.fixture
def legacy(db):
    """Three verbanden, two evaluaties and two publicaties with dates no form accepts now.

    - toekomst: opgericht 31-12-9999, evaluatietermijn 4 years, no evaluation; the toetreding
      of Zwolle is 31-12-9999 too
    - geevalueerd: a normal verband whose last public evaluation is dated 31-12-9999
    - oud: opgericht 1-1-0001, evaluated 1-1-0001, Dalfsen joined in the year 1
    - opgeheven: opgeheven 31-12-9999, Raalte left on 31-12-9999
    """
    thema = ThemaFactory(naam="Tikfouten")
    toekomst = VerbandFactory(
        naam="Regio Tikfout Toekomst", wgr=True, evaluatietermijn_jaren=4, domeinen=["jeugd"]
    )
    geevalueerd = VerbandFactory(
        naam="Regio Tikfout Geevalueerd", wgr=True, evaluatietermijn_jaren=4, domeinen=["jeugd"]
    )
    oud = VerbandFactory(
        naam="Regio Tikfout Oudheid", wgr=True, evaluatietermijn_jaren=4, domeinen=["jeugd"]
    )
    opgeheven = VerbandFactory(naam="Regio Tikfout Opgeheven", domeinen=["jeugd"])
    for verband, namen in (
        (toekomst, ["Zwolle", "Kampen"]),
        (geevalueerd, ["Zwolle", "Ommen"]),
        (oud, ["Zwolle", "Dalfsen"]),
        (opgeheven, ["Zwolle", "Raalte"]),
    ):
        for naam in namen:
            DeelnameFactory(verband=verband, gemeente=gemeente(naam))
    evaluatie_toekomst = EvaluatieFactory(
        verband=geevalueerd,
        titel="Evaluatie uit het jaar 9999",
        openbaar=True,
        scores=[3, 4, 2, 5, 3],
    )
    evaluatie_oud = EvaluatieFactory(
        verband=oud, titel="Evaluatie uit het jaar 1", openbaar=True, scores=[2, 2, 3, 3, 4]
    )
    publicatie_toekomst = PublicatieFactory(
        titel="Publicatie uit het jaar 9999",
        themas=[thema],
        gemeenten=["Zwolle"],
        verbanden=[toekomst],
        domeinen=["jeugd"],
    )
    publicatie_oud = PublicatieFactory(
        titel="Publicatie uit het jaar 1",
        themas=[thema],
        gemeenten=["Zwolle"],
        verbanden=[oud],
        domeinen=["jeugd"],
    )

    # What a form no longer accepts, written as old data was written.
    max_, min_ = datetime.date(9999, 12, 31), datetime.date(1, 1, 1)
    Samenwerkingsverband.objects.filter(pk=toekomst.pk).update(opgericht_op=max_)
    Samenwerkingsverband.objects.filter(pk=oud.pk).update(opgericht_op=min_)
    Samenwerkingsverband.objects.filter(pk=opgeheven.pk).update(opgeheven_op=max_)
    Deelname.objects.filter(verband=opgeheven, gemeente__naam="Raalte").update(uitgetreden_op=max_)
    Deelname.objects.filter(verband=toekomst, gemeente__naam="Zwolle").update(toegetreden_op=max_)
    Deelname.objects.filter(verband=oud, gemeente__naam="Dalfsen").update(toegetreden_op=min_)
    Evaluatie.objects.filter(pk=evaluatie_toekomst.pk).update(uitgevoerd_op=max_)
    Evaluatie.objects.filter(pk=evaluatie_oud.pk).update(uitgevoerd_op=min_)
    Publicatie.objects.filter(pk=publicatie_toekomst.pk).update(verschenen_op=max_)
    Publicatie.objects.filter(pk=publicatie_oud.pk).update(verschenen_op=min_)

    return {
        "thema": thema,
        "verbanden": [toekomst, geevalueerd, oud, opgeheven],
        "evaluaties": [evaluatie_toekomst, evaluatie_oud],
        "publicaties": [publicatie_toekomst, publicatie_oud],
    }


def public_pages(legacy) -> list[str]:
    zwolle = gemeente("Zwolle")
    thema = legacy["thema"]
    evaluaties = legacy["evaluaties"]
    pages = [
        "/",
        "/verbanden/",
        "/verbanden/?sortering=opgericht",
        "/verbanden/?sortering=-opgericht",
        "/gemeenten/",
        zwolle.get_absolute_url(),
        gemeente("Kampen").get_absolute_url(),
        gemeente("Dalfsen").get_absolute_url(),
        gemeente("Raalte").get_absolute_url(),
        "/evaluaties/",
        "/evaluaties/?jaar=9999",
        "/evaluaties/?jaar=1",
        "/evaluaties/verwacht/",
        "/evaluaties/vergelijken/?" + "&".join(f"evaluatie={e.pk}" for e in evaluaties),
        "/kennisbank/",
        "/kennisbank/?jaar=9999",
        "/kennisbank/?jaar=1",
        thema.get_absolute_url(),
        "/zoeken/?q=Tikfout",
        "/zoeken/?q=Publicatie+uit+het+jaar",
        "/zoeken/?q=Evaluatie+uit+het+jaar",
    ]
    for verband in legacy["verbanden"]:
        pages += [verband.get_absolute_url(), f"{verband.get_absolute_url()}geschiedenis/"]
    pages += [e.get_absolute_url() for e in evaluaties]
    pages += [p.get_absolute_url() for p in legacy["publicaties"]]
    return pages


FEEDS = [
    "/kennisbank/feed/",
    "/kennisbank/thema/tikfouten/feed/",
    "/kennisbank/gemeente/zwolle/feed/",
    "/kennisbank/domein/jeugd/feed/",
]


def test_every_public_page_shows_rows_with_old_extreme_dates(legacy):
    client = Client(raise_request_exception=False)  # collect every failing page, not the first
    failures = {}
    for url in public_pages(legacy):
        response = client.get(url)
        if response.status_code != HTTPStatus.OK:
            failures[url] = response.status_code
    assert not failures, failures


@pytest.mark.parametrize("url", FEEDS)
def test_feeds_with_old_extreme_dates(client, legacy, url):
    response = client.get(url)
    assert response.status_code == HTTPStatus.OK
    feed = ElementTree.fromstring(response.content)
    atom = "{http://www.w3.org/2005/Atom}"
    titles = {entry.findtext(f"{atom}title") for entry in feed.iter(f"{atom}entry")}
    assert {"Publicatie uit het jaar 9999", "Publicatie uit het jaar 1"} <= titles


def test_pages_name_the_stored_dates(client, legacy):
    toekomst = legacy["verbanden"][0]
    assert "9999" in page_text(client.get(toekomst.get_absolute_url()))
    evaluatie_toekomst = legacy["evaluaties"][0]
    assert "9999" in page_text(client.get(evaluatie_toekomst.get_absolute_url()))
    publicatie_toekomst, _ = legacy["publicaties"]
    assert "9999" in page_text(client.get(publicatie_toekomst.get_absolute_url()))


def test_verwacht_counts_from_extreme_dates_without_error(client, legacy):
    """Oprichting or last evaluation in 9999 plus four years clamps (not due); the year 1 plus
    four years is long overdue."""
    toekomst, geevalueerd, oud, _ = legacy["verbanden"]

    response = client.get("/evaluaties/verwacht/")

    assert response.status_code == HTTPStatus.OK
    verwacht = {v.verband.pk: v for v in response.context["verwacht"]}
    assert toekomst.pk not in verwacht
    assert geevalueerd.pk not in verwacht
    assert oud.pk in verwacht
    assert verwacht[oud.pk].verwacht_sinds == datetime.date(5, 1, 1)
    assert oud.naam in unescape(response.content.decode())


def test_gemeente_profile_lists_verbanden_with_extreme_dates(client, legacy):
    """Zwolle joins Toekomst only in 9999, so it is not (yet) listed there; Kampen's is."""
    toekomst, geevalueerd, oud, _ = legacy["verbanden"]
    text = page_text(client.get(gemeente("Zwolle").get_absolute_url()))
    assert geevalueerd.naam in text and oud.naam in text
    assert toekomst.naam not in text
    response = client.get(gemeente("Kampen").get_absolute_url())
    assert response.status_code == HTTPStatus.OK
    assert toekomst.naam in page_text(response)


def test_logged_in_pages_with_old_extreme_dates(legacy):
    """The adviseur who must correct them sees the stored values, and the lists they get too."""
    adviseur = AdviseurFactory()
    toekomst = legacy["verbanden"][0]
    for verband in legacy["verbanden"]:
        verband.betrokken_adviseurs.add(adviseur)
    client = Client()
    client.force_login(adviseur)
    for url in ["/evaluaties/", "/evaluaties/verwacht/", "/", "/verbanden/"]:
        assert client.get(url).status_code == HTTPStatus.OK, url
    response = client.get(f"{toekomst.get_absolute_url()}bewerken/")
    assert response.status_code == HTTPStatus.OK
    assert parse_form(response).value("opgericht_op") == "31-12-9999"


def test_old_extreme_dates_can_be_corrected_in_the_form(legacy):
    """Saving the stored 9999 unchanged is refused in Dutch; corrected, it saves."""
    adviseur = AdviseurFactory()
    toekomst = legacy["verbanden"][0]
    toekomst.betrokken_adviseurs.add(adviseur)
    client = Client()
    client.force_login(adviseur)
    url = f"{toekomst.get_absolute_url()}bewerken/"
    data = parse_form(client.get(url))

    response = client.post(url, data)

    assert response.status_code == HTTPStatus.OK
    assert response.context["form"].errors["opgericht_op"] == [implausible(9999, years_ahead=10)]

    data["opgericht_op"] = "1-1-2015"
    for name, values in list(data.items()):
        if name.endswith("toegetreden_op") and values == ["31-12-9999"]:
            data[name] = "1-1-2016"
    response = client.post(url, data)
    assert response.status_code == HTTPStatus.FOUND, response.context["form"].errors
    toekomst.refresh_from_db()
    assert toekomst.opgericht_op == datetime.date(2015, 1, 1)
    assert not toekomst.deelnames.filter(toegetreden_op=datetime.date(9999, 12, 31)).exists()


def test_admin_lists_rows_with_old_extreme_dates(superuser_client, legacy):
    for url in (
        reverse("admin:verbanden_samenwerkingsverband_changelist"),
        reverse("admin:evaluaties_evaluatie_changelist"),
        reverse("admin:kennisbank_publicatie_changelist"),
        reverse("admin:verbanden_samenwerkingsverband_change", args=[legacy["verbanden"][0].pk]),
    ):
        assert superuser_client.get(url).status_code == HTTPStatus.OK, url


@pytest.mark.parametrize(
    ("changelist", "field"),
    [
        ("admin:verbanden_samenwerkingsverband_changelist", "opgericht_op"),
        ("admin:evaluaties_evaluatie_changelist", "uitgevoerd_op"),
        ("admin:kennisbank_publicatie_changelist", "verschenen_op"),
    ],
)
def test_admin_date_hierarchy_links_for_old_extreme_dates(superuser, legacy, changelist, field):
    """The beheerder clicks the years the date hierarchy offers (1 and 9999), then a month."""
    client = Client(raise_request_exception=False)
    client.force_login(superuser)
    url = reverse(changelist)
    response = client.get(url)
    assert response.status_code == HTTPStatus.OK
    years = re.findall(rf'href="\?{field}__year=(\d+)"', response.content.decode())
    assert {"1", "9999"} <= set(years)
    failures = {}
    for query in (
        f"{field}__year=9999",
        f"{field}__year=9999&{field}__month=12",
        f"{field}__year=1",
        f"{field}__year=1&{field}__month=1",
    ):
        status = client.get(f"{url}?{query}").status_code
        if status != HTTPStatus.OK:
            failures[query] = status
    assert not failures, failures
