"""Valid but extreme data, entered through the site's own forms, never breaks a page.

Far past and far future dates, every text field filled to its maximum length (or with a
hundred thousand characters where there is none), the largest amounts and terms. Whatever the
form accepts must render everywhere it is shown: the object's page, its history, the lists and
their sort orders, the profiles of the gemeenten involved, "verwacht", search, the feeds and
the home page, for the person who entered it (status 200), and its own pages for a visitor
(no server error).
Whatever the form refuses must be refused cleanly (``harness.submit``: properties 1-3), and
is tried again with dates a little less extreme (``RETREAT``), so that the most extreme dates
the form accepts are the ones stored. The two ends of what a date can hold (1 January 1 and
31 December 9999) are explicit examples: they are tried in every run.
"""

from __future__ import annotations

import datetime
import re
from urllib.parse import urlencode

from hypothesis import example, given
from hypothesis import strategies as st

from evaluaties.models import Criterium, Evaluatie
from kennisbank.models import Publicatie
from verbanden.models import Domein, Samenwerkingsverband

from .harness import (
    assert_no_server_error,
    describe,
    examples,
    get_ok,
    is_redirect,
    isolated,
    new_client,
    read_form,
    snapshot,
    statistics,
    submit,
    to_login,
)
from .site_forms import SITE_FORMS
from .strategies import ShortRepr, long_text, short, text_of_length

SPECS = {spec.name: spec for spec in SITE_FORMS}

FAR_DATES = [
    datetime.date(1, 1, 1),
    datetime.date(9999, 12, 31),
    datetime.date(1000, 1, 1),
    datetime.date(1800, 1, 1),
    datetime.date(2999, 12, 31),
    datetime.date(2000, 2, 29),
    datetime.date(1900, 1, 1),
    datetime.date(2099, 12, 31),
]
MAX_AMOUNT = "999.999.999.999,99"  # EuroField: 14 digits, 2 of them decimals
MAX_URL = 200  # Django's URLField default


def dates() -> st.SearchStrategy[datetime.date]:
    """Far dates, any date, and dates within a few centuries, which a form is likelier to take."""
    plausible = st.dates(datetime.date(1800, 1, 1), datetime.date(2200, 12, 31))
    return st.one_of(st.sampled_from(FAR_DATES), st.dates(), plausible)


def dutch(date: datetime.date | None) -> str:
    return "" if date is None else f"{date.day:02d}-{date.month:02d}-{date.year:04d}"


def url_of_length(size: int) -> str:
    start = "https://www.example.nl/"
    return start + "p" * (size - len(start))


class Values(ShortRepr, dict):
    def __repr__(self) -> str:
        return "{" + ", ".join(f"{k}: {short(str(v))}" for k, v in self.items()) + "}"


def searchable(text: str) -> str:
    """The first word of a text, as someone would search for it."""
    return (text.split() or [text])[0][:50]


def render_everywhere(world, own: list[str], query: str, what: str) -> None:
    """The object's ``own`` pages and every list, search and feed (``common_pages``): status
    200 for the person who entered the data; the ``own`` pages also never a server error for
    a visitor (who sees less of the lists, so nothing the maker's lists do not show)."""
    maker = new_client(world.adviseur)
    visitor = new_client()
    for url in dict.fromkeys([*own, *common_pages(query)]):
        get_ok(maker, url, f"as {world.adviseur} {what}", status=200)
    for url in own:
        assert_no_server_error(visitor.get(url), f"GET {url} as anonymous {what}")


def common_pages(query: str) -> list[str]:
    return [
        "/",
        "/verbanden/",
        "/verbanden/?sortering=opgericht",
        "/evaluaties/",
        "/evaluaties/verwacht/",
        "/kennisbank/",
        "/kennisbank/?sortering=oudste",
        "/kennisbank/feed/",
        "/kennisbank/domein/jeugd/feed/",
        "/kennisbank/gemeente/zwolle/feed/",
        "/gemeenten/zwolle/",
        "/zoeken/?" + urlencode({"q": query}),
    ]


def put(data, values: dict) -> None:
    for name, value in values.items():
        data[name] = value  # FormData makes every value a list of strings


def all_domeinen() -> list[str]:
    return [str(pk) for pk in Domein.objects.values_list("pk", flat=True)]


def accepted(response) -> bool:
    return is_redirect(response) and not to_login(response)


THIS_YEAR = datetime.date.today().year
# Ever narrower ranges for the years of every date, tried in turn while the form refuses the
# values: the most extreme dates the form accepts get stored, whatever its limits are.
RETREAT = [
    None,
    (1800, THIS_YEAR + 50),
    (1850, THIS_YEAR + 10),
    (1900, THIS_YEAR + 1),
    (THIS_YEAR - 30, THIS_YEAR),
]
DUTCH_DATE = re.compile(r"^(\d{2})-(\d{2})-(\d{4})$")


def within(values: Values, years: tuple[int, int] | None) -> Values:
    """``values`` with the year of every date moved into ``years`` (order is kept)."""
    if years is None:
        return values
    moved = Values(values)
    for name, value in values.items():
        if isinstance(value, str) and (match := DUTCH_DATE.match(value)):
            day, month, year = (int(part) for part in match.groups())
            year = min(max(year, years[0]), years[1])
            day = min(day, 28) if month == 2 else day  # 29 February may not exist there
            moved[name] = f"{day:02d}-{month:02d}-{year:04d}"
    return moved


def submit_most_extreme(client, page, values: Values, fields, before: dict, user) -> str | None:
    """Submit ``values`` (only ``fields`` of them, if given); while the form refuses them,
    again with less extreme dates. Every refusal is checked (``harness.submit``). Returns the
    description of the accepted submit, or None if the form refused every step."""
    for years in RETREAT:
        tried = within(values, years)
        data = page.data.copy()
        put(data, {k: v for k, v in tried.items() if fields is None or k in fields})
        what = describe("POST", page.url, user, tried)
        if accepted(submit(client, page, data, what, before=before)):
            statistics(f"accepted with years within {years or 'as drawn'}")
            return what
    statistics("refused at every step")
    return None


# ---------------------------------------------------------------------------------------------
# Verband


GEMEENTEN = ["Zwolle", "Kampen", "Dalfsen"]
FAR_PAST, FAR_FUTURE = datetime.date(1, 1, 1), datetime.date(9999, 12, 31)


def verband_values(text, long: str, termijn: str, looptijd, deelnames) -> Values:
    """``text(n)``: a text of n characters; ``looptijd`` (opgericht, opgeheven or None);
    ``deelnames``: (toegetreden, uitgetreden or None) for each gemeente in ``GEMEENTEN``."""
    opgericht, opgeheven = looptijd
    values = Values(
        naam=text(255),
        afkorting=text(50),
        vestigingsplaats=text(100),
        omschrijving=long,
        governance_toelichting=long,
        wettelijke_voorschriften=long,
        overgedragen_bevoegdheden=long,
        website=url_of_length(MAX_URL),
        bron_url=url_of_length(500),
        evaluatietermijn_jaren=termijn,
        opgericht_op=dutch(opgericht),
        opgeheven_op=dutch(opgeheven),
    )
    for i, (gemeente, (toegetreden, uitgetreden)) in enumerate(
        zip(GEMEENTEN, deelnames, strict=True)
    ):
        values[f"deelnames-{i}-gemeente"] = gemeente
        values[f"deelnames-{i}-toegetreden_op"] = dutch(toegetreden)
        values[f"deelnames-{i}-uitgetreden_op"] = dutch(uitgetreden)
        values[f"deelnames-{i}-bijdrage"] = MAX_AMOUNT
    values["partners-0-partner_naam"] = text(200)
    values["partners-0-partner_soort"] = "provincie"
    values["partners-0-bijdrage"] = MAX_AMOUNT
    return values


def periods(open_end: bool) -> st.SearchStrategy:
    """(start, end) with start <= end; end None (still running) if ``open_end`` says so."""
    return st.lists(dates(), min_size=2, max_size=2).map(
        lambda pair: (min(pair), None if open_end else max(pair))
    )


@st.composite
def extreme_verband(draw) -> Values:
    return verband_values(
        lambda size: draw(text_of_length(size)),
        draw(long_text()),
        draw(st.sampled_from(["1", "20"])),
        draw(st.booleans().flatmap(periods)),
        [draw(periods(open_end=i < 2)) for i in range(len(GEMEENTEN))],
    )


def plain(size: int) -> str:
    return ("Wgr " * size)[:size]


@examples(1)
@example(
    values=verband_values(plain, plain(10_000), "20", (FAR_FUTURE, None), [(FAR_FUTURE, None)] * 3)
)
@example(
    values=verband_values(
        plain, plain(10_000), "1", (FAR_PAST, FAR_FUTURE), [(FAR_PAST, FAR_FUTURE)] * 3
    )
)
@given(values=extreme_verband())
def test_extreme_verband_renders_everywhere(world, baseline, values):
    page = SPECS["verband_create"].read(world)  # a valid form, then the extreme values
    page.data["domeinen"] = all_domeinen()
    with isolated():
        client = new_client(world.adviseur)
        what = submit_most_extreme(client, page, values, None, baseline.get(), world.adviseur)
        if what is None:
            return
        verband = Samenwerkingsverband.objects.latest("pk")
        gemeenten = verband.deelnames.values_list("gemeente__slug", flat=True)
        render_everywhere(
            world,
            [
                verband.get_absolute_url(),
                f"/verbanden/{verband.slug}/geschiedenis/",
                "/verbanden/?" + urlencode({"q": searchable(verband.naam)}),
                *[f"/gemeenten/{slug}/" for slug in gemeenten],
                *[f"/kennisbank/gemeente/{slug}/feed/" for slug in gemeenten],
            ],
            searchable(verband.naam),
            f"after {what}",
        )


# ---------------------------------------------------------------------------------------------
# Evaluatie, through all its steps


def evaluatie_values(text, long: str, uitgevoerd_op: datetime.date, score: str) -> Values:
    return Values(
        titel=text(255),
        soort="rekenkameronderzoek",
        uitvoerder=text(200),
        uitgevoerd_op=dutch(uitgevoerd_op),
        aanleiding=long,
        methode=long,
        score=score,
        tekst=long,
    )


@st.composite
def extreme_evaluatie(draw) -> Values:
    return evaluatie_values(
        lambda size: draw(text_of_length(size)),
        draw(long_text()),
        draw(dates()),
        draw(st.sampled_from(["1", "5"])),
    )


def step(client, evaluatie: Evaluatie, stap: str, values: dict, before: dict, what: str):
    page = read_form(client, f"/evaluaties/{evaluatie.pk}/stap/{stap}/")
    put(page.data, values)
    return submit(client, page, page.data, f"{what}, step {stap}", before=before)


@examples(1)
@example(values=evaluatie_values(plain, plain(10_000), FAR_FUTURE, "5"))
@example(values=evaluatie_values(plain, plain(10_000), FAR_PAST, "1"))
@given(values=extreme_evaluatie())
def test_extreme_evaluatie_renders_everywhere(world, baseline, values):
    page = SPECS["evaluatie_create"].read(world)
    basis = ("titel", "soort", "uitvoerder", "uitgevoerd_op", "aanleiding", "methode")
    with isolated():
        client = new_client(world.adviseur)
        what = submit_most_extreme(client, page, values, basis, baseline.get(), world.adviseur)
        if what is None:
            return
        evaluatie = Evaluatie.objects.latest("pk")
        tekst = values["tekst"]
        steps = [
            (
                "scores",
                {f"score_{c.pk}": values["score"] for c in Criterium.objects.all()}
                | {f"toelichting_{c.pk}": tekst for c in Criterium.objects.all()},
            ),
            (
                "bevindingen",
                {
                    "bevindingen-0-soort": "glans",
                    "bevindingen-0-aspect": "cultuur",
                    "bevindingen-0-tekst": tekst,
                },
            ),
            (
                "aanbevelingen",
                {
                    "aanbevelingen-0-tekst": tekst,
                    "aanbevelingen-0-prioriteit": "hoog",
                    "aanbevelingen-0-status": "open",
                },
            ),
            (
                "controle",
                {
                    "samenvatting": tekst,
                    "conclusies": tekst,
                    "status": "definitief",
                    "openbaar": "on",
                },
            ),
        ]
        for stap, filled in steps:
            step(client, evaluatie, stap, filled, snapshot(), what)
        render_everywhere(
            world,
            [
                f"/evaluaties/{evaluatie.pk}/",
                f"/evaluaties/?jaar={evaluatie.uitgevoerd_op.year}",
                f"/evaluaties/vergelijken/?evaluatie={evaluatie.pk}&evaluatie={world.vorige.pk}",
                world.verband.get_absolute_url(),
                "/zoeken/?" + urlencode({"q": searchable(evaluatie.titel), "in": "evaluaties"}),
            ],
            searchable(evaluatie.titel),
            f"after {what}",
        )


# ---------------------------------------------------------------------------------------------
# Publicatie


def publicatie_values(text, long: str, verschenen_op: datetime.date) -> Values:
    return Values(
        titel=text(255),
        soort="onderzoek",
        status="gepubliceerd",
        samenvatting=long,
        inhoud=long,
        auteurs=text(300),
        uitgever=text(200),
        verschenen_op=dutch(verschenen_op),
        externe_url=url_of_length(500),
        verbanden="Regionale Uitvoeringsdienst IJsselland\nCentrumgemeente Jeugdhulp Utrecht",
        gemeenten="Zwolle\nKampen\n0344",
    )


@st.composite
def extreme_publicatie(draw) -> Values:
    return publicatie_values(
        lambda size: draw(text_of_length(size)), draw(long_text()), draw(dates())
    )


@examples(1)
@example(values=publicatie_values(plain, plain(10_000), FAR_FUTURE))
@example(values=publicatie_values(plain, plain(10_000), FAR_PAST))
@given(values=extreme_publicatie())
def test_extreme_publicatie_renders_everywhere(world, baseline, values):
    page = SPECS["publicatie_create"].read(world)
    page.data["themas"] = str(world.thema.pk)
    page.data["domeinen"] = all_domeinen()
    with isolated():
        client = new_client(world.adviseur)
        what = submit_most_extreme(client, page, values, None, baseline.get(), world.adviseur)
        if what is None:
            return
        publicatie = Publicatie.objects.latest("pk")
        jaar = publicatie.verschenen_op.year
        render_everywhere(
            world,
            [
                publicatie.get_absolute_url(),
                f"/kennisbank/?jaar={jaar}",
                "/kennisbank/?sortering=titel",
                "/kennisbank/?" + urlencode({"q": searchable(publicatie.titel)}),
                f"/kennisbank/thema/{world.thema.slug}/feed/",
                world.verband.get_absolute_url(),
                "/zoeken/?" + urlencode({"q": searchable(publicatie.titel), "in": "publicaties"}),
            ],
            searchable(publicatie.titel),
            f"after {what}",
        )
