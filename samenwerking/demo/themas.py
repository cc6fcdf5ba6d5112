"""Kinds of cooperation for the generator: usual names, legal forms, domeinen and sizes."""

from __future__ import annotations

from dataclasses import dataclass

from verbanden.choices import AantalTaken, JuridischeVorm, Taaktype

V = JuridischeVorm


@dataclass(frozen=True)
class Thema:
    """A kind of cooperation with its usual names, forms and policy areas."""

    # Name templates: {regio}, {plaats} (largest member), {paar} ("A-B"), {namen} ("A, B en C").
    namen: tuple[str, ...]
    domeinen: tuple[str, ...]
    extra_domeinen: tuple[str, ...]
    vormen: dict[str, int]
    taaktype: str
    omvang: tuple[int, int]
    per_inwoner: tuple[int, int] | None
    omschrijvingen: tuple[str, ...]
    gewicht: int = 10
    aantal_taken: str = AantalTaken.EEN
    wettelijke_voorschriften: str = ""


THEMAS: tuple[Thema, ...] = (
    Thema(
        namen=(
            "Belastingsamenwerking {regio}",
            "Belastingkantoor {plaats}",
            "Belastingsamenwerking {paar}",
        ),
        domeinen=("belastingen-en-woz",),
        extra_domeinen=(),
        vormen={
            V.BEDRIJFSVOERINGSORGANISATIE: 4,
            V.OPENBAAR_LICHAAM: 5,
            V.CENTRUMGEMEENTECONSTRUCTIE: 2,
        },
        taaktype=Taaktype.UITVOERING,
        omvang=(3, 10),
        per_inwoner=(9, 16),
        omschrijvingen=(
            "{deelnemers} heffen en innen hun gemeentelijke belastingen gezamenlijk en voeren samen de Wet WOZ uit.",
            "Eén belastingorganisatie voor {deelnemers}, met een gezamenlijk klantcontact voor aanslagen en bezwaren.",
        ),
        wettelijke_voorschriften="Gemeentewet; Wet waardering onroerende zaken",
    ),
    Thema(
        namen=("Werkbedrijf {regio}", "Werkbedrijf {plaats}", "Participatiebedrijf {regio}"),
        domeinen=("participatie",),
        extra_domeinen=("sociale-werkvoorziening", "inkomen-en-schuldhulp"),
        vormen={V.OPENBAAR_LICHAAM: 5, V.BV: 2, V.NV: 1, V.BEDRIJFSVOERINGSORGANISATIE: 2},
        taaktype=Taaktype.UITVOERING,
        omvang=(4, 12),
        per_inwoner=(15, 40),
        omschrijvingen=(
            "{deelnemers} helpen samen inwoners met een afstand tot de arbeidsmarkt aan werk en voeren de sociale werkvoorziening uit.",
            "Regionaal werkbedrijf dat werkgevers en werkzoekenden in {regio} bij elkaar brengt en beschut werk biedt.",
        ),
        aantal_taken=AantalTaken.MEERDERE,
        wettelijke_voorschriften="Participatiewet; Wet sociale werkvoorziening",
    ),
    Thema(
        namen=("Regionaal Archief {plaats}", "Streekarchief {regio}", "Historisch Centrum {regio}"),
        domeinen=("archief",),
        extra_domeinen=("cultuur-en-muziekonderwijs",),
        vormen={
            V.OPENBAAR_LICHAAM: 4,
            V.GEMEENSCHAPPELIJK_ORGAAN: 3,
            V.CENTRUMGEMEENTECONSTRUCTIE: 1,
        },
        taaktype=Taaktype.UITVOERING,
        omvang=(3, 9),
        per_inwoner=(3, 8),
        omschrijvingen=(
            "Gezamenlijke archiefdienst van {deelnemers}: beheer van de overgebrachte archieven, toezicht op de informatiehuishouding en een studiezaal.",
            "{deelnemers} laten hun archieven beheren en openbaar maken door één regionaal archief in {plaats}.",
        ),
        wettelijke_voorschriften="Archiefwet",
    ),
    Thema(
        namen=("Afvalschap {regio}", "Afvalsamenwerking {regio}", "Reinigingsdienst {plaats}"),
        domeinen=("afval",),
        extra_domeinen=(),
        vormen={V.OPENBAAR_LICHAAM: 4, V.NV: 2, V.BV: 2, V.BEDRIJFSVOERINGSORGANISATIE: 1},
        taaktype=Taaktype.UITVOERING,
        omvang=(3, 12),
        per_inwoner=(35, 70),
        omschrijvingen=(
            "Inzameling en verwerking van huishoudelijk afval voor {deelnemers}, inclusief de milieustraten.",
            "{deelnemers} besteden de afvalinzameling samen uit en sturen gezamenlijk op minder restafval.",
        ),
        wettelijke_voorschriften="Wet milieubeheer",
    ),
    Thema(
        namen=("ICT-samenwerking {paar}", "ICT-samenwerking {regio}", "Servicecentrum {regio}"),
        domeinen=("ict",),
        extra_domeinen=("bedrijfsvoering",),
        vormen={
            V.BEDRIJFSVOERINGSORGANISATIE: 4,
            V.CENTRUMGEMEENTECONSTRUCTIE: 2,
            V.CONVENANT: 2,
            V.COOPERATIE: 1,
        },
        taaktype=Taaktype.BEDRIJFSVOERING,
        omvang=(2, 5),
        per_inwoner=(20, 45),
        omschrijvingen=(
            "{deelnemers} delen hun ICT-infrastructuur, applicatiebeheer en informatiebeveiliging.",
            "Gezamenlijke ICT-dienst van {deelnemers}, met één servicedesk en een gedeeld applicatielandschap.",
        ),
    ),
    Thema(
        namen=("Ambtelijke organisatie {paar}", "Werkorganisatie {namen}"),
        domeinen=("bedrijfsvoering",),
        extra_domeinen=("ict",),
        vormen={V.OPENBAAR_LICHAAM: 3, V.BEDRIJFSVOERINGSORGANISATIE: 3},
        taaktype=Taaktype.BEDRIJFSVOERING,
        omvang=(2, 3),
        per_inwoner=(350, 650),
        omschrijvingen=(
            "{deelnemers} hebben één ambtelijke organisatie, terwijl raden en colleges zelfstandig blijven.",
            "Ambtelijke fusie van {deelnemers}: alle medewerkers werken voor alle deelnemende gemeenten.",
        ),
        gewicht=4,
        aantal_taken=AantalTaken.ALLE,
    ),
    Thema(
        namen=("Jeugdhulpregio {regio}", "Inkoop Jeugd {regio}", "Jeugdhulp {plaats} e.o."),
        domeinen=("jeugd",),
        extra_domeinen=("wmo",),
        vormen={
            V.CENTRUMGEMEENTECONSTRUCTIE: 2,
            V.OPENBAAR_LICHAAM: 3,
            V.CONVENANT: 2,
            V.BEDRIJFSVOERINGSORGANISATIE: 2,
        },
        taaktype=Taaktype.UITVOERING,
        omvang=(5, 15),
        per_inwoner=(2, 6),
        omschrijvingen=(
            "{deelnemers} kopen specialistische jeugdhulp gezamenlijk in en voeren samen het contractmanagement.",
            "Regionale samenwerking jeugdhulp in {regio}: gezamenlijke inkoop, monitoring en een gedeeld expertiseteam.",
        ),
        wettelijke_voorschriften="Jeugdwet",
    ),
    Thema(
        namen=(
            "Recreatieschap {regio}",
            "Recreatiegebied {plaats}",
            "Natuur- en recreatieschap {regio}",
        ),
        domeinen=("recreatie-en-natuur",),
        extra_domeinen=("ruimtelijke-ordening",),
        vormen={V.OPENBAAR_LICHAAM: 5, V.STICHTING: 2, V.GEMEENSCHAPPELIJK_ORGAAN: 1},
        taaktype=Taaktype.UITVOERING,
        omvang=(2, 7),
        per_inwoner=(1, 5),
        omschrijvingen=(
            "Beheer en ontwikkeling van de recreatiegebieden en fietspaden tussen {deelnemers}.",
            "{deelnemers} onderhouden samen recreatieplassen, wandelroutes en natuurgebieden in {regio}.",
        ),
    ),
    Thema(
        namen=("Sociaal Domein {namen}", "Sociaal Domein {regio}", "Wijkteams {regio}"),
        domeinen=("sociaal-domein", "wmo"),
        extra_domeinen=("jeugd", "participatie", "inkomen-en-schuldhulp"),
        vormen={
            V.BEDRIJFSVOERINGSORGANISATIE: 3,
            V.OPENBAAR_LICHAAM: 4,
            V.CENTRUMGEMEENTECONSTRUCTIE: 1,
            V.CONVENANT: 1,
        },
        taaktype=Taaktype.UITVOERING,
        omvang=(2, 6),
        per_inwoner=(20, 90),
        omschrijvingen=(
            "{deelnemers} voeren samen de Wmo, jeugdhulp en participatie uit, met gezamenlijke toegang en wijkteams.",
            "Uitvoeringsorganisatie sociaal domein voor {deelnemers}, met één loket voor ondersteuning, werk en inkomen.",
        ),
        aantal_taken=AantalTaken.MEERDERE,
        wettelijke_voorschriften="Wet maatschappelijke ondersteuning 2015; Jeugdwet; Participatiewet",
    ),
    Thema(
        namen=("Regio {plaats}", "Regio {regio}", "Regionaal Overleg {regio}"),
        domeinen=("regionale-bestuurlijke-samenwerking",),
        extra_domeinen=("economische-ontwikkeling", "wonen", "ruimtelijke-ordening"),
        vormen={
            V.OPENBAAR_LICHAAM: 3,
            V.REGELING_ZONDER_MEER: 3,
            V.BESTUURLIJK_OVERLEG: 4,
            V.NETWERK: 1,
        },
        taaktype=Taaktype.BELEID,
        omvang=(5, 15),
        per_inwoner=(1, 4),
        omschrijvingen=(
            "Bestuurlijke samenwerking van {deelnemers} over wonen, economie en bereikbaarheid in {regio}.",
            "{deelnemers} stemmen hun regionale agenda af en trekken gezamenlijk op richting provincie en Rijk.",
        ),
        gewicht=12,
        aantal_taken=AantalTaken.MEERDERE,
    ),
    Thema(
        namen=("Netwerk Duurzaamheid {regio}", "Energieregio {regio}", "Klimaatnetwerk {plaats}"),
        domeinen=("volksgezondheid-en-milieu",),
        extra_domeinen=("wonen", "ruimtelijke-ordening"),
        vormen={V.NETWERK: 4, V.CONVENANT: 3, V.VERENIGING: 1, V.BESTUURLIJK_OVERLEG: 2},
        taaktype=Taaktype.BELEID,
        omvang=(4, 15),
        per_inwoner=None,
        omschrijvingen=(
            "Netwerk waarin {deelnemers} kennis delen over de energietransitie en samen een regionale energiestrategie uitwerken.",
            "{deelnemers} werken samen aan verduurzaming van woningen en maatschappelijk vastgoed in {regio}.",
        ),
    ),
    Thema(
        namen=("Leerplicht en RMC {regio}", "Regionaal Bureau Leerplicht {plaats}"),
        domeinen=("leerplicht-en-rmc",),
        extra_domeinen=("onderwijs",),
        vormen={V.CENTRUMGEMEENTECONSTRUCTIE: 3, V.OPENBAAR_LICHAAM: 3, V.CONVENANT: 1},
        taaktype=Taaktype.UITVOERING,
        omvang=(4, 12),
        per_inwoner=(1, 3),
        omschrijvingen=(
            "Gezamenlijke uitvoering van de leerplicht en de aanpak van voortijdig schoolverlaten voor {deelnemers}.",
        ),
        wettelijke_voorschriften="Leerplichtwet 1969",
        gewicht=6,
    ),
    Thema(
        namen=(
            "Bedrijvenschap {plaats}",
            "Bedrijventerrein {paar}",
            "Ontwikkelingsmaatschappij {regio}",
        ),
        domeinen=("bedrijventerreinen",),
        extra_domeinen=("economische-ontwikkeling",),
        vormen={V.OPENBAAR_LICHAAM: 3, V.BV: 3, V.NV: 1},
        taaktype=Taaktype.UITVOERING,
        omvang=(2, 4),
        per_inwoner=None,
        omschrijvingen=(
            "{deelnemers} ontwikkelen en verkopen samen een regionaal bedrijventerrein.",
            "Gezamenlijke grondexploitatie van {deelnemers} voor de uitbreiding van bedrijventerreinen.",
        ),
        gewicht=6,
    ),
    Thema(
        namen=("Inkoopbureau {regio}", "Inkoopsamenwerking {paar}"),
        domeinen=("bedrijfsvoering",),
        extra_domeinen=(),
        vormen={
            V.CENTRUMGEMEENTECONSTRUCTIE: 2,
            V.BEDRIJFSVOERINGSORGANISATIE: 2,
            V.COOPERATIE: 2,
            V.CONVENANT: 2,
        },
        taaktype=Taaktype.BEDRIJFSVOERING,
        omvang=(2, 9),
        per_inwoner=(1, 4),
        omschrijvingen=(
            "Gezamenlijk inkoopbureau voor {deelnemers}: aanbestedingen, contractbeheer en inkoopadvies.",
        ),
        gewicht=6,
    ),
    Thema(
        namen=("Muziekschool {plaats}", "Cultuurhuis {regio}"),
        domeinen=("cultuur-en-muziekonderwijs",),
        extra_domeinen=(),
        vormen={V.STICHTING: 5, V.OPENBAAR_LICHAAM: 1, V.VERENIGING: 1},
        taaktype=Taaktype.UITVOERING,
        omvang=(2, 5),
        per_inwoner=(4, 10),
        omschrijvingen=("{deelnemers} subsidiëren samen muziek- en cultuuronderwijs in {regio}.",),
        gewicht=4,
    ),
    Thema(
        namen=("Regiotaxi {regio}", "Vervoer op Maat {regio}"),
        domeinen=("openbaar-vervoer", "wmo"),
        extra_domeinen=(),
        vormen={V.CENTRUMGEMEENTECONSTRUCTIE: 1, V.OPENBAAR_LICHAAM: 3, V.CONVENANT: 2, V.BV: 1},
        taaktype=Taaktype.UITVOERING,
        omvang=(4, 12),
        per_inwoner=(3, 9),
        omschrijvingen=(
            "Gezamenlijk geregeld Wmo- en doelgroepenvervoer voor inwoners van {deelnemers}.",
        ),
        gewicht=5,
        wettelijke_voorschriften="Wet maatschappelijke ondersteuning 2015",
    ),
    Thema(
        namen=("Openbare Verlichting {regio}", "Lichtnetwerk {paar}"),
        domeinen=("openbare-verlichting",),
        extra_domeinen=(),
        vormen={V.CONVENANT: 3, V.GEMEENSCHAPPELIJK_ORGAAN: 2, V.CENTRUMGEMEENTECONSTRUCTIE: 1},
        taaktype=Taaktype.UITVOERING,
        omvang=(2, 8),
        per_inwoner=(2, 5),
        omschrijvingen=(
            "{deelnemers} besteden beheer en onderhoud van de openbare verlichting samen aan.",
        ),
        gewicht=3,
    ),
    Thema(
        namen=("Veiligheidshuis {regio}", "Zorg- en Veiligheidshuis {plaats}"),
        domeinen=("openbare-orde-en-veiligheid",),
        extra_domeinen=("sociaal-domein",),
        vormen={V.CONVENANT: 4, V.CENTRUMGEMEENTECONSTRUCTIE: 1, V.NETWERK: 1},
        taaktype=Taaktype.UITVOERING,
        omvang=(5, 15),
        per_inwoner=(1, 3),
        omschrijvingen=(
            "Samenwerking van {deelnemers} met politie, justitie en zorgpartners rond complexe casuïstiek.",
        ),
        gewicht=4,
    ),
    Thema(
        namen=("Schuldhulpverlening {regio}", "Kredietbank {plaats}"),
        domeinen=("inkomen-en-schuldhulp",),
        extra_domeinen=("participatie",),
        vormen={V.OPENBAAR_LICHAAM: 2, V.CENTRUMGEMEENTECONSTRUCTIE: 1, V.STICHTING: 1},
        taaktype=Taaktype.UITVOERING,
        omvang=(2, 8),
        per_inwoner=(3, 8),
        omschrijvingen=(
            "{deelnemers} bieden samen schuldhulpverlening en budgetbeheer aan inwoners met geldzorgen.",
        ),
        gewicht=4,
        wettelijke_voorschriften="Wet gemeentelijke schuldhulpverlening",
    ),
    Thema(
        namen=("Woonruimteverdeling {regio}", "Woonagenda {regio}"),
        domeinen=("wonen",),
        extra_domeinen=("ruimtelijke-ordening",),
        vormen={V.CONVENANT: 3, V.VERENIGING: 1, V.BESTUURLIJK_OVERLEG: 2},
        taaktype=Taaktype.BELEID,
        omvang=(4, 14),
        per_inwoner=None,
        omschrijvingen=(
            "Afspraken van {deelnemers} met woningcorporaties over woningbouw en de verdeling van sociale huurwoningen.",
        ),
        gewicht=4,
        wettelijke_voorschriften="Huisvestingswet 2014",
    ),
)
