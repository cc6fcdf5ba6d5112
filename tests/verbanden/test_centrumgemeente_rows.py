"""Deelname rows that exchange roles or gemeenten save in any order, and two centrumgemeenten
are refused in Dutch for every juridische vorm.

The database holds two partial unique indexes (one open deelname per gemeente, one open
centrumgemeente per verband) that cannot be deferred to the commit. Rows saved one by one could
collide midway (Almelo made centrumgemeente before Zwolle stops being it); the formset first
takes the changed rows out of those rules, then saves each with its final values. The edit
forms are read back from the page (``parse_form``) and changed as a person would change them.
"""

from __future__ import annotations

import datetime
from http import HTTPStatus

import pytest
from django.test import Client
from django.urls import reverse

from tests.factories import DeelnameFactory, VerbandFactory, gemeente
from tests.helpers import FormData, page_text, parse_form, verband_form_data
from verbanden import choices
from verbanden.models import Deelname, Samenwerkingsverband

pytestmark = pytest.mark.django_db

CREATE_URL = "/verbanden/nieuw/"
CENTRUM = choices.Rol.CENTRUMGEMEENTE
DEELNEMER = choices.Rol.DEELNEMER
TWEE_CENTRUMGEMEENTEN = (
    "Een samenwerkingsverband heeft hoogstens één centrumgemeente zonder datum van uittreding; "
    "nu zijn dat er 2 ({namen}). Kies bij de andere de rol deelnemer of vul de datum van "
    "uittreding in."
)


def update_url(verband) -> str:
    return reverse("verbanden:verband_update", args=[verband.slug])


def row_of(data: FormData, naam: str, prefix: str = "deelnames") -> str:
    """The row prefix (``deelnames-1``) whose gemeente field shows ``naam``."""
    for name, values in data.items():
        if name.startswith(f"{prefix}-") and name.endswith("-gemeente") and values == [naam]:
            return name.removesuffix("-gemeente")
    raise AssertionError(f"no row with gemeente {naam}")


def swap_rows(data: FormData, a: int, b: int, prefix: str = "deelnames") -> FormData:
    """The same form with rows ``a`` and ``b`` submitted in each other's place."""
    swapped = FormData()
    for name, values in data.items():
        parts = name.split("-", 2)
        if len(parts) == 3 and parts[0] == prefix and parts[1] in (str(a), str(b)):
            other = b if parts[1] == str(a) else a
            name = f"{prefix}-{other}-{parts[2]}"
        swapped[name] = values
    return swapped


def rollen(verband) -> dict[str, str]:
    return {
        d.gemeente.naam: d.rol
        for d in verband.deelnames.filter(uitgetreden_op__isnull=True).select_related("gemeente")
    }


def db_state():
    return (
        Samenwerkingsverband.objects.count(),
        list(
            Deelname.objects.order_by("pk").values_list("pk", "gemeente", "rol", "uitgetreden_op")
        ),
        Samenwerkingsverband.history.count(),
        Deelname.history.count(),
    )


@pytest.fixture
def centrumconstructie(adviseur):
    """Zwolle centrumgemeente, Almelo (earlier in the alphabet, so the first row) deelnemer."""
    verband = VerbandFactory(
        naam="Centrumregeling Jeugdhulp IJsselland",
        juridische_vorm=choices.JuridischeVorm.CENTRUMGEMEENTECONSTRUCTIE,
        besturingsmodel=choices.Besturingsmodel.CENTRUMGEMEENTE,
        aangemaakt_door=adviseur,
        betrokken_adviseurs=[adviseur],
    )
    DeelnameFactory(verband=verband, gemeente=gemeente("Zwolle"), rol=CENTRUM)
    DeelnameFactory(verband=verband, gemeente=gemeente("Almelo"), rol=DEELNEMER)
    return verband


# ---------------------------------------------------------------------------------------------
# Exchanging roles and gemeenten


@pytest.mark.parametrize("order", ["as-shown", "reversed"])
def test_swap_centrumgemeente_and_deelnemer(adviseur_client, centrumconstructie, order):
    verband = centrumconstructie
    url = update_url(verband)
    data = parse_form(adviseur_client.get(url))
    almelo, zwolle = row_of(data, "Almelo"), row_of(data, "Zwolle")
    assert (almelo, zwolle) == ("deelnames-0", "deelnames-1"), "rows are ordered by name"
    history_before = Deelname.history.filter(verband_id=verband.pk).count()
    data[f"{almelo}-rol"] = CENTRUM
    data[f"{zwolle}-rol"] = DEELNEMER
    if order == "reversed":
        data = swap_rows(data, 0, 1)
        assert row_of(data, "Zwolle") == "deelnames-0"

    response = adviseur_client.post(url, data)

    assert response.status_code == HTTPStatus.FOUND, page_text(response)[:2000]
    assert rollen(verband) == {"Almelo": CENTRUM, "Zwolle": DEELNEMER}
    # The same two rows, changed in place: no row ended, no row added.
    assert verband.deelnames.count() == 2
    assert not verband.deelnames.filter(uitgetreden_op__isnull=False).exists()
    # Each change is in the history with its final values; the temporary release is not.
    records = Deelname.history.filter(verband_id=verband.pk)
    assert records.count() == history_before + 2
    latest = {
        r.gemeente.naam: r.rol
        for r in records.order_by("-history_date")[:2].select_related("gemeente")
    }
    assert latest == {"Almelo": CENTRUM, "Zwolle": DEELNEMER}
    assert not Deelname.history.filter(uitgetreden_op=datetime.date.max).exists()
    history_page = adviseur_client.get(reverse("verbanden:verband_history", args=[verband.slug]))
    assert history_page.status_code == HTTPStatus.OK
    assert "9999" not in page_text(history_page)


def test_swap_back_and_forth(adviseur_client, centrumconstructie):
    """Swapped, and swapped back: both saves succeed and the second restores the first state."""
    verband = centrumconstructie
    url = update_url(verband)
    for centrum, deelnemer in (("Almelo", "Zwolle"), ("Zwolle", "Almelo")):
        data = parse_form(adviseur_client.get(url))
        data[f"{row_of(data, centrum)}-rol"] = CENTRUM
        data[f"{row_of(data, deelnemer)}-rol"] = DEELNEMER
        assert adviseur_client.post(url, data).status_code == HTTPStatus.FOUND
        assert rollen(verband) == {centrum: CENTRUM, deelnemer: DEELNEMER}


@pytest.mark.parametrize("order", ["as-shown", "reversed"])
def test_two_rows_swap_their_gemeente(adviseur_client, adviseur, order):
    verband = VerbandFactory(
        naam="Samenwerking Zwolle Kampen", aangemaakt_door=adviseur, betrokken_adviseurs=[adviseur]
    )
    row_a = DeelnameFactory(verband=verband, gemeente=gemeente("Zwolle"), bijdrage=1000)
    row_b = DeelnameFactory(verband=verband, gemeente=gemeente("Kampen"), bijdrage=2000)
    url = update_url(verband)
    data = parse_form(adviseur_client.get(url))
    a, b = row_of(data, "Zwolle"), row_of(data, "Kampen")
    data[f"{a}-gemeente"] = "Kampen"
    data[f"{b}-gemeente"] = "Zwolle"
    if order == "reversed":
        data = swap_rows(data, 0, 1)

    response = adviseur_client.post(url, data)

    assert response.status_code == HTTPStatus.FOUND, page_text(response)[:2000]
    row_a.refresh_from_db()
    row_b.refresh_from_db()
    assert (row_a.gemeente.naam, row_a.bijdrage) == ("Kampen", 1000)
    assert (row_b.gemeente.naam, row_b.bijdrage) == ("Zwolle", 2000)
    assert row_a.uitgetreden_op is None and row_b.uitgetreden_op is None
    assert verband.deelnames.count() == 2
    assert not Deelname.history.filter(uitgetreden_op=datetime.date.max).exists()


def test_centrumgemeente_moves_to_a_new_row_while_the_old_one_is_deleted(
    adviseur_client, centrumconstructie
):
    """Zwolle's row deleted and Kampen added as centrumgemeente in the same save."""
    verband = centrumconstructie
    url = update_url(verband)
    data = parse_form(adviseur_client.get(url))
    data[f"{row_of(data, 'Zwolle')}-DELETE"] = "on"
    total = int(data.value("deelnames-TOTAL_FORMS"))
    new = next(
        i for i in range(total) if not data.get(f"deelnames-{i}-gemeente", [""])[0]
    )  # the first empty row
    data[f"deelnames-{new}-gemeente"] = "Kampen"
    data[f"deelnames-{new}-rol"] = CENTRUM

    response = adviseur_client.post(url, data)

    assert response.status_code == HTTPStatus.FOUND, page_text(response)[:2000]
    assert rollen(verband) == {"Almelo": DEELNEMER, "Kampen": CENTRUM}


def test_an_unchanged_save_leaves_rows_and_history_alone(adviseur_client, centrumconstructie):
    verband = centrumconstructie
    url = update_url(verband)
    history_before = Deelname.history.count()
    response = adviseur_client.post(url, parse_form(adviseur_client.get(url)))
    assert response.status_code == HTTPStatus.FOUND
    assert rollen(verband) == {"Almelo": DEELNEMER, "Zwolle": CENTRUM}
    assert Deelname.history.count() == history_before
    assert not Deelname.objects.filter(uitgetreden_op=datetime.date.max).exists()


# ---------------------------------------------------------------------------------------------
# Two centrumgemeenten: refused in Dutch whatever the juridische vorm


@pytest.mark.parametrize("vorm", ["openbaar_lichaam", "bedrijfsvoeringsorganisatie", "convenant"])
def test_new_verband_with_two_centrumgemeenten_refused(adviseur_client, vorm):
    data = verband_form_data(juridische_vorm=vorm)
    data["deelnames-0-rol"] = CENTRUM  # Zwolle
    data["deelnames-1-rol"] = CENTRUM  # Kampen
    before = db_state()

    response = adviseur_client.post(CREATE_URL, data)

    assert response.status_code == HTTPStatus.OK
    message = TWEE_CENTRUMGEMEENTEN.format(namen="Kampen, Zwolle")
    assert response.context["deelnames"].non_form_errors() == [message]
    assert message in page_text(response)
    assert db_state() == before
    kept = parse_form(response)
    assert kept.value("deelnames-0-rol") == CENTRUM
    assert kept.value("deelnames-1-rol") == CENTRUM


def test_one_centrumgemeente_and_an_ended_one_accepted(adviseur_client):
    data = verband_form_data(juridische_vorm="openbaar_lichaam")
    data["deelnames-0-rol"] = CENTRUM
    data["deelnames-1-rol"] = CENTRUM
    data["deelnames-1-uitgetreden_op"] = "31-12-2020"
    response = adviseur_client.post(CREATE_URL, data)
    assert response.status_code == HTTPStatus.FOUND
    verband = Samenwerkingsverband.objects.get()
    assert verband.deelnames.filter(rol=CENTRUM).count() == 2


def test_edit_adding_a_second_centrumgemeente_refused(adviseur_client, adviseur):
    verband = VerbandFactory(
        naam="Openbaar lichaam Twente",
        wgr=True,
        aangemaakt_door=adviseur,
        betrokken_adviseurs=[adviseur],
    )
    DeelnameFactory(verband=verband, gemeente=gemeente("Almelo"), rol=CENTRUM)
    DeelnameFactory(verband=verband, gemeente=gemeente("Enschede"))
    url = update_url(verband)
    data = parse_form(adviseur_client.get(url))
    data[f"{row_of(data, 'Enschede')}-rol"] = CENTRUM
    before = db_state()

    response = adviseur_client.post(url, data)

    assert response.status_code == HTTPStatus.OK
    assert TWEE_CENTRUMGEMEENTEN.format(namen="Almelo, Enschede") in page_text(response)
    assert db_state() == before


# ---------------------------------------------------------------------------------------------
# The admin's deelnames inline applies the same rule


def admin_inline_rows(data: FormData) -> dict[str, str]:
    """gemeente pk -> row prefix, for the rows of the deelnames inline."""
    return {
        values[0]: name.removesuffix("-gemeente")
        for name, values in data.items()
        if name.startswith("deelnames-") and name.endswith("-gemeente") and values[0]
    }


def test_admin_change_with_two_centrumgemeenten_refused(superuser_client):
    verband = VerbandFactory(naam="Bedrijfsvoering Twente", juridische_vorm="openbaar_lichaam")
    almelo, enschede = gemeente("Almelo"), gemeente("Enschede")
    DeelnameFactory(verband=verband, gemeente=almelo, rol=CENTRUM)
    DeelnameFactory(verband=verband, gemeente=enschede)
    url = reverse("admin:verbanden_samenwerkingsverband_change", args=[verband.pk])
    data = parse_form(superuser_client.get(url), containing="naam")
    data["juridische_vorm"] = "bedrijfsvoeringsorganisatie"
    data[f"{admin_inline_rows(data)[str(enschede.pk)]}-rol"] = CENTRUM
    before = db_state()

    response = superuser_client.post(url, data)

    assert response.status_code == HTTPStatus.OK
    assert TWEE_CENTRUMGEMEENTEN.format(namen="Almelo, Enschede") in page_text(response)
    assert db_state() == before
    verband.refresh_from_db()
    assert verband.juridische_vorm == "openbaar_lichaam"


def test_admin_add_with_two_centrumgemeenten_refused(superuser, superuser_client):
    url = reverse("admin:verbanden_samenwerkingsverband_add")
    data = parse_form(superuser_client.get(url), containing="naam")
    data.update(
        FormData(
            {
                "naam": "Openbaar lichaam Salland",
                "slug": "openbaar-lichaam-salland",
                "omschrijving": "Samen uitvoeren.",
                "juridische_vorm": "openbaar_lichaam",
                "taaktype": "uitvoering",
                "aantal_taken": "meerdere",
                "besturingsniveau": "tactisch",
                "organisatievorm": "nieuw",
                "organisatiestructuur": "centraal",
                "initiatief": "vrijwillig",
                "fase": "implementatie",
                "besturingsmodel": "ab_db",
                "aangemaakt_door": superuser.pk,
                "deelnames-TOTAL_FORMS": 2,
                "deelnames-0-gemeente": gemeente("Deventer").pk,
                "deelnames-0-rol": CENTRUM,
                "deelnames-1-gemeente": gemeente("Raalte").pk,
                "deelnames-1-rol": CENTRUM,
            }
        )
    )
    before = db_state()

    response = superuser_client.post(url, data)

    assert response.status_code == HTTPStatus.OK, response.get("Location")
    assert TWEE_CENTRUMGEMEENTEN.format(namen="Deventer, Raalte") in page_text(response)
    assert db_state() == before

    # With one of them a deelnemer it is saved.
    data["deelnames-1-rol"] = DEELNEMER
    response = superuser_client.post(url, data)
    assert response.status_code == HTTPStatus.FOUND
    verband = Samenwerkingsverband.objects.get(naam="Openbaar lichaam Salland")
    assert rollen(verband) == {"Deventer": CENTRUM, "Raalte": DEELNEMER}


def test_admin_swaps_centrumgemeente_and_deelnemer(superuser):
    verband = VerbandFactory(
        naam="Centrumregeling Beschermd Wonen",
        juridische_vorm=choices.JuridischeVorm.CENTRUMGEMEENTECONSTRUCTIE,
        besturingsmodel=choices.Besturingsmodel.CENTRUMGEMEENTE,
    )
    zwolle, almelo = gemeente("Zwolle"), gemeente("Almelo")
    DeelnameFactory(verband=verband, gemeente=zwolle, rol=CENTRUM)
    DeelnameFactory(verband=verband, gemeente=almelo, rol=DEELNEMER)
    client = Client()
    client.force_login(superuser)
    url = reverse("admin:verbanden_samenwerkingsverband_change", args=[verband.pk])
    data = parse_form(client.get(url), containing="naam")
    rows = admin_inline_rows(data)
    data[f"{rows[str(almelo.pk)]}-rol"] = CENTRUM
    data[f"{rows[str(zwolle.pk)]}-rol"] = DEELNEMER

    response = client.post(url, data)

    assert response.status_code == HTTPStatus.FOUND, page_text(response)[:2000]
    assert rollen(verband) == {"Almelo": CENTRUM, "Zwolle": DEELNEMER}
