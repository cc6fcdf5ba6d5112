"""Models of the registry: constraints (in the database and in ``full_clean``), querysets."""

from __future__ import annotations

import datetime
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone

from tests.factories import (
    DeelnameFactory,
    PartnerdeelnameFactory,
    PartnerFactory,
    VerbandFactory,
    gemeente,
)
from verbanden import choices
from verbanden.models import Deelname, Gemeente, Partnerdeelname, Samenwerkingsverband

pytestmark = pytest.mark.django_db

TODAY = timezone.localdate()
DAY = datetime.timedelta(days=1)


def assert_integrity_error(constraint_name: str, save) -> None:
    """``save()`` is refused by the database, and the error names the constraint.

    SQLite names a CHECK constraint in its message but not a partial unique index, so the name
    is checked only where the backend reports it.
    """
    with pytest.raises(IntegrityError) as excinfo, transaction.atomic():
        save()
    message = str(excinfo.value)
    if "CHECK" in message.upper() or constraint_name in message:
        assert constraint_name in message


def assert_validation_message(instance, message: str, *, method: str = "full_clean") -> None:
    with pytest.raises(ValidationError) as excinfo:
        getattr(instance, method)()
    assert message in excinfo.value.messages, excinfo.value.messages


# ---------------------------------------------------------------------------------------------
# Lidmaatschap: Deelname and Partnerdeelname


@pytest.fixture(params=["deelname", "partnerdeelname"])
def lidmaatschap(request):
    """An unsaved, valid Deelname or Partnerdeelname of a saved verband."""
    verband = VerbandFactory()
    if request.param == "deelname":
        return Deelname(verband=verband, gemeente=gemeente("Zeist"))
    return Partnerdeelname(verband=verband, partner=PartnerFactory())


def _constraint(instance, suffix: str) -> str:
    return f"verbanden_{type(instance).__name__.lower()}_{suffix}"


def test_valid_lidmaatschap_passes_full_clean_and_saves(lidmaatschap):
    lidmaatschap.toegetreden_op = datetime.date(2020, 1, 1)
    lidmaatschap.uitgetreden_op = datetime.date(2020, 1, 1)  # same day is allowed
    lidmaatschap.bijdrage = Decimal("0.00")
    lidmaatschap.full_clean()
    lidmaatschap.save()
    assert type(lidmaatschap).objects.filter(pk=lidmaatschap.pk).exists()


def test_uittreding_not_before_toetreding(lidmaatschap):
    lidmaatschap.toegetreden_op = datetime.date(2020, 1, 2)
    lidmaatschap.uitgetreden_op = datetime.date(2020, 1, 1)
    assert_validation_message(
        lidmaatschap, "De datum van uittreding ligt vóór de datum van toetreding."
    )
    assert_integrity_error(_constraint(lidmaatschap, "uittreding_na_toetreding"), lidmaatschap.save)


def test_bijdrage_not_negative(lidmaatschap):
    lidmaatschap.bijdrage = Decimal("-0.01")
    # full_clean stops at the field's own validator (a Dutch Django message) ...
    with pytest.raises(ValidationError) as excinfo:
        lidmaatschap.full_clean()
    assert "bijdrage" in excinfo.value.message_dict
    assert "minstens 0" in " ".join(excinfo.value.message_dict["bijdrage"])
    # ... and the constraint carries its own message for code that skips field validation.
    assert_validation_message(
        lidmaatschap, "De bijdrage kan niet negatief zijn.", method="validate_constraints"
    )
    assert_integrity_error(_constraint(lidmaatschap, "bijdrage_niet_negatief"), lidmaatschap.save)


def test_one_open_deelname_per_gemeente_per_verband():
    eerste = DeelnameFactory(gemeente=gemeente("Zeist"))
    tweede = Deelname(verband=eerste.verband, gemeente=eerste.gemeente)
    assert_validation_message(tweede, "Deze gemeente neemt al deel aan dit samenwerkingsverband.")
    assert_integrity_error("verbanden_deelname_een_lopende_deelname_per_gemeente", tweede.save)


def test_gemeente_may_rejoin_after_leaving():
    eerdere = DeelnameFactory(
        gemeente=gemeente("Zeist"),
        toegetreden_op=datetime.date(2010, 1, 1),
        uitgetreden_op=datetime.date(2014, 1, 1),
    )
    opnieuw = Deelname(
        verband=eerdere.verband, gemeente=eerdere.gemeente, toegetreden_op=datetime.date(2018, 1, 1)
    )
    opnieuw.full_clean()
    opnieuw.save()
    assert eerdere.verband.deelnames.count() == 2


def test_same_gemeente_may_join_other_verbanden():
    zeist = gemeente("Zeist")
    DeelnameFactory(gemeente=zeist)
    other = Deelname(verband=VerbandFactory(), gemeente=zeist)
    other.full_clean()
    other.save()
    assert zeist.deelnames.count() == 2


def test_one_open_deelname_per_partner_per_verband():
    eerste = PartnerdeelnameFactory()
    tweede = Partnerdeelname(verband=eerste.verband, partner=eerste.partner)
    assert_validation_message(tweede, "Deze partner neemt al deel aan dit samenwerkingsverband.")
    assert_integrity_error(
        "verbanden_partnerdeelname_een_lopende_deelname_per_partner", tweede.save
    )


def test_centrumgemeente_unique_per_verband():
    verband = VerbandFactory.met_deelnemers(3, centrumgemeente="Zwolle", provincie="Overijssel")
    tweede = Deelname.objects.get(
        verband=verband, rol=choices.Rol.DEELNEMER, gemeente__naam="Almelo"
    )
    tweede.rol = choices.Rol.CENTRUMGEMEENTE
    assert_validation_message(tweede, "Dit samenwerkingsverband heeft al een centrumgemeente.")
    assert_integrity_error("verbanden_deelname_een_centrumgemeente_per_verband", tweede.save)


def test_new_centrumgemeente_allowed_after_previous_left():
    verband = VerbandFactory.met_deelnemers(2, centrumgemeente="Zwolle", provincie="Overijssel")
    verband.deelnames.filter(rol=choices.Rol.CENTRUMGEMEENTE).update(
        uitgetreden_op=datetime.date(2022, 1, 1)
    )
    nieuw = verband.deelnames.get(rol=choices.Rol.DEELNEMER)
    nieuw.rol = choices.Rol.CENTRUMGEMEENTE
    nieuw.full_clean()
    nieuw.save()
    assert verband.deelnames.filter(rol=choices.Rol.CENTRUMGEMEENTE).count() == 2


# ---------------------------------------------------------------------------------------------
# Samenwerkingsverband


def test_opheffing_not_before_oprichting():
    verband = VerbandFactory.build(
        opgericht_op=datetime.date(2020, 1, 1), opgeheven_op=datetime.date(2019, 12, 31)
    )
    assert_validation_message(verband, "De datum van opheffing ligt vóór de datum van oprichting.")
    assert_integrity_error("verbanden_samenwerkingsverband_opheffing_na_oprichting", verband.save)


@pytest.mark.parametrize("jaren", [1, 20, None])
def test_evaluatietermijn_in_range_is_valid(jaren):
    verband = VerbandFactory.build(evaluatietermijn_jaren=jaren)
    verband.full_clean()
    verband.save()
    assert Samenwerkingsverband.objects.get(pk=verband.pk).evaluatietermijn_jaren == jaren


@pytest.mark.parametrize("jaren", [0, 21])
def test_evaluatietermijn_out_of_range(jaren):
    verband = VerbandFactory.build(evaluatietermijn_jaren=jaren)
    with pytest.raises(ValidationError) as excinfo:
        verband.full_clean()
    assert "evaluatietermijn_jaren" in excinfo.value.message_dict
    assert_validation_message(
        verband, "De evaluatietermijn ligt tussen 1 en 20 jaar.", method="validate_constraints"
    )
    assert_integrity_error("verbanden_samenwerkingsverband_evaluatietermijn_bereik", verband.save)


def test_wgr_and_opgeheven_traits():
    wgr = VerbandFactory(wgr=True)
    opgeheven = VerbandFactory(opgeheven=True)
    assert wgr.is_wgr
    assert wgr.juridische_categorie == choices.JuridischeCategorie.PUBLIEKRECHTELIJK
    assert not VerbandFactory().is_wgr
    assert opgeheven.fase == choices.Fase.BEEINDIGD
    assert opgeheven.opgeheven_op is not None
    opgeheven.full_clean()
    wgr.full_clean()


def test_slug_generated_from_naam_and_unique():
    eerste = VerbandFactory(naam="Regionale Uitvoeringsdienst Zuid")
    tweede = VerbandFactory(naam="Regionale uitvoeringsdienst zuid")
    derde = VerbandFactory(naam="Regionale Uitvoeringsdienst Zuid!")
    assert [eerste.slug, tweede.slug, derde.slug] == [
        "regionale-uitvoeringsdienst-zuid",
        "regionale-uitvoeringsdienst-zuid-2",
        "regionale-uitvoeringsdienst-zuid-3",
    ]


def test_slug_kept_when_naam_changes():
    verband = VerbandFactory(naam="Werkbedrijf Rivierenland")
    verband.naam = "Werkzaak Rivierenland"
    verband.save()
    verband.refresh_from_db()
    assert verband.slug == "werkbedrijf-rivierenland"
    assert verband.get_absolute_url() == "/verbanden/werkbedrijf-rivierenland/"


def test_partner_slug_unique():
    eerste = PartnerFactory(naam="Provincie Gelderland")
    tweede = PartnerFactory(naam="Provincie-Gelderland")
    assert (eerste.slug, tweede.slug) == ("provincie-gelderland", "provincie-gelderland-2")


def test_str_shows_afkorting():
    assert str(VerbandFactory.build(naam="Omgevingsdienst Regio Utrecht", afkorting="ODRU")) == (
        "Omgevingsdienst Regio Utrecht (ODRU)"
    )
    assert str(VerbandFactory.build(naam="Netwerk Zonder Afkorting")) == "Netwerk Zonder Afkorting"


# ---------------------------------------------------------------------------------------------
# centrumgemeente_fouten


def _deelnames(verband, *specs):
    """Unsaved deelnames: (gemeente naam, rol, uitgetreden_op)."""
    return [
        Deelname(verband=verband, gemeente=gemeente(naam), rol=rol, uitgetreden_op=uit)
        for naam, rol, uit in specs
    ]


CENTRUM, DEELNEMER = choices.Rol.CENTRUMGEMEENTE, choices.Rol.DEELNEMER


@pytest.mark.parametrize(
    ("specs", "expected"),
    [
        pytest.param(
            [("Zwolle", CENTRUM, None), ("Kampen", DEELNEMER, None)], [], id="one-centrum"
        ),
        pytest.param(
            [("Zwolle", DEELNEMER, None), ("Kampen", DEELNEMER, None)],
            ["Een centrumgemeenteconstructie heeft één actieve centrumgemeente; er is er nu geen."],
            id="none",
        ),
        pytest.param(
            [("Zwolle", CENTRUM, None), ("Kampen", CENTRUM, None)],
            [
                "Een centrumgemeenteconstructie heeft precies één actieve centrumgemeente; "
                "er zijn er nu 2."
            ],
            id="two",
        ),
        pytest.param(
            [("Zwolle", CENTRUM, TODAY - DAY), ("Kampen", DEELNEMER, None)],
            ["Een centrumgemeenteconstructie heeft één actieve centrumgemeente; er is er nu geen."],
            id="centrum-has-left",
        ),
        pytest.param(
            [
                ("Zwolle", CENTRUM, datetime.date(2020, 1, 1)),
                ("Kampen", CENTRUM, None),
            ],
            [],
            id="old-centrum-left-new-one-active",
        ),
        pytest.param([], [], id="no-deelnames-yet"),
    ],
)
def test_centrumgemeente_fouten(specs, expected):
    verband = VerbandFactory(juridische_vorm=choices.JuridischeVorm.CENTRUMGEMEENTECONSTRUCTIE)
    assert verband.centrumgemeente_fouten(_deelnames(verband, *specs)) == expected


@pytest.mark.parametrize(
    "vorm",
    [v for v in choices.JuridischeVorm if v != choices.JuridischeVorm.CENTRUMGEMEENTECONSTRUCTIE],
)
def test_other_vormen_need_no_centrumgemeente_but_hold_at_most_one_open(vorm):
    verband = VerbandFactory(juridische_vorm=vorm)
    assert verband.centrumgemeente_fouten(_deelnames(verband, ("Zwolle", DEELNEMER, None))) == []
    assert verband.centrumgemeente_fouten(_deelnames(verband, ("Zwolle", CENTRUM, None))) == []
    # Two without a date of uittreding break the database's constraint, whatever the vorm.
    assert verband.centrumgemeente_fouten(
        _deelnames(verband, ("Zwolle", CENTRUM, None), ("Kampen", CENTRUM, None))
    ) == [
        "Een samenwerkingsverband heeft hoogstens één centrumgemeente zonder datum van "
        "uittreding; nu zijn dat er 2 (Kampen, Zwolle). Kies bij de andere de rol deelnemer "
        "of vul de datum van uittreding in."
    ]


def test_centrumgemeente_fouten_ignores_future_centrumgemeente():
    verband = VerbandFactory(juridische_vorm=choices.JuridischeVorm.CENTRUMGEMEENTECONSTRUCTIE)
    toekomstig = Deelname(
        verband=verband, gemeente=gemeente("Zwolle"), rol=CENTRUM, toegetreden_op=TODAY + DAY
    )
    assert len(verband.centrumgemeente_fouten([toekomstig])) == 1


# ---------------------------------------------------------------------------------------------
# Deelname.objects.active()


def test_active_deelnames_by_date():
    verband = VerbandFactory()
    specs = {
        "Zeist": (None, None),
        "De Bilt": (datetime.date(2010, 1, 1), None),
        "Houten": (TODAY, None),  # joins today: active
        "Utrecht": (TODAY + DAY, None),  # joins tomorrow: not yet
        "Nieuwegein": (datetime.date(2010, 1, 1), TODAY - DAY),  # left yesterday
        "Bunnik": (datetime.date(2010, 1, 1), TODAY),  # leaves today: no longer active
        "Woerden": (datetime.date(2010, 1, 1), TODAY + DAY),  # leaves tomorrow: still active
    }
    for naam, (toe, uit) in specs.items():
        DeelnameFactory(
            verband=verband, gemeente=gemeente(naam), toegetreden_op=toe, uitgetreden_op=uit
        )

    def actief(**kwargs):
        return set(
            Deelname.objects.active(**kwargs)
            .filter(verband=verband)
            .values_list("gemeente__naam", flat=True)
        )

    assert actief() == {"Zeist", "De Bilt", "Houten", "Woerden"}
    assert actief(on=TODAY + DAY) == {"Zeist", "De Bilt", "Houten", "Utrecht"}
    assert actief(on=datetime.date(2009, 12, 31)) == {"Zeist"}
    # is_active() on an instance agrees with the queryset
    assert {d.gemeente.naam for d in verband.deelnames.all() if d.is_active()} == actief()


# ---------------------------------------------------------------------------------------------
# VerbandQuerySet.with_schaal()


def _verband_met(*namen, uitgetreden=()):
    verband = VerbandFactory()
    for naam in namen:
        DeelnameFactory(verband=verband, gemeente=gemeente(naam))
    for naam in uitgetreden:
        DeelnameFactory(
            verband=verband,
            gemeente=gemeente(naam),
            toegetreden_op=datetime.date(2010, 1, 1),
            uitgetreden_op=datetime.date(2020, 1, 1),
        )
    return Samenwerkingsverband.objects.with_schaal().get(pk=verband.pk)


FLEVOLAND = ["Almere", "Dronten", "Lelystad", "Noordoostpolder", "Urk", "Zeewolde"]
UTRECHT_5 = ["Utrecht", "Zeist", "De Bilt", "Houten", "Nieuwegein"]


@pytest.mark.parametrize(
    ("namen", "uitgetreden", "schaal", "aantal_gemeenten", "aantal_provincies"),
    [
        pytest.param([], [], choices.Schaal.ONBEKEND, 0, 0, id="onbekend"),
        pytest.param(["Zeist"], [], choices.Schaal.SUBREGIONAAL, 1, 1, id="one"),
        pytest.param(["Zeist", "De Bilt"], [], choices.Schaal.SUBREGIONAAL, 2, 1, id="two"),
        pytest.param(UTRECHT_5[:4], [], choices.Schaal.SUBREGIONAAL, 4, 1, id="four"),
        pytest.param(UTRECHT_5, [], choices.Schaal.REGIONAAL, 5, 1, id="five"),
        pytest.param(FLEVOLAND, [], choices.Schaal.PROVINCIAAL, 6, 1, id="all-of-flevoland"),
        pytest.param(FLEVOLAND[:5], [], choices.Schaal.REGIONAAL, 5, 1, id="5-of-6-flevoland"),
        pytest.param(
            ["Zeist", "Arnhem"], [], choices.Schaal.BOVENPROVINCIAAL, 2, 2, id="two-provincies"
        ),
        pytest.param(
            FLEVOLAND + ["Zeist"], [], choices.Schaal.BOVENPROVINCIAAL, 7, 2, id="flevoland-plus"
        ),
        pytest.param(
            ["Zeist"], ["Arnhem"], choices.Schaal.SUBREGIONAAL, 1, 1, id="left-other-provincie"
        ),
        pytest.param(
            UTRECHT_5[:3], UTRECHT_5[3:], choices.Schaal.SUBREGIONAAL, 3, 1, id="two-left"
        ),
        pytest.param(
            FLEVOLAND[:5], FLEVOLAND[5:], choices.Schaal.REGIONAAL, 5, 1, id="one-of-six-left"
        ),
        pytest.param([], ["Zeist", "Arnhem"], choices.Schaal.ONBEKEND, 0, 0, id="all-left"),
    ],
)
def test_with_schaal(namen, uitgetreden, schaal, aantal_gemeenten, aantal_provincies):
    verband = _verband_met(*namen, uitgetreden=uitgetreden)
    assert (verband.schaal, verband.aantal_gemeenten, verband.aantal_provincies) == (
        schaal,
        aantal_gemeenten,
        aantal_provincies,
    )
    assert verband.get_schaal_display() == choices.Schaal(schaal).label


def test_with_schaal_on_a_past_date():
    verband = _verband_met("Zeist", uitgetreden=["Arnhem"])
    historisch = Samenwerkingsverband.objects.with_schaal(on=datetime.date(2015, 6, 1)).get(
        pk=verband.pk
    )
    assert historisch.schaal == choices.Schaal.BOVENPROVINCIAAL
    assert historisch.aantal_gemeenten == 2


def test_ended_verband_keeps_schaal_of_its_last_deelnemers():
    einde = datetime.date(2023, 12, 31)
    verband = VerbandFactory(opgeheven=True, opgeheven_op=einde)
    for naam in ["Zeist", "De Bilt"]:  # stayed until the end
        DeelnameFactory(verband=verband, gemeente=gemeente(naam), uitgetreden_op=einde)
    # left years before the end: not part of the schaal
    DeelnameFactory(verband=verband, gemeente=gemeente("Arnhem"), uitgetreden_op="2019-01-01")
    verband = Samenwerkingsverband.objects.with_schaal().get(pk=verband.pk)
    assert (verband.schaal, verband.aantal_gemeenten, verband.aantal_provincies) == (
        choices.Schaal.SUBREGIONAAL,
        2,
        1,
    )


def test_running_verband_ignores_deelnemers_who_left():
    """Only an *ended* verband counts deelnemers who left: for a running one they are gone."""
    verband = VerbandFactory(opgeheven_op=None)
    DeelnameFactory(verband=verband, gemeente=gemeente("Zeist"))
    DeelnameFactory(verband=verband, gemeente=gemeente("Arnhem"), uitgetreden_op="2023-12-31")
    verband = Samenwerkingsverband.objects.with_schaal().get(pk=verband.pk)
    assert (verband.schaal, verband.aantal_gemeenten) == (choices.Schaal.SUBREGIONAAL, 1)


def test_with_schaal_counts_are_not_multiplied_by_domeinen():
    verband = VerbandFactory(domeinen=["jeugd", "wmo", "participatie"])
    for naam in ["Zeist", "De Bilt"]:
        DeelnameFactory(verband=verband, gemeente=gemeente(naam))
    rows = list(
        Samenwerkingsverband.objects.with_schaal().filter(
            domeinen__slug__in=["jeugd", "wmo", "participatie"]
        )
    )
    assert [v.aantal_gemeenten for v in rows] == [2, 2, 2]


def test_with_gemeente_only_active_deelnames():
    zeist = gemeente("Zeist")
    actief = VerbandFactory()
    DeelnameFactory(verband=actief, gemeente=zeist)
    vertrokken = VerbandFactory()
    DeelnameFactory(verband=vertrokken, gemeente=zeist, uitgetreden_op=datetime.date(2020, 1, 1))
    anders = VerbandFactory()
    DeelnameFactory(verband=anders, gemeente=gemeente("Zwolle"))
    assert list(Samenwerkingsverband.objects.with_gemeente(zeist)) == [actief]


def test_met_deelnemers_uses_real_gemeenten():
    verband = VerbandFactory.met_deelnemers(4, centrumgemeente="Zwolle", provincie="Overijssel")
    deelnames = list(verband.deelnames.select_related("gemeente__provincie"))
    assert len(deelnames) == 4
    assert {d.gemeente.provincie.naam for d in deelnames} == {"Overijssel"}
    assert [d.gemeente.naam for d in deelnames if d.rol == choices.Rol.CENTRUMGEMEENTE] == [
        "Zwolle"
    ]
    assert verband.juridische_vorm == choices.JuridischeVorm.CENTRUMGEMEENTECONSTRUCTIE
    assert verband.centrumgemeente_fouten(deelnames) == []


# ---------------------------------------------------------------------------------------------
# Gemeente


@pytest.mark.parametrize(
    ("term", "naam", "code"),
    [
        ("Amsterdam", "Amsterdam", "0363"),
        ("Weesp", "Amsterdam", "0363"),
        ("  weesp ", "Amsterdam", "0363"),
        ("0457", "Amsterdam", "0363"),
        ("GM0363", "Amsterdam", "0363"),
        ("363", "Amsterdam", "0363"),
        ("0366", "Hollands Kroon", "1911"),
        ("Anna Paulowna", "Hollands Kroon", "1911"),
        ("1921", "De Fryske Marren", "1940"),
        ("De Friese Meren", "De Fryske Marren", "1940"),
        # two steps: Skarsterlân -> De Friese Meren (2014) -> De Fryske Marren (2016)
        ("Skarsterlân", "De Fryske Marren", "1940"),
        ("Ubbergen", "Berg en Dal", "1945"),
        ("Haren", "Groningen", "0014"),
        ("14", "Groningen", "0014"),
        ("'s-Gravenhage", "'s-Gravenhage", "0518"),
        ("Nuenen, Gerwen en Nederwetten", "Nuenen, Gerwen en Nederwetten", "0820"),
    ],
)
def test_resolve_follows_herindelingen(term, naam, code):
    resolved = Gemeente.objects.resolve(term)
    assert (resolved.naam, resolved.code) == (naam, code)
    assert not resolved.is_dissolved


@pytest.mark.parametrize("term", ["Atlantis", "9999", "GM9999", ""])
def test_resolve_unknown_gives_none(term):
    assert Gemeente.objects.resolve(term) is None


def test_huidige_gemeente_and_properties():
    weesp = Gemeente.objects.get(code="0457")
    assert weesp.is_dissolved
    assert weesp.opgeheven_op == datetime.date(2022, 3, 24)
    assert weesp.current_gemeente() == gemeente("Amsterdam")
    assert gemeente("Amsterdam").cbs_statcode == "GM0363"
    assert gemeente("Amsterdam").current_gemeente() == gemeente("Amsterdam")
    assert gemeente("Zeist").get_absolute_url() == "/gemeenten/zeist/"


def test_opgeheven_gemeente_needs_opvolger():
    weesp = Gemeente.objects.get(code="0457")
    weesp.opgegaan_in = None
    message = (
        "Een opgeheven gemeente heeft een datum van opheffing én een gemeente "
        "waarin zij is opgegaan; een bestaande gemeente heeft geen van beide."
    )
    assert_validation_message(weesp, message)
    assert_integrity_error("verbanden_gemeente_opgeheven_heeft_opvolger", weesp.save)


def test_current_gemeente_has_no_opvolger():
    zeist = gemeente("Zeist")
    zeist.opgegaan_in = gemeente("Utrecht")
    assert_validation_message(
        zeist,
        "Een opgeheven gemeente heeft een datum van opheffing én een gemeente "
        "waarin zij is opgegaan; een bestaande gemeente heeft geen van beide.",
    )
    assert_integrity_error("verbanden_gemeente_opgeheven_heeft_opvolger", zeist.save)


@pytest.mark.parametrize("code", ["363", "03630", "GM03", "abcd"])
def test_gemeente_code_is_four_digits(code):
    zeist = gemeente("Zeist")
    zeist.code = code
    with pytest.raises(ValidationError) as excinfo:
        zeist.full_clean()
    assert (
        "Een CBS-gemeentecode bestaat uit precies vier cijfers, bijvoorbeeld 0363."
        in excinfo.value.message_dict["code"]
    )
