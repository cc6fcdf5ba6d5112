"""Two people editing the same evaluation do not silently overwrite each other, in every step.

Each person has their own browser (test client). Both load a step and take its hidden
``versie`` (``parse_form``, as a browser would); the first save wins (302), the second gets the
conflict page (409): what changed in between, who did it and which fields, where the input
differs from what is stored now, and a form that still holds everything typed, with the current
version. Submitting that page is the deliberate "save my version anyway".

The people: Ada Aanmaker (the adviseur who made the evaluation), Bram Betrokken (an adviseur
listed on the verband) and Bea Beheer (beheerder). Also: a save after the evaluation was deleted,
a missing or tampered version, a change made in beheer (Django admin), and invalid input.
"""

from __future__ import annotations

import datetime
import re
from http import HTTPStatus

import pytest
from django.test import Client
from django.urls import reverse

from evaluaties import choices
from evaluaties.models import Aanbeveling, Beoordeling, Bevinding, Evaluatie
from samenwerking.history import FieldChange
from tests.evaluaties.factories import (
    AanbevelingFactory,
    BevindingFactory,
    EvaluatieFactory,
    criteria,
)
from tests.factories import (
    AdviseurFactory,
    BeheerderFactory,
    DeelnameFactory,
    UserFactory,
    VerbandFactory,
    gemeente,
)
from tests.helpers import FormData, browser, main_text, page_text, parse_form

pytestmark = pytest.mark.django_db

STAPPEN = ["basis", "scores", "bevindingen", "aanbevelingen", "controle"]
CONFLICT_KOP = "Iemand anders heeft deze evaluatie gewijzigd nadat u het formulier opende"
NIET_OPGESLAGEN = "Deze stap is nog niet opgeslagen"
RIJ_WEG = (
    "Deze bevinding bestaat niet meer: iemand anders heeft haar verwijderd. "
    "Vink ‘Verwijderen’ aan en sla opnieuw op."
)

TITEL = "Evaluatie Omgevingsdienst IJsselland 2024"
UITVOERDER = "Bureau Samenwerken B.V."
METHODE = "Interviews met twaalf bestuurders."
SAMENVATTING = "De samenwerking werkt, maar de sturing kan beter."
BESLUIT_SNEL = "Het algemeen bestuur besluit snel."
BEGROTING_LAAT = "De begroting komt te laat bij de raden."
ELKAAR_AANSPREKEN = "Men spreekt elkaar aan op afspraken."
VISIE = "Stel een gezamenlijke visie op."
INFORMATIE = "Versterk de informatievoorziening."
INKOOP = "Evalueer de inkoop."


@pytest.fixture
def ada(db):
    return AdviseurFactory(first_name="Ada", last_name="Aanmaker")


@pytest.fixture
def bram(db):
    return AdviseurFactory(first_name="Bram", last_name="Betrokken")


@pytest.fixture
def bea(db):
    return BeheerderFactory(first_name="Bea", last_name="Beheer")


@pytest.fixture
def evaluatie(ada, bram):
    """A concept made by Ada of a verband Bram is betrokken on: five scores (3, 4, 2, 5, 3),
    three bevindingen and three aanbevelingen."""
    verband = VerbandFactory(
        naam="Omgevingsdienst IJsselland", wgr=True, betrokken_adviseurs=[bram]
    )
    DeelnameFactory(verband=verband, gemeente=gemeente("Zwolle"))
    DeelnameFactory(verband=verband, gemeente=gemeente("Kampen"))
    evaluatie = EvaluatieFactory(
        verband=verband,
        aangemaakt_door=ada,
        titel=TITEL,
        uitvoerder=UITVOERDER,
        uitgevoerd_op=datetime.date(2024, 5, 1),
        methode=METHODE,
        samenvatting=SAMENVATTING,
        scores=[3, 4, 2, 5, 3],
    )
    for soort, aspect, tekst in [
        ("glans", "besluitvorming", BESLUIT_SNEL),
        ("schuur", "financien", BEGROTING_LAAT),
        ("glans", "cultuur", ELKAAR_AANSPREKEN),
    ]:
        BevindingFactory(evaluatie=evaluatie, soort=soort, aspect=aspect, tekst=tekst)
    for tekst in (VISIE, INFORMATIE, INKOOP):
        AanbevelingFactory(evaluatie=evaluatie, tekst=tekst)
    assert evaluatie.versie == 1
    return evaluatie


def stap_url(evaluatie: Evaluatie, stap: str) -> str:
    return reverse("evaluaties:evaluatie_stap", kwargs={"pk": evaluatie.pk, "stap": stap})


def step_field(stap: str) -> str:
    """A field only the form of this step has (to find it on the page)."""
    return {
        "basis": "titel",
        "scores": f"toelichting_{criteria()[0].pk}",
        "bevindingen": "bevindingen-TOTAL_FORMS",
        "aanbevelingen": "aanbevelingen-TOTAL_FORMS",
        "controle": "samenvatting",
    }[stap]


def load(client: Client, evaluatie: Evaluatie, stap: str) -> FormData:
    """The step's form as the browser got it, hidden ``versie`` included."""
    response = client.get(stap_url(evaluatie, stap))
    assert response.status_code == HTTPStatus.OK
    return parse_form(response, containing=step_field(stap))


def save(client: Client, evaluatie: Evaluatie, stap: str, data: FormData):
    return client.post(stap_url(evaluatie, stap), data)


def row(data: FormData, prefix: str, obj) -> int:
    """The index of ``obj``'s row in a formset's data."""
    for i in range(int(data.value(f"{prefix}-TOTAL_FORMS"))):
        if data.get(f"{prefix}-{i}-id") == [str(obj.pk)]:
            return i
    raise AssertionError(f"no row for {obj!r}")


def first_empty_row(data: FormData, prefix: str) -> int:
    for i in range(int(data.value(f"{prefix}-TOTAL_FORMS"))):
        if (
            not data.get(f"{prefix}-{i}-id", [""])[0]
            and not data.get(f"{prefix}-{i}-tekst", [""])[0]
        ):
            return i
    raise AssertionError(f"no empty {prefix} row")


def section(response, heading_id: str) -> str:
    """The text of the <section> labelled by ``heading_id`` on the conflict page."""
    match = re.search(
        rf'<section[^>]*aria-labelledby="{heading_id}".*?</section>',
        response.content.decode(),
        re.S,
    )
    assert match, f"no section {heading_id} on the page"
    return page_text(match.group(0))


def in_between(response) -> list[tuple[str, str, str]]:
    """(onderwerp, soort, wie) of every change the conflict page lists."""
    return [(c.onderwerp, c.soort, c.wie) for c in response.context["tussentijdse_wijzigingen"]]


def fields_in_between(response) -> list[FieldChange]:
    return [v for c in response.context["tussentijdse_wijzigingen"] for v in c.velden]


def differences(response) -> dict[str, tuple[str, str]]:
    return {label: (typed, stored) for label, typed, stored in response.context["verschillen"]}


def assert_conflict_page(response, typed: FormData, stap: str, versie: int) -> FormData:
    """409, the conflict explanation in Dutch, and the form with everything typed and the
    current version; returns the form as the page shows it."""
    assert response.status_code == HTTPStatus.CONFLICT, page_text(response)[:2000]
    text = main_text(response)
    assert CONFLICT_KOP in text
    assert "Uw wijzigingen zijn nog niet opgeslagen" in text
    assert "Uw invoer en de opgeslagen versie" in text
    assert "Wijzigingen sinds u het formulier opende" in text
    assert response.context["conflict"] is True
    shown = parse_form(response, containing=step_field(stap))
    assert shown.value("versie") == str(versie)
    for name, values in typed.items():
        if name not in {"versie", "csrfmiddlewaretoken"}:
            assert shown.get(name) == values, name
    return shown


def history_count(evaluatie: Evaluatie) -> int:
    return sum(
        model.history.filter(
            **{"id" if model is Evaluatie else "evaluatie_id": evaluatie.pk}
        ).count()
        for model in (Evaluatie, Beoordeling, Bevinding, Aanbeveling)
    )


# ---------------------------------------------------------------------------------------------
# Every step: the first save wins, the second gets the conflict page, saving that page overrides


def test_basis_conflict(evaluatie, ada, bea):
    browser_a, browser_b = browser(ada), browser(bea)
    form_a = load(browser_a, evaluatie, "basis")
    form_b = load(browser_b, evaluatie, "basis")
    assert form_a.value("versie") == form_b.value("versie") == "1"
    form_a["titel"] = f"{TITEL} (Ada)"
    form_a["uitvoerder"] = "Rekenkamer IJsselland"
    form_b["titel"] = f"{TITEL} (Bea)"
    form_b["methode"] = "Dossieronderzoek en een enquête."

    first = save(browser_a, evaluatie, "basis", form_a)
    assert first.status_code == HTTPStatus.FOUND
    second = save(browser_b, evaluatie, "basis", form_b)

    assert_conflict_page(second, form_b, "basis", versie=2)
    evaluatie.refresh_from_db()
    assert evaluatie.titel == f"{TITEL} (Ada)"
    assert evaluatie.uitvoerder == "Rekenkamer IJsselland"
    assert evaluatie.methode == METHODE  # nothing of Bea's input
    assert evaluatie.versie == 2

    assert in_between(second) == [("Evaluatie", "gewijzigd", "Ada Aanmaker")]
    velden = fields_in_between(second)
    assert FieldChange("Titel", TITEL, f"{TITEL} (Ada)") in velden
    assert FieldChange("Uitvoerder", UITVOERDER, "Rekenkamer IJsselland") in velden
    tussentijds = section(second, "tussentijds-kop")
    assert "Evaluatie gewijzigd door Ada Aanmaker" in tussentijds
    assert f"{TITEL} (Ada)" in tussentijds
    assert differences(second) == {
        "Titel": (f"{TITEL} (Bea)", f"{TITEL} (Ada)"),
        "Methode": ("Dossieronderzoek en een enquête.", METHODE),
        "Uitvoerder": (UITVOERDER, "Rekenkamer IJsselland"),
    }
    assert f"Titel {TITEL} (Bea) {TITEL} (Ada)" in section(second, "verschillen-kop")

    # Bea saves the conflict page: her version, deliberately, over Ada's.
    third = save(browser_b, evaluatie, "basis", parse_form(second, containing="titel"))
    assert third.status_code == HTTPStatus.FOUND, page_text(third)[:2000]
    evaluatie.refresh_from_db()
    assert evaluatie.titel == f"{TITEL} (Bea)"
    assert evaluatie.methode == "Dossieronderzoek en een enquête."
    assert evaluatie.uitvoerder == UITVOERDER
    assert evaluatie.versie == 3
    # Ada's form is stale now too.
    assert save(browser_a, evaluatie, "basis", form_a).status_code == HTTPStatus.CONFLICT


def test_scores_conflict(evaluatie, ada, bea):
    eerste, tweede = criteria()[:2]
    browser_a, browser_b = browser(bea), browser(ada)
    form_a = load(browser_a, evaluatie, "scores")
    form_b = load(browser_b, evaluatie, "scores")
    form_a[f"score_{eerste.pk}"] = "5"
    form_b[f"score_{eerste.pk}"] = "1"
    form_b[f"toelichting_{tweede.pk}"] = "Taken zijn nog niet helder belegd."

    assert save(browser_a, evaluatie, "scores", form_a).status_code == HTTPStatus.FOUND
    second = save(browser_b, evaluatie, "scores", form_b)

    assert_conflict_page(second, form_b, "scores", versie=2)
    scores = {b.criterium_id: (b.score, b.toelichting) for b in evaluatie.beoordelingen.all()}
    assert scores[eerste.pk][0] == 5
    assert scores[tweede.pk] == (4, f"Toelichting bij {tweede.naam.lower()}: 4.")
    evaluatie.refresh_from_db()
    assert evaluatie.versie == 2

    assert in_between(second) == [(f"Score {eerste.naam}", "gewijzigd", "Bea Beheer")]
    assert fields_in_between(second) == [FieldChange("Score", "3", "5")]
    assert f"Score {eerste.naam} gewijzigd door Bea Beheer" in section(second, "tussentijds-kop")
    assert differences(second) == {
        f"Score: {eerste.naam}": ("1 — zeer onvoldoende", "5 — zeer goed"),
        f"Toelichting bij {tweede.naam.lower()}": (
            "Taken zijn nog niet helder belegd.",
            f"Toelichting bij {tweede.naam.lower()}: 4.",
        ),
    }
    assert "1 — zeer onvoldoende 5 — zeer goed" in section(second, "verschillen-kop")

    third = save(
        browser_b, evaluatie, "scores", parse_form(second, containing=step_field("scores"))
    )
    assert third.status_code == HTTPStatus.FOUND, page_text(third)[:2000]
    scores = {b.criterium_id: (b.score, b.toelichting) for b in evaluatie.beoordelingen.all()}
    assert scores[eerste.pk][0] == 1
    assert scores[tweede.pk] == (4, "Taken zijn nog niet helder belegd.")
    evaluatie.refresh_from_db()
    assert evaluatie.versie == 3


def test_bevindingen_conflict_with_a_changed_and_a_deleted_row(evaluatie, ada, bram):
    snel = evaluatie.bevindingen.get(tekst=BESLUIT_SNEL)
    laat = evaluatie.bevindingen.get(tekst=BEGROTING_LAAT)
    aanspreken = evaluatie.bevindingen.get(tekst=ELKAAR_AANSPREKEN)
    browser_a, browser_b = browser(ada), browser(bram)
    form_a = load(browser_a, evaluatie, "bevindingen")
    form_b = load(browser_b, evaluatie, "bevindingen")
    # Ada rewords one bevinding and removes another.
    form_a[f"bevindingen-{row(form_a, 'bevindingen', snel)}-tekst"] = (
        "Het algemeen bestuur besluit snel en eensgezind."
    )
    form_a[f"bevindingen-{row(form_a, 'bevindingen', laat)}-DELETE"] = "on"
    # Bram rewords the same one, changes a third and adds a new one.
    form_b[f"bevindingen-{row(form_b, 'bevindingen', snel)}-tekst"] = (
        "Het algemeen bestuur besluit te traag."
    )
    form_b[f"bevindingen-{row(form_b, 'bevindingen', aanspreken)}-aspect"] = "samenwerking"
    nieuw = first_empty_row(form_b, "bevindingen")
    form_b[f"bevindingen-{nieuw}-soort"] = "glans"
    form_b[f"bevindingen-{nieuw}-aspect"] = "tempo"
    form_b[f"bevindingen-{nieuw}-tekst"] = "Vergunningen worden sneller verleend."

    assert save(browser_a, evaluatie, "bevindingen", form_a).status_code == HTTPStatus.FOUND
    second = save(browser_b, evaluatie, "bevindingen", form_b)

    assert_conflict_page(second, form_b, "bevindingen", versie=2)
    assert sorted(evaluatie.bevindingen.values_list("tekst", "aspect")) == [
        ("Het algemeen bestuur besluit snel en eensgezind.", "besluitvorming"),
        (ELKAAR_AANSPREKEN, "cultuur"),
    ]
    evaluatie.refresh_from_db()
    assert evaluatie.versie == 2

    assert sorted(in_between(second)) == [
        (f"Bevinding ‘{BEGROTING_LAAT}’", "verwijderd", "Ada Aanmaker"),
        (
            "Bevinding ‘Het algemeen bestuur besluit snel en eensgezind.’",
            "gewijzigd",
            "Ada Aanmaker",
        ),
    ]
    assert fields_in_between(second) == [
        FieldChange("Bevinding", BESLUIT_SNEL, "Het algemeen bestuur besluit snel en eensgezind.")
    ]
    tussentijds = section(second, "tussentijds-kop")
    assert f"Bevinding ‘{BEGROTING_LAAT}’ verwijderd door Ada Aanmaker" in tussentijds
    # The row Ada removed is pointed out in Bram's form, with what to do about it.
    assert RIJ_WEG in main_text(second)

    # Saving the page as it is would bring back a row that no longer exists: refused, in Dutch.
    shown = parse_form(second, containing="bevindingen-TOTAL_FORMS")
    again = save(browser_b, evaluatie, "bevindingen", shown)
    assert again.status_code == HTTPStatus.OK
    assert RIJ_WEG in main_text(again)
    assert evaluatie.bevindingen.count() == 2
    # Bram does what the page says: the removed row stays removed, and the rest is his.
    shown[f"bevindingen-{row(shown, 'bevindingen', laat)}-DELETE"] = "on"
    third = save(browser_b, evaluatie, "bevindingen", shown)
    assert third.status_code == HTTPStatus.FOUND, page_text(third)[:2000]
    assert sorted(evaluatie.bevindingen.values_list("tekst", "aspect")) == [
        ("Het algemeen bestuur besluit te traag.", "besluitvorming"),
        (ELKAAR_AANSPREKEN, "samenwerking"),
        ("Vergunningen worden sneller verleend.", "tempo"),
    ]
    evaluatie.refresh_from_db()
    assert evaluatie.versie == 3


def test_bevindingen_conflict_saved_at_once_when_no_removed_row_is_in_the_way(evaluatie, ada, bram):
    snel = evaluatie.bevindingen.get(tekst=BESLUIT_SNEL)
    browser_a, browser_b = browser(bram), browser(ada)
    form_a = load(browser_a, evaluatie, "bevindingen")
    form_b = load(browser_b, evaluatie, "bevindingen")
    form_a[f"bevindingen-{row(form_a, 'bevindingen', snel)}-soort"] = "schuur"
    form_b[f"bevindingen-{row(form_b, 'bevindingen', snel)}-tekst"] = "Besluiten duren lang."

    assert save(browser_a, evaluatie, "bevindingen", form_a).status_code == HTTPStatus.FOUND
    second = save(browser_b, evaluatie, "bevindingen", form_b)

    assert_conflict_page(second, form_b, "bevindingen", versie=2)
    snel.refresh_from_db()
    assert (snel.soort, snel.tekst) == ("schuur", BESLUIT_SNEL)
    assert in_between(second) == [(f"Bevinding ‘{BESLUIT_SNEL}’", "gewijzigd", "Bram Betrokken")]
    assert fields_in_between(second) == [
        FieldChange("Soort", "Glans (wat goed gaat)", "Schuur (wat wringt)")
    ]

    third = save(
        browser_b,
        evaluatie,
        "bevindingen",
        parse_form(second, containing="bevindingen-TOTAL_FORMS"),
    )
    assert third.status_code == HTTPStatus.FOUND, page_text(third)[:2000]
    snel.refresh_from_db()
    # Ada's whole row is saved, the soort she saw included.
    assert (snel.soort, snel.tekst) == ("glans", "Besluiten duren lang.")


def test_aanbevelingen_conflict(evaluatie, bram, bea):
    visie = evaluatie.aanbevelingen.get(tekst=VISIE)
    informatie = evaluatie.aanbevelingen.get(tekst=INFORMATIE)
    browser_a, browser_b = browser(bram), browser(bea)
    form_a = load(browser_a, evaluatie, "aanbevelingen")
    form_b = load(browser_b, evaluatie, "aanbevelingen")
    form_a[f"aanbevelingen-{row(form_a, 'aanbevelingen', visie)}-tekst"] = (
        "Stel voor 2026 een gezamenlijke visie op."
    )
    form_a[f"aanbevelingen-{row(form_a, 'aanbevelingen', visie)}-prioriteit"] = "hoog"
    form_b[f"aanbevelingen-{row(form_b, 'aanbevelingen', visie)}-status"] = "in_uitvoering"
    form_b[f"aanbevelingen-{row(form_b, 'aanbevelingen', informatie)}-DELETE"] = "on"
    nieuw = first_empty_row(form_b, "aanbevelingen")
    form_b[f"aanbevelingen-{nieuw}-tekst"] = "Evalueer over twee jaar opnieuw."

    assert save(browser_a, evaluatie, "aanbevelingen", form_a).status_code == HTTPStatus.FOUND
    second = save(browser_b, evaluatie, "aanbevelingen", form_b)

    assert_conflict_page(second, form_b, "aanbevelingen", versie=2)
    assert set(evaluatie.aanbevelingen.values_list("tekst", "prioriteit", "status")) == {
        ("Stel voor 2026 een gezamenlijke visie op.", "hoog", "open"),
        (INFORMATIE, "middel", "open"),
        (INKOOP, "middel", "open"),
    }
    evaluatie.refresh_from_db()
    assert evaluatie.versie == 2

    assert in_between(second) == [
        ("Aanbeveling ‘Stel voor 2026 een gezamenlijke visie op.’", "gewijzigd", "Bram Betrokken")
    ]
    velden = fields_in_between(second)
    assert FieldChange("Aanbeveling", VISIE, "Stel voor 2026 een gezamenlijke visie op.") in velden
    assert FieldChange("Prioriteit", "Middel", "Hoog") in velden
    assert "door Bram Betrokken" in section(second, "tussentijds-kop")

    third = save(
        browser_b,
        evaluatie,
        "aanbevelingen",
        parse_form(second, containing="aanbevelingen-TOTAL_FORMS"),
    )
    assert third.status_code == HTTPStatus.FOUND, page_text(third)[:2000]
    # Bea's rows as she saw and changed them: Bram's rewording is overwritten.
    assert set(evaluatie.aanbevelingen.values_list("tekst", "prioriteit", "status")) == {
        ("Evalueer over twee jaar opnieuw.", "middel", "open"),
        (INKOOP, "middel", "open"),
        (VISIE, "middel", "in_uitvoering"),
    }
    evaluatie.refresh_from_db()
    assert evaluatie.versie == 3


def test_controle_conflict(evaluatie, ada, bea):
    browser_a, browser_b = browser(ada), browser(bea)
    form_a = load(browser_a, evaluatie, "controle")
    form_b = load(browser_b, evaluatie, "controle")
    form_a["samenvatting"] = "Samenvatting van Ada."
    form_b["samenvatting"] = "Samenvatting van Bea."
    form_b["conclusies"] = "Conclusies van Bea."
    form_b["openbaar"] = "on"

    assert save(browser_a, evaluatie, "controle", form_a).status_code == HTTPStatus.FOUND
    second = save(browser_b, evaluatie, "controle", form_b)

    assert_conflict_page(second, form_b, "controle", versie=2)
    evaluatie.refresh_from_db()
    assert (evaluatie.samenvatting, evaluatie.conclusies, evaluatie.openbaar) == (
        "Samenvatting van Ada.",
        "",
        False,
    )
    assert evaluatie.versie == 2
    assert in_between(second) == [("Evaluatie", "gewijzigd", "Ada Aanmaker")]
    assert fields_in_between(second) == [
        FieldChange("Samenvatting", SAMENVATTING, "Samenvatting van Ada.")
    ]
    assert differences(second) == {
        "Samenvatting": ("Samenvatting van Bea.", "Samenvatting van Ada."),
        "Conclusies": ("Conclusies van Bea.", "—"),
        "Openbaar": ("ja", "nee"),
    }

    third = save(browser_b, evaluatie, "controle", parse_form(second, containing="samenvatting"))
    assert third.status_code == HTTPStatus.FOUND, page_text(third)[:2000]
    evaluatie.refresh_from_db()
    assert (evaluatie.samenvatting, evaluatie.conclusies, evaluatie.openbaar) == (
        "Samenvatting van Bea.",
        "Conclusies van Bea.",
        True,
    )
    assert evaluatie.status == choices.Status.CONCEPT
    assert evaluatie.versie == 3


# ---------------------------------------------------------------------------------------------
# Deleted in between, tampered versions, a change in beheer, invalid input


def change(data: FormData, stap: str) -> None:
    """An edit in the step's form that is valid and visible."""
    if stap == "basis":
        data["titel"] = "Een nieuwe titel"
    elif stap == "scores":
        data[f"score_{criteria()[0].pk}"] = "1"
    elif stap in ("bevindingen", "aanbevelingen"):
        data[f"{stap}-0-tekst"] = "Een nieuwe tekst."
    else:
        data["samenvatting"] = "Een nieuwe samenvatting."


def unchanged(evaluatie: Evaluatie) -> bool:
    evaluatie.refresh_from_db()
    return (
        evaluatie.versie == 1
        and evaluatie.titel == TITEL
        and evaluatie.samenvatting == SAMENVATTING
        and evaluatie.beoordelingen.get(criterium=criteria()[0]).score == 3
        and not evaluatie.bevindingen.filter(tekst="Een nieuwe tekst.").exists()
        and not evaluatie.aanbevelingen.filter(tekst="Een nieuwe tekst.").exists()
    )


@pytest.mark.parametrize("stap", STAPPEN)
def test_save_after_the_evaluation_was_deleted_is_404(evaluatie, ada, bea, stap):
    client = browser(ada)
    form = load(client, evaluatie, stap)
    change(form, stap)
    beheer = browser(bea)
    deleted = beheer.post(reverse("evaluaties:evaluatie_delete", args=[evaluatie.pk]))
    assert deleted.status_code == HTTPStatus.FOUND
    assert not Evaluatie.objects.filter(pk=evaluatie.pk).exists()

    response = save(client, evaluatie, stap, form)

    assert response.status_code == HTTPStatus.NOT_FOUND
    assert not Evaluatie.objects.filter(pk=evaluatie.pk).exists()


@pytest.mark.parametrize("stap", ["basis", "scores", "bevindingen"])
@pytest.mark.parametrize("versie", [None, "", "abc", "99"], ids=["ontbreekt", "leeg", "abc", "99"])
def test_missing_or_tampered_version_is_a_conflict_and_saves_nothing(evaluatie, ada, stap, versie):
    client = browser(ada)
    form = load(client, evaluatie, stap)
    change(form, stap)
    if versie is None:
        del form["versie"]
    else:
        form["versie"] = versie
    records = history_count(evaluatie)

    response = save(client, evaluatie, stap, form)

    assert response.status_code == HTTPStatus.CONFLICT
    assert CONFLICT_KOP in main_text(response)
    assert unchanged(evaluatie)
    assert history_count(evaluatie) == records
    # The page offers the current version, with the input kept: saving it now is deliberate.
    shown = parse_form(response, containing=step_field(stap))
    assert shown.value("versie") == "1"
    for name, values in form.items():
        if name not in {"versie", "csrfmiddlewaretoken"}:
            assert shown.get(name) == values, name


@pytest.mark.parametrize("stap", ["basis", "scores", "controle"])
def test_a_change_in_beheer_makes_an_open_step_form_stale(evaluatie, ada, stap):
    site = browser(ada)
    site_form = load(site, evaluatie, stap)
    assert site_form.value("versie") == "1"

    # A superuser changes the evaluation in Django admin.
    beheer = browser(
        UserFactory(is_staff=True, is_superuser=True, first_name="Sam", last_name="Super")
    )
    admin_url = reverse("admin:evaluaties_evaluatie_change", args=[evaluatie.pk])
    admin_form = parse_form(beheer.get(admin_url), containing="titel")
    admin_form["titel"] = f"{TITEL} (beheer)"
    response = beheer.post(admin_url, admin_form)
    assert response.status_code == HTTPStatus.FOUND, page_text(response)[:3000]
    evaluatie.refresh_from_db()
    assert evaluatie.titel == f"{TITEL} (beheer)"
    assert evaluatie.versie == 2

    # Ada's form from before is stale: the conflict page, and the change in beheer survives.
    change(site_form, stap)
    conflict = save(site, evaluatie, stap, site_form)
    assert_conflict_page(conflict, site_form, stap, versie=2)
    assert ("Evaluatie", "gewijzigd", "Sam Super") in in_between(conflict)
    assert FieldChange("Titel", TITEL, f"{TITEL} (beheer)") in fields_in_between(conflict)
    assert "Sam Super" in section(conflict, "tussentijds-kop")
    evaluatie.refresh_from_db()
    assert evaluatie.titel == f"{TITEL} (beheer)"
    assert evaluatie.samenvatting == SAMENVATTING
    assert evaluatie.beoordelingen.get(criterium=criteria()[0]).score == 3


def make_invalid(data: FormData, stap: str) -> str:
    """Invalid input for the step; returns the Dutch message it must show."""
    if stap == "basis":
        data["titel"] = ""
        return "Dit veld is verplicht."
    if stap == "scores":
        eerste = criteria()[0]
        data[f"score_{eerste.pk}"] = ""
        data[f"toelichting_{eerste.pk}"] = "Wel een toelichting, geen score."
        return "Geef een score bij deze toelichting, of laat de toelichting leeg."
    if stap in ("bevindingen", "aanbevelingen"):
        data[f"{stap}-0-tekst"] = ""
        return "Dit veld is verplicht."
    data["status"] = "definitief"
    data["samenvatting"] = ""
    return "Een definitieve evaluatie heeft een samenvatting."


@pytest.mark.parametrize("stap", STAPPEN)
def test_invalid_input_with_the_current_version_shows_errors_and_keeps_the_version(
    evaluatie, ada, stap
):
    client = browser(ada)
    form = load(client, evaluatie, stap)
    message = make_invalid(form, stap)
    records = history_count(evaluatie)

    response = save(client, evaluatie, stap, form)

    assert response.status_code == HTTPStatus.OK
    text = main_text(response)
    assert NIET_OPGESLAGEN in text
    assert message in text
    assert CONFLICT_KOP not in text
    assert not response.context.get("conflict")
    shown = parse_form(response, containing=step_field(stap))
    assert shown.value("versie") == "1"
    evaluatie.refresh_from_db()
    assert evaluatie.versie == 1
    assert history_count(evaluatie) == records

    # Corrected on the page that showed the errors, it saves: its version is still current.
    change(shown, stap)
    if stap == "controle":
        shown["status"] = "concept"
    assert save(client, evaluatie, stap, shown).status_code == HTTPStatus.FOUND
    evaluatie.refresh_from_db()
    assert evaluatie.versie == 2
