"""The site-wide search (/zoeken/): one group per kind, only what the person may see.

Hidden evaluaties (concept, or definitief but not openbaar) and concept publicaties of others
never appear: not as an item, not in a group's count, not in the total. The scene of
``tests/evaluaties/conftest.py`` gives a verband (RUD IJsselland, Zwolle takes part, Kampen left)
with a public, a besloten and a concept evaluation; two publicaties about IJsselland are added,
one gepubliceerd and one concept.
"""

from __future__ import annotations

import re
from http import HTTPStatus

import pytest

from evaluaties.models import Evaluatie
from kennisbank.models import Publicatie
from tests.evaluaties.conftest import make_scene
from tests.factories import AdviseurFactory, GemeenteMedewerkerFactory, VerbandFactory, gemeente
from tests.helpers import main_text
from tests.kennisbank.factories import PublicatieFactory
from verbanden.models import Samenwerkingsverband

pytestmark = pytest.mark.django_db

URL = "/zoeken/"
KINDS = ["verbanden", "gemeenten", "evaluaties", "publicaties"]


@pytest.fixture
def scene(db):
    scene = make_scene()
    schrijver = AdviseurFactory(first_name="Sem", last_name="Schrijver")
    scene.users["schrijver"] = schrijver
    scene.users["medewerker_zwolle"] = scene.users["medewerker_deelnemer"]
    scene.publicatie = PublicatieFactory(
        titel="Handreiking toezicht IJsselland",
        samenvatting="Lessen uit de omgevingsdienst.",
        aangemaakt_door=AdviseurFactory(),
    )
    scene.concept_publicatie = PublicatieFactory(
        titel="Conceptnotitie Hattemerbroek IJsselland",
        samenvatting="Vertrouwelijk Wapenveld-overleg.",
        status="concept",
        aangemaakt_door=schrijver,
    )
    return scene


def search(client, **params):
    response = client.get(URL, params)
    assert response.status_code == HTTPStatus.OK
    return response


def groups(response) -> dict:
    return {group["kind"].key: group for group in response.context["groups"]}


def titles(group) -> list[str]:
    return [getattr(item, "titel", None) or item.naam for item in group["items"]]


# ---------------------------------------------------------------------------------------------
# Grouping


def test_results_grouped_by_kind(client, scene):
    response = search(client, q="IJsselland")
    found = groups(response)
    assert [g["kind"].key for g in response.context["groups"]] == KINDS
    assert "Regionale Uitvoeringsdienst IJsselland" in titles(found["verbanden"])
    assert titles(found["evaluaties"]) == ["Publieke evaluatie van de RUD"]
    assert titles(found["publicaties"]) == ["Handreiking toezicht IJsselland"]
    assert response.context["total"] == sum(g["total"] for g in found.values())

    html = response.content.decode()
    # One section per kind, in order, each with its count in the heading.
    positions = [html.index(f'id="groep-{key}-kop"') for key in KINDS]
    assert positions == sorted(positions)
    heading = re.search(r'id="groep-evaluaties-kop">(.*?)</h2>', html, re.S).group(1)
    assert "(1)" in heading
    assert "Handreiking toezicht IJsselland" in main_text(response)


def test_group_shows_five_and_links_to_all(client, db):
    for i in range(7):
        PublicatieFactory(titel=f"Kennisdeling deel {i}")
    response = search(client, q="kennisdeling")
    publicaties = groups(response)["publicaties"]
    assert publicaties["total"] == 7
    assert len(publicaties["items"]) == 5
    html = response.content.decode()
    assert "?q=kennisdeling&amp;in=publicaties" in html
    assert "Alle 7 resultaten bij publicaties" in main_text(response)


def test_snippet_marks_words_and_escapes(client, db):
    PublicatieFactory(
        titel="Rapport",
        samenvatting="Over stelselregie & <b>regie</b> in de regio.",
    )
    response = search(client, q="stelselregie")
    (item,) = groups(response)["publicaties"]["items"]
    assert "<mark>stelselregie</mark>" in item.snippet
    html = response.content.decode()
    assert "<mark>stelselregie</mark>" in html
    assert "<b>regie</b>" not in html


# ---------------------------------------------------------------------------------------------
# What one may see: items and counts

# role -> (evaluaties seen, publicaties seen) when searching "IJsselland"
PUBLIEK = ["Publieke evaluatie van de RUD"]
ALLE_EVALUATIES = [
    "Conceptevaluatie Hattemerbroek",
    "Besloten evaluatie Zuiderzee",
    "Publieke evaluatie van de RUD",
]
GEPUBLICEERD = ["Handreiking toezicht IJsselland"]
MET_CONCEPT = ["Conceptnotitie Hattemerbroek IJsselland", "Handreiking toezicht IJsselland"]

SEES = {
    "anoniem": (PUBLIEK, GEPUBLICEERD),
    "gebruiker": (PUBLIEK, GEPUBLICEERD),
    "adviseur_niet_betrokken": (PUBLIEK, GEPUBLICEERD),
    "schrijver": (PUBLIEK, MET_CONCEPT),
    "betrokken_adviseur": (ALLE_EVALUATIES, GEPUBLICEERD),
    "aanmaker": (ALLE_EVALUATIES, GEPUBLICEERD),
    "medewerker_zwolle": (ALLE_EVALUATIES, GEPUBLICEERD),
    "medewerker_uitgetreden": (PUBLIEK, GEPUBLICEERD),
    "medewerker_toekomstig": (PUBLIEK, GEPUBLICEERD),
    "medewerker_nooit": (PUBLIEK, GEPUBLICEERD),
    "beheerder": (ALLE_EVALUATIES, MET_CONCEPT),
    "superuser": (ALLE_EVALUATIES, MET_CONCEPT),
}


@pytest.mark.parametrize("role", list(SEES))
def test_hidden_items_never_shown_or_counted(client, scene, role):
    evaluaties, publicaties = SEES[role]
    scene.login(client, role)

    response = search(client, q="IJsselland")

    found = groups(response)
    assert sorted(titles(found["evaluaties"])) == sorted(evaluaties)
    assert found["evaluaties"]["total"] == len(evaluaties)
    assert sorted(titles(found["publicaties"])) == sorted(publicaties)
    assert found["publicaties"]["total"] == len(publicaties)
    assert response.context["total"] == sum(g["total"] for g in found.values())
    html = response.content.decode()
    if len(evaluaties) == 1:
        for hidden in ("Besloten evaluatie Zuiderzee", "Conceptevaluatie Hattemerbroek"):
            assert hidden not in html
        assert "Alleen evaluaties (1)" in main_text(response)
    if len(publicaties) == 1:
        assert "Conceptnotitie Hattemerbroek" not in html
        assert "Alleen publicaties (1)" in main_text(response)


@pytest.mark.parametrize("role", list(SEES))
def test_searching_a_hidden_word_finds_nothing_hidden(client, scene, role):
    """Words that occur only in hidden items: nothing, not even a count, unless one may see."""
    evaluaties, publicaties = SEES[role]
    scene.login(client, role)
    found = groups(search(client, q="Hattemerbroek"))
    assert found["evaluaties"]["total"] == (1 if evaluaties == ALLE_EVALUATIES else 0)
    assert found["publicaties"]["total"] == (1 if publicaties == MET_CONCEPT else 0)
    found = groups(search(client, q="Wapenveld", **{"in": "evaluaties"}))
    assert found["evaluaties"]["total"] == (1 if evaluaties == ALLE_EVALUATIES else 0)


@pytest.mark.parametrize(
    ("role", "expected"),
    [("anoniem", 1), ("medewerker_zwolle", 3), ("beheerder", 3), ("medewerker_nooit", 1)],
)
def test_one_kind_on_its_own(client, scene, role, expected):
    scene.login(client, role)
    response = search(client, q="IJsselland", **{"in": "evaluaties"})
    assert [g["kind"].key for g in response.context["groups"]] == ["evaluaties"]
    (group,) = response.context["groups"]
    assert group["total"] == expected == response.context["total"]
    assert len(group["items"]) == expected


def test_gemeente_medewerker_sees_non_public_evaluaties_of_own_verbanden_only(client, scene):
    """Another verband without Zwolle: its hidden evaluation stays hidden for Zwolle."""
    from tests.evaluaties.factories import EvaluatieFactory

    ander = VerbandFactory(naam="Veiligheidsregio IJsselland Noord")
    EvaluatieFactory(verband=ander, titel="Besloten evaluatie Noord", besloten=True)
    client.force_login(scene.users["medewerker_zwolle"])
    found = groups(search(client, q="IJsselland", **{"in": "evaluaties"}))
    assert "Besloten evaluatie Noord" not in titles(found["evaluaties"])
    assert "Besloten evaluatie Zuiderzee" in titles(found["evaluaties"])
    client.force_login(GemeenteMedewerkerFactory(gemeente=gemeente("Dalfsen")))
    found = groups(search(client, q="IJsselland", **{"in": "evaluaties"}))
    assert found["evaluaties"]["total"] == 3


# ---------------------------------------------------------------------------------------------
# One kind with paging


@pytest.fixture
def vijfentwintig(db):
    for i in range(25):
        PublicatieFactory(titel=f"Kennisdeling deel {i:02d}")
    PublicatieFactory(
        titel="Kennisdeling concept", status="concept", aangemaakt_door=AdviseurFactory()
    )


@pytest.mark.parametrize(
    ("pagina", "number", "count"),
    [("1", 1, 10), ("3", 3, 5), ("999", 3, 5), ("x", 1, 10), ("", 1, 10)],
)
def test_one_kind_pages(client, vijfentwintig, pagina, number, count):
    response = search(
        client, q="kennisdeling", pagina=pagina, per_pagina="10", **{"in": "publicaties"}
    )
    (group,) = response.context["groups"]
    assert group["total"] == 25
    assert group["page_obj"].number == number
    assert len(group["items"]) == count
    assert all("concept" not in item.titel for item in group["items"])


def test_pages_do_not_overlap(client, vijfentwintig):
    seen = []
    for pagina in ("1", "2", "3"):
        response = search(
            client, q="kennisdeling", pagina=pagina, per_pagina="10", **{"in": "publicaties"}
        )
        seen += [item.pk for item in response.context["groups"][0]["items"]]
    assert len(seen) == len(set(seen)) == 25
    expected = set(Publicatie.objects.public().values_list("pk", flat=True))
    assert set(seen) == expected


def test_paging_links_keep_query_and_kind(client, vijfentwintig):
    html = search(
        client, q="kennisdeling", per_pagina="10", **{"in": "publicaties"}
    ).content.decode()
    link = re.search(r'href="([^"]*pagina=2[^"]*)"', html)
    assert link, "no link to page 2"
    target = link.group(1).replace("&amp;", "&")
    assert "q=kennisdeling" in target and "in=publicaties" in target


def test_unknown_kind_searches_everything(client, scene):
    response = search(client, q="IJsselland", **{"in": "bogus"})
    assert response.context["only"] is None
    assert [g["kind"].key for g in response.context["groups"]] == KINDS


# ---------------------------------------------------------------------------------------------
# Odd input: always 200, a sensible message, escaped output


def test_no_query_shows_the_form_and_help(client, scene):
    for params in ({}, {"q": ""}, {"q": "   "}):
        response = search(client, **params)
        assert response.context["groups"] == []
        text = main_text(response)
        assert "Typ hierboven een of meer woorden" in text
        assert "Er is niets om op te zoeken" not in text


@pytest.mark.parametrize("q", ["de het een", "-ijsselland", "!!! ???"])
def test_nothing_to_search_for(client, scene, q):
    response = search(client, q=q)
    assert response.context["groups"] == []
    assert f"Er is niets om op te zoeken in ‘{q}’" in main_text(response)


def test_very_long_query(client, scene):
    q = "IJsselland " + "a" * 10_000
    response = search(client, q=q)
    assert response.context["query"].truncated
    text = main_text(response)
    assert "ingekort tot 200 tekens" in text
    # The page does not repeat 10,000 characters back in the search summary.
    assert len(response.content) < 200_000


def test_script_query_is_escaped(client, scene):
    q = "<script>alert('IJsselland')</script>"
    response = search(client, q=q)
    html = response.content.decode()
    assert "<script>alert(" not in html
    assert "&lt;script&gt;alert(&#x27;IJsselland&#x27;)&lt;/script&gt;" in html
    # Its words are searched like any others (all must occur): nothing has them all.
    assert response.context["total"] == 0
    assert "Geen resultaten voor ‘<script>alert('IJsselland')</script>’" in main_text(response)


@pytest.mark.parametrize(
    "q",
    [
        "'; DROP TABLE kennisbank_publicatie; --",
        "IJsselland' OR 1=1 --",
        '" OR ""="',
        "ijsselland & !rud | (",
        "a:* <-> b",
        "\x00ijsselland",
    ],
)
def test_hostile_query_is_harmless(client, scene, q):
    response = search(client, q=q)
    html = response.content.decode()
    # Nothing was dropped or changed, and nothing hidden leaked.
    assert Publicatie.objects.count() == 2
    assert Evaluatie.objects.count() == 3
    assert Samenwerkingsverband.objects.filter(
        naam="Regionale Uitvoeringsdienst IJsselland"
    ).exists()
    assert "Conceptevaluatie Hattemerbroek" not in html
    assert "Conceptnotitie Hattemerbroek" not in html
    if response.context["groups"]:
        found = groups(response)
        assert found["evaluaties"]["total"] <= 1
        assert found["publicaties"]["total"] <= 1
