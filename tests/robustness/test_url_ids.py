"""Every address with an id or slug in it survives hostile ids: far beyond any database's range,
zero, padded, malformed, percent-encoded NUL bytes and invalid UTF-8, and ids of other rows.

The addresses come from the URLconf itself (every route with a converter, the beheer's
included), so a new page is covered without touching this file. Each example requests every
such address with the drawn values: a GET never answers with a server error nor writes, and a
POST only changes the database when it succeeds (a redirect away from the login page).
The beheer's routes are requested with GET only: its POSTs are in ``test_admin_forms``.
"""

from __future__ import annotations

import re
from urllib.parse import quote

from django.urls import URLPattern, URLResolver, get_resolver
from django.urls.resolvers import RoutePattern
from hypothesis import given
from hypothesis import strategies as st

from .harness import (
    assert_no_server_error,
    assert_unchanged,
    describe,
    examples,
    is_redirect,
    isolated,
    new_client,
    snapshot,
    to_login,
    watching_writes,
    wrote,
)
from .strategies import IDS, ShortRepr, short

CONVERTER = re.compile(r"<(?:(?P<kind>\w+):)?(?P<name>\w+)>")


def routes(patterns=None, prefix: str = "") -> list[str]:
    """Every route of the URLconf with a converter in it, as ``/evaluaties/<int:pk>/``."""
    found = []
    for pattern in get_resolver().url_patterns if patterns is None else patterns:
        if not isinstance(pattern.pattern, RoutePattern):
            continue  # the beheer's app index and catch-all regexes take no ids
        route = prefix + str(pattern.pattern)
        if isinstance(pattern, URLResolver):
            found += routes(pattern.url_patterns, route)
        elif isinstance(pattern, URLPattern) and CONVERTER.search(route):
            found.append("/" + route)
    return found


ROUTES = routes()
SITE_ROUTES = [r for r in ROUTES if not r.startswith("/beheer/")]
ADMIN_ROUTES = [r for r in ROUTES if r.startswith("/beheer/")]

INTS = ["0", "00000001", str(2**31), str(2**63 - 1), str(2**63), str(2**64), "9" * 40]
SLUGS = ["nieuw", "x" * 3000, "-", "_", "0", "a--b", "UPPER", "set-password", "bestand"]
TEXTS = ["%00", "%ff%fe", "abc", "..", "-1", "1.5", "%20", "null", "_5F", "x" * 3000, *IDS]


class Values(ShortRepr, dict):
    """Per converter kind the value to put in every route."""

    def __repr__(self) -> str:
        return "{" + ", ".join(f"{k}: {short(v)}" for k, v in self.items()) + "}"


def values(real: tuple[str, ...] = ()) -> st.SearchStrategy[Values]:
    ints = st.sampled_from(INTS + list(real))
    return st.builds(
        lambda i, s, t, p: Values(int=i, slug=s, str=t, path=p),
        ints,
        st.sampled_from(SLUGS),
        st.sampled_from(TEXTS + list(real)),
        st.sampled_from([*TEXTS, "a/b", "1/change", "%2F", *real]),
    )


def fill(route: str, values: Values) -> str:
    def one(match) -> str:
        value = values[match.group("kind") or "str"]
        # Percent-escapes in the values stay as they are: they are what is being tested.
        return value if "%" in value else quote(value, safe="/" if "path" in match.group(0) else "")

    return CONVERTER.sub(one, route)


def request_all(client, user, route_list, drawn: Values, method: str, before: dict) -> None:
    """Request every route; a POST may change the database only when it succeeds."""
    state = before
    for route in route_list:
        url = fill(route, drawn)
        what = f"{describe(method, route, user, drawn)} ({short(url)})"
        with watching_writes() as queries:
            response = client.post(url) if method == "POST" else client.get(url)
        assert_no_server_error(response, what)
        if not wrote(queries):
            continue
        after = snapshot()
        if method == "POST" and is_redirect(response) and not to_login(response):
            state = after  # it succeeded (a real id of a row this user may delete)
        else:
            assert_unchanged(state, after, what)


@examples(8)
@given(data=st.data())
def test_site_urls_survive_hostile_ids(world, baseline, data):
    drawn = data.draw(values(world.real_ids()), label="values")
    role = data.draw(st.sampled_from([None, "adviseur", "medewerker", "superuser"]), label="role")
    method = data.draw(st.sampled_from(["GET", "POST"]), label="method")
    with isolated():
        user = getattr(world, role) if role else None
        client = new_client(user)
        request_all(client, user, SITE_ROUTES, drawn, method, baseline.get())


@examples(4)
@given(data=st.data())
def test_admin_urls_survive_hostile_ids(world, baseline, data):
    drawn = data.draw(values(), label="values")
    with isolated():
        client = new_client(world.superuser)
        request_all(client, world.superuser, ADMIN_ROUTES, drawn, "GET", baseline.get())
