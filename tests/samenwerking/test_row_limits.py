"""Row formsets are bounded, and a tampered row count gets a Dutch message instead of an error.

The browser sends the number of rows itself (``<prefix>-TOTAL_FORMS``). Not a number (``abc``,
``1.5``, ``-1``) means the form arrived incomplete; a huge number must neither build a hundred
thousand forms nor drop rows silently: at most ``MAX_DEELNAMES`` (400) deelnames,
``MAX_PARTNERS`` (100) partners, and ``MAX_ROWS`` (100) bevindingen or aanbevelingen are built,
and more is refused in Dutch. The "more rows" button stays within the same limits.
"""

from __future__ import annotations

from http import HTTPStatus

import pytest
from django.test import Client
from django.urls import reverse

from evaluaties.forms import MAX_ROWS
from evaluaties.models import Aanbeveling, Bevinding, Evaluatie
from samenwerking.formsets import more_rows_total
from tests.evaluaties.factories import EvaluatieFactory, volledige_evaluatie
from tests.factories import (
    AdviseurFactory,
    PartnerdeelnameFactory,
    PartnerFactory,
    VerbandFactory,
)
from tests.helpers import page_text, parse_form, verband_form_data
from verbanden.forms import MAX_DEELNAMES, MAX_PARTNERS
from verbanden.models import Deelname, Partnerdeelname, Samenwerkingsverband

pytestmark = pytest.mark.django_db

ONVOLLEDIG = (
    "Het formulier is onvolledig verstuurd: het aantal rijen ontbreekt of is ongeldig. "
    "Laad de pagina opnieuw en probeer het nog eens."
)
NOT_A_COUNT = ["abc", "1.5", "-1", ""]
HUGE = ["100000", str(2**63)]
# 400 rows of a few kB each fit easily; 100,000 would be hundreds of MB.
MAX_PAGE_BYTES = 3 * 1024 * 1024


def te_veel(n: int) -> str:
    return f"Dit formulier heeft hoogstens {n} rijen."


def test_limits_are_what_the_site_promises():
    assert (MAX_DEELNAMES, MAX_PARTNERS, MAX_ROWS) == (400, 100, 100)


@pytest.mark.parametrize(
    ("submitted", "expected"),
    [
        ("abc", "3"),
        ("1.5", "3"),
        ("-1", "3"),
        ("", "3"),
        (None, "3"),
        ("2", "5"),
        ("397", "400"),
        ("398", "400"),
        ("100000", "400"),
        (str(2**63), "400"),
    ],
)
def test_more_rows_total(submitted, expected):
    data = {} if submitted is None else {"deelnames-TOTAL_FORMS": submitted}
    assert more_rows_total(data, "deelnames", more=3, max_rows=400) == expected


# ---------------------------------------------------------------------------------------------
# The verband form


@pytest.fixture
def verband(db):
    adviseur = AdviseurFactory()
    verband = VerbandFactory.met_deelnemers(
        3, naam="Regio Rijen", aangemaakt_door=adviseur, betrokken_adviseurs=[adviseur]
    )
    PartnerdeelnameFactory(verband=verband, partner=PartnerFactory(naam="Provincie Overijssel"))
    return verband


@pytest.fixture
def editor(verband) -> Client:
    client = Client()
    client.force_login(verband.aangemaakt_door)
    return client


def edit_url(verband) -> str:
    return reverse("verbanden:verband_update", args=[verband.slug])


def state(verband):
    verband.refresh_from_db()
    return (
        verband.naam,
        verband.versie,
        list(Deelname.objects.order_by("pk").values_list("pk", "gemeente", "rol")),
        list(Partnerdeelname.objects.order_by("pk").values_list("pk", "partner")),
        Samenwerkingsverband.history.count(),
        Deelname.history.count(),
    )


def rows_built(response, name: str) -> int:
    return len(response.context[name].forms)


@pytest.mark.parametrize("prefix", ["deelnames", "partners"])
@pytest.mark.parametrize("total", NOT_A_COUNT)
def test_edit_with_a_row_count_that_is_not_a_number(verband, editor, prefix, total):
    data = parse_form(editor.get(edit_url(verband)))
    data["naam"] = "Regio Rijen (gewijzigd)"
    data[f"{prefix}-TOTAL_FORMS"] = total
    before = state(verband)

    response = editor.post(edit_url(verband), data)

    assert response.status_code == HTTPStatus.OK
    assert ONVOLLEDIG in page_text(response)
    assert state(verband) == before
    # The rest of what was typed is still there.
    assert parse_form(response).value("naam") == "Regio Rijen (gewijzigd)"


@pytest.mark.parametrize(("prefix", "limit"), [("deelnames", 400), ("partners", 100)])
@pytest.mark.parametrize("total", HUGE)
def test_edit_with_a_huge_row_count(verband, editor, prefix, limit, total):
    data = parse_form(editor.get(edit_url(verband)))
    data["naam"] = "Regio Rijen (gewijzigd)"
    data[f"{prefix}-TOTAL_FORMS"] = total
    before = state(verband)

    response = editor.post(edit_url(verband), data)

    assert response.status_code == HTTPStatus.OK
    assert te_veel(limit) in page_text(response)
    assert response.context[prefix].non_form_errors() == [te_veel(limit)]
    assert rows_built(response, prefix) <= limit
    assert len(response.content) < MAX_PAGE_BYTES
    assert state(verband) == before


def test_new_verband_with_a_huge_row_count(verband, editor):
    data = verband_form_data(naam="Nieuwe regio")
    data["deelnames-TOTAL_FORMS"] = "100000"
    count = Samenwerkingsverband.objects.count()

    response = editor.post("/verbanden/nieuw/", data)

    assert response.status_code == HTTPStatus.OK
    assert te_veel(400) in page_text(response)
    assert rows_built(response, "deelnames") <= 400
    assert len(response.content) < MAX_PAGE_BYTES
    assert Samenwerkingsverband.objects.count() == count


def test_the_page_offered_at_the_limit_saves_and_one_row_more_is_refused(verband, editor):
    """ "More rows" with a huge count offers 400 rows; that page, filled in, saves as it is."""
    data = parse_form(editor.get(edit_url(verband)))
    data["deelnames-TOTAL_FORMS"] = "100000"
    data["meer_rijen"] = "1"
    offered = parse_form(editor.post(edit_url(verband), data))
    assert offered.value("deelnames-TOTAL_FORMS") == str(MAX_DEELNAMES)
    offered["naam"] = "Regio Rijen (gewijzigd)"
    offered[f"deelnames-{MAX_DEELNAMES - 1}-gemeente"] = "Kampen"

    response = editor.post(edit_url(verband), offered)

    assert response.status_code == HTTPStatus.FOUND
    verband.refresh_from_db()
    assert verband.naam == "Regio Rijen (gewijzigd)"
    assert verband.deelnames.count() == 4
    assert verband.deelnames.filter(gemeente__naam="Kampen").exists()

    # One row more than the limit: refused, nothing changes.
    again = parse_form(editor.get(edit_url(verband)))
    again["naam"] = "Regio Rijen (nog eens)"
    again["deelnames-TOTAL_FORMS"] = str(MAX_DEELNAMES + 1)
    before = state(verband)
    response = editor.post(edit_url(verband), again)
    assert response.status_code == HTTPStatus.OK
    assert te_veel(MAX_DEELNAMES) in page_text(response)
    assert state(verband) == before


def test_a_verband_with_many_deelnemers_saves_unchanged(editor, verband):
    """A regional verband of 150 gemeenten, well within the limit, is edited like any other."""
    groot = VerbandFactory.met_deelnemers(
        150,
        naam="Landelijke regeling",
        aangemaakt_door=verband.aangemaakt_door,
        betrokken_adviseurs=[verband.aangemaakt_door],
    )
    url = edit_url(groot)
    data = parse_form(editor.get(url))
    data["naam"] = "Landelijke regeling (gewijzigd)"

    response = editor.post(url, data)

    assert response.status_code == HTTPStatus.FOUND
    groot.refresh_from_db()
    assert groot.naam == "Landelijke regeling (gewijzigd)"
    assert groot.deelnames.count() == 150


@pytest.mark.parametrize("total", ["abc", "1.5", "-1", "", "100000", str(2**63)])
def test_more_rows_button_with_a_tampered_row_count(verband, editor, total):
    data = parse_form(editor.get(edit_url(verband)))
    data["naam"] = "Regio Rijen (gewijzigd)"
    data["deelnames-TOTAL_FORMS"] = total
    data["partners-TOTAL_FORMS"] = total
    data["meer_rijen"] = "1"
    before = state(verband)

    response = editor.post(edit_url(verband), data)

    assert response.status_code == HTTPStatus.OK
    deelnames, partners = rows_built(response, "deelnames"), rows_built(response, "partners")
    assert 3 <= deelnames <= MAX_DEELNAMES
    assert 1 <= partners <= MAX_PARTNERS
    if total in HUGE:
        assert (deelnames, partners) == (MAX_DEELNAMES, MAX_PARTNERS)
    assert len(response.content) < MAX_PAGE_BYTES
    assert state(verband) == before
    # The page shows the rows with what was typed, and the count the browser sends next time.
    shown = parse_form(response)
    assert shown.value("naam") == "Regio Rijen (gewijzigd)"
    assert shown.value("deelnames-TOTAL_FORMS") == str(deelnames)
    assert ONVOLLEDIG not in page_text(response)


def test_more_rows_button_at_the_limit_adds_none(verband, editor):
    data = parse_form(editor.get(edit_url(verband)))
    data["deelnames-TOTAL_FORMS"] = str(MAX_DEELNAMES)
    data["meer_rijen"] = "1"
    response = editor.post(edit_url(verband), data)
    assert response.status_code == HTTPStatus.OK
    assert rows_built(response, "deelnames") == MAX_DEELNAMES


# ---------------------------------------------------------------------------------------------
# Bevindingen and aanbevelingen of an evaluation


@pytest.fixture
def evaluatie(db):
    adviseur = AdviseurFactory()
    verband = VerbandFactory(
        naam="Veiligheidsregio Rijen", wgr=True, betrokken_adviseurs=[adviseur]
    )
    evaluatie = volledige_evaluatie(
        verband, bevindingen=2, aanbevelingen=2, aangemaakt_door=adviseur
    )
    return evaluatie


@pytest.fixture
def evaluator(evaluatie) -> Client:
    client = Client()
    client.force_login(evaluatie.verband.betrokken_adviseurs.get())
    return client


def stap_url(evaluatie, stap: str) -> str:
    return reverse("evaluaties:evaluatie_stap", kwargs={"pk": evaluatie.pk, "stap": stap})


def evaluatie_state(evaluatie):
    return (
        list(
            Bevinding.objects.filter(evaluatie=evaluatie).order_by("pk").values_list("pk", "tekst")
        ),
        list(
            Aanbeveling.objects.filter(evaluatie=evaluatie)
            .order_by("pk")
            .values_list("pk", "tekst")
        ),
        Evaluatie.objects.filter(pk=evaluatie.pk).values_list("titel", flat=True).get(),
    )


def step_data(client, evaluatie, stap: str, total: str, richting: str):
    data = parse_form(client.get(stap_url(evaluatie, stap)), containing=f"{stap}-TOTAL_FORMS")
    data[f"{stap}-0-tekst"] = "Gewijzigde tekst die niet mag worden opgeslagen."
    data[f"{stap}-TOTAL_FORMS"] = total
    data["richting"] = richting
    return data


@pytest.mark.parametrize("stap", ["bevindingen", "aanbevelingen"])
@pytest.mark.parametrize("richting", ["volgende", "meer"])
@pytest.mark.parametrize("total", NOT_A_COUNT)
def test_evaluatie_step_with_a_row_count_that_is_not_a_number(
    evaluatie, evaluator, stap, richting, total
):
    data = step_data(evaluator, evaluatie, stap, total, richting)
    before = evaluatie_state(evaluatie)

    response = evaluator.post(stap_url(evaluatie, stap), data)

    assert response.status_code == HTTPStatus.OK
    assert ONVOLLEDIG in page_text(response)
    assert evaluatie_state(evaluatie) == before


@pytest.mark.parametrize("stap", ["bevindingen", "aanbevelingen"])
@pytest.mark.parametrize("richting", ["volgende", "meer"])
@pytest.mark.parametrize("total", HUGE)
def test_evaluatie_step_with_a_huge_row_count(evaluatie, evaluator, stap, richting, total):
    data = step_data(evaluator, evaluatie, stap, total, richting)
    before = evaluatie_state(evaluatie)

    response = evaluator.post(stap_url(evaluatie, stap), data)

    assert response.status_code == HTTPStatus.OK
    assert te_veel(MAX_ROWS) in page_text(response)
    assert response.context["formset"].non_form_errors() == [te_veel(MAX_ROWS)]
    assert len(response.context["formset"].forms) <= MAX_ROWS
    assert len(response.content) < MAX_PAGE_BYTES
    assert evaluatie_state(evaluatie) == before


def test_evaluatie_step_at_the_limit_saves(evaluatie, evaluator):
    data = step_data(evaluator, evaluatie, "bevindingen", str(MAX_ROWS), "meer")
    response = evaluator.post(stap_url(evaluatie, "bevindingen"), data)
    assert response.status_code == HTTPStatus.FOUND
    assert Bevinding.objects.filter(
        evaluatie=evaluatie, tekst="Gewijzigde tekst die niet mag worden opgeslagen."
    ).exists()
    # "More rows" after saving: the step again, never more than the limit.
    page = evaluator.get(response["Location"])
    assert page.status_code == HTTPStatus.OK
    assert len(page.context["formset"].forms) <= MAX_ROWS


def test_new_evaluatie_is_not_affected(evaluatie, evaluator):
    """A fresh concept shows its empty rows as before."""
    nieuw = EvaluatieFactory(verband=evaluatie.verband)
    response = evaluator.get(stap_url(nieuw, "bevindingen"))
    assert response.status_code == HTTPStatus.OK
    assert len(response.context["formset"].forms) == 3


@pytest.mark.parametrize("prefix", ["deelnames", "partners"])
def test_edit_with_a_lowered_count_of_stored_rows(verband, editor, prefix):
    """Stored rows sent as new rows (their id still in them) would be doubled or break the
    one-open-row rule: the page says the form was tampered with, and nothing changes."""
    data = parse_form(editor.get(edit_url(verband)))
    data["naam"] = "Regio Rijen (gewijzigd)"
    data[f"{prefix}-INITIAL_FORMS"] = "0"
    before = state(verband)

    response = editor.post(edit_url(verband), data)

    assert response.status_code == HTTPStatus.OK
    assert ONVOLLEDIG in page_text(response)
    assert state(verband) == before


@pytest.mark.parametrize("stap", ["bevindingen", "aanbevelingen"])
def test_evaluatie_step_with_a_lowered_count_of_stored_rows(evaluatie, evaluator, stap):
    data = parse_form(evaluator.get(stap_url(evaluatie, stap)), containing=f"{stap}-TOTAL_FORMS")
    data[f"{stap}-INITIAL_FORMS"] = "0"
    before = evaluatie_state(evaluatie)

    response = evaluator.post(stap_url(evaluatie, stap), data)

    assert response.status_code == HTTPStatus.OK
    assert ONVOLLEDIG in page_text(response)
    assert evaluatie_state(evaluatie) == before
