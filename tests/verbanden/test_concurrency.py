"""Two people editing the same verband do not silently overwrite each other.

Each person has their own browser (test client): both load the edit form and take its hidden
``versie``, both submit. The first save wins; the second gets the conflict page (409) that shows
what changed in between and still holds what they typed; submitting that page saves. Runs the
same on SQLite and PostgreSQL: the version check is one conditional UPDATE.
"""

from __future__ import annotations

import datetime
import re
from decimal import Decimal
from http import HTTPStatus

import pytest
from django.urls import reverse

from samenwerking.history import FieldChange
from tests.factories import (
    AdviseurFactory,
    BeheerderFactory,
    DeelnameFactory,
    VerbandFactory,
    gemeente,
)
from tests.helpers import FormData, browser, page_text, parse_form, verband_form_data
from verbanden.models import Samenwerkingsverband

pytestmark = pytest.mark.django_db


@pytest.fixture
def anna(db):
    return AdviseurFactory(first_name="Anna", last_name="Jansen")


@pytest.fixture
def bram(db):
    return AdviseurFactory(first_name="Bram", last_name="de Vries")


@pytest.fixture
def verband(anna, bram):
    verband = VerbandFactory(
        wgr=True,
        naam="GGD IJsselland",
        omschrijving="Publieke gezondheid voor elf gemeenten.",
        aangemaakt_door=anna,
        betrokken_adviseurs=[anna, bram],
    )
    for naam, bijdrage in (("Zwolle", 10_000), ("Kampen", 5_000), ("Dalfsen", 2_500)):
        DeelnameFactory(verband=verband, gemeente=gemeente(naam), bijdrage=bijdrage)
    return verband


def url(verband) -> str:
    return reverse("verbanden:verband_update", args=[verband.slug])


def section(response, heading_id: str) -> str:
    """The text of the <section> labelled by ``heading_id`` on the conflict page."""
    match = re.search(
        rf'<section[^>]*aria-labelledby="{heading_id}".*?</section>',
        response.content.decode(),
        re.S,
    )
    assert match, f"no section {heading_id} on the page"
    return page_text(match.group(0))


def row(data: FormData, gemeente: str) -> int:
    for i in range(int(data.value("deelnames-TOTAL_FORMS"))):
        if data.get(f"deelnames-{i}-gemeente") == [gemeente]:
            return i
    raise AssertionError(gemeente)


def test_second_save_gets_the_conflict_page_and_the_first_change_survives(verband, anna, bram):
    browser_a, browser_b = browser(anna), browser(bram)
    form_a = parse_form(browser_a.get(url(verband)))
    form_b = parse_form(browser_b.get(url(verband)))
    assert form_a.value("versie") == form_b.value("versie") == "1"

    form_a["naam"] = "GGD IJsselland (Anna)"
    form_a["fase"] = "doorontwikkeling"
    form_a[f"deelnames-{row(form_a, 'Zwolle')}-bijdrage"] = "12.500"
    form_b["naam"] = "GGD IJsselland (Bram)"
    form_b["omschrijving"] = "Bram schreef dit."
    form_b[f"deelnames-{row(form_b, 'Kampen')}-bijdrage"] = "6.000"

    first = browser_a.post(url(verband), form_a)
    assert first.status_code == HTTPStatus.FOUND
    second = browser_b.post(url(verband), form_b)
    assert second.status_code == HTTPStatus.CONFLICT

    # The first change survives, nothing of the second was saved.
    verband.refresh_from_db()
    assert verband.naam == "GGD IJsselland (Anna)"
    assert verband.fase == "doorontwikkeling"
    assert verband.omschrijving == "Publieke gezondheid voor elf gemeenten."
    assert verband.versie == 2
    bijdragen = dict(verband.deelnames.values_list("gemeente__naam", "bijdrage"))
    assert bijdragen == {
        "Zwolle": Decimal("12500"),
        "Kampen": Decimal("5000"),
        "Dalfsen": Decimal("2500"),
    }

    # The conflict page shows what Anna changed in between, with her name ...
    changes = second.context["tussentijdse_wijzigingen"]
    assert changes, "no changes in between shown"
    assert {c.wie for c in changes} == {"Anna Jansen"}
    velden = [v for c in changes for v in c.velden]
    assert FieldChange("Naam", "GGD IJsselland", "GGD IJsselland (Anna)") in velden
    assert FieldChange("Fase", "Implementatie", "Doorontwikkeling") in velden
    assert FieldChange("Bijdrage per jaar (EUR)", "€ 10.000,00", "€ 12.500,00") in velden
    tussentijds = section(second, "tussentijds-kop")
    assert "Anna Jansen" in tussentijds
    assert "GGD IJsselland (Anna)" in tussentijds
    assert "Doorontwikkeling" in tussentijds
    # ... where Bram's input differs (see the next test for the stored column) ...
    verschillen = {label: typed for label, typed, _ in second.context["verschillen"]}
    assert verschillen["Naam"] == "GGD IJsselland (Bram)"
    assert verschillen["Omschrijving"] == "Bram schreef dit."
    assert "GGD IJsselland (Bram)" in section(second, "verschillen-kop")
    # ... and everything Bram typed is still in the form, now with the current version.
    shown = parse_form(second)
    assert shown.value("versie") == "2"
    for name, values in form_b.items():
        if name not in {"versie", "csrfmiddlewaretoken"}:
            assert shown.get(name) == values, name
    assert second.context["form"]["naam"].value() == "GGD IJsselland (Bram)"

    # Submitting the conflict page saves Bram's version deliberately.
    third = browser_b.post(url(verband), shown)
    assert third.status_code == HTTPStatus.FOUND, third.content.decode()[:3000]
    verband.refresh_from_db()
    assert verband.naam == "GGD IJsselland (Bram)"
    assert verband.omschrijving == "Bram schreef dit."
    assert verband.versie == 3
    assert verband.deelnames.get(gemeente__naam="Kampen").bijdrage == Decimal("6000")

    # Anna's form is stale now too.
    assert browser_a.post(url(verband), form_a).status_code == HTTPStatus.CONFLICT


def test_conflict_page_shows_typed_and_stored_values_side_by_side(verband, anna, bram):
    browser_a, browser_b = browser(anna), browser(bram)
    form_a = parse_form(browser_a.get(url(verband)))
    form_b = parse_form(browser_b.get(url(verband)))
    form_a["naam"] = "GGD IJsselland (Anna)"
    form_b["naam"] = "GGD IJsselland (Bram)"
    form_b["omschrijving"] = "Bram schreef dit."
    assert browser_a.post(url(verband), form_a).status_code == HTTPStatus.FOUND

    second = browser_b.post(url(verband), form_b)

    assert second.status_code == HTTPStatus.CONFLICT
    verschillen = {label: (typed, stored) for label, typed, stored in second.context["verschillen"]}
    assert verschillen == {
        "Naam": ("GGD IJsselland (Bram)", "GGD IJsselland (Anna)"),
        "Omschrijving": ("Bram schreef dit.", "Publieke gezondheid voor elf gemeenten."),
    }
    text = section(second, "verschillen-kop")
    assert "Naam GGD IJsselland (Bram) GGD IJsselland (Anna)" in text


def test_same_version_submitted_twice_conflicts(verband, anna):
    """A double submit (back button, resubmit) is a conflict too, not a silent second save."""
    client = browser(anna)
    form = parse_form(client.get(url(verband)))
    form["naam"] = "GGD IJsselland en Vechtdal"
    assert client.post(url(verband), form).status_code == HTTPStatus.FOUND
    form["naam"] = "GGD Vechtdal"
    assert client.post(url(verband), form).status_code == HTTPStatus.CONFLICT
    verband.refresh_from_db()
    assert verband.naam == "GGD IJsselland en Vechtdal"


def test_missing_or_tampered_version_does_not_overwrite(verband, anna, bram):
    form = parse_form(browser(bram).get(url(verband)))
    edit = parse_form(browser(anna).get(url(verband)))
    edit["naam"] = "Door Anna"
    assert browser(anna).post(url(verband), edit).status_code == HTTPStatus.FOUND

    del form["versie"]
    form["naam"] = "Door Bram, zonder versie"
    assert browser(bram).post(url(verband), form).status_code == HTTPStatus.CONFLICT
    verband.refresh_from_db()
    assert verband.naam == "Door Anna"


def test_conflict_lists_only_changes_made_after_the_form_was_loaded(anna, bram):
    """A verband registered through the site (its deelnames saved after the verband row):
    the conflict page must not present the registration as a change 'in between'."""
    carla = AdviseurFactory(first_name="Carla", last_name="Maker")
    maker = browser(carla)
    data = verband_form_data(naam="Regionaal Archief IJsselland")
    data["betrokken_adviseurs"] = [anna.pk, bram.pk]
    assert maker.post("/verbanden/nieuw/", data).status_code == HTTPStatus.FOUND
    verband = Samenwerkingsverband.objects.get()

    browser_a, browser_b = browser(anna), browser(bram)
    form_a = parse_form(browser_a.get(url(verband)))
    form_b = parse_form(browser_b.get(url(verband)))
    form_a["naam"] = "Regionaal Archief IJsselland (Anna)"
    form_b["naam"] = "Regionaal Archief IJsselland (Bram)"
    assert browser_a.post(url(verband), form_a).status_code == HTTPStatus.FOUND
    second = browser_b.post(url(verband), form_b)

    assert second.status_code == HTTPStatus.CONFLICT
    changes = second.context["tussentijdse_wijzigingen"]
    assert [(c.onderwerp, c.soort, c.wie) for c in changes] == [
        ("Samenwerkingsverband", "gewijzigd", "Anna Jansen")
    ]
    assert "Carla Maker" not in section(second, "tussentijds-kop")


def test_conflict_after_a_row_was_removed_in_between(verband, anna, bram):
    """Anna removes Dalfsen while Bram has the form open; Bram's form still holds that row.
    Bram gets the conflict page (not a puzzling error on a hidden field); the row that is gone
    is named, and once Bram agrees to drop it, his change is saved."""
    browser_a, browser_b = browser(anna), browser(bram)
    form_a = parse_form(browser_a.get(url(verband)))
    form_b = parse_form(browser_b.get(url(verband)))
    dalfsen = row(form_b, "Dalfsen")
    form_a[f"deelnames-{row(form_a, 'Dalfsen')}-DELETE"] = "on"
    assert browser_a.post(url(verband), form_a).status_code == HTTPStatus.FOUND
    form_b["naam"] = "GGD IJsselland (Bram)"

    second = browser_b.post(url(verband), form_b)
    assert second.status_code == HTTPStatus.CONFLICT
    assert ("Deelname Dalfsen", "verwijderd", "Anna Jansen") in {
        (c.onderwerp, c.soort, c.wie) for c in second.context["tussentijdse_wijzigingen"]
    }

    conflict_form = parse_form(second)
    third = browser_b.post(url(verband), conflict_form)
    if third.status_code == HTTPStatus.OK:  # the removed row is pointed out, not silently kept
        assert (
            f"Deelnemer {dalfsen + 1}: deze deelname is intussen door iemand anders verwijderd."
            in page_text(third)
        )
        conflict_form = parse_form(third)
        conflict_form[f"deelnames-{dalfsen}-DELETE"] = "on"
        third = browser_b.post(url(verband), conflict_form)
    assert third.status_code == HTTPStatus.FOUND, page_text(third)[:3000]
    verband.refresh_from_db()
    assert verband.naam == "GGD IJsselland (Bram)"
    assert not verband.deelnames.filter(gemeente__naam="Dalfsen").exists()
    assert verband.deelnames.count() == 2


def test_a_change_in_beheer_makes_an_open_site_form_stale(client, verband, anna):
    beheerder = BeheerderFactory(first_name="Bea", last_name="Beheer")
    site = browser(anna)
    site_form = parse_form(site.get(url(verband)))
    assert site_form.value("versie") == "1"

    # The beheerder changes the verband in Django admin.
    client.force_login(beheerder)
    admin_url = reverse("admin:verbanden_samenwerkingsverband_change", args=[verband.pk])
    admin_form = parse_form(client.get(admin_url))
    admin_form["naam"] = "GGD IJsselland (beheer)"
    admin_form["opgericht_op"] = "2015-01-01"
    response = client.post(admin_url, admin_form)
    assert response.status_code == HTTPStatus.FOUND, page_text(response)[:3000]
    verband.refresh_from_db()
    assert verband.naam == "GGD IJsselland (beheer)"
    assert verband.versie == 2

    # The adviseur's form from before is stale: conflict, the admin change survives.
    site_form["omschrijving"] = "Door Anna aangepast."
    conflict = site.post(url(verband), site_form)
    assert conflict.status_code == HTTPStatus.CONFLICT
    assert "Bea Beheer" in section(conflict, "tussentijds-kop")
    assert "GGD IJsselland (beheer)" in section(conflict, "tussentijds-kop")
    verband.refresh_from_db()
    assert verband.naam == "GGD IJsselland (beheer)"
    assert verband.omschrijving == "Publieke gezondheid voor elf gemeenten."
    assert parse_form(conflict).value("omschrijving") == "Door Anna aangepast."


def test_conflict_with_invalid_input_keeps_it_and_saves_nothing(verband, anna, bram):
    browser_a, browser_b = browser(anna), browser(bram)
    form_a = parse_form(browser_a.get(url(verband)))
    form_b = parse_form(browser_b.get(url(verband)))
    form_a["naam"] = "Door Anna"
    assert browser_a.post(url(verband), form_a).status_code == HTTPStatus.FOUND
    form_b["naam"] = "Door Bram"
    form_b["opgericht_op"] = "31-02-2015"

    second = browser_b.post(url(verband), form_b)
    assert second.status_code in (HTTPStatus.CONFLICT, HTTPStatus.OK)
    verband.refresh_from_db()
    assert verband.naam == "Door Anna"
    shown = parse_form(second)
    assert shown.value("opgericht_op") == "31-02-2015"
    assert shown.value("naam") == "Door Bram"
    assert verband.opgericht_op == datetime.date(2015, 1, 1)
