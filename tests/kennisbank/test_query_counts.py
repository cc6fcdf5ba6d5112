"""Kennisbank pages, the site search and the feeds do a fixed number of queries, whatever the
number of publicaties they show.

As in tests/test_query_counts.py: render with 3 publicaties, add 27 more, render again and
assert the same number of queries (an N+1 shows up as a difference, listed query by query).
Every publicatie has two themas, two domeinen, two verbanden and two gemeenten. The visitor is
anonymous or the adviseur who made them (who also sees their concepts and the edit buttons).
"""

from __future__ import annotations

import datetime

import pytest
from django.urls import reverse

from tests.factories import AdviseurFactory, DeelnameFactory, VerbandFactory, gemeente
from tests.kennisbank.factories import PublicatieFactory, ThemaFactory
from tests.test_query_counts import assert_same_queries, queries_for

pytestmark = pytest.mark.django_db

ROLES = ["anoniem", "maker"]
GEMEENTEN = ["Zwolle", "Kampen", "Utrecht", "Zeist", "Groningen"]
DOMEINEN = ["jeugd", "wmo", "afval", "ict"]


@pytest.fixture
def maker(db):
    return AdviseurFactory()


@pytest.fixture(params=ROLES)
def role_client(request, client, maker):
    if request.param == "maker":
        client.force_login(maker)
    return client


@pytest.fixture
def onderwerpen(db):
    themas = [ThemaFactory(naam=n) for n in ("Governance", "Vertrouwen", "Stelselregie")]
    verbanden = []
    for naam in ("Regio Zwolle", "Regio Utrecht", "Regio Groningen"):
        verband = VerbandFactory(naam=naam)
        for g in GEMEENTEN[:3]:
            DeelnameFactory(verband=verband, gemeente=gemeente(g))
        verbanden.append(verband)
    return {"themas": themas, "verbanden": verbanden}


def add_publicaties(n: int, onderwerpen, maker, start: int = 0) -> list:
    """``n`` publicaties about samenwerking, every third a concept of ``maker``."""
    themas, verbanden = onderwerpen["themas"], onderwerpen["verbanden"]
    made = []
    for i in range(start, start + n):
        made.append(
            PublicatieFactory(
                titel=f"Samenwerking in de regio {i:03d}",
                samenvatting=f"Onderzoek {i} naar samenwerking tussen gemeenten.",
                soort=["onderzoek", "handreiking", "artikel"][i % 3],
                verschenen_op=datetime.date(2020 + i % 5, 1 + i % 12, 1),
                status="concept" if i % 3 == 2 else "gepubliceerd",
                aangemaakt_door=maker,
                themas=[themas[i % 3], themas[(i + 1) % 3]],
                domeinen=[DOMEINEN[i % 4], DOMEINEN[(i + 1) % 4]],
                verbanden=[verbanden[i % 3], verbanden[(i + 1) % 3]],
                gemeenten=[GEMEENTEN[i % 5], GEMEENTEN[(i + 2) % 5]],
            )
        )
    return made


def compare(client, url, params, onderwerpen, maker, *, check=None):
    add_publicaties(3, onderwerpen, maker)
    few = queries_for(client, url, params)
    if check is not None:  # the same work is done with few: a page that shows something
        check(client.get(url, params))
    add_publicaties(27, onderwerpen, maker, start=3)
    many = queries_for(client, url, params)
    if check is not None:
        check(client.get(url, params))
    assert_same_queries(few, many, "30 publicaties")


LIST_PARAMS = [
    {},
    {"q": "samenwerking"},
    {"soort": ["onderzoek", "handreiking"], "thema": "governance"},
    {"jaar": ["2020", "2023"], "domein": "jeugd", "sortering": "titel"},
    {"q": "samenwerking regio", "thema": ["governance", "vertrouwen"], "domein": "wmo"},
    {"q": "samenwerking", "sortering": "oudste", "pagina": "2"},
]


@pytest.mark.parametrize(
    "params", LIST_PARAMS, ids=["geen", "q", "facetten", "jaar-domein", "q-facetten", "pagina"]
)
def test_list(role_client, onderwerpen, maker, params):
    def check(response):
        assert response.context["publicaties"], "the page shows no publicaties"

    compare(
        role_client, reverse("kennisbank:publicatie_list"), params, onderwerpen, maker, check=check
    )


def test_list_shows_themas_of_each(role_client, onderwerpen, maker):
    """The themas are shown per result (a prefetch, not a query per row)."""
    add_publicaties(21, onderwerpen, maker)
    response = role_client.get(reverse("kennisbank:publicatie_list"), {"per_pagina": "10"})
    expected = 10  # a full page, also for those who do not see the 7 concepts
    assert len(response.context["publicaties"]) == expected
    assert "Governance" in response.content.decode()


def test_detail(role_client, onderwerpen, maker):
    """One publicatie with related ones: 3 in total, then 30 (related lists are capped)."""
    add_publicaties(3, onderwerpen, maker)
    hoofd = PublicatieFactory(
        titel="Hoofdpublicatie",
        themas=onderwerpen["themas"],
        verbanden=onderwerpen["verbanden"],
        gemeenten=GEMEENTEN,
        domeinen=DOMEINEN,
    )
    url = hoofd.get_absolute_url()
    few = queries_for(role_client, url)
    add_publicaties(27, onderwerpen, maker, start=3)
    many = queries_for(role_client, url)
    response = role_client.get(url)
    assert len(response.context["zelfde_verbanden"]) == 5
    assert_same_queries(few, many, "30 publicaties")


@pytest.mark.parametrize("params", [{"q": "samenwerking"}, {"q": "regio", "in": "publicaties"}])
def test_site_search(role_client, onderwerpen, maker, params):
    def check(response):
        groups = {g["kind"].key: g for g in response.context["groups"]}
        assert groups["publicaties"]["items"]

    compare(role_client, reverse("zoeken"), params, onderwerpen, maker, check=check)


@pytest.mark.parametrize("name", ["feed", "thema_feed", "domein_feed", "gemeente_feed"])
def test_feed(client, onderwerpen, maker, name):
    slug = {
        "feed": None,
        "thema_feed": "governance",
        "domein_feed": "sociaal-domein",
        "gemeente_feed": gemeente("Zwolle").slug,
    }[name]
    url = reverse(f"kennisbank:{name}", kwargs={"slug": slug} if slug else {})

    def check(response):
        assert response.content.count(b"<entry>") >= 1

    compare(client, url, None, onderwerpen, maker, check=check)


@pytest.mark.parametrize("pagina", ["verband", "gemeente", "home"])
def test_pages_listing_publicaties(role_client, onderwerpen, maker, pagina):
    url = {
        "verband": onderwerpen["verbanden"][0].get_absolute_url(),
        "gemeente": gemeente("Zwolle").get_absolute_url(),
        "home": reverse("home"),
    }[pagina]
    compare(role_client, url, None, onderwerpen, maker)
