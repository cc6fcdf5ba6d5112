"""The betrokken adviseur records an evaluation in steps in Chromium, goes back a step without
losing anything, makes it definitief, and finds it on the verband page, in the overview and in
a comparison; axe checks every page on the way (WCAG 2.1 A/AA, 0 violations).

``live_server`` makes this test transactional; the autouse ``reference_data`` fixture
(tests/browser/conftest.py) reloads the gemeenten, domeinen and criteria before it.
"""

from __future__ import annotations

import datetime
import re

import pytest
from playwright.sync_api import Page, expect

from evaluaties import choices
from evaluaties.models import Evaluatie
from tests.browser.test_registry_flow import assert_accessible, assert_page_basics
from tests.evaluaties.factories import AanbevelingFactory, criteria, volledige_evaluatie
from tests.factories import AdviseurFactory, DeelnameFactory, VerbandFactory, gemeente

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

WACHTWOORD = "geheim-wachtwoord"
TITEL = "Evaluatie Regionale Uitvoeringsdienst 2025"
SCORES = [4, 3, 2, 5, 3]
TOELICHTINGEN = {
    0: "Het gezamenlijke doel staat in de regeling en wordt gedeeld.",
    2: "Gemeenten kijken nog vaak naar hun eigen belang.",
}


@pytest.fixture
def verband():
    adviseur = AdviseurFactory(username="bram", first_name="Bram", last_name="Betrokken")
    verband = VerbandFactory(
        naam="Regionale Uitvoeringsdienst Drenthe",
        afkorting="RUD Drenthe",
        wgr=True,
        domeinen=["omgevingsdienst"],
        betrokken_adviseurs=[adviseur],
        opgericht_op=datetime.date(2013, 1, 1),
    )
    for naam in ["Assen", "Emmen", "Hoogeveen", "Meppel"]:
        DeelnameFactory(verband=verband, gemeente=gemeente(naam))
    eerdere = volledige_evaluatie(
        verband,
        titel="Evaluatie RUD Drenthe 2021",
        uitgevoerd_op=datetime.date(2021, 10, 1),
        scores=[3, 3, 2, 4, 2],
        openbaar=True,
        samenvatting="De RUD staat; de sturing kan beter.",
        aanbevelingen=0,
    )
    AanbevelingFactory(evaluatie=eerdere, tekst="Stel een gezamenlijke uitvoeringsagenda op.")
    AanbevelingFactory(
        evaluatie=eerdere, tekst="Maak de kosten per gemeente inzichtelijk.", prioriteit="hoog"
    )
    return verband


def log_in(page: Page, base: str) -> None:
    page.goto(f"{base}/account/inloggen/")
    expect(page.locator("h1")).to_have_text("Inloggen")
    page.fill("#id_username", "bram")
    page.fill("#id_password", WACHTWOORD)
    with page.expect_navigation():
        page.get_by_role("button", name="Inloggen").click()
    expect(page.locator("header")).to_contain_text("Ingelogd als Bram Betrokken")


def submit(page: Page, name: str) -> None:
    with page.expect_navigation():
        page.get_by_role("button", name=name, exact=True).click()


def expect_step(page: Page, number: int, label: str) -> None:
    expect(page).to_have_url(re.compile(r"/evaluaties/\d+/stap/\w+/$"))
    expect(page.locator("h2.sp-stap-kop")).to_contain_text(f"Stap {number} van 5")
    expect(page.locator("h2.sp-stap-kop")).to_contain_text(label)
    expect(page.locator('[aria-current="step"]')).to_have_text(label)
    assert_page_basics(page, "Evaluatie bewerken")
    assert_accessible(page)


def score_radio(page: Page, criterium, score: int | str):
    return page.locator(f'input[name="score_{criterium.pk}"][value="{score}"]')


def test_evaluation_in_steps(live_server, page: Page, verband):
    base = live_server.url
    alle = criteria()
    log_in(page, base)

    # The verband page with the chart of the earlier evaluation, and the button.
    page.goto(base + verband.get_absolute_url())
    assert_page_basics(page, "Regionale Uitvoeringsdienst Drenthe")
    expect(page.locator("svg.sp-chart__svg")).to_be_visible()
    assert_accessible(page)
    with page.expect_navigation():
        page.get_by_role("link", name="Nieuwe evaluatie").click()

    # Step 1, basis: a mistake first (a date that does not exist), then corrected.
    expect(page).to_have_url(re.compile(r"/evaluaties/nieuw/$"))
    assert_page_basics(page, "Nieuwe evaluatie van Regionale Uitvoeringsdienst Drenthe")
    assert_accessible(page)
    page.fill("#id_titel", TITEL)
    page.select_option("#id_soort", "volgens_regeling")
    page.fill("#id_uitvoerder", "Rekenkamer Drenthe")
    page.fill("#id_uitgevoerd_op", "31-02-2025")
    page.fill("#id_aanleiding", "De regeling schrijft elke vier jaar een evaluatie voor.")
    page.fill("#id_methode", "Dossieronderzoek en interviews met de directeuren.")
    submit(page, "Opslaan en verder")
    assert page.title().startswith("Fout:")
    expect(page.locator("[data-sp-error-summary]")).to_contain_text("Uitgevoerd op")
    expect(page.locator("#id_titel")).to_have_value(TITEL)
    expect(page.locator("#id_soort")).to_have_value("volgens_regeling")
    expect(page.locator("#id_methode")).to_have_value(
        "Dossieronderzoek en interviews met de directeuren."
    )
    assert_accessible(page)
    page.fill("#id_uitgevoerd_op", "12-05-2025")
    submit(page, "Opslaan en verder")

    # Step 2, scores: a toelichting without a score is refused, then everything scored.
    expect_step(page, 2, "Scores")
    for criterium in alle:
        expect(score_radio(page, criterium, "")).to_be_checked()
    score_radio(page, alle[0], SCORES[0]).check()
    page.fill(f"#id_toelichting_{alle[0].pk}", TOELICHTINGEN[0])
    page.fill(f"#id_toelichting_{alle[2].pk}", TOELICHTINGEN[2])
    submit(page, "Opslaan en verder")
    assert page.title().startswith("Fout:")
    expect(page.locator("[data-sp-error-summary]")).to_contain_text(
        "Geef een score bij deze toelichting, of laat de toelichting leeg."
    )
    expect(score_radio(page, alle[0], SCORES[0])).to_be_checked()
    expect(page.locator(f"#id_toelichting_{alle[2].pk}")).to_have_value(TOELICHTINGEN[2])
    assert_accessible(page)
    for criterium, score in zip(alle, SCORES, strict=True):
        score_radio(page, criterium, score).check()
    submit(page, "Opslaan en verder")

    # Step 3, bevindingen; first back one step: the scores are all still there.
    expect_step(page, 3, "Bevindingen")
    submit(page, "Vorige stap")
    expect_step(page, 2, "Scores")
    for criterium, score in zip(alle, SCORES, strict=True):
        expect(score_radio(page, criterium, score)).to_be_checked()
    for index, tekst in TOELICHTINGEN.items():
        expect(page.locator(f"#id_toelichting_{alle[index].pk}")).to_have_value(tekst)
    submit(page, "Opslaan en verder")

    expect_step(page, 3, "Bevindingen")
    page.select_option("#id_bevindingen-0-soort", "glans")
    page.select_option("#id_bevindingen-0-aspect", "besluitvorming")
    page.fill("#id_bevindingen-0-tekst", "Het algemeen bestuur besluit snel en eensgezind.")
    page.select_option("#id_bevindingen-1-soort", "schuur")
    page.select_option("#id_bevindingen-1-aspect", "financien")
    page.fill("#id_bevindingen-1-tekst", "De begroting bereikt de raden te laat.")
    submit(page, "Opslaan en verder")

    # Step 4, aanbevelingen: what became of the open ones of 2021, and a new one.
    expect_step(page, 4, "Aanbevelingen")
    main = page.locator("main")
    expect(main).to_contain_text("Evaluatie RUD Drenthe 2021")
    expect(main).to_contain_text("Stel een gezamenlijke uitvoeringsagenda op.")
    expect(main).to_contain_text("Maak de kosten per gemeente inzichtelijk.")
    eerdere = Evaluatie.objects.get(titel="Evaluatie RUD Drenthe 2021")
    agenda = eerdere.aanbevelingen.get(tekst__startswith="Stel een")
    page.select_option(f"#id_opvolging-{agenda.pk}-status", "afgerond")
    page.fill(f"#id_opvolging-{agenda.pk}-toelichting", "De uitvoeringsagenda 2023 is vastgesteld.")
    page.fill("#id_aanbevelingen-0-tekst", "Betrek de raden eerder bij de begroting.")
    page.select_option("#id_aanbevelingen-0-prioriteit", "hoog")
    submit(page, "Opslaan en verder")

    # Step 5, controle: definitief and public.
    expect_step(page, 5, "Controle en afronden")
    expect(main).to_contain_text("Rekenkamer Drenthe")
    expect(main).to_contain_text("De begroting bereikt de raden te laat.")
    page.fill("#id_samenvatting", "De RUD werkt; de financiële sturing moet beter.")
    page.fill("#id_conclusies", "Doorgaan, met meer zicht voor de raden.")
    page.get_by_role("radio", name="Definitief").check()
    page.get_by_role("checkbox", name=re.compile("Openbaar")).check()
    submit(page, "Opslaan en afronden")

    # The detail page.
    evaluatie = Evaluatie.objects.get(titel=TITEL)
    expect(page).to_have_url(re.compile(re.escape(evaluatie.get_absolute_url()) + "$"))
    assert_page_basics(page, TITEL)
    expect(page.locator("body")).to_contain_text("De evaluatie is definitief gemaakt.")
    assert_accessible(page)

    assert evaluatie.status == choices.Status.DEFINITIEF and evaluatie.openbaar
    assert evaluatie.aangemaakt_door.username == "bram"
    assert evaluatie.uitgevoerd_op == datetime.date(2025, 5, 12)
    assert [b.score for b in evaluatie.beoordelingen.all()] == SCORES
    assert evaluatie.bevindingen.count() == 2
    vervolg = evaluatie.aanbevelingen.get(vervolg_op=agenda)
    assert vervolg.status == choices.AanbevelingStatus.AFGEROND

    # The verband page: timeline and chart with both evaluations.
    page.goto(base + verband.get_absolute_url())
    expect(page.locator(".sp-tijdlijn__item")).to_have_count(2)
    expect(page.locator(".sp-chart__table tbody tr").first).to_contain_text("4")
    assert_accessible(page)

    # The overview, and from it the comparison of the two.
    page.goto(base + "/evaluaties/")
    assert_page_basics(page, "Evaluaties")
    assert_accessible(page)
    page.locator(f"#vergelijk-{evaluatie.pk}").check()
    page.locator(f"#vergelijk-{eerdere.pk}").check()
    with page.expect_navigation():
        page.get_by_role("button", name=re.compile("Vergelijk")).click()
    expect(page).to_have_url(re.compile(r"/evaluaties/vergelijken/\?"))
    expect(page.locator("main")).to_contain_text(TITEL)
    expect(page.locator("main")).to_contain_text("Evaluatie RUD Drenthe 2021")
    assert_accessible(page)


@pytest.mark.parametrize("path", ["/evaluaties/", "/evaluaties/verwacht/"])
def test_evaluation_pages_accessible_anonymously(live_server, page: Page, verband, path):
    page.goto(live_server.url + path)
    assert page.title().strip()
    expect(page.locator("h1")).to_have_count(1)
    assert_accessible(page)


def test_public_evaluation_detail_and_compare_accessible(live_server, page: Page, verband):
    eerste = Evaluatie.objects.get()
    tweede = volledige_evaluatie(
        verband,
        titel="Evaluatie RUD Drenthe 2024",
        uitgevoerd_op=datetime.date(2024, 3, 1),
        openbaar=True,
        samenvatting="Beter dan in 2021.",
    )
    page.goto(live_server.url + tweede.get_absolute_url())
    assert_page_basics(page, "Evaluatie RUD Drenthe 2024")
    assert_accessible(page)
    page.goto(
        f"{live_server.url}/evaluaties/vergelijken/?evaluatie={eerste.pk}&evaluatie={tweede.pk}"
    )
    assert_accessible(page)
