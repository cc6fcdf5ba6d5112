"""An adviseur registers a verband with three deelnemers using only the keyboard, fixes a
validation error without retyping anything, edits the verband and finds the change in its
history; axe checks every page on the way (WCAG 2.1 A/AA).

Only the keyboard touches the forms: ``Tab`` to move, ``page.keyboard.type`` to type, typing in
a select to choose (type-ahead), ``Space`` for checkboxes and ``Enter`` to submit or to follow a
link. ``page.locator(":focus")`` / ``document.activeElement`` only tell where the focus is, and
``input_value`` only reads what the page shows.
"""

from __future__ import annotations

import datetime
import re
from decimal import Decimal

import pytest
from django.db.models import F
from playwright.sync_api import Page, expect

from tests.browser.test_registry_flow import assert_accessible
from tests.factories import AdviseurFactory, VerbandFactory
from verbanden.models import Samenwerkingsverband

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

WACHTWOORD = "geheim-wachtwoord"
NAAM = "Sociaal Domein Salland"
NIEUWE_NAAM = "Sociaal Domein Salland en Vechtdal"

FOCUSED = """() => {
  const e = document.activeElement;
  const label = e && e.labels && e.labels.length ? e.labels[0].innerText : "";
  return {
    id: e ? e.id : "", tag: e ? e.tagName.toLowerCase() : "", name: e && e.name || "",
    text: e && e.innerText ? e.innerText.trim() : "", label: label.trim(),
    href: e && e.getAttribute ? (e.getAttribute("href") || "") : "",
  };
}"""


def focused(page: Page) -> dict:
    return page.evaluate(FOCUSED)


def tab_until(page: Page, matches, *, limit: int = 250, what: str = "") -> dict:
    """Press Tab until the focused element ``matches``; fail after ``limit`` presses."""
    seen = []
    for _ in range(limit):
        page.keyboard.press("Tab")
        info = focused(page)
        if matches(info):
            return info
        seen.append(info["id"] or info["text"][:30] or info["tag"])
    raise AssertionError(f"Tab never reached {what}; focus went through {seen}")


def next_field(page: Page, element_id: str, *, within: int = 1) -> None:
    """Tab to ``element_id``, which must come within ``within`` presses (the tab order)."""
    tab_until(page, lambda f: f["id"] == element_id, limit=within, what=f"#{element_id}")
    expect(page.locator(":focus")).to_have_id(element_id)


def type_in(page: Page, element_id: str, text: str, *, within: int = 1) -> None:
    next_field(page, element_id, within=within)
    page.keyboard.type(text)


def choose(page: Page, element_id: str, typed: str, value: str, *, within: int = 1) -> None:
    """Choose in a <select> by typing the start of the option's label."""
    next_field(page, element_id, within=within)
    page.keyboard.type(typed)
    assert page.input_value(f"#{element_id}") == value, (element_id, typed)


def tick(page: Page, element_id: str, *, within: int = 1) -> None:
    next_field(page, element_id, within=within)
    page.keyboard.press("Space")
    assert page.is_checked(f"#{element_id}")


def tick_by_label(page: Page, prefix: str, labels: set[str]) -> None:
    """Tab through a group of checkboxes (ids ``id_<prefix>_N``), Space on the wanted labels."""
    ticked = set()
    info = focused(page)
    while True:
        page.keyboard.press("Tab")
        info = focused(page)
        if not info["id"].startswith(f"id_{prefix}_"):
            break
        if info["label"] in labels:
            page.keyboard.press("Space")
            assert page.is_checked(f"#{info['id']}")
            ticked.add(info["label"])
    assert ticked == labels, ticked
    # Focus is now on the field after the group: step back so next_field() finds it.
    page.keyboard.press("Shift+Tab")


def follow_link(page: Page, text: str) -> None:
    """Tab to the link with this text and press Enter."""
    tab_until(page, lambda f: f["tag"] == "a" and f["text"] == text, what=f"link {text!r}")
    with page.expect_navigation():
        page.keyboard.press("Enter")


DEELNEMERS = [
    # gemeente, rol (typed, value), toegetreden_op, bijdrage
    ("Raalte", ("Pen", "penvoerder"), "1-1-2015", "12.500,50"),
    ("Olst-Wijhe", None, "31-02-2016", "8.000"),  # not a date: the error to fix
    ("Hellendoorn", None, "1-1-2017", ""),
]


def fill_new_verband(page: Page) -> None:
    """The whole form, field by field in tab order, from the naam field."""
    page.keyboard.type(NAAM)
    type_in(page, "id_afkorting", "SDS")
    type_in(page, "id_omschrijving", "Samenwerking van vier gemeenten in het sociaal domein.")
    type_in(page, "id_website", "https://www.sds.example.nl/")
    next_field(page, "id_bron_url")
    choose(page, "id_juridische_vorm", "Openbaar", "openbaar_lichaam")
    choose(page, "id_taaktype", "Uitv", "uitvoering")
    choose(page, "id_aantal_taken", "Meer", "meerdere")
    choose(page, "id_besturingsniveau", "Tac", "tactisch")
    choose(page, "id_organisatievorm", "Nieuw", "nieuw")
    choose(page, "id_organisatiestructuur", "Cen", "centraal")
    next_field(page, "id_initiatief")  # stays "Vrijwillig"
    tick_by_label(page, "domeinen", {"Sociaal domein", "Jeugd"})
    choose(page, "id_fase", "Imp", "implementatie")
    choose(page, "id_besturingsmodel", "Alg", "ab_db")
    tick(page, "id_gezamenlijk_opdrachtgeverschap")
    next_field(page, "id_gemeenschappelijke_adviescommissie")
    type_in(page, "id_evaluatietermijn_jaren", "4")
    next_field(page, "id_governance_toelichting")
    next_field(page, "id_adres")
    type_in(page, "id_postcode", "8102ab")
    type_in(page, "id_vestigingsplaats", "Raalte")
    next_field(page, "id_in_werking_op")
    next_field(page, "id_wettelijke_voorschriften")
    next_field(page, "id_overgedragen_bevoegdheden")
    next_field(page, "id_extern_kenmerk")
    type_in(page, "id_opgericht_op", "1-1-2015")
    next_field(page, "id_opgeheven_op")
    for i, (gemeente, rol, toegetreden, bijdrage) in enumerate(DEELNEMERS):
        # The betrokken adviseurs (checkboxes) lie between the dates and the first row.
        type_in(page, f"id_deelnames-{i}-gemeente", gemeente, within=10 if i == 0 else 1)
        if rol:
            choose(page, f"id_deelnames-{i}-rol", *rol)
        else:
            next_field(page, f"id_deelnames-{i}-rol")
        type_in(page, f"id_deelnames-{i}-toegetreden_op", toegetreden)
        next_field(page, f"id_deelnames-{i}-uitgetreden_op")
        type_in(page, f"id_deelnames-{i}-bijdrage", bijdrage)


def assert_form_still_holds_everything(page: Page) -> None:
    value = page.input_value
    assert value("#id_naam") == NAAM
    assert value("#id_afkorting") == "SDS"
    assert value("#id_omschrijving") == "Samenwerking van vier gemeenten in het sociaal domein."
    assert value("#id_website") == "https://www.sds.example.nl/"
    assert value("#id_juridische_vorm") == "openbaar_lichaam"
    assert value("#id_taaktype") == "uitvoering"
    assert value("#id_aantal_taken") == "meerdere"
    assert value("#id_besturingsniveau") == "tactisch"
    assert value("#id_organisatievorm") == "nieuw"
    assert value("#id_organisatiestructuur") == "centraal"
    assert value("#id_fase") == "implementatie"
    assert value("#id_besturingsmodel") == "ab_db"
    assert value("#id_evaluatietermijn_jaren") == "4"
    assert value("#id_vestigingsplaats") == "Raalte"
    assert value("#id_postcode") == "8102ab"  # as typed; stored as 8102 AB
    assert value("#id_opgericht_op") == "1-1-2015"
    assert page.is_checked("#id_gezamenlijk_opdrachtgeverschap")
    assert not page.is_checked("#id_gemeenschappelijke_adviescommissie")
    checked = page.eval_on_selector_all(
        "input[name=domeinen]:checked", "els => els.map(e => e.labels[0].innerText.trim())"
    )
    assert sorted(checked) == ["Jeugd", "Sociaal domein"]
    for i, (gemeente, rol, toegetreden, bijdrage) in enumerate(DEELNEMERS):
        assert value(f"#id_deelnames-{i}-gemeente") == gemeente
        assert value(f"#id_deelnames-{i}-rol") == (rol[1] if rol else "deelnemer")
        assert value(f"#id_deelnames-{i}-toegetreden_op") == toegetreden
        assert value(f"#id_deelnames-{i}-bijdrage") == bijdrage


def test_register_edit_and_history_with_the_keyboard(live_server, page: Page):
    adviseur = AdviseurFactory(username="anna", first_name="Anna", last_name="de Adviseur")

    # Log in through the login page.
    page.goto(f"{live_server.url}/account/inloggen/")
    expect(page.locator("h1")).to_have_text("Inloggen")
    assert_accessible(page)
    tab_until(page, lambda f: f["id"] == "id_username", what="the username field")
    page.keyboard.type("anna")
    next_field(page, "id_password")
    page.keyboard.type(WACHTWOORD)
    with page.expect_navigation():
        page.keyboard.press("Enter")
    expect(page.locator("header")).to_contain_text("Ingelogd als Anna de Adviseur")

    # To "Nieuw samenwerkingsverband" from the list of verbanden.
    page.goto(f"{live_server.url}/verbanden/")
    follow_link(page, "Nieuw samenwerkingsverband")
    expect(page).to_have_url(re.compile(r"/verbanden/nieuw/$"))
    expect(page.locator("h1")).to_have_text("Nieuw samenwerkingsverband")
    assert_accessible(page)

    # The whole form with three deelnemers, only the keyboard; Enter submits.
    page.focus("#id_naam")
    fill_new_verband(page)
    with page.expect_navigation():
        page.keyboard.press("Enter")

    # One mistake: the page says where, and everything typed is still there.
    expect(page).to_have_url(re.compile(r"/verbanden/nieuw/$"))
    assert page.title().startswith("Fout:")
    summary = page.locator("[data-sp-error-summary]")
    expect(summary).to_contain_text("Deelnemer 2, toegetreden op")
    expect(summary).to_be_focused()
    assert Samenwerkingsverband.objects.count() == 0
    assert_form_still_holds_everything(page)
    assert_accessible(page)

    # Fix it: from the error summary to the field, retype only the date, Enter.
    page.keyboard.press("Tab")
    expect(page.locator(":focus")).to_contain_text("Vul een geldige datum in")
    page.keyboard.press("Enter")
    expect(page.locator(":focus")).to_have_id("id_deelnames-1-toegetreden_op")
    page.keyboard.press("Control+A")
    page.keyboard.type("1-1-2016")
    with page.expect_navigation():
        page.keyboard.press("Enter")

    verband = Samenwerkingsverband.objects.get()
    expect(page).to_have_url(re.compile(re.escape(verband.get_absolute_url()) + "$"))
    expect(page.locator("h1")).to_contain_text(NAAM)
    main = page.locator("main")
    for gemeente in ("Raalte", "Olst-Wijhe", "Hellendoorn"):
        expect(main).to_contain_text(gemeente)
    assert verband.aangemaakt_door == adviseur
    assert sorted(verband.domeinen.values_list("naam", flat=True)) == ["Jeugd", "Sociaal domein"]
    assert {
        d.gemeente.naam: (d.rol, d.toegetreden_op, d.bijdrage)
        for d in verband.deelnames.select_related("gemeente")
    } == {
        "Raalte": ("penvoerder", datetime.date(2015, 1, 1), Decimal("12500.50")),
        "Olst-Wijhe": ("deelnemer", datetime.date(2016, 1, 1), Decimal("8000")),
        "Hellendoorn": ("deelnemer", datetime.date(2017, 1, 1), None),
    }
    assert_accessible(page)

    # Edit: change the naam.
    follow_link(page, "Bewerken")
    expect(page.locator("h1")).to_have_text(f"{NAAM} bewerken")
    assert_accessible(page)
    tab_until(page, lambda f: f["id"] == "id_naam", what="the naam field")
    page.keyboard.press("Control+A")
    page.keyboard.type(NIEUWE_NAAM)
    with page.expect_navigation():
        page.keyboard.press("Enter")
    expect(page.locator("h1")).to_contain_text(NIEUWE_NAAM)
    verband.refresh_from_db()
    assert verband.naam == NIEUWE_NAAM

    # The change in the history.
    follow_link(page, "Geschiedenis")
    expect(page.locator("h1")).to_have_text(f"Geschiedenis van {NIEUWE_NAAM}")
    change = page.locator(".sp-history__item").first
    expect(change).to_contain_text("Samenwerkingsverband gewijzigd")
    expect(change).to_contain_text("door Anna de Adviseur")
    row = change.get_by_role("row", name=re.compile(r"^Naam"))
    expect(row).to_contain_text(NAAM)
    expect(row).to_contain_text(NIEUWE_NAAM)
    assert_accessible(page)


def test_conflict_more_rows_and_delete_pages_are_accessible(live_server, page: Page):
    adviseur = AdviseurFactory(username="bram", first_name="Bram", last_name="de Vries")
    verband = VerbandFactory.met_deelnemers(
        3, provincie="Overijssel", naam="Belastingsamenwerking Salland", aangemaakt_door=adviseur
    )
    page.goto(f"{live_server.url}/account/inloggen/?next={verband.get_absolute_url()}bewerken/")
    tab_until(page, lambda f: f["id"] == "id_username", what="the username field")
    page.keyboard.type("bram")
    next_field(page, "id_password")
    page.keyboard.type(WACHTWOORD)
    with page.expect_navigation():
        page.keyboard.press("Enter")
    expect(page.locator("h1")).to_have_text("Belastingsamenwerking Salland bewerken")

    # "Meer rijen toevoegen": three more rows, no errors, focus in the first new row.
    rows = page.locator("fieldset[id^=deelnemer-]").count()
    tab_until(page, lambda f: f["text"] == "Meer rijen toevoegen", what="the more-rows button")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    expect(page.locator("fieldset[id^=deelnemer-]")).to_have_count(rows + 3)
    expect(page.locator(":focus")).to_have_id(f"id_deelnames-{rows}-gemeente")
    expect(page.locator(".utrecht-form-field-error-message")).to_have_count(0)
    assert_accessible(page)

    # Someone else saves in the meantime: this save gets the conflict page.
    Samenwerkingsverband.objects.filter(pk=verband.pk).update(versie=F("versie") + 1)
    page.keyboard.type("Deventer")
    with page.expect_navigation() as navigation:
        page.keyboard.press("Enter")
    assert navigation.value.status == 409
    expect(page.locator("#conflict-kop")).to_be_visible()
    assert page.input_value(f"#id_deelnames-{rows}-gemeente") == "Deventer"
    assert_accessible(page)

    # Delete: the confirmation page.
    page.goto(f"{live_server.url}{verband.get_absolute_url()}verwijderen/")
    expect(page.locator("h1")).to_have_text("Belastingsamenwerking Salland verwijderen?")
    expect(page.locator("main")).to_contain_text("3 deelnames van gemeenten")
    assert_accessible(page)
