"""Every list and search page survives hostile query strings, for visitors and logged-in users.

Keys come from the page's own FilterSet (so a new filter is covered at once) plus its paging,
sorting and search parameters, and sometimes a key the page does not know; values are hostile,
repeated, or real (slugs, choices, ids) so that filters combine in ways people never click.
Raw query strings with broken escapes and invalid UTF-8 are sent as they are. A GET must
never answer with a server error, and never write to the database.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from html import unescape
from urllib.parse import parse_qsl, urlsplit

import pytest
from django.contrib import admin
from django.urls import reverse
from hypothesis import given
from hypothesis import strategies as st

from evaluaties.filters import EvaluatieFilterSet
from evaluaties.models import Evaluatie
from kennisbank.filters import SORTERINGEN, PublicatieFilterSet
from samenwerking.sitesearch import KINDS
from verbanden.filters import GemeenteFilterSet, VerbandFilterSet

from .harness import (
    assert_no_server_error,
    examples,
    get_unchanged,
    isolated,
    new_client,
    role_of,
)
from .strategies import Query, ShortRepr, queries

ROLES = [None, "adviseur", "medewerker", "superuser"]
SEARCHES = ["zwolle", "samenwerking", '"sociaal domein"', "-jeugd", "jeugd of wmo", "ODRU", "de"]


def flat_choices(choices) -> list[str]:
    values = []
    for value, label in choices or []:
        if isinstance(label, list | tuple):  # a group of choices
            values += [str(v) for v, _ in label]
        else:
            values.append(str(value))
    return values


def filter_values(filterset_class) -> dict[str, list[str]]:
    """Per filter of ``filterset_class``: values it accepts (choices, slugs of real rows)."""
    values = {}
    for name, flt in filterset_class.base_filters.items():
        choices = flt.extra.get("choices")
        found = flat_choices(choices() if callable(choices) else choices)
        queryset = flt.extra.get("queryset")
        if queryset is not None:
            to_field = flt.extra.get("to_field_name") or "pk"
            found += [str(getattr(obj, to_field)) for obj in queryset.all()[:5]]
        values[name] = found
    return values


@dataclass(frozen=True, repr=False)
class ListPage(ShortRepr):
    name: str
    url: Callable  # world -> the page's address
    keys: tuple[str, ...]

    def __repr__(self) -> str:
        return self.name


LIST_PAGES = [
    ListPage(
        "verbanden",
        lambda w: "/verbanden/",
        (*VerbandFilterSet.base_filters, "pagina", "per_pagina"),
    ),
    ListPage("gemeenten", lambda w: "/gemeenten/", (*GemeenteFilterSet.base_filters, "pagina")),
    ListPage("evaluaties", lambda w: "/evaluaties/", (*EvaluatieFilterSet.base_filters, "pagina")),
    ListPage("vergelijken", lambda w: "/evaluaties/vergelijken/", ("evaluatie",)),
    ListPage("verwacht", lambda w: "/evaluaties/verwacht/", ("pagina",)),
    ListPage(
        "kennisbank",
        lambda w: "/kennisbank/",
        (*PublicatieFilterSet.base_filters, "q", "sortering", "pagina"),
    ),
    ListPage("zoeken", lambda w: "/zoeken/", ("q", "in", "pagina")),
    ListPage("feed", lambda w: "/kennisbank/feed/", ("pagina",)),
    ListPage("thema_feed", lambda w: f"/kennisbank/thema/{w.thema.slug}/feed/", ("pagina",)),
    ListPage("domein_feed", lambda w: "/kennisbank/domein/jeugd/feed/", ("pagina",)),
    ListPage("gemeente_feed", lambda w: "/kennisbank/gemeente/zwolle/feed/", ("pagina",)),
    ListPage("thema", lambda w: f"/kennisbank/thema/{w.thema.slug}/", ("pagina",)),
]


def known_values(world) -> dict[str, list[str]]:
    """Values the pages accept, per key: choices, slugs and ids of real rows, searches."""
    values: dict[str, list[str]] = {}
    for filterset in (VerbandFilterSet, GemeenteFilterSet, EvaluatieFilterSet, PublicatieFilterSet):
        for key, found in filter_values(filterset).items():
            values.setdefault(key, []).extend(found)
    years = {str(d.year) for d in Evaluatie.objects.values_list("uitgevoerd_op", flat=True)}
    extra = {
        "q": SEARCHES,
        "pagina": ["1", "2", "last"],
        "per_pagina": ["10", "100"],
        "jaar": sorted(years),
        "sortering": list(SORTERINGEN),
        "in": [kind.key for kind in KINDS],
        "verband": [world.verband.slug, world.ander_verband.slug],
        "gemeente": ["zwolle", "kampen", "utrecht"],
        "evaluatie": [str(pk) for pk in Evaluatie.objects.values_list("pk", flat=True)],
        "opgeheven": ["on", "true", "1"],
    }
    for key, found in extra.items():
        values.setdefault(key, []).extend(found)
    return {key: sorted(set(found)) for key, found in values.items()}


@pytest.fixture(params=LIST_PAGES, ids=repr)
def list_page(request):
    return request.param


class Values(ShortRepr, dict):
    def __repr__(self) -> str:
        return f"Values({len(self)} keys)"


@pytest.fixture
def values(world) -> Values:
    return Values(known_values(world))


def get_and_check(world, role, path: str, query: Query, before: dict) -> None:
    user = getattr(world, role) if role else None
    what = f"GET {path} as {role_of(user)} with {query!r}"
    get_unchanged(new_client(user), f"{path}?{query.text}", what, before)


@examples(10)
@given(data=st.data())
def test_list_page_survives_hostile_query_string(world, list_page, values, baseline, data):
    role = data.draw(st.sampled_from(ROLES), label="role")
    query = data.draw(queries(list(list_page.keys) or ["q"], values), label="query")
    with isolated():
        get_and_check(world, role, list_page.url(world), query, baseline.get())


# ---------------------------------------------------------------------------------------------
# The beheer's change lists


@dataclass(repr=False)
class Changelist(ShortRepr):
    url: str
    keys: list[str]
    values: dict[str, list[str]] = field(default_factory=dict)

    def __repr__(self) -> str:
        return self.url


def read_changelist(client, model) -> Changelist:
    """A change list, with the parameters its own filter and sort links use."""
    url = reverse(f"admin:{model._meta.app_label}_{model._meta.model_name}_changelist")
    response = client.get(url)
    assert_no_server_error(response, f"GET {url}")
    valid: dict[str, list[str]] = {}
    for href in re.findall(r'href="(\?[^"]*)"', response.content.decode()):
        for key, value in parse_qsl(urlsplit(unescape(href)).query, keep_blank_values=True):
            valid.setdefault(key, []).append(value)
    keys = sorted({*valid, "q", "o", "p", "e", "all", "_to_field", "_popup"})
    return Changelist(url, keys, {k: sorted(set(v)) for k, v in valid.items()})


class Changelists(ShortRepr, list):
    def __repr__(self) -> str:
        return f"Changelists({len(self)})"


@pytest.fixture
def changelists(world) -> Changelists:
    """The change list of every model in ``admin.site._registry``."""
    client = new_client(world.superuser)
    return Changelists(read_changelist(client, model) for model in admin.site._registry)


@examples(3)
@given(data=st.data())
def test_admin_changelists_survive_hostile_query_strings(world, changelists, baseline, data):
    """Each example sends a hostile query string to every change list of the beheer."""
    drawn = [
        data.draw(queries(cl.keys, cl.values), label=f"query for {cl.url}") for cl in changelists
    ]
    with isolated():
        for changelist, query in zip(changelists, drawn, strict=True):
            get_and_check(world, "superuser", changelist.url, query, baseline.get())
