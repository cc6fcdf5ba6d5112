"""Public pages of the registry and the admin, through the Django test client."""

from __future__ import annotations

import datetime
import re
from decimal import Decimal
from http import HTTPStatus
from urllib.parse import parse_qs, urlsplit

import pytest
from django.contrib import admin
from django.urls import reverse

from tests.factories import (
    DeelnameFactory,
    PartnerdeelnameFactory,
    PartnerFactory,
    VerbandFactory,
    gemeente,
)
from verbanden import choices
from verbanden.models import Gemeente

pytestmark = pytest.mark.django_db

LIST_URL = "/verbanden/"


def html(response) -> str:
    return response.content.decode()


def _deelnemer(verband, naam, *, bijdrage=None, rol=choices.Rol.DEELNEMER, uitgetreden_op=None):
    return DeelnameFactory(
        verband=verband,
        gemeente=gemeente(naam),
        bijdrage=bijdrage,
        rol=rol,
        uitgetreden_op=uitgetreden_op,
    )


# ---------------------------------------------------------------------------------------------
# Simple pages


@pytest.mark.parametrize(
    ("url", "text"),
    [
        ("/", "Intergemeentelijke samenwerking"),
        ("/verbanden/", "Samenwerkingsverbanden"),
        ("/toegankelijkheid/", "Toegankelijkheid"),
        ("/gemeenten/", "Gemeenten"),
        ("/gemeenten/?q=", "Gemeenten"),
    ],
)
def test_public_page_ok(client, url, text):
    VerbandFactory.met_deelnemers(3)
    response = client.get(url)
    assert response.status_code == HTTPStatus.OK
    assert text in html(response)
    assert re.search(r"<title>[^<]+</title>", html(response))


def test_home_figures(client):
    VerbandFactory.met_deelnemers(3, provincie="Utrecht", domeinen=["jeugd"])
    VerbandFactory.met_deelnemers(2, provincie="Utrecht", wgr=True, domeinen=["jeugd", "ict"])
    response = client.get("/")
    assert response.status_code == HTTPStatus.OK
    context = response.context
    assert context["aantal_verbanden"] == 2
    assert context["aantal_gemeenten"] == 3  # the two verbanden share the first two gemeenten
    assert [(vorm.value, n) for vorm, n in context["per_juridische_vorm"]] == [
        ("openbaar_lichaam", 1),
        ("convenant", 1),
    ]
    assert [(d.slug, d.aantal) for d in context["per_domein"]] == [("jeugd", 2), ("ict", 1)]


def test_home_counts_only_gemeenten_that_take_part_now(client):
    verband = VerbandFactory()
    _deelnemer(verband, "Zeist")
    _deelnemer(verband, "Utrecht", uitgetreden_op=datetime.date(2020, 1, 1))
    assert client.get("/").context["aantal_gemeenten"] == 1


def test_beheer_requires_login(client):
    response = client.get("/beheer/")
    assert response.status_code == HTTPStatus.FOUND
    assert response["Location"] == "/beheer/login/?next=/beheer/"


def test_beheer_index_for_superuser(superuser_client):
    response = superuser_client.get("/beheer/")
    assert response.status_code == HTTPStatus.OK
    assert "Beheer van register en kennisbank" in html(response)


def test_beheer_not_for_normal_user(client, user):
    client.force_login(user)
    response = client.get("/beheer/")
    assert response.status_code == HTTPStatus.FOUND
    assert response["Location"].startswith("/beheer/login/")


# ---------------------------------------------------------------------------------------------
# Verbanden list


def test_verband_list_shows_verbanden(client):
    jeugd = VerbandFactory.met_deelnemers(
        3, provincie="Utrecht", naam="Regionale Dienst Jeugdhulp", afkorting="RDJ"
    )
    VerbandFactory(naam="Netwerk Digitale Overheid")
    response = client.get(LIST_URL)
    assert response.status_code == HTTPStatus.OK
    assert [v.naam for v in response.context["verbanden"]] == [
        "Netwerk Digitale Overheid",
        "Regionale Dienst Jeugdhulp",
    ]
    content = html(response)
    assert f'href="{jeugd.get_absolute_url()}"' in content
    assert "(RDJ)" in content
    assert "Subregionaal" in content
    assert response.context["filters_active"] is False


def test_verband_list_filters_from_query_string(client):
    VerbandFactory(naam="Omgevingsdienst Noord", juridische_vorm="openbaar_lichaam")
    VerbandFactory(naam="Netwerk Zuid", juridische_vorm="netwerk")
    response = client.get(LIST_URL, {"juridische_vorm": "netwerk"})
    assert [v.naam for v in response.context["verbanden"]] == ["Netwerk Zuid"]
    assert response.context["filters_active"] is True
    assert "Omgevingsdienst Noord" not in html(response)


def test_verband_list_sort_is_not_a_filter(client):
    VerbandFactory()
    response = client.get(LIST_URL, {"sortering": "-naam", "per_pagina": "10"})
    assert response.context["filters_active"] is False


@pytest.mark.parametrize(
    ("per_pagina", "expected"),
    [(None, 25), ("10", 10), ("100", 100), ("7", 25), ("abc", 25), ("-10", 25), ("", 25)],
)
def test_verband_list_page_size(client, per_pagina, expected):
    VerbandFactory.create_batch(3)
    params = {"per_pagina": per_pagina} if per_pagina is not None else {}
    response = client.get(LIST_URL, params)
    assert response.status_code == HTTPStatus.OK
    assert response.context["paginator"].per_page == expected


def _page_links(content: str) -> list[dict[str, list[str]]]:
    links = re.findall(r'href="(\?[^"]*pagina=[^"]*)"', content)
    return [parse_qs(urlsplit(link.replace("&amp;", "&")).query) for link in links]


def test_pagination_keeps_filters(client):
    for n in range(30):
        VerbandFactory(naam=f"Regio Samenwerking {n:02d}", taaktype="beleid")
    VerbandFactory(naam="Regio Uitvoering", taaktype="uitvoering")
    params = {"q": "regio", "taaktype": "beleid", "sortering": "-naam", "per_pagina": "10"}
    response = client.get(LIST_URL, {**params, "pagina": "2"})
    assert response.status_code == HTTPStatus.OK
    page = response.context["page_obj"]
    assert (page.number, page.paginator.num_pages, page.paginator.count) == (2, 3, 30)
    assert [v.naam for v in page][:2] == ["Regio Samenwerking 19", "Regio Samenwerking 18"]
    links = _page_links(html(response))
    assert {link["pagina"][0] for link in links} >= {"1", "3"}
    for link in links:
        assert {key: value[0] for key, value in link.items() if key != "pagina"} == params


def test_invalid_filter_shows_dutch_message_and_no_results(client):
    VerbandFactory.met_deelnemers(2, provincie="Utrecht")
    response = client.get(
        LIST_URL, {"provincie": "bestaat-niet", "per_pagina": "abc", "fase": "verkenning"}
    )
    assert response.status_code == HTTPStatus.OK
    content = html(response)
    # The invalid filter is ignored and named; the valid ones still apply.
    assert "Niet alle filters konden worden toegepast" in content
    assert "Onbekende keuzes bij ‘Provincie’ zijn genegeerd" in content
    assert response.context["ignored_filters"] == ["Provincie"]
    assert [v.fase for v in response.context["verbanden"]] == ["verkenning"] * len(
        response.context["verbanden"]
    )
    assert response.context["paginator"].per_page == 25


def test_bad_query_string_shows_filter_errors_not_a_404(client):
    VerbandFactory.met_deelnemers(2, provincie="Utrecht")
    response = client.get(
        LIST_URL, {"provincie": "bestaat-niet", "per_pagina": "abc", "pagina": "999"}
    )
    assert response.status_code == HTTPStatus.OK
    content = html(response)
    assert "Niet alle filters konden worden toegepast" in content
    assert len(response.context["verbanden"]) == 1
    assert response.context["page_obj"].number == 1


@pytest.mark.parametrize(
    ("pagina", "expected"),
    [
        ("2", 2),
        ("3", 3),
        ("4", 3),  # beyond the last page: the last page
        ("999", 3),
        ("abc", 1),  # not a number: the first page
        ("", 1),
        ("0", 1),  # below the first page: the first page
        ("-1", 1),
        ("last", 3),
    ],
)
def test_page_out_of_range_shows_nearest_page(client, pagina, expected):
    VerbandFactory.create_batch(25)
    response = client.get(LIST_URL, {"per_pagina": "10", "pagina": pagina})
    assert response.status_code == HTTPStatus.OK
    assert response.context["page_obj"].number == expected
    assert len(response.context["verbanden"]) == (5 if expected == 3 else 10)


# ---------------------------------------------------------------------------------------------
# Verband detail


@pytest.fixture
def jeugdregio():
    verband = VerbandFactory(
        wgr=True,
        naam="Jeugdregio Utrecht-West",
        afkorting="JUW",
        juridische_vorm=choices.JuridischeVorm.CENTRUMGEMEENTECONSTRUCTIE,
        domeinen=["jeugd"],
    )
    _deelnemer(verband, "Woerden", bijdrage=Decimal("1250000"), rol=choices.Rol.CENTRUMGEMEENTE)
    _deelnemer(verband, "Montfoort", bijdrage=Decimal("250000.50"))
    _deelnemer(verband, "Oudewater")  # no bijdrage known
    _deelnemer(verband, "Stichtse Vecht", uitgetreden_op=datetime.date(2021, 1, 1))
    PartnerdeelnameFactory(
        verband=verband,
        partner=PartnerFactory(naam="Provincie Utrecht", soort=choices.PartnerSoort.PROVINCIE),
    )
    return verband


def test_verband_detail(client, jeugdregio):
    response = client.get(jeugdregio.get_absolute_url())
    assert response.status_code == HTTPStatus.OK
    context = response.context
    assert context["verband"] == jeugdregio
    assert [d.gemeente.naam for d in context["actieve_deelnames"]] == [
        "Montfoort",
        "Oudewater",
        "Woerden",
    ]
    assert [d.gemeente.naam for d in context["eerdere_deelnames"]] == ["Stichtse Vecht"]
    assert context["totale_bijdrage"] == Decimal("1500000.50")
    assert context["centrumgemeente_fouten"] == []
    assert context["verband"].schaal == choices.Schaal.SUBREGIONAAL
    content = html(response)
    assert "Jeugdregio Utrecht-West" in content
    for naam in ["Woerden", "Montfoort", "Oudewater", "Stichtse Vecht", "Provincie Utrecht"]:
        assert naam in content
    # each deelnemer links to its samenwerkingsprofiel
    assert f'href="{gemeente("Montfoort").get_absolute_url()}"' in content
    assert "1.500.000,50" in content
    assert "Jeugd" in content


def test_verband_detail_warns_about_missing_centrumgemeente(client, jeugdregio):
    jeugdregio.deelnames.filter(rol=choices.Rol.CENTRUMGEMEENTE).update(rol="deelnemer")
    response = client.get(jeugdregio.get_absolute_url())
    fout = "Een centrumgemeenteconstructie heeft één actieve centrumgemeente; er is er nu geen."
    assert response.context["centrumgemeente_fouten"] == [fout]
    assert fout in html(response)


def test_verband_detail_without_deelnemers(client):
    verband = VerbandFactory(opgeheven=True, opgericht_op=None)
    response = client.get(verband.get_absolute_url())
    assert response.status_code == HTTPStatus.OK
    assert response.context["actieve_deelnames"] == []
    assert response.context["totale_bijdrage"] == 0


@pytest.mark.parametrize(
    "url", ["/verbanden/bestaat-niet/", "/gemeenten/bestaat-niet/", "/bestaat-niet/"]
)
def test_unknown_slug_is_dutch_404(client, url):
    response = client.get(url)
    assert response.status_code == HTTPStatus.NOT_FOUND
    assert "Pagina niet gevonden" in html(response)


# ---------------------------------------------------------------------------------------------
# Gemeenten list


def test_gemeente_list_without_query_string(client):
    response = client.get("/gemeenten/", {"per_pagina": "400"})
    assert response.status_code == HTTPStatus.OK
    gemeenten = list(response.context["gemeenten"])
    assert len(gemeenten) == 342
    assert not any(g.is_dissolved for g in gemeenten)
    assert "Zeewolde" in html(response)


def test_gemeente_list_search_and_counts(client):
    verband = VerbandFactory()
    _deelnemer(verband, "Zeist")
    _deelnemer(VerbandFactory(), "Zeist")
    _deelnemer(VerbandFactory(), "Zeist", uitgetreden_op=datetime.date(2020, 1, 1))
    response = client.get("/gemeenten/", {"q": "zeist"})
    assert response.status_code == HTTPStatus.OK
    gemeenten = list(response.context["gemeenten"])
    assert [(g.naam, g.aantal_verbanden) for g in gemeenten] == [("Zeist", 2)]
    assert f'href="{gemeenten[0].get_absolute_url()}"' in html(response)


def test_gemeente_list_per_provincie(client):
    response = client.get("/gemeenten/", {"provincie": "flevoland"})
    assert response.status_code == HTTPStatus.OK
    assert [g.naam for g in response.context["gemeenten"]] == [
        "Almere",
        "Dronten",
        "Lelystad",
        "Noordoostpolder",
        "Urk",
        "Zeewolde",
    ]


def test_gemeente_list_with_opgeheven(client):
    response = client.get("/gemeenten/", {"q": "weesp", "opgeheven": "on"})
    assert "Weesp" in [g.naam for g in response.context["gemeenten"]]
    response = client.get("/gemeenten/", {"q": "weesp"})
    assert "Weesp" not in [g.naam for g in response.context["gemeenten"]]


# ---------------------------------------------------------------------------------------------
# Gemeente profile (samenwerkingsprofiel)


@pytest.fixture
def zeist_profiel():
    """Zeist in three verbanden (one without domein), and one it has left."""
    jeugd = VerbandFactory(
        naam="Regionale Dienst Jeugdhulp",
        juridische_vorm=choices.JuridischeVorm.GEMEENSCHAPPELIJK_ORGAAN,
        domeinen=["jeugd"],
    )
    _deelnemer(jeugd, "Zeist", bijdrage=Decimal("1000"))
    _deelnemer(jeugd, "Utrecht")
    _deelnemer(jeugd, "De Bilt")
    PartnerdeelnameFactory(
        verband=jeugd,
        partner=PartnerFactory(naam="Provincie Utrecht", soort=choices.PartnerSoort.PROVINCIE),
    )
    sociaal = VerbandFactory(
        naam="Sociaal Domein Heuvelrug",
        juridische_vorm=choices.JuridischeVorm.BEDRIJFSVOERINGSORGANISATIE,
        domeinen=["jeugd", "wmo"],
    )
    _deelnemer(sociaal, "Zeist", bijdrage=Decimal("2500.50"))
    _deelnemer(sociaal, "De Bilt")
    _deelnemer(sociaal, "Houten")
    netwerk = VerbandFactory(
        naam="Netwerk Duurzaamheid", juridische_vorm=choices.JuridischeVorm.NETWERK
    )
    _deelnemer(netwerk, "Zeist")
    _deelnemer(netwerk, "Utrecht")
    verlaten = VerbandFactory(naam="Afvalschap Oost", domeinen=["afval"])
    _deelnemer(verlaten, "Zeist", uitgetreden_op=datetime.date(2020, 1, 1))
    _deelnemer(verlaten, "Amersfoort")
    return {"jeugd": jeugd, "sociaal": sociaal, "netwerk": netwerk, "verlaten": verlaten}


def test_gemeente_profiel(client, zeist_profiel):
    jeugd, sociaal, netwerk = (zeist_profiel[k] for k in ("jeugd", "sociaal", "netwerk"))
    response = client.get(gemeente("Zeist").get_absolute_url())
    assert response.status_code == HTTPStatus.OK
    context = response.context
    assert context["gemeente"] == gemeente("Zeist")
    assert context["verbanden"] == [netwerk, jeugd, sociaal]
    assert [
        (domein.slug if domein else None, verbanden) for domein, verbanden in context["per_domein"]
    ] == [("jeugd", [jeugd, sociaal]), ("wmo", [sociaal]), (None, [netwerk])]
    assert context["per_juridische_vorm"] == [
        (
            "Publiekrechtelijk (Wgr)",
            [("Gemeenschappelijk orgaan", [jeugd]), ("Bedrijfsvoeringsorganisatie", [sociaal])],
        ),
        ("Informeel", [("Netwerk", [netwerk])]),
    ]
    assert [(p["gemeente__naam"], p["gedeeld"]) for p in context["partnergemeenten"]] == [
        ("De Bilt", 2),
        ("Utrecht", 2),
        ("Houten", 1),
    ]
    assert [(p["partner__naam"], p["gedeeld"]) for p in context["partnerorganisaties"]] == [
        ("Provincie Utrecht", 1)
    ]
    assert context["totale_bijdrage"] == Decimal("3500.50")
    assert context["aantal_zonder_bijdrage"] == 1
    assert context["per_schaal"] == [("Subregionaal", 3)]
    assert context["verbanden"][1].eigen_deelname.bijdrage == Decimal("1000")

    content = html(response)
    for naam in [
        "Regionale Dienst Jeugdhulp",
        "Sociaal Domein Heuvelrug",
        "Netwerk Duurzaamheid",
        "De Bilt",
        "Houten",
        "Provincie Utrecht",
        "Gemeenschappelijk orgaan",
        "Wmo",
    ]:
        assert naam in content
    assert "Afvalschap Oost" not in content
    assert "Amersfoort" not in content
    assert "3.500,50" in content
    assert f'href="{gemeente("De Bilt").get_absolute_url()}"' in content


def test_gemeente_profiel_without_verbanden(client):
    response = client.get(gemeente("Vlieland").get_absolute_url())
    assert response.status_code == HTTPStatus.OK
    assert response.context["verbanden"] == []
    assert response.context["totale_bijdrage"] == 0
    assert "Vlieland" in html(response)


def test_opgeheven_gemeente_profiel_points_to_successor(client):
    weesp = Gemeente.objects.get(code="0457")
    response = client.get(weesp.get_absolute_url())
    assert response.status_code == HTTPStatus.OK
    assert f'href="{gemeente("Amsterdam").get_absolute_url()}"' in html(response)


# ---------------------------------------------------------------------------------------------
# Admin: every registered model's pages work for a beheerder


REGISTERED = sorted(admin.site._registry.items(), key=lambda item: item[0]._meta.label)


@pytest.fixture
def admin_data(jeugdregio, zeist_profiel):
    """Rows in every registry table, so that list_display callables are exercised."""
    return jeugdregio


@pytest.mark.parametrize(
    ("model", "model_admin"), REGISTERED, ids=[m._meta.label for m, _ in REGISTERED]
)
def test_admin_changelist(superuser_client, admin_data, model, model_admin):
    opts = model._meta
    url = reverse(f"admin:{opts.app_label}_{opts.model_name}_changelist")
    response = superuser_client.get(url)
    assert response.status_code == HTTPStatus.OK
    if model_admin.search_fields:
        response = superuser_client.get(url, {"q": "Utrecht"})
        assert response.status_code == HTTPStatus.OK
    if model_admin.has_add_permission(response.wsgi_request):
        add = superuser_client.get(reverse(f"admin:{opts.app_label}_{opts.model_name}_add"))
        assert add.status_code == HTTPStatus.OK
    obj = model._default_manager.first()
    if obj is not None:
        change = superuser_client.get(
            reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[obj.pk])
        )
        assert change.status_code == HTTPStatus.OK


def test_registry_models_are_in_admin():
    labels = {model._meta.label for model in admin.site._registry}
    assert {
        "verbanden.Gemeente",
        "verbanden.Samenwerkingsverband",
        "verbanden.Domein",
    } <= labels
