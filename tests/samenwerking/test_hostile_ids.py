"""Ids beyond what an integer column holds (2**63 and up) are ids that do not exist.

Django answers ``pk=2**63`` with "no rows", but SQLite raised ``OverflowError`` binding the
parameter of ``pk__in=[2**63]``; every multiple-choice field, id filter and id list in a URL
goes through ``__in``. ``samenwerking.lookups`` drops such values from integer ``__in`` lookups,
so a form says "geen beschikbare keuze" and a page 404s, on SQLite and PostgreSQL alike. These
tests run on whichever database the suite runs on.
"""

from __future__ import annotations

from http import HTTPStatus

import pytest
from django.contrib.auth import get_user_model
from django.test import Client
from django.urls import reverse

from evaluaties.models import Bevinding, Evaluatie
from kennisbank.models import Publicatie
from tests.evaluaties.factories import EvaluatieFactory
from tests.factories import AdviseurFactory, DeelnameFactory, VerbandFactory, domein, gemeente
from tests.helpers import browser as logged_in
from tests.helpers import page_text, parse_form, publicatie_form_data, verband_form_data
from tests.kennisbank.factories import ThemaFactory
from verbanden.models import Deelname, Domein, Gemeente, Samenwerkingsverband

pytestmark = pytest.mark.django_db

TOO_BIG = [2**63, 2**64, 10**30]
TOO_SMALL = [-(2**63) - 1, -(10**30)]
BIG = str(2**63)  # 9223372036854775808


def invalid_choice(value) -> str:
    return f"Selecteer een geldige keuze. {value} is geen beschikbare keuze."


def browser(user=None) -> Client:
    """A client that answers a server error with its 500 page instead of raising it."""
    return logged_in(user, raise_request_exception=False)


# ---------------------------------------------------------------------------------------------
# The lookups


@pytest.mark.parametrize("value", TOO_BIG + TOO_SMALL)
def test_pk_in_ignores_values_beyond_the_column(value):
    jeugd = domein("jeugd")
    assert list(Domein.objects.filter(pk__in=[value, jeugd.pk])) == [jeugd]
    assert not Domein.objects.filter(pk__in=[value]).exists()
    assert Domein.objects.exclude(pk__in=[value]).count() == Domein.objects.count()


@pytest.mark.parametrize("value", TOO_BIG)
def test_foreign_key_and_many_to_many_in_ignore_values_beyond_the_column(value):
    zwolle = gemeente("Zwolle")
    verband = VerbandFactory(domeinen=["jeugd"])
    deelname = DeelnameFactory(verband=verband, gemeente=zwolle)
    assert list(Deelname.objects.filter(gemeente__in=[value, zwolle.pk])) == [deelname]
    assert list(Deelname.objects.filter(gemeente_id__in=[value, zwolle.pk])) == [deelname]
    assert list(Deelname.objects.filter(verband__in=[value])) == []
    assert list(Samenwerkingsverband.objects.filter(domeinen__in=[value, domein("jeugd").pk])) == [
        verband
    ]
    assert list(Gemeente.objects.filter(deelnames__in=[value])) == []


def test_only_out_of_range_values_are_dropped():
    """The largest value a column holds is still looked up (and simply not found)."""
    jeugd = domein("jeugd")
    assert list(Domein.objects.filter(pk__in=[2**63 - 1, jeugd.pk])) == [jeugd]
    assert list(Domein.objects.filter(pk__in=[-(2**63), jeugd.pk])) == [jeugd]


# ---------------------------------------------------------------------------------------------
# Compare evaluations: an id list in the URL


@pytest.fixture
def evaluaties(db):
    verband = VerbandFactory(naam="Veiligheidsregio IJsselland", wgr=True)
    DeelnameFactory(verband=verband, gemeente=gemeente("Zwolle"))
    return [
        EvaluatieFactory(verband=verband, openbaar=True, scores=[3, 4, 2, 5, 3]),
        EvaluatieFactory(verband=verband, openbaar=True, scores=[2, 3, 3, 4, 4]),
    ]


@pytest.mark.parametrize("value", [*TOO_BIG, *TOO_SMALL])
def test_compare_with_an_impossible_id_is_404(evaluaties, value):
    client = browser(None)
    url = reverse("evaluaties:evaluatie_compare")
    assert client.get(f"{url}?evaluatie={value}").status_code == HTTPStatus.NOT_FOUND
    ids = "&".join(f"evaluatie={e.pk}" for e in evaluaties)
    assert client.get(f"{url}?{ids}&evaluatie={value}").status_code == HTTPStatus.NOT_FOUND
    assert client.get(f"{url}?{ids}").status_code == HTTPStatus.OK


def test_evaluatie_pages_with_an_impossible_pk_are_404(evaluaties):
    client = browser(AdviseurFactory())
    for url in (
        f"/evaluaties/{BIG}/",
        f"/evaluaties/{BIG}/rapport/",
        f"/evaluaties/{BIG}/stap/basis/",
        f"/evaluaties/{BIG}/verwijderen/",
    ):
        assert client.get(url).status_code == HTTPStatus.NOT_FOUND, url


# ---------------------------------------------------------------------------------------------
# Forms: an invalid choice in Dutch, nothing saved


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("domeinen", 2**63),
        ("domeinen", 2**64),
        ("betrokken_adviseurs", 2**63),
        ("betrokken_adviseurs", 2**64),
    ],
)
def test_verband_form_refuses_an_impossible_id(adviseur, field, value):
    client = browser(adviseur)
    data = verband_form_data()
    real = domein("jeugd").pk if field == "domeinen" else adviseur.pk
    data[field] = [real, value]
    before = (Samenwerkingsverband.objects.count(), Deelname.objects.count())

    response = client.post("/verbanden/nieuw/", data)

    assert response.status_code == HTTPStatus.OK
    assert response.context["form"].errors[field] == [invalid_choice(value)]
    assert invalid_choice(value) in page_text(response)
    assert (Samenwerkingsverband.objects.count(), Deelname.objects.count()) == before


def test_verband_edit_form_refuses_an_impossible_id_and_keeps_the_stored_ones(adviseur):
    verband = VerbandFactory.met_deelnemers(
        2, aangemaakt_door=adviseur, betrokken_adviseurs=[adviseur], domeinen=["jeugd"]
    )
    client = browser(adviseur)
    url = reverse("verbanden:verband_update", args=[verband.slug])
    data = parse_form(client.get(url))
    data["domeinen"] = [domein("wmo").pk, BIG]

    response = client.post(url, data)

    assert response.status_code == HTTPStatus.OK
    assert response.context["form"].errors["domeinen"] == [invalid_choice(BIG)]
    verband.refresh_from_db()
    assert list(verband.domeinen.values_list("slug", flat=True)) == ["jeugd"]
    assert verband.versie == 1


def test_verband_edit_form_with_an_impossible_row_id(adviseur):
    """A tampered hidden row id is an error on the page, not a server error; nothing changes."""
    verband = VerbandFactory.met_deelnemers(
        2, aangemaakt_door=adviseur, betrokken_adviseurs=[adviseur]
    )
    client = browser(adviseur)
    url = reverse("verbanden:verband_update", args=[verband.slug])
    data = parse_form(client.get(url))
    data["deelnames-0-id"] = BIG
    before = list(Deelname.objects.order_by("pk").values_list("pk", "gemeente", "rol"))

    response = client.post(url, data)

    assert response.status_code == HTTPStatus.OK
    assert list(Deelname.objects.order_by("pk").values_list("pk", "gemeente", "rol")) == before


def test_verband_edit_form_with_an_impossible_version(adviseur):
    """A version no one saved is a conflict with the stored one (409), not a server error."""
    verband = VerbandFactory.met_deelnemers(
        2, aangemaakt_door=adviseur, betrokken_adviseurs=[adviseur]
    )
    client = browser(adviseur)
    url = reverse("verbanden:verband_update", args=[verband.slug])
    data = parse_form(client.get(url))
    data["versie"] = BIG

    response = client.post(url, data)

    assert response.status_code == HTTPStatus.CONFLICT
    verband.refresh_from_db()
    assert verband.versie == 1


@pytest.mark.parametrize("value", [2**63, 2**64])
def test_publicatie_form_refuses_an_impossible_thema(adviseur, value):
    client = browser(adviseur)
    thema = ThemaFactory(naam="Governance")
    data = publicatie_form_data(client, themas=[thema.pk, value], domeinen=[domein("jeugd").pk])

    response = client.post("/kennisbank/nieuw/", data)

    assert response.status_code == HTTPStatus.OK
    assert dict(response.context["form"].errors) == {"themas": [invalid_choice(value)]}
    assert not Publicatie.objects.exists()


def test_publicatie_form_refuses_an_impossible_domein(adviseur):
    client = browser(adviseur)
    data = publicatie_form_data(client, domeinen=[BIG])
    response = client.post("/kennisbank/nieuw/", data)
    assert response.status_code == HTTPStatus.OK
    assert dict(response.context["form"].errors) == {"domeinen": [invalid_choice(BIG)]}


def test_evaluatie_step_with_an_impossible_row_id(adviseur, evaluaties):
    evaluatie = EvaluatieFactory(verband=evaluaties[0].verband)
    evaluatie.verband.betrokken_adviseurs.add(adviseur)
    client = browser(adviseur)
    url = reverse("evaluaties:evaluatie_stap", kwargs={"pk": evaluatie.pk, "stap": "bevindingen"})
    data = parse_form(client.get(url), containing="bevindingen-TOTAL_FORMS")
    data["bevindingen-INITIAL_FORMS"] = "1"
    data["bevindingen-0-id"] = BIG
    data["bevindingen-0-soort"] = "glans"
    data["bevindingen-0-aspect"] = "besluitvorming"
    data["bevindingen-0-tekst"] = "Het bestuur besluit snel."
    data["richting"] = "volgende"

    response = client.post(url, data)

    assert response.status_code == HTTPStatus.OK
    assert not Bevinding.objects.filter(evaluatie=evaluatie).exists()
    assert Evaluatie.objects.filter(pk=evaluatie.pk).exists()


# ---------------------------------------------------------------------------------------------
# Lists filtered by an impossible value


@pytest.mark.parametrize(
    "url",
    [
        f"/verbanden/?domein={BIG}",
        f"/verbanden/?provincie={BIG}",
        f"/verbanden/?gemeente={BIG}",
        f"/verbanden/?gemeenten_alle={BIG}",
        f"/verbanden/?domein=jeugd&domein={BIG}",
        f"/gemeenten/?provincie={BIG}",
        f"/kennisbank/?thema={BIG}",
        f"/kennisbank/?domein={BIG}",
        f"/kennisbank/?jaar={BIG}",
        f"/kennisbank/?verband={BIG}",
        f"/kennisbank/?gemeente={BIG}",
        f"/evaluaties/?domein={BIG}",
        f"/evaluaties/?jaar={BIG}",
        f"/evaluaties/?pagina={BIG}",
        f"/verbanden/?pagina={BIG}",
        f"/zoeken/?q=zwolle&in=verbanden&pagina={BIG}",
    ],
)
def test_list_filters_with_an_impossible_value_answer(evaluaties, url):
    ThemaFactory(naam="Governance")
    response = browser(None).get(url)
    assert response.status_code == HTTPStatus.OK


def test_admin_filters_and_pages_with_an_impossible_id(superuser):
    client = browser(superuser)
    verband = VerbandFactory()
    for url in (
        reverse("admin:verbanden_samenwerkingsverband_changelist") + f"?domeinen__id__exact={BIG}",
        reverse("admin:verbanden_samenwerkingsverband_change", args=[BIG]),
        reverse("admin:verbanden_samenwerkingsverband_history", args=[verband.pk]),
    ):
        assert client.get(url).status_code in (HTTPStatus.OK, HTTPStatus.FOUND), url
    assert get_user_model().objects.filter(pk__in=[2**63]).count() == 0


def test_text_that_is_no_number_finds_nothing_in_an_id_list():
    real = domein("jeugd")
    assert list(Domein.objects.filter(pk__in=["abc", str(real.pk)])) == [real]
    assert not Domein.objects.filter(pk__in=["abc"]).exists()


def test_admin_autocomplete_field_with_text_shows_the_form_again(superuser_client):
    response = superuser_client.post(
        reverse("admin:verbanden_gemeente_add"),
        {"naam": "Nieuwegein-Noord", "code": "9999", "slug": "x", "opgegaan_in": "abc"},
    )
    assert response.status_code == HTTPStatus.OK
    assert response.context["adminform"].form.errors["opgegaan_in"]
