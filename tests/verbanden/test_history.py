"""The history of a verband and its deelnames: what changed, by whom and when, readable."""

from __future__ import annotations

import datetime
from http import HTTPStatus

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import formats, timezone, translation

from samenwerking.history import FieldChange
from tests.factories import BeheerderFactory, VerbandFactory, domein
from tests.helpers import main_text, parse_form, verband_form_data
from verbanden.history import verband_changes
from verbanden.models import Samenwerkingsverband

pytestmark = pytest.mark.django_db


def today_dutch() -> str:
    with translation.override("nl"):
        return formats.date_format(timezone.localdate(), "j F Y")


@pytest.fixture
def geschiedenis(adviseur_client, adviseur):
    """A verband registered and then edited through the site by the adviseur."""
    data = verband_form_data(
        naam="Omgevingsdienst Salland",
        juridische_vorm="openbaar_lichaam",
        deelnames=[
            {"gemeente": "Zwolle", "bijdrage": "10.000"},
            {"gemeente": "Kampen", "toegetreden_op": "1-1-2015"},
            {"gemeente": "Dalfsen"},
        ],
    )
    assert adviseur_client.post("/verbanden/nieuw/", data).status_code == HTTPStatus.FOUND
    verband = Samenwerkingsverband.objects.get()
    url = reverse("verbanden:verband_update", args=[verband.slug])

    form = parse_form(adviseur_client.get(url))
    form["naam"] = "Omgevingsdienst Salland en Vechtdal"
    form["juridische_vorm"] = "bedrijfsvoeringsorganisatie"
    form["domeinen"] = [domein("omgevingsdienst").pk]
    rows = {
        form.value(f"deelnames-{i}-gemeente"): i
        for i in range(int(form.value("deelnames-INITIAL_FORMS")))
    }
    form[f"deelnames-{rows['Zwolle']}-bijdrage"] = "12.500"
    form[f"deelnames-{rows['Kampen']}-uitgetreden_op"] = "1-2-2024"
    response = adviseur_client.post(url, form)
    assert response.status_code == HTTPStatus.FOUND, main_text(response)[:2000]
    verband.refresh_from_db()
    return verband


def test_history_page_lists_field_by_field_diffs_who_and_when(client, geschiedenis, adviseur):
    detail = client.get(geschiedenis.get_absolute_url())
    history_url = reverse("verbanden:verband_history", args=[geschiedenis.slug])
    assert f'href="{history_url}"' in detail.content.decode()  # linked from the detail page

    response = client.get(history_url)  # public, like the verband

    assert response.status_code == HTTPStatus.OK
    text = main_text(response)
    naam = adviseur.get_full_name()
    assert naam == "Anna de Adviseur"
    for phrase in [
        "Juridische vorm Openbaar lichaam Bedrijfsvoeringsorganisatie",
        "Naam Omgevingsdienst Salland Omgevingsdienst Salland en Vechtdal",
        "Bijdrage per jaar (EUR) € 10.000,00 € 12.500,00",
        "Uitgetreden op — 1 februari 2024",
        f"Domeinen — {domein('omgevingsdienst').naam}",
        "Deelname Zwolle gewijzigd",
        "Deelname Kampen gewijzigd",
        "Samenwerkingsverband aangemaakt",
        f"{today_dutch()}",
        f"door {naam}",
    ]:
        assert phrase in text, phrase
    # Newest first: the edit before the registration.
    assert text.index("Bedrijfsvoeringsorganisatie") < text.index("Samenwerkingsverband aangemaakt")
    # Bookkeeping is not a change a person made.
    assert "Versie" not in text
    assert "Gewijzigd op" not in text
    assert "onbekend" not in text


def test_verband_changes(geschiedenis, adviseur):
    changes = verband_changes(geschiedenis.pk)

    assert [c.wanneer for c in changes] == sorted((c.wanneer for c in changes), reverse=True)
    assert {c.wie for c in changes} == {"Anna de Adviseur"}
    velden = {(c.onderwerp, c.soort): c.velden for c in changes if c.soort == "gewijzigd"}
    alle = [(c.onderwerp, v) for c in changes if c.soort == "gewijzigd" for v in c.velden]
    assert (
        "Samenwerkingsverband",
        FieldChange("Juridische vorm", "Openbaar lichaam", "Bedrijfsvoeringsorganisatie"),
    ) in alle
    assert (
        "Samenwerkingsverband",
        FieldChange("Naam", "Omgevingsdienst Salland", "Omgevingsdienst Salland en Vechtdal"),
    ) in alle
    assert (
        "Samenwerkingsverband",
        FieldChange("Domeinen", "—", domein("omgevingsdienst").naam),
    ) in alle
    assert velden[("Deelname Zwolle", "gewijzigd")] == [
        FieldChange("Bijdrage per jaar (EUR)", "€ 10.000,00", "€ 12.500,00")
    ]
    assert velden[("Deelname Kampen", "gewijzigd")] == [
        FieldChange("Uitgetreden op", "—", "1 februari 2024")
    ]
    assert "Deelname Dalfsen" not in {c.onderwerp for c in changes if c.soort == "gewijzigd"}

    created = [
        c for c in changes if c.onderwerp == "Samenwerkingsverband" and c.soort == "aangemaakt"
    ]
    assert len(created) == 1
    created_fields = {v.label: v for v in created[0].velden}
    assert created_fields["Naam"] == FieldChange("Naam", "—", "Omgevingsdienst Salland")
    assert created_fields["Juridische vorm"].nieuw == "Openbaar lichaam"
    assert created_fields["Opgericht op"].nieuw == "1 januari 2015"
    assert created_fields["Aangemaakt door"].nieuw == "Anna de Adviseur"
    assert not {"Versie", "Aangemaakt op", "Gewijzigd op", "Id", "ID"} & set(created_fields)
    zwolle_created = next(
        c for c in changes if c.onderwerp == "Deelname Zwolle" and c.soort == "aangemaakt"
    )
    assert FieldChange("Bijdrage per jaar (EUR)", "—", "€ 10.000,00") in zwolle_created.velden
    assert FieldChange("Rol", "—", "Deelnemer") in zwolle_created.velden


def test_verband_changes_since(geschiedenis):
    changes = verband_changes(geschiedenis.pk)
    edit = next(c for c in changes if c.onderwerp == "Deelname Kampen" and c.soort == "gewijzigd")
    later = verband_changes(
        geschiedenis.pk, since=edit.wanneer - datetime.timedelta(microseconds=1)
    )
    assert edit in later
    assert all(c.wanneer >= edit.wanneer for c in later)
    assert verband_changes(geschiedenis.pk, since=timezone.now()) == []


def test_removed_rows_and_a_deleted_verband_stay_in_the_history(adviseur_client, geschiedenis):
    url = reverse("verbanden:verband_update", args=[geschiedenis.slug])
    form = parse_form(adviseur_client.get(url))
    i = next(
        i
        for i in range(int(form.value("deelnames-INITIAL_FORMS")))
        if form.value(f"deelnames-{i}-gemeente") == "Dalfsen"
    )
    form[f"deelnames-{i}-DELETE"] = "on"
    assert adviseur_client.post(url, form).status_code == HTTPStatus.FOUND
    page = main_text(
        adviseur_client.get(reverse("verbanden:verband_history", args=[geschiedenis.slug]))
    )
    assert "Deelname Dalfsen verwijderd" in page

    delete = reverse("verbanden:verband_delete", args=[geschiedenis.slug])
    assert adviseur_client.post(delete).status_code == HTTPStatus.FOUND
    changes = verband_changes(geschiedenis.pk)
    assert ("Samenwerkingsverband", "verwijderd", "Anna de Adviseur") in {
        (c.onderwerp, c.soort, c.wie) for c in changes
    }


def test_changes_without_a_user_are_marked_as_system():
    verband = VerbandFactory(naam="Uit een import")
    (change,) = [c for c in verband_changes(verband.pk) if c.soort == "aangemaakt"]
    assert change.wie == "onbekend (systeem of import)"


def test_history_takes_a_fixed_number_of_queries(adviseur_client, geschiedenis):
    url = reverse("verbanden:verband_update", args=[geschiedenis.slug])

    def count() -> int:
        with CaptureQueriesContext(connection) as queries:
            verband_changes(geschiedenis.pk)
        return len(queries)

    before = count()
    for n in range(4):
        form = parse_form(adviseur_client.get(url))
        form["afkorting"] = f"ODS{n}"
        form["deelnames-0-bijdrage"] = f"{n + 1}.000"
        assert adviseur_client.post(url, form).status_code == HTTPStatus.FOUND
    assert count() == before


def test_admin_history_page(client, geschiedenis):
    client.force_login(BeheerderFactory())
    url = reverse("admin:verbanden_samenwerkingsverband_history", args=[geschiedenis.pk])
    response = client.get(url)
    assert response.status_code == HTTPStatus.OK
    page = response.content.decode()
    assert "Anna de Adviseur" in page
    assert "Omgevingsdienst Salland en Vechtdal" in page


def test_admin_history_page_not_for_adviseurs(adviseur_client, geschiedenis):
    url = reverse("admin:verbanden_samenwerkingsverband_history", args=[geschiedenis.pk])
    response = adviseur_client.get(url)
    assert response.status_code == HTTPStatus.FOUND
    assert response["Location"].startswith("/beheer/login/")
