"""Plausible but fictitious verbanden, so that filters and pagination have something to show.

Everything comes from ``random.Random(2025)`` and the static data in ``regios``, never from the
database, so the same names, members and dates come out on every run and every database.
"""

from __future__ import annotations

import datetime
import random
import re
from decimal import Decimal

from verbanden.choices import (
    Besturingsmodel,
    Besturingsniveau,
    Fase,
    JuridischeVorm,
    Organisatiestructuur,
    Organisatievorm,
    Rol,
    Taaktype,
)

from .regios import GEVORMD_IN, REGIOS, inwoners_schatting
from .spec import BESTURINGSMODEL_PER_VORM, Lid, VerbandSpec
from .themas import THEMAS, Thema

SEED = 2025
KORTE_NAMEN = {"'s-Gravenhage": "Den Haag", "Nuenen, Gerwen en Nederwetten": "Nuenen"}
FICTIEF = " (fictief voorbeeld)"
V = JuridischeVorm
# Forms under the Wgr, whose regeling must say how it is evaluated.
WGR_VORMEN = {
    V.OPENBAAR_LICHAAM, V.BEDRIJFSVOERINGSORGANISATIE, V.CENTRUMGEMEENTECONSTRUCTIE,
    V.GEMEENSCHAPPELIJK_ORGAAN, V.REGELING_ZONDER_MEER,
}  # fmt: skip
LICHTE_VORMEN = {V.CONVENANT, V.NETWERK, V.BESTUURLIJK_OVERLEG, V.REGELING_ZONDER_MEER}
# Larger regions host more cooperations; without this most verbanden would be subregionaal.
REGIO_GEWICHTEN = [len(gemeenten) for _, gemeenten in REGIOS]


def generate(aantal: int, bezette_slugs: set[str]) -> list[VerbandSpec]:
    """``aantal`` fictitious verbanden whose slugs avoid ``bezette_slugs`` and each other."""
    rng = random.Random(SEED)
    bezet = set(bezette_slugs)
    specs: list[VerbandSpec] = []
    for _poging in range(aantal * 30):
        if len(specs) == aantal:
            break
        spec = _een_verband(rng, volgnummer=len(specs))
        if spec is not None and spec.slug not in bezet:
            bezet.add(spec.slug)
            specs.append(spec)
    if len(specs) < aantal:
        raise RuntimeError(f"Kon maar {len(specs)} van de {aantal} unieke namen bedenken.")
    return specs


def _een_verband(rng: random.Random, volgnummer: int) -> VerbandSpec | None:
    thema = rng.choices(THEMAS, weights=[t.gewicht for t in THEMAS])[0]
    regio, gemeenten = rng.choices(REGIOS, weights=REGIO_GEWICHTEN)[0]
    vorm = rng.choices(list(thema.vormen), weights=list(thema.vormen.values()))[0]
    fase, opgericht, opgeheven = _levensloop(rng, vorm)
    # An ended verband cannot have had gemeenten that were only formed after it ended.
    kandidaten = [g for g in gemeenten if not opgeheven or GEVORMD_IN.get(g, 0) < opgeheven.year]
    namen = _kies_leden(rng, kandidaten, thema.omvang)
    if len(namen) < 2:
        return None
    plaats = _kort(max(namen, key=inwoners_schatting))
    naam = _naam(rng, thema, regio, namen, kandidaten, plaats)
    if naam is None:
        return None
    leden = _leden(rng, vorm, namen, plaats, opgericht, opgeheven)
    # Only a running verband has a budget to share.
    per_inwoner = (
        Decimal(rng.randint(*thema.per_inwoner))
        if thema.per_inwoner and vorm not in LICHTE_VORMEN and opgericht
        else None
    )
    extra = [d for d in thema.extra_domeinen if rng.random() < 0.35]
    nieuw = vorm not in LICHTE_VORMEN | {V.CENTRUMGEMEENTECONSTRUCTIE, V.GEMEENSCHAPPELIJK_ORGAAN}
    wgr = vorm in WGR_VORMEN
    sjabloon = rng.choice(thema.omschrijvingen)
    if len(namen) <= 4:
        deelnemers = _opsomming([_kort(n) for n in namen])
    elif "{regio}" in sjabloon:
        deelnemers = f"{len(namen)} gemeenten"
    else:
        deelnemers = f"{len(namen)} gemeenten in {regio}"
    omschrijving = sjabloon.format(deelnemers=deelnemers, regio=regio, plaats=plaats)
    return VerbandSpec(
        naam=naam,
        omschrijving=_eerste_hoofdletter(omschrijving) + FICTIEF,
        juridische_vorm=vorm,
        taaktype=thema.taaktype,
        aantal_taken=thema.aantal_taken,
        besturingsniveau=_besturingsniveau(rng, thema.taaktype),
        domeinen=(*thema.domeinen, *extra),
        leden=leden,
        besturingsmodel=_besturingsmodel(rng, vorm),
        organisatievorm=(
            Organisatievorm.NIEUWE_ORGANISATIE if nieuw else Organisatievorm.BESTAANDE_ORGANISATIE
        ),
        organisatiestructuur=(
            Organisatiestructuur.CENTRAAL
            if nieuw or rng.random() < 0.5
            else Organisatiestructuur.DECENTRAAL
        ),
        fase=fase,
        gezamenlijk_opdrachtgeverschap=thema.taaktype != Taaktype.BELEID and rng.random() < 0.4,
        gemeenschappelijke_adviescommissie=vorm == V.OPENBAAR_LICHAAM and rng.random() < 0.2,
        evaluatietermijn_jaren=rng.choice((4, 4, 4, 3, 5)) if wgr else None,
        governance_toelichting=(
            f"{plaats} voert de taken uit namens de andere deelnemers."
            if vorm == V.CENTRUMGEMEENTECONSTRUCTIE
            else ""
        ),
        vestigingsplaats=plaats if nieuw else "",
        wettelijke_voorschriften=(
            "; ".join(
                filter(None, (thema.wettelijke_voorschriften, "Wet gemeenschappelijke regelingen"))
            )
            if wgr
            else thema.wettelijke_voorschriften
        ),
        opgericht_op=opgericht,
        opgeheven_op=opgeheven,
        bijdrage_per_inwoner=per_inwoner,
        # A handful for the demo adviseurs, spread over the list.
        aangemaakt_door="adviseur" if volgnummer % 45 == 7 else "",
        adviseurs=("adviseur",)
        if volgnummer % 45 == 7
        else ("adviseur2",)
        if volgnummer % 60 == 30
        else (),
    )


def _levensloop(
    rng: random.Random, vorm: str
) -> tuple[str, datetime.date | None, datetime.date | None]:
    """Fase, opgericht_op and opgeheven_op that fit together and with the legal form."""
    # The bedrijfsvoeringsorganisatie exists since 1 January 2015.
    eerste_jaar = 2015 if vorm == V.BEDRIJFSVOERINGSORGANISATIE else 1995
    lot = rng.random()
    # A centrumgemeenteconstructie keeps one active centrumgemeente, so it is never shown as ended.
    if lot < 0.05 and vorm != V.CENTRUMGEMEENTECONSTRUCTIE:
        opgericht = _datum(rng, eerste_jaar, 2016)
        opgeheven = _datum(rng, opgericht.year + 3, 2025)
        return Fase.BEEINDIGD, opgericht, opgeheven
    if lot < 0.09:
        return Fase.VERKENNING, None, None
    if lot < 0.13:
        return Fase.VOORBEREIDING, None, None
    opgericht = _datum(rng, eerste_jaar, 2025)
    if opgericht.year >= 2023:
        return Fase.IMPLEMENTATIE, opgericht, None
    return Fase.DOORONTWIKKELING, opgericht, None


def _datum(rng: random.Random, van: int, tot: int) -> datetime.date:
    # Regelingen mostly start on 1 January, otherwise on the first of a month.
    maand = 1 if rng.random() < 0.6 else rng.randint(2, 12)
    return datetime.date(rng.randint(van, max(van, tot)), maand, 1)


def _kies_leden(rng: random.Random, gemeenten: list[str], omvang: tuple[int, int]) -> list[str]:
    laag, hoog = omvang
    if len(gemeenten) <= hoog and rng.random() < 0.4:
        return sorted(gemeenten)
    aantal = rng.randint(min(laag, len(gemeenten)), min(hoog, len(gemeenten)))
    return sorted(rng.sample(gemeenten, aantal))


def _naam(
    rng: random.Random,
    thema: Thema,
    regio: str,
    namen: list[str],
    gemeenten: list[str],
    plaats: str,
) -> str | None:
    """A name from the theme's templates that fits the members, or None when none fits."""
    passend = [
        t
        for t in thema.namen
        if ("{paar}" not in t or len(namen) == 2)
        and ("{namen}" not in t or len(namen) <= 3)
        # A region name for a few of its gemeenten would promise more than the verband is.
        and ("{regio}" not in t or len(namen) >= min(len(gemeenten), max(4, 0.7 * len(gemeenten))))
    ]
    if not passend:
        return None
    return rng.choice(passend).format(
        regio=regio,
        plaats=plaats,
        paar="-".join(_kort(n) for n in namen),
        namen=_opsomming([_kort(n) for n in namen]),
    )


def _leden(
    rng: random.Random,
    vorm: str,
    namen: list[str],
    plaats: str,
    opgericht: datetime.date | None,
    opgeheven: datetime.date | None,
) -> tuple[Lid, ...]:
    is_centrum = vorm == V.CENTRUMGEMEENTECONSTRUCTIE
    leden: list[Lid] = []
    for naam in namen:
        rol = Rol.DEELNEMER
        if is_centrum:
            rol = Rol.CENTRUMGEMEENTE if _kort(naam) == plaats else Rol.GASTGEMEENTE
        elif _kort(naam) == plaats and vorm in LICHTE_VORMEN and rng.random() < 0.5:
            rol = Rol.PENVOERDER
        gevormd = GEVORMD_IN.get(naam)
        opvolger = bool(opgericht and gevormd and gevormd > opgericht.year)
        leden.append(
            Lid(
                naam,
                rol=rol,
                toegetreden_op=datetime.date(gevormd, 1, 1) if opvolger else None,
                zonder_bijdrage=rng.random() < 0.12,
                toelichting=f"Opvolger na de herindeling van {gevormd}." if opvolger else "",
            )
        )
    # Some history: a gemeente that joined later, or one that left.
    if opgericht and not opgeheven and opgericht.year <= 2018 and len(leden) >= 3:
        lot = rng.random()
        index = rng.randrange(len(leden))
        lid = leden[index]
        if lid.rol == Rol.DEELNEMER and lid.toegetreden_op is None:
            jaar = rng.randint(opgericht.year + 2, 2024)
            if lot < 0.15:
                leden[index] = Lid(lid.gemeente, toegetreden_op=datetime.date(jaar, 1, 1))
            elif lot < 0.25 and GEVORMD_IN.get(lid.gemeente, 0) < jaar:
                leden[index] = Lid(
                    lid.gemeente,
                    uitgetreden_op=datetime.date(jaar, 1, 1),
                    toelichting="Uitgetreden na een eigen heroverweging van de samenwerking.",
                )
    return tuple(leden)


def _besturingsniveau(rng: random.Random, taaktype: str) -> str:
    if taaktype == Taaktype.BELEID:
        return rng.choice(
            (Besturingsniveau.STRATEGISCH, Besturingsniveau.STRATEGISCH, Besturingsniveau.TACTISCH)
        )
    if taaktype == Taaktype.BEDRIJFSVOERING:
        return Besturingsniveau.OPERATIONEEL
    return rng.choice((Besturingsniveau.OPERATIONEEL, Besturingsniveau.TACTISCH))


def _besturingsmodel(rng: random.Random, vorm: str) -> str:
    if vorm in BESTURINGSMODEL_PER_VORM:
        return BESTURINGSMODEL_PER_VORM[vorm]
    if vorm in (V.CONVENANT, V.NETWERK, V.REGELING_ZONDER_MEER):
        return rng.choice((Besturingsmodel.BESTUURLIJK_OVERLEG, Besturingsmodel.OVERIG))
    # Gemeenschappelijk orgaan, vereniging, coöperatie.
    return rng.choice((Besturingsmodel.EIGENAAR_OPDRACHTGEVER, Besturingsmodel.OVERIG))


def _kort(naam: str) -> str:
    """The name people use in running text: without the CBS suffix such as " (Z.)"."""
    return KORTE_NAMEN.get(naam, re.sub(r" \([A-Z.]+\)$", "", naam))


def _opsomming(namen: list[str]) -> str:
    return namen[0] if len(namen) == 1 else f"{', '.join(namen[:-1])} en {namen[-1]}"


def _eerste_hoofdletter(tekst: str) -> str:
    # "'s-Hertogenbosch" must keep its lower-case s.
    return tekst if tekst.startswith("'") else tekst[:1].upper() + tekst[1:]
