"""The step flow of an evaluation through the views, as the betrokken adviseur of the verband.

basis -> scores -> bevindingen -> aanbevelingen -> controle. Every step saves; "Vorige stap"
(``richting=vorige``) saves and goes back, "Opslaan en sluiten" (``richting=klaar``) saves and
shows the evaluation; an invalid step stays, in Dutch, with everything typed still there.
Forms are posted the way a browser does: read back from the rendered page (``parse_form``).
"""

from __future__ import annotations

import datetime
from http import HTTPStatus

import pytest
from django.urls import reverse

from evaluaties import choices
from evaluaties.models import Beoordeling, Bevinding, Evaluatie
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
    GemeenteMedewerkerFactory,
    VerbandFactory,
    gemeente,
)
from tests.helpers import FormData, main_text, page_text, parse_form

pytestmark = pytest.mark.django_db

STAPPEN = ["basis", "scores", "bevindingen", "aanbevelingen", "controle"]

BASIS = {
    "titel": "Evaluatie Jeugdzorg 2025",
    "soort": "volgens_regeling",
    "uitvoerder": "Rekenkamer Twente",
    "uitgevoerd_op": "15-06-2025",
    "aanleiding": "Artikel 40 van de regeling: evaluatie elke vier jaar.",
    "methode": "Dossieronderzoek en twaalf interviews.",
}


@pytest.fixture
def adviseur(db):
    return AdviseurFactory(first_name="Bram", last_name="Betrokken")


@pytest.fixture
def verband(adviseur):
    verband = VerbandFactory(
        naam="Jeugdzorg Twente", wgr=True, betrokken_adviseurs=[adviseur], domeinen=["jeugd"]
    )
    DeelnameFactory(verband=verband, gemeente=gemeente("Enschede"))
    DeelnameFactory(verband=verband, gemeente=gemeente("Hengelo (O.)"))
    return verband


@pytest.fixture
def ingelogd(client, adviseur):
    client.force_login(adviseur)
    return client


@pytest.fixture
def evaluatie(verband, adviseur):
    """A concept made through the first step, with nothing else yet."""
    return EvaluatieFactory(
        verband=verband,
        aangemaakt_door=adviseur,
        titel=BASIS["titel"],
        uitgevoerd_op=datetime.date(2025, 6, 15),
    )


def stap_url(evaluatie: Evaluatie, stap: str) -> str:
    return reverse("evaluaties:evaluatie_stap", kwargs={"pk": evaluatie.pk, "stap": stap})


def create_url(verband) -> str:
    return reverse("evaluaties:evaluatie_create", kwargs={"slug": verband.slug})


def page_form(client, url: str, containing: str) -> FormData:
    response = client.get(url)
    assert response.status_code == HTTPStatus.OK
    return parse_form(response, containing=containing)


def step_field(stap: str) -> str:
    """A field that only the form of this step has."""
    return {
        "basis": "titel",
        "scores": f"toelichting_{criteria()[0].pk}",
        "bevindingen": "bevindingen-TOTAL_FORMS",
        "aanbevelingen": "aanbevelingen-TOTAL_FORMS",
        "controle": "samenvatting",
    }[stap]


def post(client, url: str, data: FormData, richting: str = "volgende"):
    data = data.copy()
    data["richting"] = richting
    return client.post(url, data)


def form_errors(response) -> dict[str, list[str]]:
    """All errors of the step's forms, by field (formset rows as ``prefix-N-field``)."""
    errors: dict[str, list[str]] = {}
    context = response.context
    for key in ("form",):
        form = context.get(key)
        if form is not None:
            for name, messages in form.errors.items():
                errors[name] = list(messages)
    formset = context.get("formset")
    if formset is not None:
        for form in formset.forms:
            for name, messages in form.errors.items():
                errors[f"{form.prefix}-{name}"] = list(messages)
        if formset.non_form_errors():
            errors["__formset__"] = list(formset.non_form_errors())
    for form in context.get("opvolging") or []:
        for name, messages in form.errors.items():
            errors[f"{form.prefix}-{name}"] = list(messages)
    return errors


def assert_stays_with_errors(response) -> dict[str, list[str]]:
    assert response.status_code == HTTPStatus.OK, response.get("Location")
    errors = form_errors(response)
    assert errors, "the step was refused without an error"
    text = main_text(response)
    assert "Deze stap is nog niet opgeslagen" in text
    for messages in errors.values():
        for message in messages:
            assert message in text
    return errors


# ---------------------------------------------------------------------------------------------
# basis


def test_new_evaluation_basis_creates_concept_and_goes_to_scores(ingelogd, verband, adviseur):
    data = page_form(ingelogd, create_url(verband), "titel")
    data.update(FormData(BASIS))

    response = post(ingelogd, create_url(verband), data)

    evaluatie = Evaluatie.objects.get()
    assert response.status_code == HTTPStatus.FOUND
    assert response.url == stap_url(evaluatie, "scores")
    assert evaluatie.verband == verband
    assert evaluatie.status == choices.Status.CONCEPT
    assert not evaluatie.openbaar
    assert evaluatie.aangemaakt_door == adviseur
    assert evaluatie.titel == BASIS["titel"]
    assert evaluatie.soort == choices.Soort.VOLGENS_REGELING
    assert evaluatie.uitgevoerd_op == datetime.date(2025, 6, 15)
    assert evaluatie.methode == BASIS["methode"]
    assert not evaluatie.rapport


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("titel", "", "Dit veld is verplicht."),
        ("soort", "", "Dit veld is verplicht."),
        ("uitvoerder", "", "Dit veld is verplicht."),
        ("uitgevoerd_op", "31-02-2025", "Vul een geldige datum in als dag-maand-jaar"),
        ("uitgevoerd_op", "", "Dit veld is verplicht."),
        ("soort", "enquete", "Selecteer een geldige keuze."),
    ],
)
def test_new_evaluation_invalid_basis_creates_nothing_and_keeps_input(
    ingelogd, verband, field, value, message
):
    data = page_form(ingelogd, create_url(verband), "titel")
    data.update(FormData(BASIS))
    data[field] = value

    response = post(ingelogd, create_url(verband), data)

    errors = assert_stays_with_errors(response)
    assert any(message in m for m in errors[field]), errors
    assert not Evaluatie.objects.exists()
    kept = parse_form(response, containing="titel")
    for name in BASIS:
        if name != field and not (field == "soort" and name == "soort"):
            assert kept.value(name) == BASIS[name], name
    if field != "soort":
        assert kept.value(field) == value


def test_basis_of_existing_evaluation_saves(ingelogd, evaluatie):
    data = page_form(ingelogd, stap_url(evaluatie, "basis"), "titel")
    assert data.value("titel") == evaluatie.titel
    assert data.value("uitgevoerd_op") == "15-06-2025"
    data["titel"] = "Evaluatie Jeugdzorg Twente 2025"
    data["uitgevoerd_op"] = "1-7-2025"

    response = post(ingelogd, stap_url(evaluatie, "basis"), data)

    assert response.status_code == HTTPStatus.FOUND
    assert response.url == stap_url(evaluatie, "scores")
    evaluatie.refresh_from_db()
    assert evaluatie.titel == "Evaluatie Jeugdzorg Twente 2025"
    assert evaluatie.uitgevoerd_op == datetime.date(2025, 7, 1)
    assert evaluatie.status == choices.Status.CONCEPT


# ---------------------------------------------------------------------------------------------
# scores


def scores_data(client, evaluatie, scores: dict | None = None, toelichtingen: dict | None = None):
    data = page_form(client, stap_url(evaluatie, "scores"), f"toelichting_{criteria()[0].pk}")
    for criterium, score in (scores or {}).items():
        data[f"score_{criterium.pk}"] = score
    for criterium, tekst in (toelichtingen or {}).items():
        data[f"toelichting_{criterium.pk}"] = tekst
    return data


def test_scores_page_has_a_field_pair_per_active_criterium(ingelogd, evaluatie):
    data = scores_data(ingelogd, evaluatie)
    response = ingelogd.get(stap_url(evaluatie, "scores"))
    html = response.content.decode()
    for criterium in criteria():
        assert data.value(f"toelichting_{criterium.pk}") == ""
        for score in range(1, 6):
            assert f'name="score_{criterium.pk}" value="{score}"' in html
        assert criterium.naam in html


def test_scores_saved_and_go_to_bevindingen(ingelogd, evaluatie):
    alle = criteria()
    data = scores_data(
        ingelogd,
        evaluatie,
        dict(zip(alle, [4, 3, 2, 5, 1], strict=True)),
        {
            alle[0]: "Het doel is helder en gedeeld.",
            alle[2]: "Gemeenten kijken vooral naar zichzelf.",
        },
    )

    response = post(ingelogd, stap_url(evaluatie, "scores"), data)

    assert response.status_code == HTTPStatus.FOUND
    assert response.url == stap_url(evaluatie, "bevindingen")
    saved = {b.criterium_id: (b.score, b.toelichting) for b in evaluatie.beoordelingen.all()}
    assert saved == {
        alle[0].pk: (4, "Het doel is helder en gedeeld."),
        alle[1].pk: (3, ""),
        alle[2].pk: (2, "Gemeenten kijken vooral naar zichzelf."),
        alle[3].pk: (5, ""),
        alle[4].pk: (1, ""),
    }
    # The page shows them again.
    again = scores_data(ingelogd, evaluatie)
    assert again.value(f"score_{alle[3].pk}") == "5"
    assert again.value(f"toelichting_{alle[0].pk}") == "Het doel is helder en gedeeld."


def test_toelichting_without_score_is_a_dutch_error_and_saves_nothing(ingelogd, evaluatie):
    alle = criteria()
    data = scores_data(
        ingelogd,
        evaluatie,
        {alle[0]: 4, alle[1]: 2},
        {alle[0]: "Goed doel.", alle[3]: "Nog geen oordeel, maar wel een opmerking."},
    )

    response = post(ingelogd, stap_url(evaluatie, "scores"), data)

    errors = assert_stays_with_errors(response)
    assert errors == {
        f"score_{alle[3].pk}": ["Geef een score bij deze toelichting, of laat de toelichting leeg."]
    }
    assert not Beoordeling.objects.exists()
    kept = parse_form(response, containing=f"toelichting_{alle[0].pk}")
    assert kept.value(f"score_{alle[0].pk}") == "4"
    assert kept.value(f"score_{alle[1].pk}") == "2"
    assert kept.value(f"toelichting_{alle[0].pk}") == "Goed doel."
    assert kept.value(f"toelichting_{alle[3].pk}") == "Nog geen oordeel, maar wel een opmerking."


@pytest.mark.parametrize("score", ["0", "6", "drie"])
def test_score_outside_choices_refused(ingelogd, evaluatie, score):
    criterium = criteria()[0]
    data = scores_data(ingelogd, evaluatie)
    data[f"score_{criterium.pk}"] = score
    response = post(ingelogd, stap_url(evaluatie, "scores"), data)
    errors = assert_stays_with_errors(response)
    assert errors[f"score_{criterium.pk}"] == [
        f"Selecteer een geldige keuze. {score} is geen beschikbare keuze."
    ]
    assert not Beoordeling.objects.exists()


def test_clearing_a_score_removes_it(ingelogd, evaluatie):
    alle = criteria()
    post(ingelogd, stap_url(evaluatie, "scores"), scores_data(ingelogd, evaluatie, {alle[0]: 3}))
    assert evaluatie.beoordelingen.count() == 1
    data = scores_data(ingelogd, evaluatie)
    data[f"score_{alle[0].pk}"] = ""
    response = post(ingelogd, stap_url(evaluatie, "scores"), data)
    assert response.status_code == HTTPStatus.FOUND
    assert not evaluatie.beoordelingen.exists()


def test_inactive_criterium_not_offered_unless_already_scored(ingelogd, evaluatie):
    alle = criteria()
    Beoordeling.objects.create(evaluatie=evaluatie, criterium=alle[0], score=4)
    alle[0].actief = False
    alle[0].save()
    alle[1].actief = False
    alle[1].save()
    data = scores_data(ingelogd, evaluatie, None)
    assert data.value(f"score_{alle[0].pk}") == "4"  # still shown: it carries a score
    assert f"toelichting_{alle[1].pk}" not in data


# ---------------------------------------------------------------------------------------------
# bevindingen


def bevinding_rij(data: FormData, i: int, soort: str, aspect: str, tekst: str) -> None:
    data[f"bevindingen-{i}-soort"] = soort
    data[f"bevindingen-{i}-aspect"] = aspect
    data[f"bevindingen-{i}-tekst"] = tekst


def test_bevindingen_saved(ingelogd, evaluatie):
    data = page_form(ingelogd, stap_url(evaluatie, "bevindingen"), "bevindingen-TOTAL_FORMS")
    assert data.value("bevindingen-TOTAL_FORMS") == "3"
    bevinding_rij(data, 0, "glans", "besluitvorming", "Het AB besluit snel en eensgezind.")
    bevinding_rij(data, 2, "schuur", "financien", "De begroting komt te laat bij de raden.")

    response = post(ingelogd, stap_url(evaluatie, "bevindingen"), data)

    assert response.status_code == HTTPStatus.FOUND
    assert response.url == stap_url(evaluatie, "aanbevelingen")
    assert sorted(evaluatie.bevindingen.values_list("soort", "aspect", "tekst")) == [
        ("glans", "besluitvorming", "Het AB besluit snel en eensgezind."),
        ("schuur", "financien", "De begroting komt te laat bij de raden."),
    ]


@pytest.mark.parametrize("stap", ["bevindingen", "aanbevelingen"])
def test_opslaan_en_meer_rijen_saves_and_offers_new_empty_rows(ingelogd, evaluatie, stap):
    url = stap_url(evaluatie, stap)
    data = page_form(ingelogd, url, f"{stap}-TOTAL_FORMS")
    for i in range(3):
        if stap == "bevindingen":
            bevinding_rij(data, i, "glans", "cultuur", f"Bevinding {i}")
        else:
            data[f"aanbevelingen-{i}-tekst"] = f"Aanbeveling {i}"
            data[f"aanbevelingen-{i}-prioriteit"] = "middel"
            data[f"aanbevelingen-{i}-status"] = "open"

    response = post(ingelogd, url, data, richting="meer")

    assert response.status_code == HTTPStatus.FOUND
    assert response.url == url  # the same step again
    assert getattr(evaluatie, stap).count() == 3
    again = page_form(ingelogd, url, f"{stap}-TOTAL_FORMS")
    assert again.value(f"{stap}-INITIAL_FORMS") == "3"
    assert again.value(f"{stap}-TOTAL_FORMS") == "6"


def test_bevinding_without_tekst_is_an_error_and_saves_nothing(ingelogd, evaluatie):
    data = page_form(ingelogd, stap_url(evaluatie, "bevindingen"), "bevindingen-TOTAL_FORMS")
    bevinding_rij(data, 0, "glans", "cultuur", "Men spreekt elkaar aan.")
    bevinding_rij(data, 1, "schuur", "tempo", "")

    response = post(ingelogd, stap_url(evaluatie, "bevindingen"), data)

    errors = assert_stays_with_errors(response)
    assert errors == {"bevindingen-1-tekst": ["Dit veld is verplicht."]}
    assert not Bevinding.objects.exists()
    kept = parse_form(response, containing="bevindingen-TOTAL_FORMS")
    assert kept.value("bevindingen-0-tekst") == "Men spreekt elkaar aan."
    assert kept.value("bevindingen-1-aspect") == "tempo"


def test_bevinding_deleted_and_changed(ingelogd, evaluatie):
    weg = BevindingFactory(evaluatie=evaluatie, tekst="Weg ermee.")
    blijft = BevindingFactory(evaluatie=evaluatie, tekst="Oud.")
    data = page_form(ingelogd, stap_url(evaluatie, "bevindingen"), "bevindingen-TOTAL_FORMS")
    rows = {data.value(f"bevindingen-{i}-id"): i for i in range(2)}
    data[f"bevindingen-{rows[str(weg.pk)]}-DELETE"] = "on"
    data[f"bevindingen-{rows[str(blijft.pk)]}-tekst"] = "Nieuw."

    response = post(ingelogd, stap_url(evaluatie, "bevindingen"), data)

    assert response.status_code == HTTPStatus.FOUND
    assert list(evaluatie.bevindingen.values_list("tekst", flat=True)) == ["Nieuw."]


# ---------------------------------------------------------------------------------------------
# aanbevelingen, with the open ones of the previous evaluation


def test_aanbevelingen_saved(ingelogd, evaluatie):
    data = page_form(ingelogd, stap_url(evaluatie, "aanbevelingen"), "aanbevelingen-TOTAL_FORMS")
    data["aanbevelingen-0-tekst"] = "Stel een gezamenlijke visie op."
    data["aanbevelingen-0-prioriteit"] = "hoog"

    response = post(ingelogd, stap_url(evaluatie, "aanbevelingen"), data)

    assert response.status_code == HTTPStatus.FOUND
    assert response.url == stap_url(evaluatie, "controle")
    aanbeveling = evaluatie.aanbevelingen.get()
    assert (aanbeveling.tekst, aanbeveling.prioriteit, aanbeveling.status) == (
        "Stel een gezamenlijke visie op.",
        "hoog",
        "open",
    )
    assert aanbeveling.vervolg_op is None


@pytest.fixture
def vorige(verband, adviseur):
    """The previous evaluation (2021): two open aanbevelingen, one in uitvoering, one afgerond."""
    vorige = EvaluatieFactory(
        verband=verband,
        titel="Evaluatie Jeugdzorg 2021",
        uitgevoerd_op=datetime.date(2021, 5, 1),
        openbaar=True,
    )
    AanbevelingFactory(evaluatie=vorige, tekst="Maak een meerjarenbegroting.", prioriteit="hoog")
    AanbevelingFactory(evaluatie=vorige, tekst="Versterk de informatievoorziening.")
    AanbevelingFactory(
        evaluatie=vorige,
        tekst="Evalueer de inkoop.",
        status=choices.AanbevelingStatus.IN_UITVOERING,
    )
    AanbevelingFactory(
        evaluatie=vorige, tekst="Stel een directeur aan.", status=choices.AanbevelingStatus.AFGEROND
    )
    # An even older one, whose aanbevelingen are not asked about.
    ouder = EvaluatieFactory(verband=verband, uitgevoerd_op=datetime.date(2017, 1, 1))
    AanbevelingFactory(evaluatie=ouder, tekst="Heel oude aanbeveling.")
    return vorige


def test_open_aanbevelingen_of_previous_evaluation_shown(ingelogd, evaluatie, vorige):
    response = ingelogd.get(stap_url(evaluatie, "aanbevelingen"))
    assert response.status_code == HTTPStatus.OK
    assert response.context["vorige"] == vorige
    text = main_text(response)
    assert vorige.titel in text
    for tekst in [
        "Maak een meerjarenbegroting.",
        "Versterk de informatievoorziening.",
        "Evalueer de inkoop.",
    ]:
        assert tekst in text
    assert "Stel een directeur aan." not in text
    assert "Heel oude aanbeveling." not in text
    data = parse_form(response, containing="aanbevelingen-TOTAL_FORMS")
    open_pks = sorted(vorige.aanbevelingen.exclude(status="afgerond").values_list("pk", flat=True))
    for pk in open_pks:
        assert data.value(f"opvolging-{pk}-status") == ""
        assert data.value(f"opvolging-{pk}-toelichting") == ""


def test_opvolging_creates_linked_aanbeveling(ingelogd, evaluatie, vorige):
    begroting = vorige.aanbevelingen.get(tekst="Maak een meerjarenbegroting.")
    info = vorige.aanbevelingen.get(tekst="Versterk de informatievoorziening.")
    data = page_form(ingelogd, stap_url(evaluatie, "aanbevelingen"), "aanbevelingen-TOTAL_FORMS")
    data[f"opvolging-{begroting.pk}-status"] = "afgerond"
    data[f"opvolging-{begroting.pk}-toelichting"] = "De begroting 2024-2027 is vastgesteld."
    data[f"opvolging-{info.pk}-status"] = "in_uitvoering"
    data["aanbevelingen-0-tekst"] = "Nieuw: betrek de raden eerder."

    response = post(ingelogd, stap_url(evaluatie, "aanbevelingen"), data)

    assert response.status_code == HTTPStatus.FOUND
    vervolg = evaluatie.aanbevelingen.get(vervolg_op=begroting)
    assert vervolg.status == "afgerond"
    assert vervolg.tekst == "De begroting 2024-2027 is vastgesteld."
    assert vervolg.prioriteit == "hoog"  # as the one it follows up
    vervolg_info = evaluatie.aanbevelingen.get(vervolg_op=info)
    assert vervolg_info.status == "in_uitvoering"
    # The earlier text is not copied: that evaluation may be less public than this one.
    assert vervolg_info.tekst == (
        "Opvolging van een aanbeveling uit de vorige evaluatie (zonder toelichting)."
    )
    assert evaluatie.aanbevelingen.filter(vervolg_op__isnull=True).get().tekst == (
        "Nieuw: betrek de raden eerder."
    )
    # The previous evaluation itself is untouched.
    begroting.refresh_from_db()
    assert begroting.status == "open"

    # Shown again, and saving again changes rather than duplicates.
    data = page_form(ingelogd, stap_url(evaluatie, "aanbevelingen"), "aanbevelingen-TOTAL_FORMS")
    assert data.value(f"opvolging-{begroting.pk}-status") == "afgerond"
    assert data.value(f"opvolging-{begroting.pk}-toelichting") == (
        "De begroting 2024-2027 is vastgesteld."
    )
    data[f"opvolging-{info.pk}-status"] = ""  # not recorded after all
    data[f"opvolging-{info.pk}-toelichting"] = ""
    assert post(ingelogd, stap_url(evaluatie, "aanbevelingen"), data).status_code == 302
    assert evaluatie.aanbevelingen.filter(vervolg_op=begroting).count() == 1
    assert not evaluatie.aanbevelingen.filter(vervolg_op=info).exists()
    assert evaluatie.aanbevelingen.count() == 2


def test_opvolging_toelichting_without_status_is_an_error(ingelogd, evaluatie, vorige):
    begroting = vorige.aanbevelingen.get(tekst="Maak een meerjarenbegroting.")
    data = page_form(ingelogd, stap_url(evaluatie, "aanbevelingen"), "aanbevelingen-TOTAL_FORMS")
    data[f"opvolging-{begroting.pk}-toelichting"] = "Half gedaan."
    data["aanbevelingen-0-tekst"] = "Iets nieuws."

    response = post(ingelogd, stap_url(evaluatie, "aanbevelingen"), data)

    errors = assert_stays_with_errors(response)
    assert errors == {
        f"opvolging-{begroting.pk}-status": ["Kies wat er met deze aanbeveling is gedaan."]
    }
    assert not evaluatie.aanbevelingen.exists()
    kept = parse_form(response, containing="aanbevelingen-TOTAL_FORMS")
    assert kept.value(f"opvolging-{begroting.pk}-toelichting") == "Half gedaan."
    assert kept.value("aanbevelingen-0-tekst") == "Iets nieuws."


def test_no_previous_evaluation_no_opvolging(ingelogd, evaluatie):
    response = ingelogd.get(stap_url(evaluatie, "aanbevelingen"))
    assert response.context["vorige"] is None
    assert response.context["opvolging"] == []
    assert "opvolging-" not in response.content.decode()


def test_later_evaluation_is_not_the_previous_one(ingelogd, evaluatie, verband):
    later = EvaluatieFactory(
        verband=verband, uitgevoerd_op=datetime.date(2026, 1, 1), openbaar=True
    )
    AanbevelingFactory(evaluatie=later, tekst="Uit de toekomst.")
    response = ingelogd.get(stap_url(evaluatie, "aanbevelingen"))
    assert response.context["vorige"] is None
    assert "Uit de toekomst." not in main_text(response)


def test_concept_is_not_the_previous_one(ingelogd, evaluatie, vorige, verband):
    """A concept between the previous definitive evaluation and this one is skipped."""
    tussen = EvaluatieFactory(verband=verband, uitgevoerd_op=datetime.date(2023, 1, 1))
    AanbevelingFactory(evaluatie=tussen, tekst="Uit een concept.")
    response = ingelogd.get(stap_url(evaluatie, "aanbevelingen"))
    assert response.context["vorige"] == vorige
    assert "Uit een concept." not in main_text(response)


# ---------------------------------------------------------------------------------------------
# controle: making it definitief


def controle_data(client, evaluatie, **fields) -> FormData:
    data = page_form(client, stap_url(evaluatie, "controle"), "samenvatting")
    for name, value in fields.items():
        if value is None:
            data.pop(name, None)
        else:
            data[name] = value
    return data


def test_definitief_needs_every_active_criterium_and_a_samenvatting(ingelogd, evaluatie):
    alle = criteria()
    for criterium, score in zip(alle[:3], [3, 4, 2], strict=True):
        Beoordeling.objects.create(evaluatie=evaluatie, criterium=criterium, score=score)
    data = controle_data(
        ingelogd, evaluatie, status="definitief", samenvatting="", conclusies="Goed bezig."
    )

    response = post(ingelogd, stap_url(evaluatie, "controle"), data)

    errors = assert_stays_with_errors(response)
    assert errors["samenvatting"] == ["Een definitieve evaluatie heeft een samenvatting."]
    assert errors["status"] == [
        "Een definitieve evaluatie heeft een score voor elk criterium. Nog niet gescoord: "
        f"{alle[3].naam}, {alle[4].naam}."
    ]
    evaluatie.refresh_from_db()
    assert evaluatie.status == choices.Status.CONCEPT
    assert evaluatie.conclusies == ""
    kept = parse_form(response, containing="samenvatting")
    assert kept.value("conclusies") == "Goed bezig."
    assert kept.value("status") == "definitief"


def test_definitief_and_openbaar(ingelogd, evaluatie):
    for criterium in criteria():
        Beoordeling.objects.create(evaluatie=evaluatie, criterium=criterium, score=4)
    data = controle_data(
        ingelogd,
        evaluatie,
        status="definitief",
        openbaar="on",
        samenvatting="De samenwerking werkt goed.",
        conclusies="Doorgaan.",
    )

    response = post(ingelogd, stap_url(evaluatie, "controle"), data)

    assert response.status_code == HTTPStatus.FOUND
    assert response.url == evaluatie.get_absolute_url()
    evaluatie.refresh_from_db()
    assert evaluatie.status == choices.Status.DEFINITIEF
    assert evaluatie.openbaar
    assert evaluatie.samenvatting == "De samenwerking werkt goed."
    detail = ingelogd.get(response.url)
    assert "De evaluatie is definitief gemaakt." in page_text(detail)
    # Now public: the anonymous visitor sees it.
    ingelogd.logout()
    assert ingelogd.get(evaluatie.get_absolute_url()).status_code == HTTPStatus.OK


def test_concept_may_be_incomplete(ingelogd, evaluatie):
    data = controle_data(ingelogd, evaluatie, status="concept", samenvatting="")
    response = post(ingelogd, stap_url(evaluatie, "controle"), data)
    assert response.status_code == HTTPStatus.FOUND
    assert response.url == evaluatie.get_absolute_url()
    evaluatie.refresh_from_db()
    assert evaluatie.status == choices.Status.CONCEPT
    assert "De evaluatie is opgeslagen als concept." in page_text(ingelogd.get(response.url))


def test_inactive_criterium_not_required_for_definitief(ingelogd, evaluatie):
    alle = criteria()
    alle[4].actief = False
    alle[4].save()
    for criterium in alle[:4]:
        Beoordeling.objects.create(evaluatie=evaluatie, criterium=criterium, score=3)
    data = controle_data(ingelogd, evaluatie, status="definitief", samenvatting="Klaar.")
    assert post(ingelogd, stap_url(evaluatie, "controle"), data).status_code == 302
    evaluatie.refresh_from_db()
    assert evaluatie.status == choices.Status.DEFINITIEF


def test_definitief_evaluation_keeps_a_score_for_every_criterium(ingelogd, evaluatie):
    for criterium in criteria():
        Beoordeling.objects.create(evaluatie=evaluatie, criterium=criterium, score=3)
    Evaluatie.objects.filter(pk=evaluatie.pk).update(
        status=choices.Status.DEFINITIEF, samenvatting="Klaar."
    )
    data = scores_data(ingelogd, evaluatie)
    data[f"score_{criteria()[0].pk}"] = ""
    response = post(ingelogd, stap_url(evaluatie, "scores"), data)
    evaluatie.refresh_from_db()
    assert response.status_code == HTTPStatus.OK
    assert evaluatie.beoordelingen.count() == len(criteria())


# ---------------------------------------------------------------------------------------------
# Going back, closing, and the order of the steps


@pytest.mark.parametrize("index", range(1, len(STAPPEN)))
def test_vorige_saves_and_goes_back(ingelogd, evaluatie, index):
    stap = STAPPEN[index]
    url = stap_url(evaluatie, stap)
    data = page_form(ingelogd, url, step_field(stap))
    if stap == "scores":
        data[f"score_{criteria()[0].pk}"] = "2"
    elif stap == "bevindingen":
        bevinding_rij(data, 0, "schuur", "tempo", "Het gaat traag.")
    elif stap == "aanbevelingen":
        data["aanbevelingen-0-tekst"] = "Versnel."
    else:
        data["samenvatting"] = "Tussentijds opgeslagen."

    response = post(ingelogd, url, data, richting="vorige")

    assert response.status_code == HTTPStatus.FOUND
    assert response.url == stap_url(evaluatie, STAPPEN[index - 1])
    evaluatie.refresh_from_db()
    saved = {
        "scores": lambda: evaluatie.beoordelingen.get().score == 2,
        "bevindingen": lambda: evaluatie.bevindingen.get().tekst == "Het gaat traag.",
        "aanbevelingen": lambda: evaluatie.aanbevelingen.get().tekst == "Versnel.",
        "controle": lambda: evaluatie.samenvatting == "Tussentijds opgeslagen.",
    }[stap]
    assert saved()


def test_vorige_on_invalid_step_stays_with_errors_and_input(ingelogd, evaluatie):
    alle = criteria()
    data = scores_data(ingelogd, evaluatie, {alle[0]: 5}, {alle[1]: "Zonder score."})

    response = post(ingelogd, stap_url(evaluatie, "scores"), data, richting="vorige")

    errors = assert_stays_with_errors(response)
    assert list(errors) == [f"score_{alle[1].pk}"]
    assert not Beoordeling.objects.exists()
    kept = parse_form(response, containing=f"toelichting_{alle[0].pk}")
    assert kept.value(f"score_{alle[0].pk}") == "5"
    assert kept.value(f"toelichting_{alle[1].pk}") == "Zonder score."


def test_back_and_forward_keeps_what_was_saved(ingelogd, evaluatie):
    """scores -> Vorige stap -> basis -> Opslaan en verder -> scores: the scores are still there."""
    alle = criteria()
    data = scores_data(ingelogd, evaluatie, {alle[0]: 5, alle[2]: 1}, {alle[2]: "Ieder voor zich."})
    response = post(ingelogd, stap_url(evaluatie, "scores"), data, richting="vorige")
    assert response.url == stap_url(evaluatie, "basis")
    basis = page_form(ingelogd, response.url, "titel")
    assert basis.value("titel") == evaluatie.titel
    response = post(ingelogd, stap_url(evaluatie, "basis"), basis)
    assert response.url == stap_url(evaluatie, "scores")
    again = scores_data(ingelogd, evaluatie)
    assert again.value(f"score_{alle[0].pk}") == "5"
    assert again.value(f"score_{alle[2].pk}") == "1"
    assert again.value(f"toelichting_{alle[2].pk}") == "Ieder voor zich."
    assert again.value(f"toelichting_{alle[1].pk}") == ""


@pytest.mark.parametrize("stap", STAPPEN[:-1])
def test_klaar_saves_and_shows_the_evaluation(ingelogd, evaluatie, stap):
    url = stap_url(evaluatie, stap)
    data = page_form(ingelogd, url, step_field(stap))
    if stap == "basis":
        data["titel"] = "Gewijzigd en gesloten"
    response = post(ingelogd, url, data, richting="klaar")
    assert response.status_code == HTTPStatus.FOUND
    assert response.url == evaluatie.get_absolute_url()
    evaluatie.refresh_from_db()
    assert evaluatie.status == choices.Status.CONCEPT
    if stap == "basis":
        assert evaluatie.titel == "Gewijzigd en gesloten"
    assert "De evaluatie is opgeslagen als concept." in page_text(ingelogd.get(response.url))


@pytest.mark.parametrize("index", range(len(STAPPEN) - 1))
def test_volgende_goes_to_the_next_step(ingelogd, evaluatie, index):
    url = stap_url(evaluatie, STAPPEN[index])
    data = page_form(ingelogd, url, step_field(STAPPEN[index]))
    response = post(ingelogd, url, data)
    assert response.status_code == HTTPStatus.FOUND
    assert response.url == stap_url(evaluatie, STAPPEN[index + 1])


def test_step_navigation_marks_current_step(ingelogd, evaluatie):
    for stap in STAPPEN:
        html = ingelogd.get(stap_url(evaluatie, stap)).content.decode()
        assert html.count('aria-current="step"') == 1
        assert f'href="{stap_url(evaluatie, stap)}" aria-current="step"' in html


@pytest.mark.parametrize("stap", ["onbekend", "Basis", "samenvatting", "0"])
def test_unknown_step_is_404(ingelogd, evaluatie, stap):
    assert ingelogd.get(stap_url(evaluatie, stap)).status_code == HTTPStatus.NOT_FOUND
    assert ingelogd.post(stap_url(evaluatie, stap), {}).status_code == HTTPStatus.NOT_FOUND


# ---------------------------------------------------------------------------------------------
# Who may use the steps


@pytest.fixture
def others(verband):
    return {
        "medewerker": GemeenteMedewerkerFactory(gemeente=gemeente("Enschede")),
        "medewerker_elders": GemeenteMedewerkerFactory(gemeente=gemeente("Zwolle")),
        "adviseur_niet_betrokken": AdviseurFactory(),
    }


@pytest.mark.parametrize("stap", STAPPEN)
@pytest.mark.parametrize("who", ["medewerker", "medewerker_elders", "adviseur_niet_betrokken"])
def test_others_get_403_on_public_and_404_on_hidden(client, verband, others, who, stap):
    publiek = EvaluatieFactory(verband=verband, openbaar=True)
    verborgen = EvaluatieFactory(verband=verband)
    client.force_login(others[who])
    assert client.get(stap_url(publiek, stap)).status_code == HTTPStatus.FORBIDDEN
    assert client.post(stap_url(publiek, stap), {"titel": "X"}).status_code == 403
    # The medewerker of a deelnemende gemeente sees the hidden one, but may not edit it.
    hidden_status = HTTPStatus.FORBIDDEN if who == "medewerker" else HTTPStatus.NOT_FOUND
    assert client.get(stap_url(verborgen, stap)).status_code == hidden_status
    assert client.post(stap_url(verborgen, stap), {"titel": "X"}).status_code == hidden_status
    assert not Evaluatie.objects.filter(titel="X").exists()


@pytest.mark.parametrize("stap", STAPPEN)
def test_anonymous_to_login_on_public_404_on_hidden(client, verband, stap):
    publiek = EvaluatieFactory(verband=verband, openbaar=True)
    verborgen = EvaluatieFactory(verband=verband)
    response = client.get(stap_url(publiek, stap))
    assert response.status_code == HTTPStatus.FOUND
    assert response.url == f"{reverse('login')}?next={stap_url(publiek, stap)}"
    assert client.get(stap_url(verborgen, stap)).status_code == HTTPStatus.NOT_FOUND


@pytest.mark.parametrize(
    ("who", "expected"),
    [
        ("anoniem", HTTPStatus.FOUND),
        ("medewerker", HTTPStatus.FORBIDDEN),
        ("adviseur_niet_betrokken", HTTPStatus.FORBIDDEN),
        ("betrokken", HTTPStatus.OK),
        ("beheerder", HTTPStatus.OK),
    ],
)
def test_who_may_start_a_new_evaluation(client, verband, adviseur, others, who, expected):
    users = {**others, "betrokken": adviseur, "beheerder": BeheerderFactory(), "anoniem": None}
    if users[who] is not None:
        client.force_login(users[who])
    assert client.get(create_url(verband)).status_code == expected
    response = client.post(create_url(verband), {**BASIS, "richting": "volgende"})
    assert response.status_code == (
        HTTPStatus.FOUND if expected in (HTTPStatus.OK, HTTPStatus.FOUND) else expected
    )
    assert Evaluatie.objects.exists() == (expected == HTTPStatus.OK)


def test_new_evaluation_for_unknown_verband_is_404(ingelogd):
    url = reverse("evaluaties:evaluatie_create", kwargs={"slug": "bestaat-niet"})
    assert ingelogd.get(url).status_code == HTTPStatus.NOT_FOUND


def test_klaar_in_the_first_step_of_a_new_evaluation(ingelogd, verband):
    response = ingelogd.post(create_url(verband), {**BASIS, "richting": "klaar"})
    evaluatie = Evaluatie.objects.get()
    assert response.status_code == HTTPStatus.FOUND
    assert response.url == evaluatie.get_absolute_url()
    assert "De evaluatie is als concept opgeslagen." in page_text(ingelogd.get(response.url))


# ---------------------------------------------------------------------------------------------
# Deleting


def test_betrokken_adviseur_deletes_an_evaluation(ingelogd, evaluatie, verband):
    BevindingFactory(evaluatie=evaluatie)
    url = reverse("evaluaties:evaluatie_delete", args=[evaluatie.pk])
    page = ingelogd.get(url)
    assert page.status_code == HTTPStatus.OK
    assert evaluatie.titel in main_text(page)
    response = ingelogd.post(url)
    assert response.status_code == HTTPStatus.FOUND
    assert response.url == verband.get_absolute_url()
    assert not Evaluatie.objects.exists()
    assert not Bevinding.objects.exists()
    assert f"De evaluatie ‘{evaluatie.titel}’ is verwijderd." in page_text(
        ingelogd.get(response.url)
    )


@pytest.mark.parametrize("who", ["medewerker", "adviseur_niet_betrokken"])
def test_others_may_not_delete(client, verband, others, who):
    publiek = EvaluatieFactory(verband=verband, openbaar=True)
    client.force_login(others[who])
    url = reverse("evaluaties:evaluatie_delete", args=[publiek.pk])
    assert client.post(url).status_code == HTTPStatus.FORBIDDEN
    assert Evaluatie.objects.filter(pk=publiek.pk).exists()
