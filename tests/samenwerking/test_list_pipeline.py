"""One list pipeline: the same filter means the same on every list, in its facet and its feed,
and every list pages the same way (samenwerking/lists.py, samenwerking/filters.py)."""

from __future__ import annotations

import datetime
import re
from http import HTTPStatus

import pytest
from django.urls import reverse

from tests.evaluaties.factories import EvaluatieFactory
from tests.factories import VerbandFactory
from tests.kennisbank.factories import PublicatieFactory

pytestmark = pytest.mark.django_db

HOOFDDOMEIN = "sociaal-domein"
SUBDOMEINEN = ("jeugd", "wmo")
ANDER = "veiligheid"


@pytest.fixture
def tagged():
    """For each list a row in the hoofddomein, one in a subdomein, one in both subdomeinen, and
    one elsewhere: the domein filter must find the first three, each once."""
    rows = {}
    for key, tags in {
        "hoofd": [HOOFDDOMEIN],
        "sub": ["jeugd"],
        "beide": list(SUBDOMEINEN),
        "ander": [ANDER],
    }.items():
        verband = VerbandFactory(naam=f"Verband {key}", domeinen=tags)
        evaluatie = EvaluatieFactory(verband=verband, titel=f"Evaluatie {key}", openbaar=True)
        publicatie = PublicatieFactory(
            titel=f"Publicatie {key}", domeinen=tags, verschenen_op=datetime.date(2024, 1, 1)
        )
        rows[key] = (verband, evaluatie, publicatie)
    return rows


LISTS = {
    "verbanden": ("verbanden:verband_list", "verbanden", 0),
    "evaluaties": ("evaluaties:evaluatie_list", "evaluaties", 1),
    "kennisbank": ("kennisbank:publicatie_list", "publicaties", 2),
}
EXPECTED = {"hoofd", "sub", "beide"}


def facet_count(response, name: str, value: str) -> int | None:
    for facet in response.context["facets"]:
        if facet.name == name:
            return next((o.count for o in facet.options if o.value == value), None)
    return None


@pytest.mark.parametrize("lijst", LISTS)
def test_domein_includes_subdomeinen_on_every_list_and_in_its_facet(client, tagged, lijst):
    url_name, context_name, index = LISTS[lijst]
    url = reverse(url_name)
    expected = {tagged[key][index].pk for key in EXPECTED}

    response = client.get(url, {"domein": HOOFDDOMEIN})
    assert response.status_code == HTTPStatus.OK
    listed = [row.pk for row in response.context[context_name]]
    assert sorted(listed) == sorted(expected)  # each row once

    # The facet promises exactly what choosing it gives, counted without the domein filter.
    assert facet_count(client.get(url), "domein", HOOFDDOMEIN) == len(expected)
    assert facet_count(response, "domein", HOOFDDOMEIN) == len(expected)
    assert facet_count(client.get(url), "domein", "jeugd") == 2

    # Several domeinen combine as OR.
    response = client.get(url, {"domein": ["jeugd", ANDER]})
    listed = {row.pk for row in response.context[context_name]}
    assert listed == {tagged[key][index].pk for key in ("sub", "beide", "ander")}


def test_domein_feed_shows_what_its_list_page_shows(client, tagged):
    feed = client.get(reverse("kennisbank:domein_feed", args=[HOOFDDOMEIN]))
    assert feed.status_code == HTTPStatus.OK
    body = feed.content.decode()
    in_feed = set(re.findall(r"<title>(Publicatie \w+)</title>", body))
    assert in_feed == {f"Publicatie {key}" for key in EXPECTED}

    # The feed links to the list page with the same filter, and that page shows the same.
    link = re.search(r'<link href="[^"]*?(/kennisbank/\?[^"]+)" rel="alternate"', body).group(1)
    response = client.get(link.replace("&amp;", "&"))
    assert {p.titel for p in response.context["publicaties"]} == in_feed


@pytest.mark.parametrize("lijst", LISTS)
def test_multiple_values_in_a_choice_facet_are_or(client, tagged, lijst):
    url_name, context_name, _ = LISTS[lijst]
    response = client.get(reverse(url_name), {"domein": [HOOFDDOMEIN, ANDER]})
    assert len(response.context[context_name]) == 4


@pytest.mark.parametrize("lijst", LISTS)
def test_q_is_the_site_search_on_every_list(client, tagged, lijst):
    url_name, context_name, index = LISTS[lijst]
    response = client.get(reverse(url_name), {"q": "beide"})
    assert [row.pk for row in response.context[context_name]] == [tagged["beide"][index].pk]
    # Only stop words: nothing to look for, so nothing rather than everything.
    response = client.get(reverse(url_name), {"q": "de het"})
    assert list(response.context[context_name]) == []
    assert "Er is niets om op te zoeken" in response.content.decode()


# ---------------------------------------------------------------------------------------------
# Paging: the same names and the same tolerance on every list


def _paged_lists():
    return [
        ("verbanden", "verbanden:verband_list", {}),
        ("gemeenten", "verbanden:gemeente_list", {}),
        ("evaluaties", "evaluaties:evaluatie_list", {}),
        ("kennisbank", "kennisbank:publicatie_list", {}),
        ("zoeken", "zoeken", {"q": "verband", "in": "verbanden"}),
    ]


@pytest.fixture
def many(tagged):
    for n in range(12):
        verband = VerbandFactory(naam=f"Extra verband {n:02d}")
        EvaluatieFactory(verband=verband, openbaar=True)
        PublicatieFactory(titel=f"Extra publicatie {n:02d}")


@pytest.mark.parametrize(("lijst", "url_name", "extra"), _paged_lists())
@pytest.mark.parametrize(
    ("pagina", "expected"),
    [("999", "last"), ("0", 1), ("-3", 1), ("abc", 1), ("", 1), ("last", "last"), ("2", 2)],
)
def test_out_of_range_page_shows_the_nearest_page(
    client, many, lijst, url_name, extra, pagina, expected
):
    response = client.get(reverse(url_name), {**extra, "pagina": pagina, "per_pagina": "10"})
    assert response.status_code == HTTPStatus.OK
    page = (
        response.context["page_obj"]
        if lijst != "zoeken"
        else response.context["groups"][0]["page_obj"]
    )
    assert page.paginator.num_pages >= 2
    assert page.number == (page.paginator.num_pages if expected == "last" else expected)


@pytest.mark.parametrize(
    "url_name",
    ["verbanden:verband_list", "evaluaties:evaluatie_list", "kennisbank:publicatie_list"],
)
def test_page_size_choice_and_unknown_size(client, many, url_name):
    assert client.get(reverse(url_name), {"per_pagina": "10"}).context["paginator"].per_page == 10
    default = client.get(reverse(url_name)).context["paginator"].per_page
    for wrong in ("7", "abc", "100000", "-10"):
        response = client.get(reverse(url_name), {"per_pagina": wrong})
        assert response.status_code == HTTPStatus.OK
        assert response.context["paginator"].per_page == default
