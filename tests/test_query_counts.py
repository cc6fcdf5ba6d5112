"""Pages do a fixed number of queries, whatever the number of rows they show.

Each test renders a page with one row, adds rows, renders it again and asserts the *same*
number of queries: no magic numbers to update, and any N+1 in a view or template shows up as
a difference, listed query by query.
"""

from __future__ import annotations

from http import HTTPStatus

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.factories import (
    DeelnameFactory,
    PartnerdeelnameFactory,
    UserFactory,
    VerbandFactory,
    gemeente,
)
from verbanden.models import Domein, Gemeente

pytestmark = pytest.mark.django_db

ROLES = ["anoniem", "ingelogd"]


@pytest.fixture(params=ROLES)
def role_client(request, client):
    if request.param == "ingelogd":
        client.force_login(UserFactory())
    return client


def queries_for(client, url: str, params: dict | None = None) -> list[str]:
    """The SQL of one GET of ``url``, after a first GET that warms any process-wide cache."""
    client.get(url, params)
    with CaptureQueriesContext(connection) as context:
        response = client.get(url, params)
    assert response.status_code == HTTPStatus.OK
    return [query["sql"] for query in context.captured_queries]


def assert_same_queries(few: list[str], many: list[str], rows: str) -> None:
    if len(few) != len(many):
        listing = "\n".join(f"  {sql[:200]}" for sql in many)
        pytest.fail(
            f"{len(few)} queries with one row, {len(many)} with {rows}; "
            f"the queries with {rows}:\n{listing}"
        )


def verband_met_alles(n_deelnemers: int = 4, **kwargs):
    """A verband with deelnemers, two domeinen and two partners."""
    verband = VerbandFactory.met_deelnemers(
        n_deelnemers, domeinen=["jeugd", "wmo"], bijdrage=1000, **kwargs
    )
    PartnerdeelnameFactory.create_batch(2, verband=verband)
    return verband


@pytest.mark.parametrize(
    "params",
    [
        {"per_pagina": "50"},
        {"per_pagina": "100"},
        {},  # 25 per page: the second case shows a full page and a pagination bar
        {
            "per_pagina": "100",
            "domein": "sociaal-domein",
            "provincie": "utrecht",
            "sortering": "-gemeenten",
        },
    ],
    ids=["50", "100", "default", "100-with-filters"],
)
def test_verband_list(role_client, params):
    verband_met_alles(provincie="Utrecht")
    few = queries_for(role_client, "/verbanden/", params)
    for _ in range(29):
        verband_met_alles(provincie="Utrecht")
    many = queries_for(role_client, "/verbanden/", params)
    response = role_client.get("/verbanden/", params)
    expected_rows = min(30, int(params.get("per_pagina", 25)))
    assert len(response.context["verbanden"]) == expected_rows
    assert_same_queries(few, many, "30 rows")


def test_verband_detail(role_client):
    verband = verband_met_alles(1)
    url = verband.get_absolute_url()
    few = queries_for(role_client, url)
    gemeenten = Gemeente.objects.current().exclude(deelnames__verband=verband)[:29]
    for g in gemeenten[:25]:
        DeelnameFactory(verband=verband, gemeente=g, bijdrage=500)
    for g in gemeenten[25:]:  # former deelnemers are shown too
        DeelnameFactory(verband=verband, gemeente=g, uitgetreden_op="2020-01-01")
    PartnerdeelnameFactory.create_batch(5, verband=verband)
    verband.domeinen.add(*Domein.objects.all()[:5])
    many = queries_for(role_client, url)
    response = role_client.get(url)
    assert len(response.context["actieve_deelnames"]) == 26
    assert len(response.context["eerdere_deelnames"]) == 4
    assert_same_queries(few, many, "30 deelnemers")


def test_gemeente_profiel(role_client):
    zeist = gemeente("Zeist")
    url = zeist.get_absolute_url()
    verband_met_alles(4, centrumgemeente=zeist, provincie="Utrecht")
    few = queries_for(role_client, url)
    for n in range(29):
        verband_met_alles(
            4,
            centrumgemeente=zeist,
            provincie="Utrecht" if n % 2 else "Gelderland",
            juridische_vorm="openbaar_lichaam" if n % 3 else "stichting",
        )
    many = queries_for(role_client, url)
    response = role_client.get(url)
    assert len(response.context["verbanden"]) == 30
    assert_same_queries(few, many, "30 verbanden")


def test_gemeente_list(role_client):
    params = {"provincie": "utrecht"}
    DeelnameFactory(gemeente=gemeente("Zeist"))
    few = queries_for(role_client, "/gemeenten/", params)
    for _ in range(30):
        verband_met_alles(5, provincie="Utrecht")
    many = queries_for(role_client, "/gemeenten/", params)
    assert_same_queries(few, many, "30 verbanden")


def test_home(role_client):
    verband_met_alles()
    few = queries_for(role_client, "/")
    for n in range(29):
        verband_met_alles(juridische_vorm="openbaar_lichaam" if n % 2 else "netwerk")
    many = queries_for(role_client, "/")
    assert_same_queries(few, many, "30 verbanden")
