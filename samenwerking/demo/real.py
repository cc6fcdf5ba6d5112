"""Real cooperations from the research notes (DOMAIN.md section 2.4), with their real deelnemers.

Names are CBS spellings ("'s-Hertogenbosch", "Bergen (NH.)", "Hengelo (O.)"). Lists from 2016
sources keep their old names where a herindeling is modelled as history; otherwise today's
gemeente is listed. Bijdragen are plausible estimates, not figures from the sources.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from verbanden.choices import (
    AantalTaken,
    Besturingsmodel,
    Besturingsniveau,
    Fase,
    Initiatief,
    JuridischeVorm,
    Organisatiestructuur,
    Organisatievorm,
    PartnerSoort,
    Rol,
    Taaktype,
)

from .spec import Lid, PartnerLid, VerbandSpec, centrum, leden

OPENGR_2016 = (
    "https://github.com/openstate/datasets/blob/c145fedb91e8a17aa05e9883f12b6fa984166b2a/"
    "osn/sources/gemeenschappelijke_regelingen/gemeenschappelijke_regelingen_opengr.csv"
)
WGR = "Wet gemeenschappelijke regelingen"
WGR_HOOFDSTUK_V = "Wet gemeenschappelijke regelingen, hoofdstuk V (gemengde regeling)"
WVR = "Wet veiligheidsregio's; Wet gemeenschappelijke regelingen"
WPG = "Wet publieke gezondheid; Wet gemeenschappelijke regelingen"
OMGEVINGSWET = "Omgevingswet; Wet gemeenschappelijke regelingen"
BELASTINGEN = "Gemeentewet; Waterschapswet; Wet waardering onroerende zaken; Invorderingswet 1990"
HERINDELING_2022 = date(2022, 1, 1)

PROVINCIE = PartnerSoort.PROVINCIE
OL = JuridischeVorm.OPENBAAR_LICHAAM
BVO = JuridischeVorm.BEDRIJFSVOERINGSORGANISATIE
CENTRUM = JuridischeVorm.CENTRUMGEMEENTECONSTRUCTIE

FRIESE_GEMEENTEN = (
    "Achtkarspelen", "Ameland", "Dantumadiel", "De Fryske Marren", "Harlingen", "Heerenveen",
    "Noardeast-Fryslân", "Ooststellingwerf", "Opsterland", "Schiermonnikoog", "Smallingerland",
    "Súdwest-Fryslân", "Terschelling", "Tytsjerksteradiel", "Vlieland", "Waadhoeke",
    "Weststellingwerf",
)  # fmt: skip
IJSSELLAND = (
    "Dalfsen", "Deventer", "Hardenberg", "Kampen", "Olst-Wijhe", "Ommen", "Raalte", "Staphorst",
    "Steenwijkerland", "Zwartewaterland", "Zwolle",
)  # fmt: skip
ZEELAND = (
    "Borsele", "Goes", "Hulst", "Kapelle", "Middelburg (Z.)", "Noord-Beveland", "Reimerswaal",
    "Schouwen-Duiveland", "Sluis", "Terneuzen", "Tholen", "Veere", "Vlissingen",
)  # fmt: skip
FLEVOLAND = ("Almere", "Dronten", "Lelystad", "Noordoostpolder", "Urk", "Zeewolde")
DRENTHE = (
    "Aa en Hunze", "Assen", "Borger-Odoorn", "Coevorden", "De Wolden", "Emmen", "Hoogeveen",
    "Meppel", "Midden-Drenthe", "Noordenveld", "Tynaarlo", "Westerveld",
)  # fmt: skip
UTRECHT = (
    "Amersfoort", "Baarn", "Bunnik", "Bunschoten", "De Bilt", "De Ronde Venen", "Eemnes", "Houten",
    "IJsselstein", "Leusden", "Lopik", "Montfoort", "Nieuwegein", "Oudewater", "Renswoude",
    "Rhenen", "Soest", "Stichtse Vecht", "Utrecht", "Utrechtse Heuvelrug", "Veenendaal",
    "Vijfheerenlanden", "Wijk bij Duurstede", "Woerden", "Woudenberg", "Zeist",
)  # fmt: skip
OOST_GRONINGEN_ICT = ("Oldambt", "Pekela", "Veendam", "Westerwolde")
WESTROM = ("Echt-Susteren", "Leudal", "Roerdalen", "Roermond")

REAL: tuple[VerbandSpec, ...] = (
    VerbandSpec(
        naam="Centrumregeling samenwerking Sociaal Domein Fryslân",
        afkorting="SDF",
        omschrijving=(
            "De achttien Friese gemeenten kopen jeugdhulp en maatschappelijke ondersteuning "
            "samen in en beheren de contracten gezamenlijk. Leeuwarden voert dat als "
            "centrumgemeente uit voor de andere gemeenten."
        ),
        juridische_vorm=CENTRUM,
        taaktype=Taaktype.UITVOERING,
        aantal_taken=AantalTaken.MEERDERE,
        besturingsniveau=Besturingsniveau.TACTISCH,
        organisatievorm=Organisatievorm.BESTAANDE_ORGANISATIE,
        domeinen=("jeugd", "wmo", "participatie"),
        leden=centrum("Leeuwarden", *FRIESE_GEMEENTEN),
        besturingsmodel=Besturingsmodel.CENTRUMGEMEENTE,
        gezamenlijk_opdrachtgeverschap=True,
        evaluatietermijn_jaren=4,
        governance_toelichting=(
            "Regeling van colleges en burgemeesters (2022); de overige gemeenten zijn gastgemeente."
        ),
        vestigingsplaats="Leeuwarden",
        wettelijke_voorschriften="Jeugdwet; Wet maatschappelijke ondersteuning 2015; " + WGR,
        overgedragen_bevoegdheden="Inkoop en contractbeheer van regionale jeugdhulp en Wmo.",
        bron_url="https://zoek.officielebekendmakingen.nl/gmb-2022-153736.html",
        bijdrage_per_inwoner=Decimal("8"),
        aangemaakt_door="adviseur",
        adviseurs=("adviseur",),
    ),
    VerbandSpec(
        naam="Bedrijfsvoeringsorganisatie Regionaal Serviceteam Jeugd IJsselland",
        afkorting="RSJ IJsselland",
        omschrijving=(
            "Elf gemeenten in IJsselland organiseren samen de inkoop en het contractbeheer van "
            "specialistische jeugdhulp, zoals de Jeugdwet in artikel 2.8 vraagt."
        ),
        juridische_vorm=BVO,
        taaktype=Taaktype.UITVOERING,
        aantal_taken=AantalTaken.EEN,
        besturingsniveau=Besturingsniveau.TACTISCH,
        domeinen=("jeugd",),
        leden=leden(*IJSSELLAND),
        besturingsmodel=Besturingsmodel.ENKELVOUDIG_BESTUUR,
        gezamenlijk_opdrachtgeverschap=True,
        evaluatietermijn_jaren=4,
        governance_toelichting="Eén bestuur volgens artikel 14a Wgr (tekst van 2024).",
        vestigingsplaats="Zwolle",
        wettelijke_voorschriften="Jeugdwet, artikel 2.8; " + WGR,
        bron_url="https://zoek.officielebekendmakingen.nl/gmb-2024-331362.html",
        bijdrage_per_inwoner=Decimal("3"),
        aangemaakt_door="adviseur",
        adviseurs=("adviseur", "adviseur2"),
    ),
    VerbandSpec(
        naam="Gemeenschappelijke Regeling Westrom",
        afkorting="Westrom",
        omschrijving=(
            "Vier Midden-Limburgse gemeenten regelen samen de sociale werkvoorziening. Het "
            "uitvoerende werk ligt sinds 2025 bij Doon Roermond BV; de regeling zelf is een "
            "lichtere bedrijfsvoeringsorganisatie geworden."
        ),
        juridische_vorm=BVO,
        taaktype=Taaktype.UITVOERING,
        aantal_taken=AantalTaken.EEN,
        besturingsniveau=Besturingsniveau.TACTISCH,
        domeinen=("sociale-werkvoorziening", "participatie"),
        leden=leden(*WESTROM),
        besturingsmodel=Besturingsmodel.ENKELVOUDIG_BESTUUR,
        evaluatietermijn_jaren=4,
        governance_toelichting=(
            "Bedrijfsvoeringsorganisatie sinds 1 januari 2026; de Wsw-uitvoering is sinds "
            "1 januari 2025 ondergebracht bij Doon Roermond BV."
        ),
        vestigingsplaats="Roermond",
        wettelijke_voorschriften="Wet sociale werkvoorziening; Participatiewet; " + WGR,
        bron_url="https://zoek.officielebekendmakingen.nl/gmb-2025-568754.html",
        bijdrage_per_inwoner=Decimal("22"),
    ),
    VerbandSpec(
        naam="Doon Roermond BV",
        afkorting="Doon",
        omschrijving=(
            "Besloten vennootschap die sinds 2025 het werk in de sociale werkvoorziening "
            "uitvoert voor de gemeenten van Westrom."
        ),
        juridische_vorm=JuridischeVorm.BV,
        taaktype=Taaktype.UITVOERING,
        aantal_taken=AantalTaken.EEN,
        besturingsniveau=Besturingsniveau.OPERATIONEEL,
        domeinen=("sociale-werkvoorziening",),
        leden=leden(*WESTROM, zonder_bijdrage=True),
        besturingsmodel=Besturingsmodel.VENNOOTSCHAP,
        fase=Fase.IMPLEMENTATIE,
        governance_toelichting=(
            "Privaatrechtelijke uitvoerder naast de GR Westrom (art. 160 Gemeentewet); de "
            "gemeenten sturen via de regeling."
        ),
        vestigingsplaats="Roermond",
        bron_url="https://zoek.officielebekendmakingen.nl/gmb-2025-568754.html",
        opgericht_op=date(2025, 1, 1),
    ),
    VerbandSpec(
        naam="Bedrijfsvoeringsorganisatie ICT-voorziening RegIT",
        afkorting="RegIT",
        omschrijving=(
            "Oldambt, Pekela, Veendam en Westerwolde brengen hun ICT onder in een publiekrechtelijke "
            "bedrijfsvoeringsorganisatie. Die vervangt GRID NV, omdat een NV volgens de "
            "gemeenten te weinig recht deed aan de rol van de gemeenteraden."
        ),
        juridische_vorm=BVO,
        taaktype=Taaktype.BEDRIJFSVOERING,
        aantal_taken=AantalTaken.EEN,
        besturingsniveau=Besturingsniveau.OPERATIONEEL,
        domeinen=("ict",),
        leden=leden(*OOST_GRONINGEN_ICT),
        besturingsmodel=Besturingsmodel.ENKELVOUDIG_BESTUUR,
        fase=Fase.IMPLEMENTATIE,
        gezamenlijk_opdrachtgeverschap=True,
        evaluatietermijn_jaren=4,
        wettelijke_voorschriften=WGR + ", artikel 8 lid 3",
        bron_url="https://zoek.officielebekendmakingen.nl/gmb-2025-510109.html",
        bijdrage_per_inwoner=Decimal("32"),
        aangemaakt_door="adviseur",
        adviseurs=("adviseur",),
    ),
    VerbandSpec(
        naam="GRID NV",
        afkorting="GRID",
        omschrijving=(
            "Naamloze vennootschap uit 2014 voor de ICT van vier Oost-Groningse gemeenten. In "
            "2025 opgeheven en vervangen door de bedrijfsvoeringsorganisatie RegIT."
        ),
        juridische_vorm=JuridischeVorm.NV,
        taaktype=Taaktype.BEDRIJFSVOERING,
        aantal_taken=AantalTaken.EEN,
        besturingsniveau=Besturingsniveau.OPERATIONEEL,
        domeinen=("ict",),
        leden=leden(*OOST_GRONINGEN_ICT),
        besturingsmodel=Besturingsmodel.VENNOOTSCHAP,
        fase=Fase.BEEINDIGD,
        governance_toelichting=(
            "De bron noemt alleen de jaren (2014-2025); de opheffingsdatum is op het einde van "
            "2025 gezet."
        ),
        bron_url="https://zoek.officielebekendmakingen.nl/gmb-2025-510109.html",
        opgeheven_op=date(2025, 12, 31),
    ),
    VerbandSpec(
        naam="Gemeenschappelijke Regeling Werkmaatschappij 8KTD",
        afkorting="8KTD",
        omschrijving=(
            "Achtkarspelen en Tytsjerksteradiel werkten jarenlang breed samen in één "
            "werkmaatschappij. Sinds 2025 is alleen de gezamenlijke ICT overgebleven."
        ),
        juridische_vorm=BVO,
        taaktype=Taaktype.BEDRIJFSVOERING,
        aantal_taken=AantalTaken.EEN,
        besturingsniveau=Besturingsniveau.OPERATIONEEL,
        domeinen=("ict", "bedrijfsvoering"),
        leden=leden("Achtkarspelen", "Tytsjerksteradiel"),
        besturingsmodel=Besturingsmodel.ENKELVOUDIG_BESTUUR,
        evaluatietermijn_jaren=4,
        governance_toelichting=(
            "Was een openbaar lichaam; sinds 29 januari 2025 een bedrijfsvoeringsorganisatie "
            "voor alleen ICT. De bredere samenwerking eindigde op 1 januari 2025."
        ),
        bron_url="https://lokaleregelgeving.overheid.nl/CVDR734682/1",
        bijdrage_per_inwoner=Decimal("38"),
    ),
    VerbandSpec(
        naam="Bedrijfsvoeringsorganisatie Shared Service Centrum ONS",
        afkorting="SSC ONS",
        omschrijving=(
            "Provincie Overijssel, Kampen en Zwolle delen personeels- en salarisadministratie, "
            "ICT en inkoop in één servicecentrum."
        ),
        juridische_vorm=BVO,
        taaktype=Taaktype.BEDRIJFSVOERING,
        aantal_taken=AantalTaken.MEERDERE,
        besturingsniveau=Besturingsniveau.OPERATIONEEL,
        domeinen=("bedrijfsvoering", "ict"),
        leden=leden("Kampen", "Zwolle"),
        partners=(
            PartnerLid("Provincie Overijssel", soort=PROVINCIE, bijdrage=Decimal(6_800_000)),
        ),
        besturingsmodel=Besturingsmodel.ENKELVOUDIG_BESTUUR,
        gezamenlijk_opdrachtgeverschap=True,
        evaluatietermijn_jaren=4,
        governance_toelichting=(
            "Begonnen op 1 oktober 2013 als centrumconstructie, later omgezet in een "
            "bedrijfsvoeringsorganisatie (gemengde regeling met de provincie)."
        ),
        vestigingsplaats="Zwolle",
        wettelijke_voorschriften=WGR_HOOFDSTUK_V,
        bron_url="https://zoek.officielebekendmakingen.nl/stcrt-2017-74254.html",
        opgericht_op=date(2013, 10, 1),
        bijdrage_per_inwoner=Decimal("45"),
    ),
    VerbandSpec(
        naam="Gemeenschappelijke Regeling Ondersteuning Bestuurlijke Samenwerking Westfriesland",
        omschrijving=(
            "De zeven Westfriese gemeenten laten het regionale bestuurlijke overleg ondersteunen "
            "door de ambtenaren van Hoorn, die dat tegen kostprijs doen. Er is geen eigen "
            "orgaan."
        ),
        juridische_vorm=CENTRUM,
        taaktype=Taaktype.BELEID,
        aantal_taken=AantalTaken.EEN,
        besturingsniveau=Besturingsniveau.STRATEGISCH,
        organisatievorm=Organisatievorm.BESTAANDE_ORGANISATIE,
        domeinen=("regionale-bestuurlijke-samenwerking",),
        leden=centrum(
            "Hoorn",
            *("Drechterland", "Enkhuizen", "Koggenland", "Medemblik", "Opmeer", "Stede Broec"),
            overige_rol=Rol.DEELNEMER,
        ),
        besturingsmodel=Besturingsmodel.CENTRUMGEMEENTE,
        evaluatietermijn_jaren=4,
        governance_toelichting="Regeling op grond van artikel 1 en artikel 8 lid 4 Wgr (1 juli 2024).",
        vestigingsplaats="Hoorn",
        wettelijke_voorschriften=WGR + ", artikel 8 lid 4",
        bron_url="https://lokaleregelgeving.overheid.nl/CVDR723690/1",
        bijdrage_per_inwoner=Decimal("2"),
        aangemaakt_door="adviseur",
        adviseurs=("adviseur",),
    ),
    VerbandSpec(
        naam="Gemeenschappelijke Regeling Regio Gooi en Vechtstreek",
        afkorting="Regio G&V",
        omschrijving=(
            "Regionale organisatie van de Gooise gemeenten voor onder meer publieke gezondheid, "
            "afvalinzameling en de inkoop in het sociaal domein. Eemnes doet gedeeltelijk mee; "
            "Weesp is vertrokken toen het bij Amsterdam kwam."
        ),
        juridische_vorm=OL,
        taaktype=Taaktype.UITVOERING,
        aantal_taken=AantalTaken.MEERDERE,
        besturingsniveau=Besturingsniveau.TACTISCH,
        domeinen=("regionale-bestuurlijke-samenwerking", "publieke-gezondheid", "afval", "jeugd"),
        leden=(
            *leden("Blaricum", "Gooise Meren", "Hilversum", "Huizen", "Laren (NH.)", "Wijdemeren"),
            Lid(
                "Eemnes",
                toegetreden_op=date(2016, 1, 1),
                toelichting="Gedeeltelijk deelnemer.",
            ),
            Lid(
                "Weesp",
                uitgetreden_op=HERINDELING_2022,
                toelichting="Uitgetreden bij de fusie met Amsterdam.",
            ),
        ),
        besturingsmodel=Besturingsmodel.AB_DB,
        evaluatietermijn_jaren=4,
        governance_toelichting=(
            "De vorm staat niet in het geraadpleegde fragment van de regeling (versie van "
            "3 mei 2023); vastgelegd als openbaar lichaam."
        ),
        vestigingsplaats="Hilversum",
        wettelijke_voorschriften=WGR,
        bron_url="https://lokaleregelgeving.overheid.nl/CVDR673618/2",
        bijdrage_per_inwoner=Decimal("42"),
    ),
    VerbandSpec(
        naam="Gemeenschappelijke Regeling Omgevingsdienst Drenthe",
        afkorting="OD Drenthe",
        omschrijving=(
            "De provincie en alle twaalf Drentse gemeenten laten vergunningverlening, toezicht "
            "en handhaving in het omgevingsrecht uitvoeren door één omgevingsdienst, voorheen "
            "RUD Drenthe."
        ),
        juridische_vorm=OL,
        taaktype=Taaktype.UITVOERING,
        aantal_taken=AantalTaken.EEN,
        besturingsniveau=Besturingsniveau.OPERATIONEEL,
        initiatief=Initiatief.VERPLICHT,
        domeinen=("omgevingsdienst",),
        leden=leden(*DRENTHE),
        partners=(PartnerLid("Provincie Drenthe", soort=PROVINCIE, bijdrage=Decimal(5_200_000)),),
        besturingsmodel=Besturingsmodel.AB_DB,
        gezamenlijk_opdrachtgeverschap=True,
        evaluatietermijn_jaren=4,
        governance_toelichting="Regeling geldig vanaf 1 oktober 2024.",
        vestigingsplaats="Assen",
        wettelijke_voorschriften=OMGEVINGSWET,
        overgedragen_bevoegdheden="Uitvoering van vergunningverlening, toezicht en handhaving (VTH).",
        bron_url="https://lokaleregelgeving.overheid.nl/CVDR724781/1",
        bijdrage_per_inwoner=Decimal("18"),
    ),
    VerbandSpec(
        naam="Gemeenschappelijke Regeling Omgevingsdienst Utrecht",
        afkorting="OD Utrecht",
        omschrijving=(
            "Nieuwe omgevingsdienst voor de hele provincie Utrecht, ontstaan uit RUD Utrecht en "
            "ODRU. Gedeputeerde Staten en de colleges van alle 26 Utrechtse gemeenten nemen deel."
        ),
        juridische_vorm=OL,
        taaktype=Taaktype.UITVOERING,
        aantal_taken=AantalTaken.EEN,
        besturingsniveau=Besturingsniveau.OPERATIONEEL,
        initiatief=Initiatief.VERPLICHT,
        fase=Fase.IMPLEMENTATIE,
        domeinen=("omgevingsdienst",),
        leden=leden(*UTRECHT),
        partners=(PartnerLid("Provincie Utrecht", soort=PROVINCIE, bijdrage=Decimal(9_600_000)),),
        besturingsmodel=Besturingsmodel.AB_DB,
        gezamenlijk_opdrachtgeverschap=True,
        evaluatietermijn_jaren=4,
        governance_toelichting="Gemengde regeling op grond van artikel 51 lid 4 Wgr (2025).",
        vestigingsplaats="Utrecht",
        wettelijke_voorschriften=OMGEVINGSWET + ", artikel 51",
        bron_url="https://zoek.officielebekendmakingen.nl/prb-2025-16741.html",
        bijdrage_per_inwoner=Decimal("16"),
    ),
    VerbandSpec(
        naam="Gemeenschappelijke Regeling Omgevingsdienst Groene Metropool",
        omschrijving=(
            "Fusie van de omgevingsdiensten Regio Arnhem en Regio Nijmegen tot één dienst voor "
            "zestien gemeenten en de provincie Gelderland."
        ),
        juridische_vorm=OL,
        taaktype=Taaktype.UITVOERING,
        aantal_taken=AantalTaken.EEN,
        besturingsniveau=Besturingsniveau.OPERATIONEEL,
        initiatief=Initiatief.VERPLICHT,
        fase=Fase.IMPLEMENTATIE,
        domeinen=("omgevingsdienst",),
        leden=leden(
            *("Arnhem", "Berg en Dal", "Beuningen", "Doesburg", "Druten", "Duiven", "Heumen"),
            *("Lingewaard", "Nijmegen", "Overbetuwe", "Renkum", "Rheden", "Rozendaal"),
            *("Westervoort", "Wijchen", "Zevenaar"),
        ),
        partners=(
            PartnerLid("Provincie Gelderland", soort=PROVINCIE, bijdrage=Decimal(7_400_000)),
        ),
        besturingsmodel=Besturingsmodel.AB_DB,
        gezamenlijk_opdrachtgeverschap=True,
        evaluatietermijn_jaren=4,
        governance_toelichting=(
            "Zie ook het Gemeenteblad: https://zoek.officielebekendmakingen.nl/gmb-2025-567105.html"
        ),
        wettelijke_voorschriften=OMGEVINGSWET,
        bron_url="https://zoek.officielebekendmakingen.nl/prb-2025-21623.html",
        bijdrage_per_inwoner=Decimal("17"),
    ),
    VerbandSpec(
        naam="Gemeenschappelijke Regeling Omgevingsdienst Midden-Holland",
        afkorting="ODMH",
        omschrijving=(
            "Omgevingsdienst in Gouda voor de provincie Zuid-Holland en zes gemeenten in het "
            "Groene Hart, met taken in milieu, bouw- en woningtoezicht."
        ),
        juridische_vorm=OL,
        taaktype=Taaktype.UITVOERING,
        aantal_taken=AantalTaken.MEERDERE,
        besturingsniveau=Besturingsniveau.OPERATIONEEL,
        initiatief=Initiatief.VERPLICHT,
        domeinen=("omgevingsdienst",),
        leden=leden(
            "Alphen aan den Rijn",
            "Bodegraven-Reeuwijk",
            "Gouda",
            "Krimpenerwaard",
            "Waddinxveen",
            "Zuidplas",
        ),
        partners=(
            PartnerLid("Provincie Zuid-Holland", soort=PROVINCIE, bijdrage=Decimal(2_900_000)),
        ),
        besturingsmodel=Besturingsmodel.AB_DB,
        evaluatietermijn_jaren=4,
        governance_toelichting="Tekst zoals gewijzigd tot 2016.",
        vestigingsplaats="Gouda",
        wettelijke_voorschriften=OMGEVINGSWET,
        bron_url=(
            "http://docplayer.nl/23785012-Hoofdstuk-1-algemeen-hoofdstuk-2-omgevingsdienst-"
            "midden-holland.html"
        ),
        bijdrage_per_inwoner=Decimal("19"),
    ),
    VerbandSpec(
        naam="Gemeenschappelijke Regeling Veiligheidsregio Brabant-Noord",
        afkorting="VRBN",
        omschrijving=(
            "Wettelijk verplichte veiligheidsregio voor brandweer, crisisbeheersing en "
            "rampenbestrijding in Noordoost-Brabant. Na de herindelingen van 2022 nemen Land "
            "van Cuijk en Maashorst de plaats in van zeven oude gemeenten."
        ),
        juridische_vorm=OL,
        taaktype=Taaktype.UITVOERING,
        aantal_taken=AantalTaken.MEERDERE,
        besturingsniveau=Besturingsniveau.OPERATIONEEL,
        initiatief=Initiatief.VERPLICHT,
        domeinen=("brandweer-en-crisisbeheersing",),
        leden=(
            *leden(
                "Bernheze",
                "Boekel",
                "Boxtel",
                "Heusden",
                "'s-Hertogenbosch",
                "Meierijstad",
                "Oss",
                "Sint-Michielsgestel",
                "Vught",
            ),
            *leden(
                "Boxmeer",
                "Cuijk",
                "Grave",
                "Mill en Sint Hubert",
                "Sint Anthonis",
                "Uden",
                "Landerd",
                uitgetreden_op=HERINDELING_2022,
                toelichting="Opgegaan in Land van Cuijk of Maashorst.",
            ),
            *leden("Land van Cuijk", "Maashorst", toegetreden_op=HERINDELING_2022),
        ),
        besturingsmodel=Besturingsmodel.AB_DB,
        evaluatietermijn_jaren=4,
        governance_toelichting="Regeling van 2021; deelnemers na 2022 afgeleid uit de herindelingen.",
        vestigingsplaats="'s-Hertogenbosch",
        wettelijke_voorschriften=WVR,
        bron_url="https://lokaleregelgeving.overheid.nl/CVDR651418/1",
        bijdrage_per_inwoner=Decimal("52"),
        adviseurs=("adviseur2",),
    ),
    VerbandSpec(
        naam="Veiligheidsregio Noord-Holland Noord",
        afkorting="VRNHN",
        omschrijving=(
            "Veiligheidsregio voor de kop van Noord-Holland, West-Friesland en de regio "
            "Alkmaar, met een algemeen en dagelijks bestuur en de burgemeester van Alkmaar als "
            "voorzitter."
        ),
        juridische_vorm=OL,
        taaktype=Taaktype.UITVOERING,
        aantal_taken=AantalTaken.MEERDERE,
        besturingsniveau=Besturingsniveau.OPERATIONEEL,
        initiatief=Initiatief.VERPLICHT,
        domeinen=("brandweer-en-crisisbeheersing",),
        leden=(
            *leden(
                "Alkmaar",
                "Bergen (NH.)",
                "Castricum",
                "Den Helder",
                "Drechterland",
                "Enkhuizen",
                "Heiloo",
                "Hollands Kroon",
                "Hoorn",
                "Koggenland",
                "Medemblik",
                "Opmeer",
                "Schagen",
                "Stede Broec",
                "Texel",
            ),
            *leden(
                "Heerhugowaard",
                "Langedijk",
                uitgetreden_op=HERINDELING_2022,
                toelichting="Opgegaan in Dijk en Waard.",
            ),
            Lid("Dijk en Waard", toegetreden_op=HERINDELING_2022),
        ),
        besturingsmodel=Besturingsmodel.AB_DB,
        evaluatietermijn_jaren=4,
        governance_toelichting=(
            "Openbaar lichaam met volledige rechtspersoonlijkheid (geconsolideerde tekst 2013). "
            "Deelnemers volgens de indeling in veiligheidsregio's (2020), bijgewerkt voor 2022."
        ),
        vestigingsplaats="Alkmaar",
        wettelijke_voorschriften=WVR,
        bron_url="https://adoc.pub/i-mill-11-li-b.html",
        bijdrage_per_inwoner=Decimal("49"),
    ),
    VerbandSpec(
        naam="Veiligheidsregio Zeeland",
        afkorting="VRZ",
        omschrijving=(
            "De dertien Zeeuwse gemeenten werken samen in brandweerzorg, crisisbeheersing en "
            "rampenbestrijding, zoals de Wet veiligheidsregio's voorschrijft."
        ),
        juridische_vorm=OL,
        taaktype=Taaktype.UITVOERING,
        aantal_taken=AantalTaken.MEERDERE,
        besturingsniveau=Besturingsniveau.OPERATIONEEL,
        initiatief=Initiatief.VERPLICHT,
        domeinen=("brandweer-en-crisisbeheersing",),
        leden=leden(*ZEELAND),
        besturingsmodel=Besturingsmodel.AB_DB,
        evaluatietermijn_jaren=4,
        vestigingsplaats="Middelburg",
        wettelijke_voorschriften=WVR,
        bron_url=OPENGR_2016,
        bijdrage_per_inwoner=Decimal("55"),
    ),
    VerbandSpec(
        naam="GGD Zeeland",
        omschrijving=(
            "Gemeentelijke gezondheidsdienst van alle Zeeuwse gemeenten, onder meer voor "
            "infectieziektebestrijding en jeugdgezondheidszorg."
        ),
        juridische_vorm=OL,
        taaktype=Taaktype.UITVOERING,
        aantal_taken=AantalTaken.MEERDERE,
        besturingsniveau=Besturingsniveau.OPERATIONEEL,
        initiatief=Initiatief.VERPLICHT,
        domeinen=("publieke-gezondheid",),
        leden=leden(*ZEELAND),
        besturingsmodel=Besturingsmodel.AB_DB,
        evaluatietermijn_jaren=4,
        vestigingsplaats="Goes",
        wettelijke_voorschriften=WPG,
        bron_url=OPENGR_2016,
        bijdrage_per_inwoner=Decimal("31"),
    ),
    VerbandSpec(
        naam="Veiligheidsregio Flevoland",
        omschrijving=(
            "Veiligheidsregio van de zes Flevolandse gemeenten voor brandweer, GHOR en "
            "crisisbeheersing."
        ),
        juridische_vorm=OL,
        taaktype=Taaktype.UITVOERING,
        aantal_taken=AantalTaken.MEERDERE,
        besturingsniveau=Besturingsniveau.OPERATIONEEL,
        initiatief=Initiatief.VERPLICHT,
        domeinen=("brandweer-en-crisisbeheersing",),
        leden=leden(*FLEVOLAND),
        besturingsmodel=Besturingsmodel.AB_DB,
        evaluatietermijn_jaren=4,
        vestigingsplaats="Lelystad",
        wettelijke_voorschriften=WVR,
        bron_url=OPENGR_2016,
        bijdrage_per_inwoner=Decimal("47"),
    ),
    VerbandSpec(
        naam="GGD Flevoland",
        omschrijving=(
            "Publieke gezondheidszorg voor heel Flevoland: jeugdgezondheid, infectieziekten "
            "en gezondheidsonderzoek."
        ),
        juridische_vorm=OL,
        taaktype=Taaktype.UITVOERING,
        aantal_taken=AantalTaken.MEERDERE,
        besturingsniveau=Besturingsniveau.OPERATIONEEL,
        initiatief=Initiatief.VERPLICHT,
        domeinen=("publieke-gezondheid",),
        leden=leden(*FLEVOLAND),
        besturingsmodel=Besturingsmodel.AB_DB,
        evaluatietermijn_jaren=4,
        vestigingsplaats="Lelystad",
        wettelijke_voorschriften=WPG,
        bron_url=OPENGR_2016,
        bijdrage_per_inwoner=Decimal("29"),
    ),
    VerbandSpec(
        naam="Veiligheidsregio IJsselland",
        omschrijving=(
            "Veiligheidsregio voor de elf gemeenten van West- en Noord-Overijssel, van "
            "Steenwijkerland tot Deventer."
        ),
        juridische_vorm=OL,
        taaktype=Taaktype.UITVOERING,
        aantal_taken=AantalTaken.MEERDERE,
        besturingsniveau=Besturingsniveau.OPERATIONEEL,
        initiatief=Initiatief.VERPLICHT,
        domeinen=("brandweer-en-crisisbeheersing",),
        leden=leden(*IJSSELLAND),
        besturingsmodel=Besturingsmodel.AB_DB,
        evaluatietermijn_jaren=4,
        vestigingsplaats="Zwolle",
        wettelijke_voorschriften=WVR,
        bron_url=OPENGR_2016,
        bijdrage_per_inwoner=Decimal("48"),
    ),
    VerbandSpec(
        naam="GGD IJsselland",
        omschrijving=(
            "Gezondheidsdienst van dezelfde elf gemeenten als de veiligheidsregio IJsselland."
        ),
        juridische_vorm=OL,
        taaktype=Taaktype.UITVOERING,
        aantal_taken=AantalTaken.MEERDERE,
        besturingsniveau=Besturingsniveau.OPERATIONEEL,
        initiatief=Initiatief.VERPLICHT,
        domeinen=("publieke-gezondheid",),
        leden=leden(*IJSSELLAND),
        besturingsmodel=Besturingsmodel.AB_DB,
        evaluatietermijn_jaren=4,
        vestigingsplaats="Zwolle",
        wettelijke_voorschriften=WPG,
        bron_url=OPENGR_2016,
        bijdrage_per_inwoner=Decimal("30"),
    ),
    VerbandSpec(
        naam="Belastingsamenwerking Gemeenten en Hoogheemraadschap Utrecht",
        afkorting="BghU",
        omschrijving=(
            "Zeven Utrechtse gemeenten en het hoogheemraadschap heffen en innen hun lokale "
            "belastingen samen en voeren samen de Wet WOZ uit."
        ),
        juridische_vorm=OL,
        taaktype=Taaktype.UITVOERING,
        aantal_taken=AantalTaken.EEN,
        besturingsniveau=Besturingsniveau.OPERATIONEEL,
        domeinen=("belastingen-en-woz",),
        leden=leden("Bunnik", "De Bilt", "Houten", "Lopik", "Nieuwegein", "Utrecht", "Zeist"),
        partners=(
            PartnerLid("Hoogheemraadschap De Stichtse Rijnlanden", bijdrage=Decimal(3_100_000)),
        ),
        besturingsmodel=Besturingsmodel.AB_DB,
        evaluatietermijn_jaren=4,
        governance_toelichting="Gemengde regeling met een waterschap (Wgr hoofdstuk V), tekst 2015.",
        vestigingsplaats="Utrecht",
        wettelijke_voorschriften=BELASTINGEN + "; " + WGR_HOOFDSTUK_V,
        bron_url=(
            "http://docplayer.nl/13356182-Gemeenteblad-officiele-publicatie-van-gemeente-houten-"
            "gemeenschappelijke-regeling-belastingsamenwerking-gemeenten-en-hoogheemraadschap-"
            "utrecht-2015.html"
        ),
        bijdrage_per_inwoner=Decimal("13"),
        aangemaakt_door="adviseur",
        adviseurs=("adviseur",),
    ),
    VerbandSpec(
        naam="Noordelijk Belastingkantoor",
        afkorting="NBK",
        omschrijving=(
            "De gemeente Groningen en drie noordelijke waterschappen hebben hun "
            "belastingheffing en -inning ondergebracht in één belastingkantoor."
        ),
        juridische_vorm=BVO,
        taaktype=Taaktype.UITVOERING,
        aantal_taken=AantalTaken.EEN,
        besturingsniveau=Besturingsniveau.OPERATIONEEL,
        domeinen=("belastingen-en-woz",),
        leden=leden("Groningen"),
        partners=(
            PartnerLid("Waterschap Noorderzijlvest", bijdrage=Decimal(2_400_000)),
            PartnerLid("Waterschap Hunze en Aa's", bijdrage=Decimal(2_200_000)),
            PartnerLid("Wetterskip Fryslân", bijdrage=Decimal(3_300_000)),
        ),
        besturingsmodel=Besturingsmodel.ENKELVOUDIG_BESTUUR,
        evaluatietermijn_jaren=4,
        governance_toelichting="Artikel 8 lid 3 en hoofdstuk V Wgr (Staatscourant 2017).",
        vestigingsplaats="Groningen",
        wettelijke_voorschriften=BELASTINGEN + "; " + WGR_HOOFDSTUK_V,
        bron_url="http://docplayer.nl/69208106-Gemeenschappelijke-regeling-noordelijk-belastingkantoor.html",
        bijdrage_per_inwoner=Decimal("12"),
    ),
    VerbandSpec(
        naam="Gemeenschappelijk Belastingkantoor Lococensus-Tricijn",
        afkorting="GBLT",
        omschrijving=(
            "Zes waterschappen en zes gemeenten in Oost- en Midden-Nederland laten hun "
            "belastingen en WOZ-taken uitvoeren door één gezamenlijk kantoor."
        ),
        juridische_vorm=OL,
        taaktype=Taaktype.UITVOERING,
        aantal_taken=AantalTaken.EEN,
        besturingsniveau=Besturingsniveau.OPERATIONEEL,
        domeinen=("belastingen-en-woz",),
        leden=leden("Nijkerk", "Dronten", "Leusden", "Zwolle", "Dalfsen", "Bunschoten"),
        partners=(
            PartnerLid("Waterschap Groot Salland", bijdrage=Decimal(1_300_000)),
            PartnerLid("Waterschap Reest en Wieden", bijdrage=Decimal(1_100_000)),
            PartnerLid("Waterschap Rijn en IJssel", bijdrage=Decimal(2_000_000)),
            PartnerLid("Waterschap Vechtstromen", bijdrage=Decimal(2_600_000)),
            PartnerLid("Waterschap Vallei en Veluwe", bijdrage=Decimal(3_000_000)),
            PartnerLid("Waterschap Zuiderzeeland", bijdrage=Decimal(1_200_000)),
        ),
        besturingsmodel=Besturingsmodel.AB_DB,
        evaluatietermijn_jaren=4,
        governance_toelichting="Deelnemers volgens de regeling van 2016.",
        wettelijke_voorschriften=BELASTINGEN + "; " + WGR_HOOFDSTUK_V,
        bron_url=(
            "http://docplayer.nl/13588952-Gemeenschappelijke-regeling-gemeenschappelijk-"
            "belastingkantoor-lococensus-tricijn-2016.html"
        ),
        bijdrage_per_inwoner=Decimal("11"),
    ),
    VerbandSpec(
        naam="BAR-organisatie",
        afkorting="BAR",
        omschrijving=(
            "Albrandswaard, Barendrecht en Ridderkerk hebben één gezamenlijke ambtelijke "
            "organisatie; de drie gemeenten blijven zelfstandig met een eigen raad en college."
        ),
        juridische_vorm=OL,
        taaktype=Taaktype.BEDRIJFSVOERING,
        aantal_taken=AantalTaken.ALLE,
        besturingsniveau=Besturingsniveau.OPERATIONEEL,
        domeinen=("bedrijfsvoering",),
        leden=leden("Albrandswaard", "Barendrecht", "Ridderkerk"),
        besturingsmodel=Besturingsmodel.AB_DB,
        gezamenlijk_opdrachtgeverschap=True,
        evaluatietermijn_jaren=4,
        governance_toelichting="Deelnemers en plaats volgens de lijst van 2016; vorm niet in de bron.",
        vestigingsplaats="Ridderkerk",
        wettelijke_voorschriften=WGR,
        bron_url=OPENGR_2016,
        bijdrage_per_inwoner=Decimal("520"),
    ),
    VerbandSpec(
        naam="Drechtsteden",
        omschrijving=(
            "Zeven gemeenten rond Dordrecht werken samen in sociale dienstverlening, "
            "belastingen en bedrijfsvoering, en stemmen hun regionale beleid af."
        ),
        juridische_vorm=OL,
        taaktype=Taaktype.UITVOERING,
        aantal_taken=AantalTaken.MEERDERE,
        besturingsniveau=Besturingsniveau.STRATEGISCH,
        domeinen=("regionale-bestuurlijke-samenwerking", "participatie", "belastingen-en-woz"),
        leden=leden(
            "Alblasserdam",
            "Dordrecht",
            "Hardinxveld-Giessendam",
            "Hendrik-Ido-Ambacht",
            "Papendrecht",
            "Sliedrecht",
            "Zwijndrecht",
        ),
        besturingsmodel=Besturingsmodel.AB_DB,
        evaluatietermijn_jaren=4,
        governance_toelichting="Deelnemers volgens de lijst van 2016, niet opnieuw gecontroleerd.",
        vestigingsplaats="Dordrecht",
        wettelijke_voorschriften=WGR,
        bron_url=OPENGR_2016,
        bijdrage_per_inwoner=Decimal("85"),
        adviseurs=("adviseur2",),
    ),
    VerbandSpec(
        naam="Metropoolregio Eindhoven",
        afkorting="MRE",
        omschrijving=(
            "De 21 gemeenten van Zuidoost-Brabant werken samen aan economie, mobiliteit, "
            "wonen en energietransitie in de Brainportregio."
        ),
        juridische_vorm=OL,
        taaktype=Taaktype.BELEID,
        aantal_taken=AantalTaken.MEERDERE,
        besturingsniveau=Besturingsniveau.STRATEGISCH,
        domeinen=("regionale-bestuurlijke-samenwerking", "economische-ontwikkeling"),
        leden=leden(
            "Asten",
            "Bergeijk",
            "Best",
            "Bladel",
            "Cranendonck",
            "Deurne",
            "Eersel",
            "Eindhoven",
            "Geldrop-Mierlo",
            "Gemert-Bakel",
            "Heeze-Leende",
            "Helmond",
            "Laarbeek",
            "Nuenen, Gerwen en Nederwetten",
            "Oirschot",
            "Reusel-De Mierden",
            "Someren",
            "Son en Breugel",
            "Valkenswaard",
            "Veldhoven",
            "Waalre",
        ),
        besturingsmodel=Besturingsmodel.AB_DB,
        gemeenschappelijke_adviescommissie=True,
        evaluatietermijn_jaren=4,
        governance_toelichting="Deelnemers volgens de lijst van 2016.",
        vestigingsplaats="Eindhoven",
        wettelijke_voorschriften=WGR,
        bron_url=OPENGR_2016,
        bijdrage_per_inwoner=Decimal("3.50"),
    ),
    VerbandSpec(
        naam="Metropoolregio Rotterdam Den Haag",
        afkorting="MRDH",
        omschrijving=(
            "Samenwerking van de gemeenten rond Rotterdam en Den Haag aan het economisch "
            "vestigingsklimaat en, als vervoerregio, aan het openbaar vervoer."
        ),
        juridische_vorm=OL,
        taaktype=Taaktype.BELEID,
        aantal_taken=AantalTaken.MEERDERE,
        besturingsniveau=Besturingsniveau.STRATEGISCH,
        domeinen=(
            "regionale-bestuurlijke-samenwerking",
            "openbaar-vervoer",
            "economische-ontwikkeling",
        ),
        leden=(
            *leden(
                "Albrandswaard",
                "Barendrecht",
                "Capelle aan den IJssel",
                "Delft",
                "'s-Gravenhage",
                "Krimpen aan den IJssel",
                "Lansingerland",
                "Leidschendam-Voorburg",
                "Maassluis",
                "Midden-Delfland",
                "Nissewaard",
                "Pijnacker-Nootdorp",
                "Ridderkerk",
                "Rijswijk (ZH.)",
                "Rotterdam",
                "Schiedam",
                "Vlaardingen",
                "Wassenaar",
                "Westland",
                "Zoetermeer",
            ),
            *leden(
                "Brielle",
                "Hellevoetsluis",
                "Westvoorne",
                uitgetreden_op=date(2023, 1, 1),
                toelichting="Opgegaan in Voorne aan Zee.",
            ),
            Lid("Voorne aan Zee", toegetreden_op=date(2023, 1, 1)),
        ),
        besturingsmodel=Besturingsmodel.AB_DB,
        gemeenschappelijke_adviescommissie=True,
        evaluatietermijn_jaren=4,
        governance_toelichting=(
            "23 gemeenten in 2016; 21 sinds Brielle, Hellevoetsluis en Westvoorne samen Voorne "
            "aan Zee werden."
        ),
        vestigingsplaats="Rotterdam",
        wettelijke_voorschriften=WGR,
        bron_url=OPENGR_2016,
        bijdrage_per_inwoner=Decimal("2.80"),
    ),
    VerbandSpec(
        naam="Openbaar Lichaam Crematoria Twente",
        afkorting="OLCT",
        omschrijving=(
            "Elf Twentse en twee Achterhoekse gemeenten zijn samen eigenaar van crematoria in "
            "Twente."
        ),
        juridische_vorm=OL,
        taaktype=Taaktype.UITVOERING,
        aantal_taken=AantalTaken.EEN,
        besturingsniveau=Besturingsniveau.OPERATIONEEL,
        domeinen=("begraafplaatsen-en-crematoria",),
        leden=leden(
            "Almelo",
            "Berkelland",
            "Borne",
            "Dinkelland",
            "Enschede",
            "Haaksbergen",
            "Hengelo (O.)",
            "Hof van Twente",
            "Losser",
            "Oldenzaal",
            "Tubbergen",
            "Wierden",
            "Winterswijk",
            zonder_bijdrage=True,
        ),
        besturingsmodel=Besturingsmodel.AB_DB,
        evaluatietermijn_jaren=5,
        governance_toelichting="Bekostigd uit de tarieven; de gemeenten betalen geen jaarlijkse bijdrage.",
        vestigingsplaats="Enschede",
        wettelijke_voorschriften="Wet op de lijkbezorging; " + WGR,
        bron_url=OPENGR_2016,
    ),
    VerbandSpec(
        naam="NLW Groep NV",
        afkorting="NLW",
        omschrijving=(
            "Werkbedrijf voor mensen met een afstand tot de arbeidsmarkt in Horst aan de Maas, "
            "Peel en Maas en Venray, voortgekomen uit het Werkvoorzieningschap Noord-Limburg West."
        ),
        juridische_vorm=JuridischeVorm.NV,
        taaktype=Taaktype.UITVOERING,
        aantal_taken=AantalTaken.EEN,
        besturingsniveau=Besturingsniveau.OPERATIONEEL,
        domeinen=("sociale-werkvoorziening", "participatie"),
        leden=leden("Horst aan de Maas", "Peel en Maas", "Venray"),
        besturingsmodel=Besturingsmodel.VENNOOTSCHAP,
        governance_toelichting="In de lijst van 2016 als Werkvoorzieningschap Noord-Limburg West.",
        vestigingsplaats="Venray",
        wettelijke_voorschriften="Wet sociale werkvoorziening; Participatiewet",
        bron_url=OPENGR_2016,
        bijdrage_per_inwoner=Decimal("24"),
    ),
    VerbandSpec(
        naam="Belastingsamenwerking Gemeenten en Waterschappen",
        afkorting="BsGW",
        omschrijving=(
            "Dertig Limburgse gemeenten en het waterschap laten de heffing en inning van "
            "gemeentelijke belastingen en waterschapsbelastingen en de WOZ-taken uitvoeren door "
            "één organisatie in Roermond."
        ),
        juridische_vorm=OL,
        taaktype=Taaktype.UITVOERING,
        aantal_taken=AantalTaken.EEN,
        besturingsniveau=Besturingsniveau.OPERATIONEEL,
        domeinen=("belastingen-en-woz",),
        leden=(
            *leden(
                "Beek (L.)",
                "Beesel",
                "Bergen (L.)",
                "Brunssum",
                "Echt-Susteren",
                "Eijsden-Margraten",
                "Gennep",
                "Gulpen-Wittem",
                "Heerlen",
                "Kerkrade",
                "Landgraaf",
                "Leudal",
                "Maasgouw",
                "Maastricht",
                "Meerssen",
                "Nederweert",
                "Peel en Maas",
                "Roerdalen",
                "Roermond",
                "Simpelveld",
                "Sittard-Geleen",
                "Stein (L.)",
                "Vaals",
                "Valkenburg aan de Geul",
                "Venlo",
                "Voerendaal",
                "Weert",
            ),
            *leden(
                "Nuth",
                "Onderbanken",
                "Schinnen",
                uitgetreden_op=date(2019, 1, 1),
                toelichting="Opgegaan in Beekdaelen.",
            ),
            Lid("Beekdaelen", toegetreden_op=date(2019, 1, 1)),
        ),
        partners=(
            PartnerLid("Waterschap Peel en Maasvallei", uitgetreden_op=date(2017, 1, 1)),
            PartnerLid("Waterschap Roer en Overmaas", uitgetreden_op=date(2017, 1, 1)),
            PartnerLid(
                "Waterschap Limburg",
                toegetreden_op=date(2017, 1, 1),
                bijdrage=Decimal(4_800_000),
                toelichting="Ontstaan uit Peel en Maasvallei en Roer en Overmaas.",
            ),
        ),
        besturingsmodel=Besturingsmodel.AB_DB,
        evaluatietermijn_jaren=4,
        governance_toelichting=(
            "30 gemeenten en 2 waterschappen volgens de lijst van 2016, bijgewerkt voor de "
            "herindeling van 2019 en de waterschapsfusie van 2017."
        ),
        vestigingsplaats="Roermond",
        wettelijke_voorschriften=BELASTINGEN + "; " + WGR_HOOFDSTUK_V,
        bron_url=OPENGR_2016,
        bijdrage_per_inwoner=Decimal("12"),
    ),
    VerbandSpec(
        naam=(
            "Bestuursovereenkomst gemeenten Hollands Kroon en Schagen voor de samenwerking "
            "binnen het Sociaal Domein"
        ),
        afkorting="COWWI",
        omschrijving=(
            "Bestuursovereenkomst waarin Hollands Kroon en Schagen van 2015 tot 2017 "
            "samenwerkten bij de nieuwe taken in het sociaal domein, zonder gemeenschappelijke "
            "regeling."
        ),
        juridische_vorm=JuridischeVorm.CONVENANT,
        taaktype=Taaktype.BELEID,
        aantal_taken=AantalTaken.MEERDERE,
        besturingsniveau=Besturingsniveau.TACTISCH,
        organisatievorm=Organisatievorm.BESTAANDE_ORGANISATIE,
        organisatiestructuur=Organisatiestructuur.DECENTRAAL,
        domeinen=("sociaal-domein", "jeugd", "wmo", "participatie"),
        leden=leden("Hollands Kroon", "Schagen"),
        besturingsmodel=Besturingsmodel.BESTUURLIJK_OVERLEG,
        fase=Fase.BEEINDIGD,
        governance_toelichting="De bron noemt alleen de jaren 2015-2017; de data zijn benaderd.",
        vestigingsplaats="Schagen",
        bron_url=(
            "https://pro-facto.nl/onderzoek/bestuurskundig-onderzoek/gegevensbescherming"
            "?id=54&start=90&view=category"
        ),
        opgericht_op=date(2015, 1, 1),
        opgeheven_op=date(2017, 12, 31),
    ),
)
