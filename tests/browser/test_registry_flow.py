"""The main flow through the public registry in a real browser, with axe on every page.

``live_server`` makes these tests transactional: pytest-django flushes every table after each
one, the CBS gemeenten and seeded domeinen included. The autouse ``reference_data`` fixture
(tests/conftest.py) loads them again before each test.
"""

from __future__ import annotations

import re
from decimal import Decimal

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Page, expect

from tests.factories import (
    DeelnameFactory,
    PartnerdeelnameFactory,
    PartnerFactory,
    VerbandFactory,
    gemeente,
)
from verbanden import choices
from verbanden.models import Domein, Gemeente

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

WCAG_AA = {"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]}}


def assert_accessible(page: Page) -> None:
    """No axe violations of WCAG 2.1 A/AA; on failure list each rule with its nodes."""
    results = Axe().run(page, options=WCAG_AA)
    violations = results.response["violations"]
    if violations:
        lines = [f"{len(violations)} axe violation(s) on {page.url}:"]
        for violation in violations:
            lines.append(f"- {violation['id']} ({violation['impact']}): {violation['help']}")
            for node in violation["nodes"]:
                lines.append(f"    {', '.join(map(str, node['target']))}: {node['html'][:160]}")
                summary = node.get("failureSummary", "").replace("\n", " ")
                lines.append(f"      {summary[:300]}")
        pytest.fail("\n".join(lines), pytrace=False)


def assert_page_basics(page: Page, h1: str) -> None:
    """A <title>, exactly one <h1> with the expected text, and the site's CSS applied."""
    assert page.title().strip(), f"no <title> on {page.url}"
    expect(page.locator("h1")).to_have_count(1)
    expect(page.locator("h1")).to_contain_text(h1)
    assert page.evaluate("document.documentElement.lang") == "nl"
    # theme.css sets the palette; without it axe's colour-contrast check means little
    accent = page.evaluate(
        "getComputedStyle(document.documentElement).getPropertyValue('--sp-kleur-blauw-900')"
    )
    assert accent.strip() == "#0c2340", f"site CSS not applied on {page.url}"


@pytest.fixture
def stylesheet_responses(page: Page) -> list[tuple[str, int]]:
    responses: list[tuple[str, int]] = []
    page.on(
        "response",
        lambda r: (
            responses.append((r.url, r.status)) if r.request.resource_type == "stylesheet" else None
        ),
    )
    return responses


@pytest.fixture
def registry():
    odru = VerbandFactory(
        wgr=True,
        naam="Omgevingsdienst Regio Utrecht",
        afkorting="ODRU",
        omschrijving="Vergunningverlening, toezicht en handhaving voor de regio Utrecht.",
        domeinen=["omgevingsdienst"],
    )
    for naam, bijdrage in [("Utrecht", 2_400_000), ("Zeist", 850_000), ("De Bilt", 610_000)]:
        DeelnameFactory(verband=odru, gemeente=gemeente(naam), bijdrage=Decimal(bijdrage))
    PartnerdeelnameFactory(
        verband=odru,
        partner=PartnerFactory(naam="Provincie Utrecht", soort=choices.PartnerSoort.PROVINCIE),
    )
    netwerk = VerbandFactory(
        naam="Netwerk Digitale Overheid Utrecht",
        juridische_vorm=choices.JuridischeVorm.NETWERK,
        domeinen=["ict"],
    )
    for naam in ["Zeist", "Houten"]:
        DeelnameFactory(verband=netwerk, gemeente=gemeente(naam))
    jeugd = VerbandFactory.met_deelnemers(
        4,
        centrumgemeente="Zwolle",
        provincie="Overijssel",
        naam="Jeugdzorg Regio IJsselland",
        domeinen=["jeugd"],
    )
    return {"odru": odru, "netwerk": netwerk, "jeugd": jeugd}


def test_stylesheets_load(live_server, page: Page, stylesheet_responses):
    page.goto(live_server.url + "/")
    page.wait_for_load_state("load")
    assert len(stylesheet_responses) >= 3, stylesheet_responses
    assert all(status == 200 for _, status in stylesheet_responses), stylesheet_responses
    rules = page.evaluate("[...document.styleSheets].map(s => s.cssRules.length)")
    assert all(n > 0 for n in rules), rules


def test_registry_flow(live_server, page: Page, registry, stylesheet_responses):
    # Home
    page.goto(live_server.url + "/")
    assert_page_basics(page, "Intergemeentelijke samenwerking")
    assert_accessible(page)

    # -> Verbanden
    page.get_by_role("navigation", name="Hoofdmenu").get_by_role("link", name="Verbanden").click()
    expect(page).to_have_url(re.compile(r"/verbanden/$"))
    assert_page_basics(page, "Samenwerkingsverbanden")
    expect(page.get_by_role("link", name="Netwerk Digitale Overheid Utrecht")).to_be_visible()
    assert_accessible(page)

    # -> filter on juridische vorm
    page.get_by_role("checkbox", name="Openbaar lichaam").check()
    page.get_by_role("button", name="Filters toepassen").click()
    expect(page).to_have_url(re.compile(r"juridische_vorm=openbaar_lichaam"))
    expect(page.get_by_role("checkbox", name="Openbaar lichaam")).to_be_checked()
    results = page.get_by_role("table")
    expect(results.get_by_role("link")).to_have_count(1)
    expect(results.get_by_role("link", name="Omgevingsdienst Regio Utrecht")).to_be_visible()
    assert_page_basics(page, "Samenwerkingsverbanden")
    assert_accessible(page)

    # -> verband detail
    results.get_by_role("link", name="Omgevingsdienst Regio Utrecht").click()
    expect(page).to_have_url(re.compile(re.escape(registry["odru"].get_absolute_url()) + "$"))
    assert_page_basics(page, "Omgevingsdienst Regio Utrecht")
    expect(page.get_by_text("Provincie Utrecht").first).to_be_visible()
    assert_accessible(page)

    # -> a deelnemende gemeente: its samenwerkingsprofiel
    page.locator("main").get_by_role("link", name="Zeist", exact=True).first.click()
    expect(page).to_have_url(re.compile(r"/gemeenten/zeist/$"))
    assert_page_basics(page, "Samenwerkingsprofiel Zeist")
    main = page.locator("main")
    expect(main.get_by_role("link", name="Omgevingsdienst Regio Utrecht").first).to_be_visible()
    expect(main.get_by_role("link", name="Netwerk Digitale Overheid Utrecht").first).to_be_visible()
    expect(main).not_to_contain_text("Jeugdzorg Regio IJsselland")
    assert_accessible(page)

    # 200, or 304 when the browser revalidates its cached copy
    assert stylesheet_responses
    assert all(status in (200, 304) for _, status in stylesheet_responses), stylesheet_responses


@pytest.mark.parametrize(
    ("path", "h1"),
    [
        ("/toegankelijkheid/", "Toegankelijkheid"),
        ("/gemeenten/?provincie=utrecht", "Gemeenten"),
        ("/verbanden/?provincie=bestaat-niet", "Samenwerkingsverbanden"),
        ("/verbanden/bestaat-niet/", "Pagina niet gevonden"),
    ],
)
def test_other_pages_accessible(live_server, page: Page, registry, path, h1):
    page.goto(live_server.url + path)
    assert_page_basics(page, h1)
    assert_accessible(page)


def test_centrumgemeente_profile_accessible(live_server, page: Page, registry):
    page.goto(live_server.url + gemeente("Zwolle").get_absolute_url())
    assert_page_basics(page, "Samenwerkingsprofiel Zwolle")
    expect(page.locator("main")).to_contain_text("Jeugdzorg Regio IJsselland")
    assert_accessible(page)


def test_reference_data_present_in_transactional_test(live_server, page: Page):
    """Runs after the other live-server tests: their flushes must not have taken the gemeenten."""
    assert Gemeente.objects.current().count() == 342
    assert Gemeente.objects.dissolved().count() == 103
    assert Domein.objects.filter(slug="sociaal-domein").exists()
    page.goto(f"{live_server.url}/gemeenten/?provincie=flevoland")
    expect(page.get_by_role("link", name="Zeewolde", exact=True)).to_be_visible()
