"""The kennisbank and the site-wide search in a real browser, with axe on every page.

A visitor searches the kennisbank, narrows with a facet, reads a publicatie and searches the
whole portal from the header; an adviseur adds a publicatie with a PDF, makes a mistake on
the way, and finds the PDF's text with the search afterwards.
"""

from __future__ import annotations

import datetime
import re

import pytest
from playwright.sync_api import Page, expect

from kennisbank import choices
from kennisbank.models import Publicatie
from tests.browser.test_registry_flow import assert_accessible, assert_page_basics
from tests.evaluaties.factories import _pdf
from tests.factories import AdviseurFactory, VerbandFactory
from tests.kennisbank.factories import PublicatieFactory, ThemaFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

WACHTWOORD = "geheim-wachtwoord"


@pytest.fixture
def kennisbank():
    stelselregie = ThemaFactory(naam="Stelselregie")
    bedrijfsvoering = ThemaFactory(naam="Bedrijfsvoering")
    verband = VerbandFactory(naam="Sociaal Domein Fryslân", afkorting="SDF")
    onderzoek = PublicatieFactory(
        titel="Samenwerkingsverbanden in Fryslân onder de loep",
        soort=choices.Soort.ONDERZOEK,
        samenvatting="Hoe Friese gemeenten hun samenwerkingsverbanden besturen.",
        inhoud="Gemeenten in Fryslân werken samen in het sociaal domein. <script>x()</script>",
        verschenen_op=datetime.date(2024, 5, 1),
        themas=[stelselregie],
        verbanden=[verband],
        gemeenten=["Súdwest-Fryslân"],
    )
    handreiking = PublicatieFactory(
        titel="Handreiking gezamenlijke bedrijfsvoering",
        soort=choices.Soort.HANDREIKING,
        samenvatting="Stappen naar een gemeenschappelijke uitvoeringsorganisatie.",
        inhoud="Samenwerking in de bedrijfsvoering vraagt om heldere afspraken.",
        verschenen_op=datetime.date(2022, 2, 1),
        themas=[bedrijfsvoering, stelselregie],
    )
    concept = PublicatieFactory(
        titel="Conceptnotitie samenwerking Fryslân",
        status=choices.Status.CONCEPT,
        inhoud="Nog niet openbaar: samenwerking in Fryslân.",
    )
    return {"onderzoek": onderzoek, "handreiking": handreiking, "concept": concept}


def test_visitor_searches_filters_and_reads(live_server, page: Page, kennisbank):
    page.goto(f"{live_server.url}/")
    page.get_by_role("navigation", name="Hoofdmenu").get_by_role("link", name="Kennisbank").click()
    expect(page).to_have_url(re.compile(r"/kennisbank/$"))
    assert_page_basics(page, "Kennisbank")
    expect(page.get_by_role("link", name=kennisbank["handreiking"].titel)).to_be_visible()
    expect(page.get_by_text(kennisbank["concept"].titel)).to_have_count(0)
    alternate = page.locator('link[rel="alternate"][type="application/atom+xml"]')
    expect(alternate.first).to_have_attribute("href", "/kennisbank/feed/")
    assert_accessible(page)

    # Search: a prefix of a compound word, highlighted in the snippet.
    page.get_by_label("Zoeken in de kennisbank").fill("samenwerking")
    page.locator("#kennisbank-zoeken").get_by_role("button", name="Zoeken").click()
    expect(page).to_have_url(re.compile(r"q=samenwerking"))
    results = page.locator("#resultaten")
    expect(results.get_by_role("link", name=kennisbank["onderzoek"].titel)).to_be_visible()
    expect(results.locator("mark").first).to_be_visible()
    # The document's <script> is shown as text, never run or parsed as HTML.
    expect(results.locator("script")).to_have_count(0)
    assert_accessible(page)

    # A facet narrows the results; its box stays ticked.
    page.get_by_role("checkbox", name=re.compile(r"^Handreiking")).check()
    page.get_by_role("button", name="Filters toepassen").click()
    expect(page).to_have_url(re.compile(r"soort=handreiking"))
    expect(page.get_by_role("checkbox", name=re.compile(r"^Handreiking"))).to_be_checked()
    expect(results.get_by_role("link", name=kennisbank["handreiking"].titel)).to_be_visible()
    expect(results.get_by_role("link", name=kennisbank["onderzoek"].titel)).to_have_count(0)
    assert_accessible(page)

    # Detail with related items.
    results.get_by_role("link", name=kennisbank["handreiking"].titel).click()
    assert_page_basics(page, kennisbank["handreiking"].titel)
    expect(page.get_by_role("link", name=kennisbank["onderzoek"].titel)).to_be_visible()
    assert_accessible(page)

    # The header search finds everything at once, grouped, without accents typed.
    header_search = page.get_by_role("search", name="Zoeken in het portaal")
    header_search.get_by_role("searchbox").fill("Fryslan")
    header_search.get_by_role("button").click()
    expect(page).to_have_url(re.compile(r"/zoeken/\?q=Fryslan"))
    assert_page_basics(page, "Zoekresultaten voor ‘Fryslan’")
    expect(
        page.locator("#verbanden").get_by_role("link", name=re.compile("Sociaal Domein Fryslân"))
    ).to_be_visible()
    expect(page.locator("#gemeenten").get_by_role("link", name="Súdwest-Fryslân")).to_be_visible()
    expect(
        page.locator("#publicaties").get_by_role("link", name=kennisbank["onderzoek"].titel)
    ).to_be_visible()
    expect(page.get_by_text(kennisbank["concept"].titel)).to_have_count(0)
    assert_accessible(page)


def test_adviseur_adds_a_publicatie_with_a_pdf(live_server, page: Page, tmp_path, settings):
    settings.MEDIA_ROOT = tmp_path
    AdviseurFactory(username="anna", first_name="Anna", last_name="de Adviseur")
    page.goto(f"{live_server.url}/account/inloggen/?next=/kennisbank/nieuw/")
    page.get_by_label("Gebruikersnaam").fill("anna")
    page.get_by_label("Wachtwoord").fill(WACHTWOORD)
    with page.expect_navigation():
        page.get_by_role("button", name="Inloggen").click()
    expect(page).to_have_url(re.compile(r"/kennisbank/nieuw/$"))
    assert_page_basics(page, "Nieuwe publicatie")
    assert_accessible(page)

    pdf = tmp_path / "verkenning.pdf"
    pdf.write_bytes(_pdf("Kwartiermakers in de regio Twente", padding=0))
    page.get_by_label("Titel").fill("Verkenning regionale samenwerking Twente")
    page.get_by_label("Soort").select_option("onderzoek")
    page.get_by_label("Status").select_option("gepubliceerd")
    page.get_by_label("Verschenen op").fill("31-13-2025")  # no 13th month
    page.get_by_label("Over deze samenwerkingsverbanden").fill("Bestaat niet")
    page.get_by_label("Bestand (PDF)").set_input_files(str(pdf))
    with page.expect_navigation():
        page.get_by_role("button", name="Opslaan").click()

    # Mistakes are listed in Dutch; what was typed is still there; nothing was saved.
    assert page.title().startswith("Fout:")
    summary = page.locator("[data-sp-error-summary]")
    expect(summary).to_contain_text("Samenvatting")
    expect(summary).to_contain_text("Onbekend samenwerkingsverband ‘Bestaat niet’")
    expect(page.get_by_label("Titel")).to_have_value("Verkenning regionale samenwerking Twente")
    expect(page.get_by_label("Verschenen op")).to_have_value("31-13-2025")
    assert not Publicatie.objects.exists()
    assert_accessible(page)

    page.get_by_label("Samenvatting").fill("Wat gemeenten in Twente van elkaar leren.")
    page.get_by_label("Verschenen op").fill("15-03-2025")
    page.get_by_label("Over deze samenwerkingsverbanden").fill("")
    page.get_by_label("Bestand (PDF)").set_input_files(str(pdf))  # browsers never keep a file
    with page.expect_navigation():
        page.get_by_role("button", name="Opslaan").click()
    assert_page_basics(page, "Verkenning regionale samenwerking Twente")
    expect(page.get_by_role("link", name=re.compile("Download"))).to_be_visible()
    assert_accessible(page)

    # The PDF's text is searchable.
    page.goto(f"{live_server.url}/kennisbank/?q=kwartiermakers")
    expect(
        page.locator("#resultaten").get_by_role(
            "link", name="Verkenning regionale samenwerking Twente"
        )
    ).to_be_visible()
    expect(page.locator("#resultaten mark").first).to_have_text(re.compile("Kwartiermakers", re.I))
