"""VerbandFilterSet against ``for_list()``: exact result sets per parameter and combined."""

from __future__ import annotations

import datetime
from urllib.parse import urlencode

import pytest
from django.http import QueryDict

from tests.factories import DeelnameFactory, VerbandFactory, gemeente
from verbanden import choices
from verbanden.filters import GemeenteFilterSet, VerbandFilterSet
from verbanden.models import Gemeente, Samenwerkingsverband

pytestmark = pytest.mark.django_db

UTRECHT_5 = ["Utrecht", "Zeist", "De Bilt", "Houten", "Nieuwegein"]
FLEVOLAND = ["Almere", "Dronten", "Lelystad", "Noordoostpolder", "Urk", "Zeewolde"]
ALL = {"jeugd", "ofgv", "sociaal", "belasting", "netwerk", "afval"}


def _add(verband, *namen, uitgetreden=()):
    for naam in namen:
        DeelnameFactory(verband=verband, gemeente=gemeente(naam))
    for naam in uitgetreden:
        DeelnameFactory(
            verband=verband,
            gemeente=gemeente(naam),
            toegetreden_op=datetime.date(2010, 1, 1),
            uitgetreden_op=datetime.date(2021, 1, 1),
        )
    return verband


@pytest.fixture
def registry():
    """Six verbanden that differ in every filtered property; keyed by a short name."""
    v = choices.JuridischeVorm
    return {
        "jeugd": _add(
            VerbandFactory(
                naam="Regionale Dienst Jeugdhulp",
                afkorting="RDJ",
                omschrijving="Inkoop van jeugdhulp voor de regio.",
                juridische_vorm=v.GEMEENSCHAPPELIJK_ORGAAN,
                taaktype=choices.Taaktype.UITVOERING,
                fase=choices.Fase.IMPLEMENTATIE,
                opgericht_op=datetime.date(2015, 1, 1),
                domeinen=["jeugd"],
            ),
            "Utrecht",
            "Zeist",
            "De Bilt",
        ),  # subregionaal
        "ofgv": _add(
            VerbandFactory(
                naam="Omgevingsdienst Flevoland",
                afkorting="OFGV",
                omschrijving="Vergunningverlening, toezicht en handhaving.",
                juridische_vorm=v.OPENBAAR_LICHAAM,
                taaktype=choices.Taaktype.UITVOERING,
                initiatief=choices.Initiatief.VERPLICHT,
                fase=choices.Fase.DOORONTWIKKELING,
                opgericht_op=datetime.date(2013, 1, 1),
                domeinen=["omgevingsdienst"],
            ),
            *FLEVOLAND,
        ),  # provinciaal
        "sociaal": _add(
            VerbandFactory(
                naam="Samenwerking Sociaal Domein Utrecht-Oost",
                omschrijving="Wmo en participatie dichtbij de inwoner.",
                juridische_vorm=v.BEDRIJFSVOERINGSORGANISATIE,
                taaktype=choices.Taaktype.BELEID,
                fase=choices.Fase.VERKENNING,
                opgericht_op=datetime.date(2020, 1, 1),
                domeinen=["sociaal-domein"],
            ),
            *UTRECHT_5,
        ),  # regionaal
        "belasting": _add(
            VerbandFactory(
                naam="Belastingsamenwerking Gelre-Utrecht",
                afkorting="BGU",
                omschrijving="Heffing en invordering van gemeentelijke belastingen.",
                juridische_vorm=v.BEDRIJFSVOERINGSORGANISATIE,
                taaktype=choices.Taaktype.BEDRIJFSVOERING,
                fase=choices.Fase.IMPLEMENTATIE,
                opgericht_op=datetime.date(2010, 1, 1),
                domeinen=["belastingen-en-woz"],
            ),
            "Arnhem",
            "Amersfoort",
            uitgetreden=["Nijmegen"],
        ),  # bovenprovinciaal
        "netwerk": VerbandFactory(
            naam="Netwerk Digitale Overheid",
            omschrijving="Kennisdeling over informatievoorziening.",
            juridische_vorm=v.NETWERK,
            taaktype=choices.Taaktype.BELEID,
            fase=choices.Fase.VERKENNING,
            opgericht_op=datetime.date(2022, 6, 1),
            domeinen=["ict"],
        ),  # onbekend: no deelnemers
        "afval": _add(
            VerbandFactory(
                opgeheven=True,
                naam="Afvalschap Utrechtse Heuvelrug",
                omschrijving="Inzameling van huishoudelijk afval.",
                juridische_vorm=v.CONVENANT,
                opgericht_op=datetime.date(2005, 1, 1),
                domeinen=["afval"],
            ),
            uitgetreden=["Utrecht", "Zeist"],
        ),  # onbekend: everyone has left
    }


def filterset(params: dict) -> VerbandFilterSet:
    data = QueryDict(urlencode(params, doseq=True))
    return VerbandFilterSet(data=data, queryset=Samenwerkingsverband.objects.for_list())


def result(registry, params: dict) -> list[str]:
    """The keys of the verbanden the filter gives, in its order."""
    fs = filterset(params)
    assert fs.is_valid(), fs.errors
    by_pk = {verband.pk: key for key, verband in registry.items()}
    return [by_pk[verband.pk] for verband in fs.qs]


def slugs(*namen: str) -> list[str]:
    return [gemeente(naam).slug for naam in namen]


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        pytest.param({}, ALL, id="no-filter"),
        pytest.param({"q": ""}, ALL, id="q-empty"),
        # q: naam, afkorting, omschrijving; case-insensitive; words combine as AND
        pytest.param({"q": "Jeugdhulp"}, {"jeugd"}, id="q-naam"),
        pytest.param({"q": "ofgv"}, {"ofgv"}, id="q-afkorting"),
        pytest.param({"q": "participatie"}, {"sociaal"}, id="q-omschrijving"),
        pytest.param({"q": "dienst"}, {"jeugd", "ofgv"}, id="q-one-word-two-hits"),
        pytest.param({"q": "dienst flevoland"}, {"ofgv"}, id="q-words-and"),
        pytest.param({"q": "  regionale   inkoop "}, {"jeugd"}, id="q-naam-and-omschrijving"),
        pytest.param({"q": "jeugdhulp flevoland"}, set(), id="q-words-no-common-hit"),
        pytest.param({"q": "utrecht"}, {"sociaal", "belasting", "afval"}, id="q-utrecht"),
        # juridische_vorm: several values are OR
        pytest.param({"juridische_vorm": "openbaar_lichaam"}, {"ofgv"}, id="vorm-one"),
        pytest.param(
            {"juridische_vorm": ["openbaar_lichaam", "netwerk"]}, {"ofgv", "netwerk"}, id="vorm-or"
        ),
        pytest.param(
            {"juridische_vorm": "bedrijfsvoeringsorganisatie"},
            {"sociaal", "belasting"},
            id="vorm-two-hits",
        ),
        pytest.param({"juridische_vorm": "stichting"}, set(), id="vorm-none"),
        # taaktype
        pytest.param({"taaktype": "beleid"}, {"sociaal", "netwerk"}, id="taaktype"),
        pytest.param(
            {"taaktype": ["bedrijfsvoering", "beleid"]},
            {"sociaal", "netwerk", "belasting"},
            id="taaktype-or",
        ),
        # domein: by slug; a hoofddomein includes its subdomeinen
        pytest.param({"domein": "jeugd"}, {"jeugd"}, id="domein-sub"),
        pytest.param({"domein": "sociaal-domein"}, {"jeugd", "sociaal"}, id="domein-hoofd"),
        pytest.param(
            {"domein": "volksgezondheid-en-milieu"}, {"ofgv", "afval"}, id="domein-hoofd-subs"
        ),
        pytest.param(
            {"domein": "bestuur-en-ondersteuning"}, {"belasting", "netwerk"}, id="domein-hoofd-2"
        ),
        pytest.param({"domein": ["ict", "omgevingsdienst"]}, {"ofgv", "netwerk"}, id="domein-or"),
        pytest.param({"domein": "wmo"}, set(), id="domein-sibling-not-included"),
        pytest.param({"domein": "veiligheid"}, set(), id="domein-none"),
        # provincie: an active deelnemer there
        pytest.param({"provincie": "flevoland"}, {"ofgv"}, id="provincie"),
        pytest.param(
            {"provincie": "utrecht"}, {"jeugd", "sociaal", "belasting"}, id="provincie-not-left"
        ),
        pytest.param({"provincie": "gelderland"}, {"belasting"}, id="provincie-gelderland"),
        pytest.param(
            {"provincie": ["flevoland", "gelderland"]}, {"ofgv", "belasting"}, id="provincie-or"
        ),
        pytest.param({"provincie": "fryslan"}, set(), id="provincie-none"),
        # fase, schaal, initiatief
        pytest.param({"fase": "verkenning"}, {"sociaal", "netwerk"}, id="fase"),
        pytest.param({"fase": "beeindigd"}, {"afval"}, id="fase-beeindigd"),
        pytest.param({"fase": ["beeindigd", "doorontwikkeling"]}, {"afval", "ofgv"}, id="fase-or"),
        pytest.param({"schaal": "subregionaal"}, {"jeugd"}, id="schaal-subregionaal"),
        pytest.param({"schaal": "regionaal"}, {"sociaal"}, id="schaal-regionaal"),
        pytest.param({"schaal": "provinciaal"}, {"ofgv"}, id="schaal-provinciaal"),
        pytest.param({"schaal": "bovenprovinciaal"}, {"belasting"}, id="schaal-bovenprovinciaal"),
        pytest.param({"schaal": "onbekend"}, {"netwerk", "afval"}, id="schaal-onbekend"),
        pytest.param(
            {"schaal": ["provinciaal", "bovenprovinciaal"]}, {"ofgv", "belasting"}, id="schaal-or"
        ),
        pytest.param({"initiatief": "verplicht"}, {"ofgv"}, id="initiatief-verplicht"),
        pytest.param({"initiatief": "vrijwillig"}, ALL - {"ofgv"}, id="initiatief-vrijwillig"),
        # combinations: AND between fields
        pytest.param(
            {"provincie": "utrecht", "taaktype": "beleid"}, {"sociaal"}, id="combi-provincie"
        ),
        pytest.param(
            {"domein": "sociaal-domein", "schaal": "subregionaal"}, {"jeugd"}, id="combi-domein"
        ),
        pytest.param(
            {"juridische_vorm": "bedrijfsvoeringsorganisatie", "provincie": "gelderland"},
            {"belasting"},
            id="combi-vorm-provincie",
        ),
        pytest.param(
            {"q": "utrecht", "fase": "beeindigd", "domein": "afval"}, {"afval"}, id="combi-three"
        ),
        pytest.param({"q": "dienst", "initiatief": "verplicht"}, {"ofgv"}, id="combi-q"),
        pytest.param({"fase": "verkenning", "schaal": "provinciaal"}, set(), id="combi-empty"),
    ],
)
def test_filter(registry, params, expected):
    assert set(result(registry, params)) == expected


@pytest.mark.parametrize(
    ("gemeenten", "expected_any", "expected_all"),
    [
        pytest.param(["Utrecht"], {"jeugd", "sociaal"}, {"jeugd", "sociaal"}, id="one"),
        pytest.param(["Utrecht", "Houten"], {"jeugd", "sociaal"}, {"sociaal"}, id="two"),
        pytest.param(["Utrecht", "Zeist"], {"jeugd", "sociaal"}, {"jeugd", "sociaal"}, id="both"),
        pytest.param(
            ["Almere", "Zeist"], {"ofgv", "jeugd", "sociaal"}, set(), id="different-verbanden"
        ),
        pytest.param(["Arnhem", "Amersfoort"], {"belasting"}, {"belasting"}, id="bovenprov"),
        # Nijmegen has left the belastingsamenwerking: it counts for neither
        pytest.param(["Nijmegen"], set(), set(), id="left"),
        pytest.param(["Arnhem", "Nijmegen"], {"belasting"}, set(), id="one-left"),
        pytest.param(["Vlieland"], set(), set(), id="no-verbanden"),
    ],
)
def test_gemeente_any_and_gemeenten_alle(registry, gemeenten, expected_any, expected_all):
    assert set(result(registry, {"gemeente": slugs(*gemeenten)})) == expected_any
    assert set(result(registry, {"gemeenten_alle": slugs(*gemeenten)})) == expected_all


def test_gemeenten_alle_combined_with_gemeente(registry):
    params = {"gemeenten_alle": slugs("Utrecht", "Zeist"), "gemeente": slugs("Houten")}
    assert set(result(registry, params)) == {"sociaal"}


def test_gemeente_filter_rows_not_duplicated(registry):
    """Several matching gemeenten in one verband still give that verband once."""
    keys = result(registry, {"gemeente": slugs(*UTRECHT_5), "provincie": "utrecht"})
    assert sorted(keys) == ["jeugd", "sociaal"]


def test_annotations_survive_filters(registry):
    fs = filterset({"domein": "sociaal-domein", "gemeente": slugs("Utrecht", "Zeist")})
    assert fs.is_valid()
    counts = {v.naam: (v.aantal_gemeenten, v.schaal) for v in fs.qs}
    assert counts == {
        "Regionale Dienst Jeugdhulp": (3, "subregionaal"),
        "Samenwerking Sociaal Domein Utrecht-Oost": (5, "regionaal"),
    }


# ---------------------------------------------------------------------------------------------
# Sorting


@pytest.mark.parametrize(
    ("sortering", "expected"),
    [
        (None, ["afval", "belasting", "netwerk", "ofgv", "jeugd", "sociaal"]),
        ("naam", ["afval", "belasting", "netwerk", "ofgv", "jeugd", "sociaal"]),
        ("-naam", ["sociaal", "jeugd", "ofgv", "netwerk", "belasting", "afval"]),
        ("opgericht", ["afval", "belasting", "ofgv", "jeugd", "sociaal", "netwerk"]),
        ("-opgericht", ["netwerk", "sociaal", "jeugd", "ofgv", "belasting", "afval"]),
    ],
)
def test_sortering(registry, sortering, expected):
    params = {"sortering": sortering} if sortering else {}
    assert result(registry, params) == expected


def test_sortering_by_aantal_gemeenten(registry):
    most_first = result(registry, {"sortering": "-gemeenten"})
    assert most_first[:4] == ["ofgv", "sociaal", "jeugd", "belasting"]
    assert set(most_first[4:]) == {"netwerk", "afval"}  # both 0 active gemeenten
    fewest_first = result(registry, {"sortering": "gemeenten"})
    assert fewest_first[2:] == ["belasting", "jeugd", "sociaal", "ofgv"]


@pytest.mark.parametrize("sortering", ["opgericht", "-opgericht"])
def test_sortering_opgericht_puts_unknown_dates_last(registry, sortering):
    registry["netwerk"].opgericht_op = None
    registry["netwerk"].save()
    assert result(registry, {"sortering": sortering})[-1] == "netwerk"


def test_sortering_ties_are_ordered_by_naam():
    for naam in ["Zuid", "Oost", "Noord", "Midden", "Centrum", "Bovenland"]:
        VerbandFactory(naam=f"Samenwerking {naam}")  # created in reverse alphabetical order
    fs = filterset({"sortering": "-gemeenten"})
    assert fs.is_valid()
    names = [v.naam for v in fs.qs]
    assert names == sorted(names)


# ---------------------------------------------------------------------------------------------
# Invalid values: the form says what is wrong, in Dutch, and nothing breaks


@pytest.mark.parametrize(
    ("params", "field", "message"),
    [
        ({"domein": "bestaat-niet"}, "domein", "bestaat-niet"),
        ({"provincie": "friesland"}, "provincie", "friesland"),
        ({"gemeente": "atlantis"}, "gemeente", "atlantis"),
        ({"gemeenten_alle": "atlantis"}, "gemeenten_alle", "atlantis"),
        # an opgeheven gemeente is not offered: its verbanden are under its successor
        ({"gemeente": "weesp"}, "gemeente", "weesp"),
        ({"juridische_vorm": "gmbh"}, "juridische_vorm", "gmbh"),
        ({"taaktype": "alles"}, "taaktype", "alles"),
        ({"fase": "klaar"}, "fase", "klaar"),
        ({"schaal": "groot"}, "schaal", "groot"),
        ({"initiatief": "misschien"}, "initiatief", "misschien"),
        ({"sortering": "-omzet"}, "sortering", "-omzet"),
    ],
)
def test_invalid_value_gives_dutch_form_error(registry, params, field, message):
    fs = filterset(params)
    assert not fs.is_valid()
    errors = fs.errors[field]
    assert len(errors) == 1
    assert errors[0].startswith("Selecteer een geldige keuze.")
    assert message in errors[0]
    # The queryset can still be evaluated (the view shows nothing in strict mode).
    list(fs.qs)


def test_invalid_value_does_not_hide_other_errors(registry):
    fs = filterset({"domein": "bestaat-niet", "schaal": "groot", "q": "dienst"})
    assert not fs.is_valid()
    assert set(fs.errors) == {"domein", "schaal"}


def test_filter_form_labels_are_dutch():
    form = VerbandFilterSet(data={}).form
    assert form.fields["juridische_vorm"].label == "Juridische vorm"
    # juridische vormen grouped per categorie (for the checkboxes)
    groups = [label for label, _ in form.fields["juridische_vorm"].choices]
    assert groups == ["Publiekrechtelijk (Wgr)", "Privaatrechtelijk", "Informeel"]


# ---------------------------------------------------------------------------------------------
# GemeenteFilterSet


def gemeente_filterset(params: dict | None) -> GemeenteFilterSet:
    data = QueryDict(urlencode(params, doseq=True)) if params is not None else None
    return GemeenteFilterSet(data=data, queryset=Gemeente.objects.all())


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"q": "Zeist"}, {"Zeist"}),
        ({"q": "0355"}, {"Zeist"}),
        ({"q": "GM0355"}, {"Zeist"}),
        ({"q": "gm355"}, {"Zeist"}),
        ({"q": "gravenhage"}, {"'s-Gravenhage"}),
        ({"q": "Weesp", "provincie": "noord-holland"}, set()),
        ({"provincie": "flevoland"}, set(FLEVOLAND)),
        ({"provincie": "flevoland", "q": "lely"}, {"Lelystad"}),
    ],
)
def test_gemeente_filterset(params, expected):
    fs = gemeente_filterset(params)
    assert fs.is_valid(), fs.errors
    assert {g.naam for g in fs.qs} == expected


def test_gemeente_filterset_hides_opgeheven_by_default():
    assert gemeente_filterset({}).qs.count() == 342
    assert gemeente_filterset({"opgeheven": "on"}).qs.count() == 445


def test_gemeente_filterset_unbound_hides_opgeheven():
    """GET /gemeenten/ without a query string: an unbound filterset, no form data."""
    qs = gemeente_filterset(None).qs
    assert qs.count() == 342
    assert not qs.filter(opgeheven_op__isnull=False).exists()


def test_gemeente_filterset_invalid_provincie():
    fs = gemeente_filterset({"provincie": "friesland"})
    assert not fs.is_valid()
    assert fs.errors["provincie"] == [
        "Selecteer een geldige keuze. friesland is geen beschikbare keuze."
    ]
    assert fs.qs.count() == 342  # the filterset ignores the invalid field


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("q", "expected"),
    [
        pytest.param("fryslan", {"Sociaal Domein Fryslân"}, id="accent-typed-without"),
        pytest.param("Fryslân", {"Sociaal Domein Fryslân"}, id="accent-typed-with"),
        pytest.param("samenwerking", {"Belastingsamenwerking Twente"}, id="compound-prefix"),
        pytest.param("gemeente", {"Belastingsamenwerking Twente"}, id="stemmed-plural"),
        pytest.param("Belastingsamenwerkng", {"Belastingsamenwerking Twente"}, id="typo-in-name"),
        pytest.param("fryslan -wmo", set(), id="exclusion"),
        pytest.param("de het", set(), id="only-stop-words"),
    ],
)
def test_search_box_uses_the_dutch_site_search(q, expected):
    """The list's search box finds what the search page finds: stems, prefixes of compound
    words, accents either way, approximate names, and the same syntax."""
    VerbandFactory(naam="Sociaal Domein Fryslân", omschrijving="Wmo en jeugdhulp samen.")
    VerbandFactory(
        naam="Belastingsamenwerking Twente", omschrijving="Heffing voor de gemeenten in Twente."
    )
    found = {verband.naam for verband in filterset({"q": q}).qs}
    assert found == expected
