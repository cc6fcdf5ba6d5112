"""The kennisbank pages: the list with facets, search and paging; the detail page with related
publicaties; the publicaties on the pages of a verband, a gemeente and the home page.

A concept is seen only by its maker and by beheerders, on every page (``test_permissions.py``
has the status codes); here the lists, counts and related items are checked.
"""

from __future__ import annotations

import datetime
import re
from http import HTTPStatus

import pytest
from django.db import connection
from django.urls import reverse
from django.utils import timezone

from tests.factories import (
    AdviseurFactory,
    BeheerderFactory,
    DeelnameFactory,
    VerbandFactory,
    gemeente,
)
from tests.helpers import main_text, page_text
from tests.kennisbank.factories import PublicatieFactory, ThemaFactory

pytestmark = pytest.mark.django_db

LIST_URL = "/kennisbank/"


def get(client, url: str = LIST_URL, params: dict | None = None):
    response = client.get(url, params or {})
    assert response.status_code == HTTPStatus.OK, response.content.decode()[:3000]
    return response


def listed(response) -> list[str]:
    return [p.titel for p in response.context["publicaties"]]


def facet_counts(response) -> dict[str, dict[str, tuple[int, bool]]]:
    """{facet: {value: (count, selected)}} as the page shows them."""
    return {
        facet.name: {o.value: (o.count, o.selected) for o in facet.options}
        for facet in response.context["facets"]
    }


def concept(maker=None, **kwargs):
    return PublicatieFactory(status="concept", aangemaakt_door=maker or AdviseurFactory(), **kwargs)


# ---------------------------------------------------------------------------------------------
# Only what one may see


def test_list_without_parameters(client):
    PublicatieFactory(titel="Eerste publicatie")
    response = get(client)
    assert listed(response) == ["Eerste publicatie"]
    assert "Eerste publicatie" in main_text(response)


def test_list_shows_only_visible_publicaties(client):
    maker = AdviseurFactory()
    PublicatieFactory(titel="Gepubliceerd rapport", verschenen_op=datetime.date(2024, 1, 1))
    concept(maker, titel="Concept van de maker", verschenen_op=datetime.date(2024, 2, 1))
    concept(titel="Concept van een ander", verschenen_op=datetime.date(2024, 3, 1))

    response = get(client, params={"sortering": "nieuwste"})
    assert listed(response) == ["Gepubliceerd rapport"]
    assert response.context["page_obj"].paginator.count == 1
    assert "Concept van" not in response.content.decode()

    client.force_login(maker)
    response = get(client, params={"sortering": "nieuwste"})
    assert listed(response) == ["Concept van de maker", "Gepubliceerd rapport"]
    assert "Concept van een ander" not in response.content.decode()

    client.force_login(BeheerderFactory())
    response = get(client, params={"sortering": "nieuwste"})
    assert listed(response) == [
        "Concept van een ander",
        "Concept van de maker",
        "Gepubliceerd rapport",
    ]


# ---------------------------------------------------------------------------------------------
# Facets


@pytest.fixture
def catalogus():
    """Four gepubliceerde publicaties and a concept that no facet may count for a visitor."""
    governance = ThemaFactory(naam="Governance", slug="governance")
    vertrouwen = ThemaFactory(naam="Vertrouwen", slug="vertrouwen")
    ThemaFactory(naam="Stelselregie", slug="stelselregie")  # unused: not offered
    PublicatieFactory(
        titel="A onderzoek governance",
        soort="onderzoek",
        themas=[governance],
        verschenen_op=datetime.date(2024, 5, 1),
        domeinen=["jeugd"],
    )
    PublicatieFactory(
        titel="B onderzoek vertrouwen",
        soort="onderzoek",
        themas=[vertrouwen],
        verschenen_op=datetime.date(2023, 5, 1),
        domeinen=["wmo"],
    )
    PublicatieFactory(
        titel="C handreiking governance",
        soort="handreiking",
        themas=[governance],
        verschenen_op=datetime.date(2024, 6, 1),
    )
    PublicatieFactory(
        titel="D artikel beide",
        soort="artikel",
        themas=[governance, vertrouwen],
        verschenen_op=datetime.date(2022, 5, 1),
        domeinen=["jeugd", "wmo"],
    )
    concept(
        titel="E concept onderzoek",
        soort="onderzoek",
        themas=[governance],
        verschenen_op=datetime.date(2024, 1, 1),
        domeinen=["jeugd"],
    )
    return {"governance": governance, "vertrouwen": vertrouwen}


def test_facets_without_selection(client, catalogus):
    counts = facet_counts(get(client, params={"sortering": "nieuwste"}))
    assert counts["soort"] == {
        "onderzoek": (2, False),
        "handreiking": (1, False),
        "artikel": (1, False),
    }
    # D has two themas and two domeinen: it counts once under each.
    assert counts["thema"] == {"governance": (3, False), "vertrouwen": (2, False)}
    assert counts["jaar"] == {"2024": (2, False), "2023": (1, False), "2022": (1, False)}
    # A hoofddomein counts its subdomeinen's publicaties, each once (D has both).
    assert counts["domein"] == {
        "sociaal-domein": (3, False),
        "jeugd": (2, False),
        "wmo": (2, False),
    }


def test_facet_counts_are_disjunctive(client, catalogus):
    """A facet's counts reflect the other facets' choices, not its own."""
    response = get(client, params={"soort": "onderzoek"})
    assert sorted(listed(response)) == ["A onderzoek governance", "B onderzoek vertrouwen"]
    counts = facet_counts(response)
    # Soort is counted over everything (no other filter): adding a soort widens the result.
    assert counts["soort"] == {
        "onderzoek": (2, True),
        "handreiking": (1, False),
        "artikel": (1, False),
    }
    # The other facets are counted over the onderzoeken only.
    assert counts["thema"] == {"governance": (1, False), "vertrouwen": (1, False)}
    assert counts["jaar"] == {"2024": (1, False), "2023": (1, False)}
    assert counts["domein"] == {
        "sociaal-domein": (2, False),
        "jeugd": (1, False),
        "wmo": (1, False),
    }


def test_facet_counts_with_two_facets_selected(client, catalogus):
    response = get(client, params={"soort": "onderzoek", "thema": "governance"})
    assert listed(response) == ["A onderzoek governance"]
    counts = facet_counts(response)
    # Soort counted over the governance publicaties (A, C, D) ...
    assert counts["soort"] == {
        "onderzoek": (1, True),
        "handreiking": (1, False),
        "artikel": (1, False),
    }
    # ... thema over the onderzoeken (A, B).
    assert counts["thema"] == {"governance": (1, True), "vertrouwen": (1, False)}
    assert counts["jaar"] == {"2024": (1, False)}
    # The count is shown beside the option.
    html = response.content.decode()
    checkbox = re.search(
        r'<input[^>]*name="soort" value="handreiking"[^>]*>(.*?)</label>', html, re.S
    )
    assert checkbox and "(1" in checkbox.group(1)


def test_selected_option_without_results_stays_visible(client, catalogus):
    response = get(client, params={"soort": "presentatie"})
    assert listed(response) == []
    assert facet_counts(response)["soort"]["presentatie"] == (0, True)


def test_facets_count_the_makers_own_concept_for_the_maker_only(client, catalogus):
    maker = AdviseurFactory()
    concept(
        maker, titel="F eigen concept", soort="presentatie", verschenen_op=datetime.date(2021, 1, 1)
    )
    assert "presentatie" not in facet_counts(get(client, params={"sortering": "titel"}))["soort"]
    client.force_login(maker)
    counts = facet_counts(get(client, params={"sortering": "titel"}))
    assert counts["soort"]["presentatie"] == (1, False)
    assert counts["soort"]["onderzoek"] == (2, False)  # not the other adviseur's concept E


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"soort": ["onderzoek", "handreiking"]}, ["A", "B", "C"]),
        ({"thema": ["governance", "vertrouwen"]}, ["A", "B", "C", "D"]),
        ({"jaar": ["2022", "2023"]}, ["B", "D"]),
        ({"domein": ["jeugd", "wmo"]}, ["A", "B", "D"]),
        ({"soort": ["onderzoek", "artikel"], "thema": "vertrouwen"}, ["B", "D"]),
        ({"soort": "onderzoek", "jaar": "2024", "domein": "jeugd"}, ["A"]),
    ],
    ids=["soorten", "themas", "jaren", "domeinen", "or-and", "drie-facetten"],
)
def test_several_values_in_one_facet_combine_as_or(client, catalogus, params, expected):
    response = get(client, params={**params, "sortering": "titel"})
    assert [titel[0] for titel in listed(response)] == expected
    assert response.context["page_obj"].paginator.count == len(expected)


@pytest.mark.parametrize(
    ("params", "expected", "fout"),
    [
        ({"soort": "bogus"}, ["A", "B", "C", "D"], "soort"),
        ({"thema": "nope"}, ["A", "B", "C", "D"], "thema"),
        ({"jaar": "abc"}, ["A", "B", "C", "D"], "jaar"),
        ({"jaar": "10000"}, ["A", "B", "C", "D"], "jaar"),
        ({"domein": "bestaat-niet"}, ["A", "B", "C", "D"], "domein"),
        ({"soort": "bogus", "thema": "governance"}, ["A", "C", "D"], "soort"),
        ({"jaar": "abc", "soort": "onderzoek"}, ["A", "B"], "jaar"),
    ],
    ids=["soort", "thema", "jaar-abc", "jaar-10000", "domein", "soort+thema", "jaar+soort"],
)
def test_unknown_facet_value_is_ignored(client, catalogus, params, expected, fout):
    response = get(client, params={**params, "sortering": "titel"})
    assert [titel[0] for titel in listed(response)] == expected
    assert fout.capitalize() in response.context["ignored_filters"]
    assert "Niet alle filters konden worden toegepast" in main_text(response)
    # The facets still work, with the valid choices applied.
    counts = facet_counts(response)
    assert sum(n for n, _ in counts["soort"].values()) >= 1


def test_every_year_offered_can_be_chosen(client):
    PublicatieFactory(titel="Gemeentewet-commentaar", verschenen_op=datetime.date(1899, 5, 1))
    PublicatieFactory(titel="Recent", verschenen_op=datetime.date(2024, 5, 1))
    offered = facet_counts(get(client, params={"sortering": "titel"}))["jaar"]
    assert offered == {"2024": (1, False), "1899": (1, False)}
    response = get(client, params={"jaar": "1899"})
    assert listed(response) == ["Gemeentewet-commentaar"]
    assert not response.context["ignored_filters"]


# ---------------------------------------------------------------------------------------------
# Paging


@pytest.fixture
def vijfentwintig():
    for i in range(25):
        PublicatieFactory(titel=f"Stuk {i:02d}", verschenen_op=datetime.date(2000 + i, 1, 1))


@pytest.mark.parametrize(
    ("pagina", "number", "count"),
    [
        ("1", 1, 10),
        ("3", 3, 5),
        ("999", 3, 5),
        ("x", 1, 10),
        ("0", 1, 10),
        ("-3", 1, 10),
        ("", 1, 10),
    ],
)
def test_out_of_range_page_shows_nearest(client, vijfentwintig, pagina, number, count):
    response = get(client, params={"pagina": pagina, "per_pagina": "10"})
    assert response.context["page_obj"].number == number
    assert len(listed(response)) == count
    if number == 3:
        assert listed(response)[0] == "Stuk 04"  # nieuwste first: 24 ... 05 on pages 1 and 2


def test_paging_keeps_filters_in_links(client, vijfentwintig):
    response = get(client, params={"soort": "onderzoek", "per_pagina": "10"})
    html = response.content.decode()
    assert "pagina=2" in html
    link = re.search(r'href="([^"]*pagina=2[^"]*)"', html).group(1)
    assert "soort=onderzoek" in link.replace("&amp;", "&")
    assert "per_pagina=10" in link.replace("&amp;", "&")


# ---------------------------------------------------------------------------------------------
# Search


def test_search_finds_and_marks_words_and_escapes_html(client):
    publicatie = PublicatieFactory(
        titel="Samenwerken in Fryslân",
        samenvatting="Hoe gemeenten in Friesland samenwerken.",
        inhoud=(
            "De gemeenschappelijke regeling <script>alert('x')</script> kost < 5% & meer, "
            "zegt <img src=x onerror=alert(1)> de raad."
        ),
    )
    PublicatieFactory(titel="Iets anders", inhoud="Over afval en milieu.")

    response = get(client, params={"q": "regeling"})

    assert listed(response) == ["Samenwerken in Fryslân"]
    html = response.content.decode()
    (gevonden,) = response.context["publicaties"]
    snippet = str(gevonden.snippet)
    assert "<mark>regeling</mark>" in snippet
    assert "<mark>regeling</mark>" in html
    # Whatever the document holds is text: only <mark> is markup.
    assert re.sub(r"</?mark>", "", snippet).count("<") == 0
    assert "&lt; 5% &amp; meer" in snippet
    assert "<script>alert" not in html and "<img src=x" not in html
    if connection.vendor == "sqlite":
        assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in snippet
    else:
        # PostgreSQL's ts_headline leaves out what its parser takes for an HTML tag.
        assert "alert(&#x27;x&#x27;)" in snippet
    # The detail page shows the text as written, escaped.
    detail = get(client, publicatie.get_absolute_url()).content.decode()
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in detail
    assert "<script>alert" not in detail


def test_search_in_title_summary_and_themas(client):
    thema = ThemaFactory(naam="Opdrachtgeverschap")
    PublicatieFactory(titel="Titel met stelselregie")
    PublicatieFactory(titel="Samenvatting", samenvatting="Over stelselregie in de regio.")
    PublicatieFactory(titel="Via thema", themas=[thema])
    PublicatieFactory(titel="Niets")
    assert sorted(listed(get(client, params={"q": "stelselregie"}))) == [
        "Samenvatting",
        "Titel met stelselregie",
    ]
    assert listed(get(client, params={"q": "opdrachtgeverschap"})) == ["Via thema"]


def test_search_never_finds_a_concept_of_someone_else(client):
    maker = AdviseurFactory()
    concept(maker, titel="Concept over stelselregie")
    PublicatieFactory(titel="Gepubliceerd over stelselregie")
    assert listed(get(client, params={"q": "stelselregie"})) == ["Gepubliceerd over stelselregie"]
    client.force_login(AdviseurFactory())
    assert listed(get(client, params={"q": "stelselregie"})) == ["Gepubliceerd over stelselregie"]
    client.force_login(maker)
    assert sorted(listed(get(client, params={"q": "stelselregie"}))) == [
        "Concept over stelselregie",
        "Gepubliceerd over stelselregie",
    ]


def test_search_combines_with_facets_and_counts(client, catalogus):
    response = get(client, params={"q": "governance", "soort": "onderzoek"})
    assert listed(response) == ["A onderzoek governance"]
    counts = facet_counts(response)
    # Counted over the search result (A, C, D have "governance" in title or thema).
    assert counts["soort"] == {
        "onderzoek": (1, True),
        "handreiking": (1, False),
        "artikel": (1, False),
    }


def test_search_only_stop_words_finds_nothing_with_message(client):
    PublicatieFactory(titel="De regio en het rijk")
    response = get(client, params={"q": "de het en"})
    assert listed(response) == []
    assert "Er is niets om op te zoeken in ‘de het en’" in main_text(response)


def test_search_very_long_query(client):
    PublicatieFactory(titel="Governance van de regio")
    response = get(client, params={"q": "governance " + "x" * 10_000})
    assert response.context["query"].truncated
    assert "ingekort" in main_text(response)


@pytest.mark.parametrize(
    "q", ["<script>alert(1)</script>", "'; DROP TABLE kennisbank_publicatie; --"]
)
def test_search_hostile_input_is_harmless(client, q):
    PublicatieFactory(titel="Veilig")
    response = get(client, params={"q": q})
    html = response.content.decode()
    assert "<script>alert(1)" not in html
    assert PublicatieFactory._meta.model.objects.filter(titel="Veilig").exists()


# ---------------------------------------------------------------------------------------------
# Sortering


@pytest.fixture
def drie_om_te_sorteren():
    PublicatieFactory(
        titel="Bestuur", samenvatting="Over governance.", verschenen_op=datetime.date(2020, 1, 1)
    )
    PublicatieFactory(titel="Governance", verschenen_op=datetime.date(2018, 1, 1))
    PublicatieFactory(
        titel="Afval", samenvatting="Ook governance.", verschenen_op=datetime.date(2024, 1, 1)
    )


@pytest.mark.parametrize(
    ("params", "expected", "sortering"),
    [
        ({"pagina": "1"}, ["Afval", "Bestuur", "Governance"], "nieuwste"),
        ({"sortering": "nieuwste"}, ["Afval", "Bestuur", "Governance"], "nieuwste"),
        ({"sortering": "oudste"}, ["Governance", "Bestuur", "Afval"], "oudste"),
        ({"sortering": "titel"}, ["Afval", "Bestuur", "Governance"], "titel"),
        ({"sortering": "bogus"}, ["Afval", "Bestuur", "Governance"], "nieuwste"),
        # Relevance without search words means nothing: the newest first.
        ({"sortering": "relevantie"}, ["Afval", "Bestuur", "Governance"], "nieuwste"),
        # With search words, relevance is the default: the title match first.
        ({"q": "governance"}, ["Governance", "Afval", "Bestuur"], "relevantie"),
        ({"q": "governance", "sortering": "oudste"}, ["Governance", "Bestuur", "Afval"], "oudste"),
        (
            {"q": "governance", "sortering": "bogus"},
            ["Governance", "Afval", "Bestuur"],
            "relevantie",
        ),
    ],
)
def test_sortering(client, drie_om_te_sorteren, params, expected, sortering):
    response = get(client, params=params)
    assert listed(response) == expected
    assert response.context["sortering"] == sortering
    keys = [key for key, _ in response.context["sorteringen"]]
    assert ("relevantie" in keys) is ("q" in params)
    selected = re.search(r'<option value="(\w+)" selected>', response.content.decode())
    assert selected and selected.group(1) == sortering


# ---------------------------------------------------------------------------------------------
# Detail: related publicaties


@pytest.fixture
def verwant():
    verband = VerbandFactory(naam="Omgevingsdienst Regio Utrecht", afkorting="ODRU")
    ander_verband = VerbandFactory(naam="GGD Regio Utrecht")
    thema = ThemaFactory(naam="Governance")
    maker = AdviseurFactory()
    hoofd = PublicatieFactory(
        titel="Hoofdpublicatie", verbanden=[verband], themas=[thema], aangemaakt_door=maker
    )
    return {
        "hoofd": hoofd,
        "maker": maker,
        "verband": verband,
        "thema": thema,
        "zelfde_verband": PublicatieFactory(
            titel="Zelfde verband", verbanden=[verband], verschenen_op=datetime.date(2023, 1, 1)
        ),
        "beide": PublicatieFactory(
            titel="Zelfde verband en thema",
            verbanden=[verband, ander_verband],
            themas=[thema],
            verschenen_op=datetime.date(2024, 1, 1),
        ),
        "zelfde_thema": PublicatieFactory(
            titel="Zelfde thema", themas=[thema], verschenen_op=datetime.date(2022, 1, 1)
        ),
        "ander": PublicatieFactory(titel="Ander verband", verbanden=[ander_verband]),
        "concept": concept(titel="Concept zelfde verband", verbanden=[verband], themas=[thema]),
        "eigen_concept": concept(
            maker,
            titel="Eigen concept zelfde thema",
            themas=[thema],
            verschenen_op=datetime.date(2021, 1, 1),
        ),
    }


def titels(items) -> list[str]:
    return [p.titel for p in items]


def test_detail_related_same_verband_first_then_same_thema(client, verwant):
    response = get(client, verwant["hoofd"].get_absolute_url())
    assert titels(response.context["zelfde_verbanden"]) == [
        "Zelfde verband en thema",
        "Zelfde verband",
    ]
    assert titels(response.context["zelfde_thema"]) == ["Zelfde thema"]
    text = main_text(response)
    assert (
        text.index("Zelfde verband en thema —")
        < text.index("Zelfde verband —")
        < text.index("Zelfde thema —")
    )
    for hidden in ("Concept zelfde verband", "Eigen concept zelfde thema", "Ander verband"):
        assert hidden not in response.content.decode()


def test_detail_related_never_lists_others_concepts(client, verwant):
    client.force_login(AdviseurFactory())
    response = get(client, verwant["hoofd"].get_absolute_url())
    related = titels(response.context["zelfde_verbanden"]) + titels(
        response.context["zelfde_thema"]
    )
    assert "Concept zelfde verband" not in related
    assert "Eigen concept zelfde thema" not in related

    # The maker sees their own concept among the related ones, not someone else's.
    client.force_login(verwant["maker"])
    response = get(client, verwant["hoofd"].get_absolute_url())
    assert titels(response.context["zelfde_thema"]) == [
        "Zelfde thema",
        "Eigen concept zelfde thema",
    ]
    assert "Concept zelfde verband" not in response.content.decode()


def test_detail_related_at_most_five_of_each(client, verwant):
    for i in range(6):
        PublicatieFactory(
            titel=f"Extra verband {i}",
            verbanden=[verwant["verband"]],
            verschenen_op=datetime.date(2025, 1, 1 + i),
        )
        PublicatieFactory(
            titel=f"Extra thema {i}",
            themas=[verwant["thema"]],
            verschenen_op=datetime.date(2025, 2, 1 + i),
        )
    response = get(client, verwant["hoofd"].get_absolute_url())
    assert titels(response.context["zelfde_verbanden"]) == [
        f"Extra verband {i}" for i in range(5, 0, -1)
    ]
    # A publicatie about the verband that did not fit is not repeated under the thema either.
    assert titels(response.context["zelfde_thema"]) == [f"Extra thema {i}" for i in range(5, 0, -1)]


def test_detail_without_links_has_no_related(client):
    publicatie = PublicatieFactory(titel="Alleenstaand")
    PublicatieFactory(titel="Ook alleen")
    response = get(client, publicatie.get_absolute_url())
    assert response.context["zelfde_verbanden"] == []
    assert response.context["zelfde_thema"] == []


def test_detail_shows_its_data_escaped(client):
    publicatie = PublicatieFactory(
        titel="Rapport <b>vet</b>",
        samenvatting="Samenvatting met <img src=x onerror=alert(1)>",
        inhoud="Inhoud met <script>alert(2)</script>",
        auteurs="A. Auteur",
        uitgever="VNG",
        externe_url="https://www.vng.nl/rapport",
        themas=[ThemaFactory(naam="Vertrouwen")],
        domeinen=["jeugd"],
        gemeenten=["Zwolle"],
    )
    response = get(client, publicatie.get_absolute_url())
    html = response.content.decode()
    assert "<b>vet</b>" not in html and "&lt;b&gt;vet&lt;/b&gt;" in html
    assert "<img src=x" not in html and "<script>alert(2)" not in html
    text = main_text(response)
    for expected in ("A. Auteur", "VNG", "Vertrouwen", "Jeugd", "Zwolle"):
        assert expected in text
    assert 'href="https://www.vng.nl/rapport"' in html


def test_thema_address_redirects_to_filtered_list(client):
    thema = ThemaFactory(naam="Stelselregie", slug="stelselregie")
    response = client.get(reverse("kennisbank:thema", kwargs={"slug": "stelselregie"}))
    assert response.status_code == HTTPStatus.FOUND
    assert response.url == "/kennisbank/?thema=stelselregie"
    assert thema.get_absolute_url() == response.url
    assert client.get(reverse("kennisbank:thema", kwargs={"slug": "nope"})).status_code == 404


# ---------------------------------------------------------------------------------------------
# On the pages of a verband, a gemeente and the home page


def section_publicaties(response) -> str:
    match = re.search(
        r'<section[^>]*id="publicaties".*?</section>', response.content.decode(), re.S
    )
    assert match, "no publicaties section on the page"
    return page_text(match.group(0))


def test_verband_page_lists_publicaties_about_it(client):
    verband = VerbandFactory(naam="Regio Zwolle")
    ander = VerbandFactory(naam="Regio Twente")
    PublicatieFactory(titel="Over Regio Zwolle", verbanden=[verband])
    PublicatieFactory(titel="Over Twente", verbanden=[ander])
    maker = AdviseurFactory()
    concept(maker, titel="Concept over Regio Zwolle", verbanden=[verband])

    section = section_publicaties(get(client, verband.get_absolute_url()))
    assert "Publicaties over dit verband" in section
    assert "Over Regio Zwolle" in section
    assert "Over Twente" not in section
    assert "Concept over Regio Zwolle" not in section

    client.force_login(maker)
    assert "Concept over Regio Zwolle" in section_publicaties(
        get(client, verband.get_absolute_url())
    )

    leeg = section_publicaties(get(client, VerbandFactory(naam="Zonder").get_absolute_url()))
    assert "Er zijn nog geen publicaties over dit verband" in leeg


def test_gemeente_page_lists_publicaties_direct_and_via_verband(client):
    today = timezone.localdate()
    verband = VerbandFactory(naam="Regio Zwolle")
    DeelnameFactory(verband=verband, gemeente=gemeente("Zwolle"))
    vroeger = VerbandFactory(naam="Oude regeling")
    DeelnameFactory(
        verband=vroeger,
        gemeente=gemeente("Zwolle"),
        toegetreden_op=datetime.date(2010, 1, 1),
        uitgetreden_op=today - datetime.timedelta(days=1),
    )
    PublicatieFactory(titel="Direct over Zwolle", gemeenten=["Zwolle"])
    PublicatieFactory(titel="Via Regio Zwolle", verbanden=[verband])
    PublicatieFactory(titel="Via de oude regeling", verbanden=[vroeger])
    PublicatieFactory(titel="Over Kampen", gemeenten=["Kampen"])
    concept(titel="Concept over Zwolle", gemeenten=["Zwolle"])

    response = get(client, gemeente("Zwolle").get_absolute_url())
    section = section_publicaties(response)
    assert "Publicaties over deze gemeente" in section
    assert "Direct over Zwolle" in section
    assert "Via Regio Zwolle" in section
    for absent in ("Via de oude regeling", "Over Kampen", "Concept over Zwolle"):
        assert absent not in section
    feed_url = reverse("kennisbank:gemeente_feed", kwargs={"slug": gemeente("Zwolle").slug})
    assert feed_url in response.content.decode()


def section_html(response) -> str:
    match = re.search(
        r'<section[^>]*id="publicaties".*?</section>', response.content.decode(), re.S
    )
    assert match, "no publicaties section on the page"
    return match.group(0)


def test_gemeente_page_shows_at_most_ten_with_link_to_all(client):
    zwolle = gemeente("Zwolle")
    verband = VerbandFactory(naam="Regio Zwolle")
    DeelnameFactory(verband=verband, gemeente=zwolle)
    for i in range(11):
        PublicatieFactory(
            titel=f"Zwolle stuk {i:02d}",
            gemeenten=["Zwolle"] if i % 2 else [],
            verbanden=[] if i % 2 else [verband],
            verschenen_op=datetime.date(2010 + i, 1, 1),
        )
    PublicatieFactory(titel="Over Kampen", gemeenten=["Kampen"])
    response = get(client, zwolle.get_absolute_url())
    section = section_publicaties(response)
    assert "Zwolle stuk 10" in section
    assert "Zwolle stuk 01" in section
    assert "Zwolle stuk 00" not in section
    assert "Alle publicaties hierover in de kennisbank" in section

    # The link leads to the list of all of them, direct and through the verband.
    link = re.search(r'href="([^"]*\?gemeente=[^"]*)"', section_html(response)).group(1)
    assert link == f"/kennisbank/?gemeente={zwolle.slug}"
    response = get(client, link.replace("&amp;", "&"))
    assert sorted(listed(response)) == [f"Zwolle stuk {i:02d}" for i in range(11)]


def test_verband_page_link_to_all_and_list_filtered_on_verband(client):
    verband = VerbandFactory(naam="Regio Twente")
    for i in range(11):
        PublicatieFactory(titel=f"Twente stuk {i:02d}", verbanden=[verband])
    PublicatieFactory(titel="Niet over Twente")
    concept(titel="Concept over Twente", verbanden=[verband])
    response = get(client, verband.get_absolute_url())
    link = re.search(r'href="([^"]*\?verband=[^"]*)"', section_html(response)).group(1)
    assert link == f"/kennisbank/?verband={verband.slug}"
    response = get(client, link)
    assert sorted(listed(response)) == [f"Twente stuk {i:02d}" for i in range(11)]


def test_list_filtered_on_gemeente_combines_with_facets_and_counts(client, catalogus):
    PublicatieFactory(
        titel="G onderzoek Zwolle",
        soort="onderzoek",
        gemeenten=["Zwolle"],
        themas=[catalogus["vertrouwen"]],
    )
    PublicatieFactory(titel="H artikel Zwolle", soort="artikel", gemeenten=["Zwolle"])
    response = get(client, params={"gemeente": "zwolle", "soort": "onderzoek"})
    assert listed(response) == ["G onderzoek Zwolle"]
    counts = facet_counts(response)
    # Every facet is counted within the gemeente's publicaties only.
    assert counts["soort"] == {"onderzoek": (1, True), "artikel": (1, False)}
    assert counts["thema"] == {"vertrouwen": (1, False)}


@pytest.mark.parametrize("name", ["verband", "gemeente"])
def test_list_filtered_on_unknown_verband_or_gemeente_shows_nothing(client, catalogus, name):
    response = get(client, params={name: "bestaat-niet"})
    assert listed(response) == []
    assert "Geen publicaties gevonden" in main_text(response)


def test_home_shows_recent_gepubliceerde_publicaties_only(client):
    for i in range(6):
        PublicatieFactory(titel=f"Recent stuk {i}", verschenen_op=datetime.date(2020 + i, 1, 1))
    concept(titel="Nieuwste concept", verschenen_op=datetime.date(2030, 1, 1))
    client.force_login(BeheerderFactory())  # even a beheerder sees only gepubliceerde here
    response = get(client, reverse("home"))
    assert titels(response.context["recente_publicaties"]) == [
        f"Recent stuk {i}" for i in range(5, 0, -1)
    ]
    html = response.content.decode()
    assert "Recent stuk 5" in html
    assert "Recent stuk 0" not in html
    assert "Nieuwste concept" not in html
