"""The history pages of an evaluatie and a publicatie: for exactly those who may see the object.

``/evaluaties/<pk>/geschiedenis/`` and ``/kennisbank/<slug>/geschiedenis/`` answer like the
detail page they belong to: 404 for whoever may not see the object (a concept or non-public
evaluation, a concept publicatie), 200 for whoever may. They list the changes made through the
site, who made them and when, newest first, and never show internal fields (slug, versie, the
search index, the text extracted from a PDF) or an aanbeveling's link to another evaluation,
whose title may be hidden from the reader.

The people and the evaluations are the scene of ``tests/evaluaties/conftest.py``: a verband with
a public, a besloten and a concept evaluation, and a user for every role.
"""

from __future__ import annotations

import datetime
import re
from http import HTTPStatus

import pytest
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format

from evaluaties.models import Evaluatie
from kennisbank.models import Publicatie
from samenwerking.history import FieldChange
from tests.evaluaties.conftest import ROLES, SEES_HIDDEN, Scene, make_scene
from tests.evaluaties.factories import AanbevelingFactory, EvaluatieFactory, criteria
from tests.helpers import FormData, browser, main_text, page_text, parse_form
from tests.kennisbank.factories import PublicatieFactory, ThemaFactory

pytestmark = pytest.mark.django_db

# Who may see a concept publicatie: its maker and beheerders.
SEES_CONCEPT_PUBLICATIE = {"aanmaker", "beheerder", "superuser"}
# Labels of fields that are bookkeeping or internal, never a change a reader is shown.
INTERNAL_LABELS = [
    "Slug",
    "Versie",
    "Zoektermen",
    "Zoekvector",
    "Tekst uit het bestand",
    "Gewijzigd op",
    "Aangemaakt op",
]


def evaluatie_history_url(evaluatie: Evaluatie) -> str:
    return reverse("evaluaties:evaluatie_history", kwargs={"pk": evaluatie.pk})


def publicatie_history_url(publicatie: Publicatie) -> str:
    return reverse("kennisbank:publicatie_history", kwargs={"slug": publicatie.slug})


def name(user) -> str:
    return user.get_full_name() or user.username


def changes_of(response) -> list[tuple[str, str, str]]:
    """(onderwerp, soort, wie) of every change on a history page, in the page's order."""
    return [(c.onderwerp, c.soort, c.wie) for c in response.context["wijzigingen"]]


def shown_time(moment) -> str:
    """A moment as the history page writes it: Dutch, in the site's time zone."""
    return date_format(timezone.localtime(moment), "j F Y, H:i")


def history_link(url: str) -> str:
    return f'href="{url}">Geschiedenis</a>'


def assert_no_internal_fields(response) -> None:
    labels = {v.label for c in response.context["wijzigingen"] for v in c.velden}
    assert not labels & set(INTERNAL_LABELS), labels
    html = response.content.decode()
    row_headers = re.findall(r'scope="row">([^<]*)</th>', html)
    for label in INTERNAL_LABELS:
        assert label not in row_headers, label


# ---------------------------------------------------------------------------------------------
# Who may see a history page: exactly those who may see the object


@pytest.fixture
def scene(db) -> Scene:
    return make_scene()


@pytest.mark.parametrize("role", ROLES)
def test_history_page_answers_like_the_detail_page(scene, role):
    aanmaker = scene.users["aanmaker"]
    gepubliceerd = PublicatieFactory(
        titel="Handreiking regionaal opdrachtgeverschap", aangemaakt_door=aanmaker
    )
    concept = PublicatieFactory(
        titel="Verkenning Hattemerbroek", status="concept", aangemaakt_door=aanmaker
    )
    client = scene.login(browser(None), role)
    cases = [
        (scene.publiek, evaluatie_history_url(scene.publiek), True),
        (scene.besloten, evaluatie_history_url(scene.besloten), role in SEES_HIDDEN),
        (scene.concept, evaluatie_history_url(scene.concept), role in SEES_HIDDEN),
        (gepubliceerd, publicatie_history_url(gepubliceerd), True),
        (concept, publicatie_history_url(concept), role in SEES_CONCEPT_PUBLICATIE),
    ]

    for obj, url, sees in cases:
        titel = obj.titel
        detail = client.get(obj.get_absolute_url())
        history = client.get(url)
        expected = HTTPStatus.OK if sees else HTTPStatus.NOT_FOUND
        assert (detail.status_code, history.status_code) == (expected, expected), titel
        if sees:
            assert f"Geschiedenis van {titel}" in main_text(history)
            # The detail page links to it.
            assert history_link(url) in detail.content.decode(), titel
        else:
            assert titel not in history.content.decode()


# ---------------------------------------------------------------------------------------------
# What the pages list


def stap_url(evaluatie: Evaluatie, stap: str) -> str:
    return reverse("evaluaties:evaluatie_stap", kwargs={"pk": evaluatie.pk, "stap": stap})


def edit_step(user, evaluatie: Evaluatie, stap: str, containing: str, edit) -> None:
    """``user`` loads the step, ``edit(form)`` changes it, and saves it through the site."""
    client = browser(user)
    form = parse_form(client.get(stap_url(evaluatie, stap)), containing=containing)
    edit(form)
    response = client.post(stap_url(evaluatie, stap), form)
    assert response.status_code == HTTPStatus.FOUND, page_text(response)[:2000]


def edit_publicatie(user, publicatie: Publicatie, edit) -> None:
    client = browser(user)
    url = reverse("kennisbank:publicatie_update", kwargs={"slug": publicatie.slug})
    form = parse_form(client.get(url), containing="titel")
    edit(form)
    response = client.post(url, form)
    assert response.status_code == HTTPStatus.FOUND, page_text(response)[:2000]


def bevinding_row(form: FormData, bevinding) -> int:
    for i in range(int(form.value("bevindingen-TOTAL_FORMS"))):
        if form.get(f"bevindingen-{i}-id") == [str(bevinding.pk)]:
            return i
    raise AssertionError(bevinding)


def test_evaluatie_history_lists_site_changes_with_who_and_when_newest_first(scene):
    evaluatie = scene.concept
    bram, ada = scene.users["betrokken_adviseur"], scene.users["aanmaker"]
    beheerder = scene.users["beheerder"]
    eerste = criteria()[0]
    bevinding = evaluatie.bevindingen.order_by("pk").first()
    oude_titel, oude_tekst = evaluatie.titel, bevinding.tekst

    # The basis by Bram, a score by Ada, a bevinding by the beheerder: in that order.
    def basis(form):
        form["titel"] = "Conceptevaluatie Hattemerbroek, herzien"

    def score(form):
        form[f"score_{eerste.pk}"] = "2"

    def tekst(form):
        form[f"bevindingen-{bevinding_row(form, bevinding)}-tekst"] = "Het bestuur besluit traag."

    edit_step(bram, evaluatie, "basis", "titel", basis)
    edit_step(ada, evaluatie, "scores", f"toelichting_{eerste.pk}", score)
    edit_step(beheerder, evaluatie, "bevindingen", "bevindingen-TOTAL_FORMS", tekst)

    # Read by a medewerker of a deelnemende gemeente, who may see the concept.
    response = browser(scene.users["medewerker_deelnemer"]).get(evaluatie_history_url(evaluatie))

    assert response.status_code == HTTPStatus.OK
    wijzigingen = response.context["wijzigingen"]
    assert changes_of(response)[:3] == [
        ("Bevinding ‘Het bestuur besluit traag.’", "gewijzigd", name(beheerder)),
        (f"Score {eerste.naam}", "gewijzigd", "Ada Aanmaker"),
        ("Evaluatie", "gewijzigd", "Bram Betrokken"),
    ]
    assert wijzigingen[0].velden == [
        FieldChange("Bevinding", oude_tekst, "Het bestuur besluit traag.")
    ]
    assert wijzigingen[1].velden == [FieldChange("Score", "1", "2")]
    assert wijzigingen[2].velden == [
        FieldChange("Titel", oude_titel, "Conceptevaluatie Hattemerbroek, herzien")
    ]
    momenten = [c.wanneer for c in wijzigingen]
    assert momenten == sorted(momenten, reverse=True)
    # Below them: the evaluation as it was made (by the factory: no user).
    assert all(c.wie == "onbekend (systeem of import)" for c in wijzigingen[3:])

    text = main_text(response)
    assert "Geschiedenis van Conceptevaluatie Hattemerbroek, herzien" in text
    assert f"{len(wijzigingen)} wijzigingen" in text
    posities = [
        text.index(
            f"Bevinding ‘Het bestuur besluit traag.’ gewijzigd {shown_time(wijzigingen[0].wanneer)} door {name(beheerder)}"
        ),
        text.index(
            f"Score {eerste.naam} gewijzigd {shown_time(wijzigingen[1].wanneer)} door Ada Aanmaker"
        ),
        text.index(f"Evaluatie gewijzigd {shown_time(wijzigingen[2].wanneer)} door Bram Betrokken"),
    ]
    assert posities == sorted(posities)
    assert f"Titel {oude_titel} Conceptevaluatie Hattemerbroek, herzien" in text
    assert "Score 1 2" in text
    assert f'datetime="{timezone.localtime(wijzigingen[0].wanneer).isoformat()}"' in (
        response.content.decode()
    )
    assert_no_internal_fields(response)


def test_publicatie_history_lists_titel_and_themas_with_who_and_when_newest_first(scene):
    ada, beheerder = scene.users["aanmaker"], scene.users["beheerder"]
    governance, vertrouwen = ThemaFactory(naam="Governance"), ThemaFactory(naam="Vertrouwen")
    publicatie = PublicatieFactory(
        titel="Regionaal opdrachtgeverschap", aangemaakt_door=ada, themas=[governance]
    )

    def titel(form):
        form["titel"] = "Regionaal opdrachtgeverschap in de praktijk"

    def themas(form):
        form["themas"] = [vertrouwen.pk]

    edit_publicatie(ada, publicatie, titel)
    edit_publicatie(beheerder, publicatie, themas)

    response = browser(None).get(publicatie_history_url(publicatie))

    assert response.status_code == HTTPStatus.OK
    wijzigingen = response.context["wijzigingen"]
    momenten = [c.wanneer for c in wijzigingen]
    assert momenten == sorted(momenten, reverse=True)
    door = [c.wie for c in wijzigingen]
    # The beheerder's change is the newest, Ada's before it, the factory's first.
    assert door.index(name(beheerder)) < door.index("Ada Aanmaker")
    assert door.index("Ada Aanmaker") < door.index("onbekend (systeem of import)")
    assert all(c.onderwerp == "Publicatie" for c in wijzigingen)
    by_ada = [v for c in wijzigingen if c.wie == "Ada Aanmaker" for v in c.velden]
    assert by_ada == [
        FieldChange(
            "Titel", "Regionaal opdrachtgeverschap", "Regionaal opdrachtgeverschap in de praktijk"
        )
    ]
    # One save is one change, from the state before to the state after: the thema's are not
    # shown emptied first and filled again (two records of the many-to-many field).
    [by_beheerder] = [c.velden for c in wijzigingen if c.wie == name(beheerder)]
    assert by_beheerder == [FieldChange("Thema's", "Governance", "Vertrouwen")]

    text = main_text(response)
    assert "Geschiedenis van Regionaal opdrachtgeverschap in de praktijk" in text
    ada_change = next(c for c in wijzigingen if c.wie == "Ada Aanmaker")
    assert f"Publicatie gewijzigd {shown_time(ada_change.wanneer)} door Ada Aanmaker" in text
    assert "Titel Regionaal opdrachtgeverschap Regionaal opdrachtgeverschap in de praktijk" in text
    assert f"door {name(beheerder)}" in text
    assert text.index(f"door {name(beheerder)}") < text.index("door Ada Aanmaker")
    assert_no_internal_fields(response)


def test_internal_fields_are_never_shown(scene):
    ada = scene.users["aanmaker"]
    publicatie = PublicatieFactory(
        titel="Samen sturen op afval",
        slug="oud-adres-kwartel",
        bestand_tekst="Tekst uit de PDF: kwikstaart.",
        aangemaakt_door=ada,
    )
    # A beheerder-like change outside the site: another address and another PDF text.
    publicatie = Publicatie.objects.get(pk=publicatie.pk)
    publicatie.slug = "samen-sturen-op-afval"
    publicatie.bestand_tekst = "Andere tekst uit de PDF: grutto."
    publicatie.save()

    def titel(form):
        form["titel"] = "Samen sturen op afval en grondstoffen"

    edit_publicatie(ada, publicatie, titel)  # raises the versie, rewrites the search index
    publicatie.refresh_from_db()
    assert publicatie.versie == 2
    evaluatie = scene.concept

    def samenvatting(form):
        form["samenvatting"] = "Kort samengevat."

    edit_step(ada, evaluatie, "controle", "samenvatting", samenvatting)
    evaluatie.refresh_from_db()
    assert evaluatie.versie == 2

    for url in (publicatie_history_url(publicatie), evaluatie_history_url(evaluatie)):
        response = browser(ada).get(url)
        assert response.status_code == HTTPStatus.OK
        assert_no_internal_fields(response)
        html = response.content.decode()
        for value in ("oud-adres-kwartel", "kwikstaart", "grutto"):
            assert value not in html, (url, value)
    # The stored search index is not shown either (on SQLite it is text, one line per weight).
    indexed = Publicatie.objects.values_list("zoektermen", flat=True).get(pk=publicatie.pk)
    if indexed:
        html = browser(ada).get(publicatie_history_url(publicatie)).content.decode()
        for line in indexed.splitlines():
            assert line not in html


def test_aanbeveling_following_up_a_hidden_evaluation_does_not_name_it(scene):
    """An aanbeveling of a public evaluation that follows up one of the besloten evaluation:
    its history must not show that link, which would name the besloten evaluation."""
    besloten_advies = scene.besloten.aanbevelingen.order_by("pk").first()
    besloten_advies.tekst = "Vertrouwelijk advies Wapenveld: herzie de dienstverlening."
    besloten_advies.save()
    nieuw = EvaluatieFactory(
        verband=scene.verband,
        titel="Evaluatie RUD 2024",
        uitgevoerd_op=datetime.date(2024, 5, 8),
        openbaar_definitief=True,
        aangemaakt_door=scene.users["betrokken_adviseur"],
        scores=[3, 3, 3, 3, 3],
    )
    AanbevelingFactory(evaluatie=nieuw, tekst="Leg de taakverdeling vast.")

    # Bram, who may see the besloten evaluation, records what became of its advice.
    def opvolging(form):
        form[f"opvolging-{besloten_advies.pk}-status"] = "in_uitvoering"
        form[f"opvolging-{besloten_advies.pk}-toelichting"] = "Er is een werkgroep ingesteld."

    edit_step(
        scene.users["betrokken_adviseur"],
        nieuw,
        "aanbevelingen",
        f"opvolging-{besloten_advies.pk}-status",
        opvolging,
    )
    vervolg = nieuw.aanbevelingen.get(vervolg_op=besloten_advies)
    assert vervolg.tekst == "Er is een werkgroep ingesteld."

    for role in ("anoniem", "medewerker_nooit", "betrokken_adviseur"):
        response = scene.login(browser(None), role).get(evaluatie_history_url(nieuw))
        assert response.status_code == HTTPStatus.OK, role
        # The follow-up itself is listed ...
        assert (
            "Aanbeveling ‘Er is een werkgroep ingesteld.’",
            "aangemaakt",
            "Bram Betrokken",
        ) in changes_of(response)
        # ... but not what it follows up.
        labels = {v.label for c in response.context["wijzigingen"] for v in c.velden}
        assert "Vervolg op" not in labels, role
        html = response.content.decode()
        for hidden in (scene.besloten.titel, "Vertrouwelijk advies Wapenveld", "Vervolg op"):
            assert hidden not in html, (role, hidden)
