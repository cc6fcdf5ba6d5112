"""Registering, editing and deleting verbanden with their deelnames and partners, in the site.

The forms are posted as a browser posts them: the verband fields, and the two formsets with
their management forms (``deelnames-TOTAL_FORMS`` ...) and rows. Edit tests read the rendered
form back with ``parse_form`` and change only what a person would change.
"""

from __future__ import annotations

import datetime
import re
from decimal import Decimal
from http import HTTPStatus

import pytest
from django.urls import reverse

from tests.factories import (
    AdviseurFactory,
    BeheerderFactory,
    DeelnameFactory,
    PartnerdeelnameFactory,
    PartnerFactory,
    VerbandFactory,
    domein,
    gemeente,
)
from tests.helpers import FormData, main_text, page_text, parse_form, verband_form_data
from verbanden import choices
from verbanden.models import Deelname, Partner, Partnerdeelname, Samenwerkingsverband

pytestmark = pytest.mark.django_db

CREATE_URL = "/verbanden/nieuw/"


def update_url(verband) -> str:
    return reverse("verbanden:verband_update", args=[verband.slug])


def html(response) -> str:
    return response.content.decode()


def db_state():
    """Everything a failed submit must leave alone."""
    return (
        Samenwerkingsverband.objects.count(),
        Deelname.objects.count(),
        Partnerdeelname.objects.count(),
        Partner.objects.count(),
        Samenwerkingsverband.history.count(),
        Deelname.history.count(),
    )


def assert_nothing_lost(response, posted: FormData) -> None:
    """The re-rendered form submits exactly what was posted: every typed value is still there."""
    shown = parse_form(response)
    lost = {
        name: (values, shown.get(name))
        for name, values in posted.items()
        if shown.get(name) != values and name not in {"meer_rijen", "csrfmiddlewaretoken"}
    }
    assert not lost, f"typed values not shown back: {lost}"


def field_error(response, name: str) -> str:
    """The text of the error message rendered at field ``name`` (its id is id_<name>_error)."""
    match = re.search(rf'id="id_{re.escape(name)}_error"[^>]*>(.*?)</div>', html(response), re.S)
    assert match, f"no error message rendered at field {name}"
    return page_text(match.group(1))


def block(response, element_id: str, end: str = "</fieldset>") -> str:
    match = re.search(rf'id="{re.escape(element_id)}".*?{end}', html(response), re.S)
    assert match, f"no element #{element_id}"
    return page_text(match.group(0))


# ---------------------------------------------------------------------------------------------
# Create


def test_create_with_three_deelnemers(adviseur_client, adviseur):
    jeugd, ict = domein("jeugd"), domein("ict")
    data = verband_form_data(
        partners=[{"partner_naam": "Provincie Overijssel", "partner_soort": "provincie"}]
    )
    data["domeinen"] = [jeugd.pk, ict.pk]
    data["gezamenlijk_opdrachtgeverschap"] = "on"

    response = adviseur_client.post(CREATE_URL, data)

    assert response.status_code == HTTPStatus.FOUND, html(response)[:3000]
    verband = Samenwerkingsverband.objects.get(naam="Regionale Uitvoeringsdienst IJsselland")
    assert response["Location"] == verband.get_absolute_url()
    assert verband.slug == "regionale-uitvoeringsdienst-ijsselland"
    assert verband.juridische_vorm == choices.JuridischeVorm.OPENBAAR_LICHAAM
    assert verband.evaluatietermijn_jaren == 4
    assert verband.opgericht_op == datetime.date(2015, 1, 1)
    assert verband.gezamenlijk_opdrachtgeverschap is True
    assert verband.gemeenschappelijke_adviescommissie is False
    assert set(verband.domeinen.all()) == {jeugd, ict}
    assert verband.aangemaakt_door == adviseur
    assert list(verband.betrokken_adviseurs.all()) == [adviseur]
    assert verband.versie == 1
    deelnames = {
        d.gemeente.naam: (d.rol, d.toegetreden_op, d.bijdrage)
        for d in verband.deelnames.select_related("gemeente")
    }
    assert deelnames == {
        "Zwolle": ("penvoerder", datetime.date(2015, 1, 1), Decimal("12500.00")),
        "Kampen": ("deelnemer", datetime.date(2015, 1, 1), Decimal("8000.50")),
        "Dalfsen": ("deelnemer", datetime.date(2016, 1, 1), None),
    }
    partner = verband.partnerdeelnames.get().partner
    assert (partner.naam, partner.soort) == ("Provincie Overijssel", "provincie")

    detail = adviseur_client.get(response["Location"])
    assert "is geregistreerd" in html(detail)
    assert {d.gemeente.naam for d in detail.context["actieve_deelnames"]} == {
        "Zwolle",
        "Kampen",
        "Dalfsen",
    }


def test_create_by_beheerder_does_not_make_them_betrokken_adviseur(client):
    beheerder = BeheerderFactory()
    client.force_login(beheerder)
    response = client.post(CREATE_URL, verband_form_data())
    assert response.status_code == HTTPStatus.FOUND
    verband = Samenwerkingsverband.objects.get()
    assert verband.aangemaakt_door == beheerder
    assert not verband.betrokken_adviseurs.exists()


def test_empty_form_offers_rows(adviseur_client):
    response = adviseur_client.get(CREATE_URL)
    assert response.status_code == HTTPStatus.OK
    assert response.context["deelnames"].total_form_count() >= 3
    data = parse_form(response)
    assert data.value("deelnames-INITIAL_FORMS") == "0"
    assert "Nieuw samenwerkingsverband" in main_text(response)


# ---------------------------------------------------------------------------------------------
# Validation: Dutch messages at the field, nothing typed is lost, nothing is written


def _with_row(i: int, **values):
    def change(data: FormData) -> None:
        for key, value in values.items():
            data[f"deelnames-{i}-{key}"] = value

    return change


def _centrum(*rollen):
    def change(data: FormData) -> None:
        data["juridische_vorm"] = "centrumgemeenteconstructie"
        data["besturingsmodel"] = "centrumgemeente"
        for i, rol in enumerate(rollen):
            data[f"deelnames-{i}-rol"] = rol

    return change


def _same_gemeente(data: FormData) -> None:
    data["deelnames-2-gemeente"] = "zwolle"


def _naam(data: FormData) -> None:
    data["naam"] = ""


ERROR_CASES = [
    pytest.param(_naam, ("field", "naam"), "Dit veld is verplicht.", id="naam-ontbreekt"),
    pytest.param(
        _with_row(1, gemeente="Atlantis"),
        ("field", "deelnames-1-gemeente"),
        "Onbekende gemeente ‘Atlantis’. Vul de naam of de CBS-code (vier cijfers) in.",
        id="onbekende-gemeente",
    ),
    pytest.param(
        _with_row(1, toegetreden_op="31-02-2024"),
        ("field", "deelnames-1-toegetreden_op"),
        "Vul een geldige datum in als dag-maand-jaar, bijvoorbeeld 31-12-2024.",
        id="ongeldige-datum",
    ),
    pytest.param(
        _with_row(0, bijdrage="abc"),
        ("field", "deelnames-0-bijdrage"),
        "Vul een bedrag in euro in, bijvoorbeeld 12.500 of 12.500,50.",
        id="bedrag-abc",
    ),
    pytest.param(
        _with_row(0, bijdrage="-500"),
        ("field", "deelnames-0-bijdrage"),
        "Zorg ervoor dat deze waarde minstens 0 is.",
        id="negatief-bedrag",
    ),
    pytest.param(
        _with_row(1, toegetreden_op="1-3-2020", uitgetreden_op="1-1-2019"),
        ("row", 1),
        "De datum van uittreding ligt vóór de datum van toetreding.",
        id="uitgetreden-voor-toegetreden",
    ),
    pytest.param(
        _same_gemeente,
        ("formset", "deelnemers-fouten"),
        "Deze gemeente staat meer dan eens als lopende deelnemer vermeld: Zwolle.",
        id="twee-lopende-deelnames",
    ),
    pytest.param(
        _centrum("deelnemer", "deelnemer", "deelnemer"),
        ("formset", "deelnemers-fouten"),
        "Een centrumgemeenteconstructie heeft één actieve centrumgemeente; er is er nu geen.",
        id="centrumgemeenteconstructie-zonder-centrumgemeente",
    ),
    pytest.param(
        _centrum("centrumgemeente", "centrumgemeente", "deelnemer"),
        ("formset", "deelnemers-fouten"),
        "Een centrumgemeenteconstructie heeft precies één actieve centrumgemeente; "
        "er zijn er nu 2.",
        id="centrumgemeenteconstructie-met-twee",
    ),
]


@pytest.mark.parametrize(("change", "where", "message"), ERROR_CASES)
def test_validation_error_in_dutch_at_the_field_and_nothing_lost(
    adviseur_client, change, where, message
):
    data = verband_form_data(
        partners=[{"partner_naam": "Provincie Overijssel", "partner_soort": "provincie"}]
    )
    data["domeinen"] = [domein("jeugd").pk]
    change(data)
    before = db_state()

    response = adviseur_client.post(CREATE_URL, data)

    assert response.status_code == HTTPStatus.OK
    assert db_state() == before, "a failed submit wrote to the database"
    form, deelnames = response.context["form"], response.context["deelnames"]
    kind, target = where
    if kind == "field" and target == "naam":
        assert form.errors["naam"] == [message]
    elif kind == "field":
        i = int(target.split("-")[1])
        assert deelnames.forms[i].errors[target.rsplit("-", 1)[1]] == [message]
    elif kind == "row":
        assert deelnames.forms[target].non_field_errors() == [message]
    else:
        assert deelnames.non_form_errors() == [message]
    # ... rendered in Dutch where it belongs
    if kind == "field":
        assert field_error(response, target) == message
    elif kind == "row":
        assert message in block(response, f"deelnemer-{target + 1}")
    else:
        assert message in block(response, target, end="</div>")
    assert "Het formulier is nog niet opgeslagen" in html(response)
    # ... and nothing the person typed is lost
    assert form["naam"].value() == data.value("naam")
    for i in range(3):
        row = deelnames.forms[i]
        for name in ("gemeente", "rol", "toegetreden_op", "uitgetreden_op", "bijdrage"):
            assert row[name].value() == data.get(f"deelnames-{i}-{name}", [""])[0], (i, name)
    assert_nothing_lost(response, data)


def test_several_errors_at_once_each_at_its_field(adviseur_client):
    data = verband_form_data(naam="Verband met fouten")
    data["deelnames-0-bijdrage"] = "abc"
    data["deelnames-1-gemeente"] = "Atlantis"
    data["deelnames-2-toegetreden_op"] = "31-02-2024"
    data["taaktype"] = ""
    before = db_state()

    response = adviseur_client.post(CREATE_URL, data)

    assert response.status_code == HTTPStatus.OK
    assert db_state() == before
    assert field_error(response, "taaktype") == "Dit veld is verplicht."
    assert field_error(response, "deelnames-0-bijdrage").startswith("Vul een bedrag in euro in")
    assert field_error(response, "deelnames-1-gemeente").startswith("Onbekende gemeente")
    assert field_error(response, "deelnames-2-toegetreden_op").startswith("Vul een geldige datum")
    assert_nothing_lost(response, data)


def test_partner_rows_validated_too(adviseur_client):
    data = verband_form_data(
        partners=[{"partner_naam": "Waterschap Drents Overijsselse Delta", "partner_soort": ""}]
    )
    before = db_state()
    response = adviseur_client.post(CREATE_URL, data)
    assert response.status_code == HTTPStatus.OK
    assert db_state() == before
    assert (
        field_error(response, "partners-0-partner_soort")
        == "Kies de soort voor deze nieuwe partner ‘Waterschap Drents Overijsselse Delta’."
    )
    assert_nothing_lost(response, data)


# ---------------------------------------------------------------------------------------------
# Dutch input


@pytest.mark.parametrize(
    "typed", ["1-2-2024", "01/02/2024", "2024-02-01", "01-02-2024", "1.2.2024"]
)
def test_dutch_dates(adviseur_client, typed):
    data = verband_form_data(
        deelnames=[{"gemeente": "Zwolle", "toegetreden_op": typed}], opgericht_op=typed
    )
    response = adviseur_client.post(CREATE_URL, data)
    assert response.status_code == HTTPStatus.FOUND, html(response)[:2000]
    verband = Samenwerkingsverband.objects.get()
    assert verband.opgericht_op == datetime.date(2024, 2, 1)
    assert verband.deelnames.get().toegetreden_op == datetime.date(2024, 2, 1)


@pytest.mark.parametrize(
    ("typed", "amount"),
    [
        ("€ 12.500,50", Decimal("12500.50")),
        ("12500,5", Decimal("12500.50")),
        ("12.500", Decimal("12500")),
        ("€12.500,-", Decimal("12500")),
        ("1.234.567,89", Decimal("1234567.89")),
        ("12500.50", Decimal("12500.50")),
        ("0", Decimal("0")),
    ],
)
def test_dutch_amounts(adviseur_client, typed, amount):
    data = verband_form_data(deelnames=[{"gemeente": "Zwolle", "bijdrage": typed}])
    response = adviseur_client.post(CREATE_URL, data)
    assert response.status_code == HTTPStatus.FOUND, html(response)[:2000]
    assert Deelname.objects.get().bijdrage == amount


@pytest.mark.parametrize("typed", ["0193", "GM0193", "gm0193", "zwolle", "Zwolle", " ZWOLLE "])
def test_gemeente_by_cbs_code_or_name(adviseur_client, typed):
    data = verband_form_data(deelnames=[{"gemeente": typed}])
    response = adviseur_client.post(CREATE_URL, data)
    assert response.status_code == HTTPStatus.FOUND, html(response)[:2000]
    assert Deelname.objects.get().gemeente == gemeente("Zwolle")


def test_amounts_and_dates_shown_the_dutch_way_on_the_edit_form(adviseur_client, adviseur):
    verband = VerbandFactory(aangemaakt_door=adviseur, opgericht_op=datetime.date(2024, 2, 1))
    DeelnameFactory(
        verband=verband,
        gemeente=gemeente("Zwolle"),
        bijdrage=Decimal("12500.50"),
        toegetreden_op=datetime.date(2024, 2, 1),
    )
    response = adviseur_client.get(update_url(verband))
    assert response.status_code == HTTPStatus.OK
    data = parse_form(response)
    assert data.value("deelnames-0-bijdrage") == "12.500,50"
    assert data.value("deelnames-0-toegetreden_op") == "01-02-2024"
    assert data.value("deelnames-0-gemeente") == "Zwolle"
    assert data.value("opgericht_op") == "01-02-2024"
    assert data.value("versie") == "1"


def test_amount_round_trip_unchanged(adviseur_client, adviseur):
    """Saving an untouched edit form keeps '12.500,50' as 12500.50 (not 12.5 or 1250050)."""
    verband = VerbandFactory(aangemaakt_door=adviseur)
    deelname = DeelnameFactory(verband=verband, bijdrage=Decimal("12500.50"))
    page = adviseur_client.get(update_url(verband))
    response = adviseur_client.post(update_url(verband), parse_form(page))
    assert response.status_code == HTTPStatus.FOUND
    deelname.refresh_from_db()
    assert deelname.bijdrage == Decimal("12500.50")


# ---------------------------------------------------------------------------------------------
# More rows


def test_more_rows_adds_three_empty_rows_without_errors_and_keeps_the_data(adviseur_client):
    data = verband_form_data(
        partners=[{"partner_naam": "Provincie Overijssel", "partner_soort": "provincie"}]
    )
    data["deelnames-0-bijdrage"] = "abc"  # not validated yet: no accusation either
    data["meer_rijen"] = "1"
    rows_before = int(data.value("deelnames-TOTAL_FORMS"))
    partner_rows_before = int(data.value("partners-TOTAL_FORMS"))
    before = db_state()

    response = adviseur_client.post(CREATE_URL, data)

    assert response.status_code == HTTPStatus.OK
    assert db_state() == before
    assert response.context["deelnames"].total_form_count() == rows_before + 3
    assert response.context["partners"].total_form_count() == partner_rows_before + 3
    page = html(response)
    assert "utrecht-form-field-error-message" not in page
    assert "Het formulier is nog niet opgeslagen" not in page
    assert "Het formulier bevat fouten" not in page
    shown = parse_form(response)
    assert shown.value("deelnames-TOTAL_FORMS") == str(rows_before + 3)
    for name, values in data.items():
        if name not in {"meer_rijen", "deelnames-TOTAL_FORMS", "partners-TOTAL_FORMS"}:
            assert shown.get(name) == values, name
    for i in range(rows_before, rows_before + 3):
        assert shown.value(f"deelnames-{i}-gemeente") == ""

    # Filling in a new row and saving: the empty rows are skipped.
    shown["deelnames-0-bijdrage"] = "12.500"
    shown[f"deelnames-{rows_before}-gemeente"] = "Deventer"
    response = adviseur_client.post(CREATE_URL, shown)
    assert response.status_code == HTTPStatus.FOUND, html(response)[:3000]
    verband = Samenwerkingsverband.objects.get()
    assert set(verband.deelnames.values_list("gemeente__naam", flat=True)) == {
        "Zwolle",
        "Kampen",
        "Dalfsen",
        "Deventer",
    }


# ---------------------------------------------------------------------------------------------
# Edit


@pytest.fixture
def eigen_verband(adviseur):
    verband = VerbandFactory(wgr=True, naam="Omgevingsdienst IJsselland", aangemaakt_door=adviseur)
    for naam, bijdrage in (("Zwolle", 10_000), ("Kampen", 5_000), ("Dalfsen", None)):
        DeelnameFactory(verband=verband, gemeente=gemeente(naam), bijdrage=bijdrage)
    return verband


def row_index(data: FormData, gemeente_naam: str, prefix: str = "deelnames") -> int:
    total = int(data.value(f"{prefix}-TOTAL_FORMS"))
    field = "gemeente" if prefix == "deelnames" else "partner_naam"
    for i in range(total):
        if data.get(f"{prefix}-{i}-{field}") == [gemeente_naam]:
            return i
    raise AssertionError(f"no row for {gemeente_naam}")


def test_edit_ends_a_deelname(adviseur_client, eigen_verband):
    data = parse_form(adviseur_client.get(update_url(eigen_verband)))
    i = row_index(data, "Kampen")
    data[f"deelnames-{i}-uitgetreden_op"] = "1-2-2024"

    response = adviseur_client.post(update_url(eigen_verband), data)

    assert response.status_code == HTTPStatus.FOUND, html(response)[:3000]
    kampen = eigen_verband.deelnames.get(gemeente__naam="Kampen")
    assert kampen.uitgetreden_op == datetime.date(2024, 2, 1)
    assert eigen_verband.deelnames.count() == 3
    detail = adviseur_client.get(eigen_verband.get_absolute_url())
    assert [d.gemeente.naam for d in detail.context["eerdere_deelnames"]] == ["Kampen"]
    eigen_verband.refresh_from_db()
    assert eigen_verband.versie == 2


def test_edit_deletes_a_row_and_adds_one(adviseur_client, eigen_verband):
    data = parse_form(adviseur_client.get(update_url(eigen_verband)))
    i = row_index(data, "Dalfsen")
    data[f"deelnames-{i}-DELETE"] = "on"
    new = int(data.value("deelnames-INITIAL_FORMS"))  # the first empty row
    data[f"deelnames-{new}-gemeente"] = "0150"  # Deventer
    data[f"deelnames-{new}-bijdrage"] = "€ 7.250"

    response = adviseur_client.post(update_url(eigen_verband), data)

    assert response.status_code == HTTPStatus.FOUND, html(response)[:3000]
    assert dict(eigen_verband.deelnames.values_list("gemeente__naam", "bijdrage")) == {
        "Zwolle": Decimal("10000"),
        "Kampen": Decimal("5000"),
        "Deventer": Decimal("7250"),
    }


def test_edit_changes_fields_and_keeps_the_slug(adviseur_client, eigen_verband):
    slug = eigen_verband.slug
    data = parse_form(adviseur_client.get(update_url(eigen_verband)))
    data["naam"] = "Omgevingsdienst IJsselland en Vechtdal"
    data["juridische_vorm"] = "bedrijfsvoeringsorganisatie"
    data["domeinen"] = [domein("omgevingsdienst").pk]
    i = row_index(data, "Zwolle")
    data[f"deelnames-{i}-bijdrage"] = "12.500"

    response = adviseur_client.post(update_url(eigen_verband), data)

    assert response.status_code == HTTPStatus.FOUND, html(response)[:3000]
    eigen_verband.refresh_from_db()
    assert eigen_verband.naam == "Omgevingsdienst IJsselland en Vechtdal"
    assert eigen_verband.juridische_vorm == "bedrijfsvoeringsorganisatie"
    assert eigen_verband.slug == slug  # links elsewhere keep working
    assert list(eigen_verband.domeinen.values_list("slug", flat=True)) == ["omgevingsdienst"]
    assert eigen_verband.deelnames.get(gemeente__naam="Zwolle").bijdrage == Decimal("12500")
    assert response["Location"] == eigen_verband.get_absolute_url()


def test_edit_with_error_keeps_everything_and_saves_nothing(adviseur_client, eigen_verband):
    data = parse_form(adviseur_client.get(update_url(eigen_verband)))
    data["naam"] = "Nieuwe naam die nog niet mag"
    i = row_index(data, "Kampen")
    data[f"deelnames-{i}-bijdrage"] = "veel"
    data[f"deelnames-{i}-uitgetreden_op"] = "1-2-2024"
    before = db_state()

    response = adviseur_client.post(update_url(eigen_verband), data)

    assert response.status_code == HTTPStatus.OK
    assert db_state() == before
    eigen_verband.refresh_from_db()
    assert eigen_verband.naam == "Omgevingsdienst IJsselland"
    assert eigen_verband.versie == 1
    assert response.context["form"]["naam"].value() == "Nieuwe naam die nog niet mag"
    assert field_error(response, f"deelnames-{i}-bijdrage").startswith("Vul een bedrag")
    assert_nothing_lost(response, data)


def test_partner_rows_existing_by_name_and_new_with_soort(adviseur_client, eigen_verband):
    provincie = PartnerFactory(naam="Provincie Overijssel", soort="provincie")
    data = parse_form(adviseur_client.get(update_url(eigen_verband)))
    # One empty partner row is offered; "Meer rijen toevoegen" gives more.
    data["meer_rijen"] = "1"
    data = parse_form(adviseur_client.post(update_url(eigen_verband), data))
    assert data.value("partners-TOTAL_FORMS") == "4"
    data["partners-0-partner_naam"] = "provincie overijssel"  # an existing partner, any case
    data["partners-0-bijdrage"] = "25.000"
    data["partners-1-partner_naam"] = "Waterschap Drents Overijsselse Delta"  # new, no soort
    before = db_state()

    response = adviseur_client.post(update_url(eigen_verband), data)

    assert response.status_code == HTTPStatus.OK
    assert db_state() == before
    assert field_error(response, "partners-1-partner_soort") == (
        "Kies de soort voor deze nieuwe partner ‘Waterschap Drents Overijsselse Delta’."
    )
    assert_nothing_lost(response, data)

    data = parse_form(response)
    data["partners-1-partner_soort"] = "waterschap"
    response = adviseur_client.post(update_url(eigen_verband), data)

    assert response.status_code == HTTPStatus.FOUND, html(response)[:3000]
    assert Partner.objects.filter(naam__iexact="provincie overijssel").count() == 1
    waterschap = Partner.objects.get(naam="Waterschap Drents Overijsselse Delta")
    assert waterschap.soort == "waterschap"
    assert dict(eigen_verband.partnerdeelnames.values_list("partner", "bijdrage")) == {
        provincie.pk: Decimal("25000"),
        waterschap.pk: None,
    }


# ---------------------------------------------------------------------------------------------
# Delete


def test_delete_asks_for_confirmation_and_explains_what_goes(adviseur_client, eigen_verband):
    PartnerdeelnameFactory(verband=eigen_verband)
    url = reverse("verbanden:verband_delete", args=[eigen_verband.slug])

    response = adviseur_client.get(url)

    assert response.status_code == HTTPStatus.OK
    assert response.context["aantal_deelnames"] == 3
    assert response.context["aantal_partnerdeelnames"] == 1
    text = main_text(response)
    assert "Omgevingsdienst IJsselland verwijderen?" in text
    assert "3 deelnames van gemeenten" in text
    assert "1 deelname van andere partners" in text
    assert Samenwerkingsverband.objects.filter(pk=eigen_verband.pk).exists()


def test_delete_removes_verband_and_deelnames(adviseur_client, eigen_verband):
    partnerdeelname = PartnerdeelnameFactory(verband=eigen_verband)
    url = reverse("verbanden:verband_delete", args=[eigen_verband.slug])

    response = adviseur_client.post(url)

    assert response.status_code == HTTPStatus.FOUND
    assert response["Location"] == reverse("verbanden:verband_list")
    assert not Samenwerkingsverband.objects.filter(pk=eigen_verband.pk).exists()
    assert not Deelname.objects.filter(verband_id=eigen_verband.pk).exists()
    assert not Partnerdeelname.objects.filter(verband_id=eigen_verband.pk).exists()
    assert Partner.objects.filter(pk=partnerdeelname.partner_id).exists()
    assert gemeente("Kampen").pk  # gemeenten stay
    listing = adviseur_client.get(response["Location"])
    assert "Omgevingsdienst IJsselland’ is verwijderd" in html(listing)


# ---------------------------------------------------------------------------------------------
# /verbanden/nieuw/ is never a verband


@pytest.mark.parametrize("naam", ["Nieuw", "nieuw", "NIEUW!"])
def test_a_verband_named_nieuw_does_not_shadow_the_create_page(client, naam):
    adviseur = AdviseurFactory()
    client.force_login(adviseur)
    response = client.post(CREATE_URL, verband_form_data(naam=naam))
    assert response.status_code == HTTPStatus.FOUND
    verband = Samenwerkingsverband.objects.get()
    assert verband.slug != "nieuw"

    page = client.get(CREATE_URL)
    assert page.resolver_match.url_name == "verband_create"
    assert "Nieuw samenwerkingsverband" in main_text(page)
    detail = client.get(verband.get_absolute_url())
    assert detail.status_code == HTTPStatus.OK
    assert detail.context["verband"] == verband

    client.logout()
    assert client.get(CREATE_URL).status_code == HTTPStatus.FOUND  # to the login page


def test_verband_named_nieuw_from_factory_gets_another_slug():
    first = VerbandFactory(naam="Nieuw")
    second = VerbandFactory(naam="Nieuw")
    assert first.slug == "nieuw-2"
    assert second.slug not in {"nieuw", first.slug}


def test_beheer_cannot_give_a_verband_the_slug_nieuw(client):
    """The admin pre-fills the slug from the naam: 'Nieuw' becomes 'nieuw' in the browser."""
    client.force_login(BeheerderFactory())
    add_url = reverse("admin:verbanden_samenwerkingsverband_add")
    data = parse_form(client.get(add_url))
    data.update(
        FormData(
            {
                "naam": "Nieuw",
                "slug": "nieuw",
                "juridische_vorm": "convenant",
                "taaktype": "beleid",
                "aantal_taken": "een",
                "besturingsniveau": "strategisch",
                "organisatievorm": "nieuw",
                "organisatiestructuur": "centraal",
                "initiatief": "vrijwillig",
                "fase": "verkenning",
                "besturingsmodel": "bestuurlijk_overleg",
            }
        )
    )
    response = client.post(add_url, data)
    verband = Samenwerkingsverband.objects.filter(naam="Nieuw").first()
    assert verband is None or verband.slug != "nieuw", (
        "the admin saved a verband with slug 'nieuw': its page is unreachable, "
        "/verbanden/nieuw/ is the create page"
    )
    if verband is None:
        assert response.status_code == HTTPStatus.OK
        assert "nieuw" in page_text(response)
