"""Demo evaluations of the real demo verbanden, some over several years, written idempotently.

Natural keys: an evaluatie by (verband slug, titel); a beoordeling by criterium; a bevinding and
an aanbeveling by their text within the evaluatie. As in ``loader``, rows a spec does not mention
are left alone. All texts are fictitious but plausible; no real persons are named.

Some real verbanden with an ``evaluatietermijn_jaren`` deliberately have only an old evaluation
(or only an old public one), so that "evaluatie verwacht" has something to show.
"""

from __future__ import annotations

import datetime
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from django.contrib.auth.models import AbstractUser
from django.core.management.base import CommandError

from evaluaties.choices import AanbevelingStatus, Aspect, BevindingSoort, Prioriteit, Soort, Status
from evaluaties.models import Aanbeveling, Beoordeling, Bevinding, Criterium, Evaluatie
from verbanden.models import Samenwerkingsverband

from .tally import Tally

# The five randvoorwaarden, in the order of ``EvaluatieSpec.scores`` (seeded by migration 0002).
CRITERIA = (
    "Gezamenlijk doel en visie",
    "Heldere verantwoordelijkheden",
    "Boven het eigen belang uitstijgen",
    "Vertrouwen en elkaar aanspreken",
    "Transparantie en terugkoppeling",
)

# A plain explanation per criterium per score, used unless an evaluation says something specific.
TOELICHTING = (
    {
        1: "Er is geen gedeeld beeld van waarvoor de samenwerking er is; deelnemers leggen elk hun eigen accenten.",
        2: "Het doel staat op papier, maar deelnemers vullen het verschillend in en het is niet vertaald naar concrete resultaten.",
        3: "Het gezamenlijke doel is bekend en wordt gedragen, maar is nog beperkt vertaald naar meetbare ambities.",
        4: "Doel en visie zijn gezamenlijk uitgewerkt in een meerjarige koers met concrete resultaten.",
        5: "Een heldere, stap voor stap ontwikkelde visie die de deelnemers zelf uitdragen en periodiek herijken.",
    },
    {
        1: "Onduidelijk wie opdrachtgever, eigenaar en uitvoerder is; de rollen lopen voortdurend door elkaar.",
        2: "De rollen van eigenaar en opdrachtgever worden in de praktijk vaak vermengd, wat de sturing onduidelijk maakt.",
        3: "De rollen zijn beschreven, maar in het dagelijks werk is niet altijd helder wie waarover beslist.",
        4: "Eigenaar, opdrachtgever en opdrachtnemer zijn helder belegd en die rollen worden meestal ook zo gespeeld.",
        5: "Verantwoordelijkheden zijn helder belegd, worden consequent nageleefd en periodiek samen besproken.",
    },
    {
        1: "Deelnemers sturen vooral op hun eigen belang en bijdrage; gezamenlijke keuzes komen nauwelijks tot stand.",
        2: "Bij lastige keuzes, zoals de kostenverdeling, trekken deelnemers zich snel terug op het eigen belang.",
        3: "Er is bereidheid tot gezamenlijke afwegingen, maar die staat onder druk zodra de eigen begroting knelt.",
        4: "Deelnemers maken doorgaans keuzes in het gezamenlijk belang, ook als dat lokaal iets kost.",
        5: "Het gezamenlijke resultaat staat voorop; deelnemers vangen elkaars tegenvallers op zonder lange discussie.",
    },
    {
        1: "Het onderlinge vertrouwen is laag; problemen worden niet op tafel gelegd.",
        2: "Er is wantrouwen tussen deelnemers; elkaar aanspreken gebeurt vooral via de formele weg.",
        3: "Er is een redelijke basis van vertrouwen, maar elkaar aanspreken op afspraken blijft lastig.",
        4: "Deelnemers vertrouwen elkaar en spreken elkaar open aan, ook bestuurlijk.",
        5: "Een hoog vertrouwen: spanningen worden vroeg en open besproken en leiden tot betere afspraken.",
    },
    {
        1: "Er is nauwelijks informatie over voortgang en resultaten; raden horen pas van problemen als het te laat is.",
        2: "Rapportages komen laat, zijn technisch en sluiten slecht aan bij de vragen van de raden.",
        3: "Er wordt periodiek gerapporteerd, maar de informatie sluit nog niet goed aan bij de sturingsbehoefte.",
        4: "Voortgangsrapportages zijn tijdig en begrijpelijk; raden worden actief meegenomen.",
        5: "Open over resultaten en risico's, met een vaste terugkoppeling aan colleges en raden.",
    },
)

GLANS = BevindingSoort.GLANS
SCHUUR = BevindingSoort.SCHUUR
HOOG, MIDDEL, LAAG = Prioriteit.HOOG, Prioriteit.MIDDEL, Prioriteit.LAAG
OPEN = AanbevelingStatus.OPEN
IN_UITVOERING = AanbevelingStatus.IN_UITVOERING
AFGEROND = AanbevelingStatus.AFGEROND

# Plausible but clearly generic names for the external researchers.
REGIO_EN_BESTUUR = "Onderzoeksbureau Regio & Bestuur"
PUBLIEK_SAMENSPEL = "Adviesbureau Publiek Samenspel"
BESTUURLIJKE_VERHOUDINGEN = "Bureau Bestuurlijke Verhoudingen"


@dataclass(frozen=True)
class Bev:
    soort: str
    aspect: str
    tekst: str


@dataclass(frozen=True)
class Advies:
    """An aanbeveling. ``ref`` names it for a later ``vervolg_op``; neither is stored."""

    tekst: str
    prioriteit: str = MIDDEL
    status: str = OPEN
    ref: str = ""
    vervolg_op: str = ""


def vervolg(ref: str, status: str, tekst: str) -> Advies:
    """What became of an aanbeveling of an earlier evaluation of the same verband."""
    return Advies(tekst, status=status, vervolg_op=ref)


@dataclass(frozen=True)
class EvaluatieSpec:
    verband: str  # slug of a real demo verband
    titel: str
    soort: str
    uitvoerder: str
    uitgevoerd_op: datetime.date
    aanleiding: str
    methode: str
    samenvatting: str
    conclusies: str
    scores: tuple[int, int, int, int, int]  # in the order of CRITERIA
    bevindingen: tuple[Bev, ...]
    aanbevelingen: tuple[Advies, ...]
    status: str = Status.DEFINITIEF
    openbaar: bool = True
    # Username of the demo user who recorded it: one who may see it, when it is not public.
    door: str = "adviseur"
    # Criterium index -> a specific explanation instead of the standard one.
    toelichtingen: dict[int, str] = field(default_factory=dict)

    def toelichting(self, index: int) -> str:
        return self.toelichtingen.get(index) or TOELICHTING[index][self.scores[index]]


OD_DRENTHE = "gemeenschappelijke-regeling-omgevingsdienst-drenthe"
SDF = "centrumregeling-samenwerking-sociaal-domein-fryslan"
RSJ = "bedrijfsvoeringsorganisatie-regionaal-serviceteam-jeugd-ijsselland"
VRBN = "gemeenschappelijke-regeling-veiligheidsregio-brabant-noord"
SSC_ONS = "bedrijfsvoeringsorganisatie-shared-service-centrum-ons"
BGHU = "belastingsamenwerking-gemeenten-en-hoogheemraadschap-utrecht"
GOOI_VECHT = "gemeenschappelijke-regeling-regio-gooi-en-vechtstreek"
DRECHTSTEDEN = "drechtsteden"
WESTROM = "gemeenschappelijke-regeling-westrom"
VR_ZEELAND = "veiligheidsregio-zeeland"
CREMATORIA_TWENTE = "openbaar-lichaam-crematoria-twente"
NBK = "noordelijk-belastingkantoor"
BAR = "bar-organisatie"
WESTFRIESLAND = "gemeenschappelijke-regeling-ondersteuning-bestuurlijke-samenwerking-westfriesland"
GGD_IJSSELLAND = "ggd-ijsselland"
GBLT = "gemeenschappelijk-belastingkantoor-lococensus-tricijn"
REGIT = "bedrijfsvoeringsorganisatie-ict-voorziening-regit"


EVALUATIES: tuple[EvaluatieSpec, ...] = (
    # -- Omgevingsdienst Drenthe: three evaluations, steadily maturing --------------------------
    EvaluatieSpec(
        verband=OD_DRENTHE,
        titel="Evaluatie gemeenschappelijke regeling Omgevingsdienst Drenthe 2016",
        soort=Soort.VOLGENS_REGELING,
        uitvoerder=REGIO_EN_BESTUUR,
        uitgevoerd_op=date(2016, 6, 15),
        aanleiding="De regeling schrijft voor dat het algemeen bestuur het functioneren van de omgevingsdienst eens in de vier jaar laat evalueren. Dit is de eerste evaluatie na de oprichting.",
        methode="Documentanalyse, twintig interviews met bestuurders, ambtelijk opdrachtgevers en medewerkers, en een enquête onder de deelnemende gemeenten en de provincie.",
        samenvatting="De omgevingsdienst heeft de overgang van taken van gemeenten en provincie in korte tijd gerealiseerd. De kwaliteit van vergunningverlening en toezicht is op orde, maar de sturing door de deelnemers is versnipperd en de financiering ingewikkeld.",
        conclusies="De dienst staat, maar de samenwerking moet nog groeien van overdracht van taken naar gezamenlijk opdrachtgeverschap. Een eenvoudiger financiering en betere informatie aan de raden zijn nodig.",
        scores=(3, 2, 2, 3, 2),
        bevindingen=(
            Bev(GLANS, Aspect.ORGANISATIE, "Uitvoering is professioneler geworden door bundeling van expertise, vooral bij complexe bedrijven en specialistische milieutaken."),
            Bev(SCHUUR, Aspect.FINANCIEN, "De financiering met een afzonderlijk werkprogramma per deelnemer leidt tot veel administratie en discussie over urenverantwoording."),
            Bev(SCHUUR, Aspect.BESLUITVORMING, "Raden voelen zich onvoldoende in positie bij de begroting: de zienswijzeprocedure komt laat en biedt weinig ruimte voor keuzes."),
            Bev(SCHUUR, Aspect.VOLWASSENHEID, "Deelnemers sturen nog als afzonderlijke opdrachtgever en nauwelijks als gezamenlijke eigenaar van de dienst."),
            Bev(GLANS, Aspect.CULTUUR, "Medewerkers uit verschillende organisaties zijn in korte tijd één team geworden met een herkenbare werkwijze."),
        ),
        aanbevelingen=(
            Advies("Vervang de werkprogramma's per deelnemer door een eenvoudiger financieringsmodel met een vaste bijdrage en een beperkt deel maatwerk.", HOOG, ref="odd16-financiering"),
            Advies("Betrek de raden eerder bij de kaderbrief en de begroting, bijvoorbeeld met een gezamenlijke informatiebijeenkomst voor raadsleden.", HOOG, ref="odd16-raden"),
            Advies("Richt een ambtelijk opdrachtgeversoverleg in dat namens alle deelnemers stuurt op het werkprogramma.", MIDDEL, ref="odd16-opdrachtgever"),
        ),
    ),
    EvaluatieSpec(
        verband=OD_DRENTHE,
        titel="Evaluatie gemeenschappelijke regeling Omgevingsdienst Drenthe 2020",
        soort=Soort.EXTERN_ONDERZOEK,
        uitvoerder=PUBLIEK_SAMENSPEL,
        uitgevoerd_op=date(2020, 9, 30),
        aanleiding="Het algemeen bestuur wilde weten of de dienst is voorbereid op de Omgevingswet en of de aanbevelingen uit 2016 effect hebben gehad.",
        methode="Analyse van jaarverslagen en begrotingen over 2016-2019, interviews met bestuurders en accounthouders, en twee groepsgesprekken met ambtelijk opdrachtgevers.",
        samenvatting="De financiering is vereenvoudigd en het gezamenlijk opdrachtgeverschap krijgt vorm. De voorbereiding op de Omgevingswet vraagt veel van de dienst, terwijl de deelnemers verschillende verwachtingen hebben over het niveau van dienstverlening.",
        conclusies="De samenwerking is volwassener geworden. De volgende stap is één gezamenlijk vastgesteld ambitieniveau voor de taken onder de Omgevingswet.",
        scores=(3, 3, 3, 3, 3),
        bevindingen=(
            Bev(GLANS, Aspect.FINANCIEN, "Het financieringsmodel met een vaste bijdrage heeft de discussies over urenverantwoording grotendeels beëindigd."),
            Bev(GLANS, Aspect.BESLUITVORMING, "Het ambtelijk opdrachtgeversoverleg bereidt besluiten van het algemeen bestuur beter voor; voorstellen zijn vooraf afgestemd."),
            Bev(SCHUUR, Aspect.TEMPO, "De voorbereiding op de Omgevingswet loopt achter omdat deelnemers hun eigen keuzes over dienstverlening laat maken."),
            Bev(SCHUUR, Aspect.ORGANISATIE, "Het verloop onder specialistische medewerkers is hoog en vacatures zijn moeilijk te vervullen."),
            Bev(SCHUUR, Aspect.CULTUUR, "Kleinere deelnemers ervaren dat de grotere gemeenten en de provincie de agenda bepalen."),
        ),
        aanbevelingen=(
            vervolg("odd16-financiering", AFGEROND, "In 2018 is een financieringsmodel met een vaste bijdrage per deelnemer ingevoerd; maatwerk wordt apart en beperkt afgerekend."),
            vervolg("odd16-raden", IN_UITVOERING, "Er is jaarlijks een informatieavond voor raadsleden over de kaderbrief; de begrotingsstukken zelf zijn nog weinig toegankelijk."),
            Advies("Leg voor de taken onder de Omgevingswet één gezamenlijk ambitieniveau vast, met ruimte voor benoemd maatwerk.", HOOG, ref="odd20-ambitie"),
            Advies("Stel een strategische personeelsplanning op, met een eigen opleidingstraject voor toezichthouders.", MIDDEL, ref="odd20-personeel"),
        ),
    ),
    EvaluatieSpec(
        verband=OD_DRENTHE,
        titel="Evaluatie gemeenschappelijke regeling Omgevingsdienst Drenthe 2024",
        soort=Soort.VOLGENS_REGELING,
        uitvoerder=REGIO_EN_BESTUUR,
        uitgevoerd_op=date(2024, 10, 15),
        aanleiding="Periodieke evaluatie volgens de regeling, tevens een toets of de regeling voldoet aan de gewijzigde Wet gemeenschappelijke regelingen.",
        methode="Documentanalyse, interviews, een enquête onder raadsleden van alle deelnemende gemeenten en een bestuurlijke reflectiebijeenkomst.",
        samenvatting="De dienst voert de taken onder de Omgevingswet uit volgens een gezamenlijk vastgesteld ambitieniveau. De raden zijn beter geïnformeerd, al ervaren zij hun invloed op de begroting nog als beperkt.",
        conclusies="De omgevingsdienst functioneert als volwassen uitvoeringsorganisatie. Aandacht blijft nodig voor de arbeidsmarkt en de betrokkenheid van de raden.",
        scores=(4, 4, 3, 4, 4),
        bevindingen=(
            Bev(GLANS, Aspect.VOLWASSENHEID, "Deelnemers treden op als gezamenlijke eigenaar en spreken elkaar aan op het nakomen van afspraken."),
            Bev(GLANS, Aspect.BESLUITVORMING, "Het gezamenlijk vastgestelde ambitieniveau maakt keuzes over prioriteiten in toezicht en handhaving navolgbaar."),
            Bev(SCHUUR, Aspect.TEMPO, "Bij drukte duurt de afhandeling van vergunningaanvragen langer dan de wettelijke termijnen toestaan."),
            Bev(SCHUUR, Aspect.ORGANISATIE, "De krapte op de arbeidsmarkt blijft een risico; voor specialistische taken is de dienst afhankelijk van inhuur."),
            Bev(GLANS, Aspect.CULTUUR, "De verhoudingen tussen grote en kleine deelnemers zijn verbeterd sinds het voorzitterschap van het opdrachtgeversoverleg rouleert."),
        ),
        aanbevelingen=(
            vervolg("odd20-ambitie", AFGEROND, "Het ambitieniveau voor de taken onder de Omgevingswet is in 2022 door alle deelnemers vastgesteld en wordt jaarlijks bijgesteld."),
            vervolg("odd20-personeel", IN_UITVOERING, "Een eigen opleidingstraject voor toezichthouders is gestart; de strategische personeelsplanning is nog niet af."),
            Advies("Onderzoek met de raden of een gemeenschappelijke adviescommissie hun positie bij de begroting versterkt.", MIDDEL),
            Advies("Stuur op doorlooptijden met een maandelijkse rapportage aan het opdrachtgeversoverleg.", HOOG),
        ),
        toelichtingen={
            3: "Het vertrouwen is sinds 2016 gegroeid; deelnemers spreken elkaar in het opdrachtgeversoverleg open aan.",
        },
    ),
    # -- Sociaal Domein Fryslân ---------------------------------------------------------------
    EvaluatieSpec(
        verband=SDF,
        titel="Zelfevaluatie Sociaal Domein Fryslân 2017",
        soort=Soort.ZELFEVALUATIE,
        uitvoerder="Bestuurlijk overleg Sociaal Domein Fryslân",
        uitgevoerd_op=date(2017, 11, 1),
        aanleiding="Na de decentralisaties van 2015 wilden de Friese gemeenten weten hoe de gezamenlijke inkoop van jeugdhulp en Wmo-voorzieningen uitpakt.",
        methode="Zelfevaluatie aan de hand van de vijf randvoorwaarden in twee bijeenkomsten met wethouders en beleidsmedewerkers, aangevuld met cijfers over inkoop en zorggebruik.",
        samenvatting="De gezamenlijke inkoop heeft de overgang van taken mogelijk gemaakt zonder grote problemen in de continuïteit van zorg. De rolverdeling tussen de centrumgemeente en de overige gemeenten is voor velen onduidelijk.",
        conclusies="De samenwerking heeft haar nut bewezen bij de overgang van taken. Voor de vernieuwing van de zorg zijn heldere rollen en betere sturingsinformatie nodig.",
        scores=(3, 2, 3, 3, 2),
        bevindingen=(
            Bev(GLANS, Aspect.ORGANISATIE, "De centrumgemeente heeft in korte tijd een deskundig inkoopteam opgebouwd waarop alle gemeenten kunnen leunen."),
            Bev(SCHUUR, Aspect.BESLUITVORMING, "Gemeenten weten niet altijd welke besluiten bij de centrumgemeente liggen en welke bij het eigen college."),
            Bev(SCHUUR, Aspect.FINANCIEN, "Tekorten op jeugdhulp zetten de onderlinge solidariteit onder druk; gemeenten willen inzicht in de kosten per gemeente."),
            Bev(GLANS, Aspect.TEMPO, "De contracten voor 2015 en 2016 waren op tijd rond, ondanks de korte voorbereidingstijd."),
        ),
        aanbevelingen=(
            Advies("Beschrijf in een rolverdeling wat de centrumgemeente namens allen doet en wat gemeenten zelf beslissen.", HOOG, ref="sdf17-rollen"),
            Advies("Ontwikkel een dashboard met kosten en zorggebruik per gemeente.", HOOG, ref="sdf17-informatie"),
            Advies("Maak naast de inkoop een gezamenlijke agenda voor de vernieuwing van de jeugdhulp.", MIDDEL, ref="sdf17-transformatie"),
        ),
    ),
    EvaluatieSpec(
        verband=SDF,
        titel="Extern onderzoek naar de samenwerking Sociaal Domein Fryslân 2021",
        soort=Soort.EXTERN_ONDERZOEK,
        uitvoerder=REGIO_EN_BESTUUR,
        uitgevoerd_op=date(2021, 6, 1),
        aanleiding="Oplopende tekorten op jeugdhulp en de vraag van enkele raden of gezamenlijke inkoop nog de beste keuze is.",
        methode="Analyse van contracten en financiële gegevens over 2017-2020, interviews met wethouders, contractmanagers en aanbieders, en een vergelijking met twee andere regio's.",
        samenvatting="De rolverdeling is verhelderd en er is beter zicht op de kosten per gemeente. Dat inzicht leidt tegelijk tot discussie over solidariteit, en de ambities van de gemeenten lopen uiteen.",
        conclusies="Gezamenlijke inkoop blijft doelmatig, mits de gemeenten de onderlinge solidariteit uitdrukkelijk bevestigen en de vernieuwing van de zorg samen oppakken.",
        scores=(3, 3, 2, 3, 3),
        bevindingen=(
            Bev(GLANS, Aspect.ORGANISATIE, "Het dashboard met kosten en zorggebruik wordt door alle gemeenten gebruikt in de eigen planning-en-controlcyclus."),
            Bev(SCHUUR, Aspect.FINANCIEN, "Sinds de kosten per gemeente zichtbaar zijn, vragen gemeenten met lage kosten zich af waarom zij meebetalen aan de tekorten van anderen."),
            Bev(SCHUUR, Aspect.CULTUUR, "Bij tegenvallers wordt snel naar de centrumgemeente gewezen in plaats van samen naar oplossingen gezocht."),
            Bev(GLANS, Aspect.BESLUITVORMING, "De vastgelegde rolverdeling voorkomt dubbele besluitvorming door de centrumgemeente en de colleges."),
            Bev(SCHUUR, Aspect.TEMPO, "De vernieuwingsagenda komt traag op gang doordat elke gemeente eigen pilots start."),
        ),
        aanbevelingen=(
            vervolg("sdf17-rollen", AFGEROND, "In 2018 is een rolverdeling vastgesteld en in alle colleges besproken."),
            vervolg("sdf17-informatie", AFGEROND, "Het dashboard met kosten en zorggebruik per gemeente is sinds 2019 beschikbaar."),
            vervolg("sdf17-transformatie", IN_UITVOERING, "Er is een vernieuwingsagenda, maar de uitvoering verloopt vooral via losse pilots per gemeente."),
            Advies("Leg in een solidariteitsafspraak vast hoe tekorten en overschotten over de gemeenten worden verdeeld.", HOOG, ref="sdf21-solidariteit"),
        ),
    ),
    EvaluatieSpec(
        verband=SDF,
        titel="Rekenkameronderzoek naar de sturing op de regionale inkoop sociaal domein 2025",
        soort=Soort.REKENKAMERONDERZOEK,
        uitvoerder="Rekenkamercommissie Leeuwarden",
        uitgevoerd_op=date(2025, 4, 15),
        aanleiding="De rekenkamercommissie onderzocht hoeveel zicht en invloed de raad heeft op de regionale inkoop van jeugdhulp en Wmo-voorzieningen.",
        methode="Dossieronderzoek, interviews met raadsleden, wethouders en ambtenaren, en een vergelijking van de raadsinformatie met de afspraken in de centrumregeling.",
        samenvatting="De sturing op de inkoop is verbeterd door de solidariteitsafspraak en vaste rapportages. De raad krijgt veel informatie, maar die is vooral financieel en zegt weinig over de resultaten voor inwoners.",
        conclusies="De samenwerking is bestuurlijk stabiel. De raad kan beter sturen als de rapportages ook ingaan op wat de zorg inwoners oplevert.",
        scores=(4, 4, 3, 4, 3),
        bevindingen=(
            Bev(GLANS, Aspect.FINANCIEN, "De solidariteitsafspraak heeft de discussie over de verdeling van tekorten naar de achtergrond gebracht."),
            Bev(GLANS, Aspect.VOLWASSENHEID, "Gemeenten nemen samen verantwoordelijkheid voor tegenvallers en zoeken oplossingen in het bestuurlijk overleg."),
            Bev(SCHUUR, Aspect.BESLUITVORMING, "Raadsleden ervaren de centrumregeling als ver weg en weten niet goed waarop zij invloed kunnen uitoefenen."),
            Bev(SCHUUR, Aspect.ORGANISATIE, "Het contractmanagement is verdeeld over de centrumgemeente en de lokale teams, waardoor signalen over aanbieders blijven liggen."),
        ),
        aanbevelingen=(
            vervolg("sdf21-solidariteit", AFGEROND, "De solidariteitsafspraak is in 2022 vastgesteld en geldt voor de looptijd van de huidige contracten."),
            Advies("Neem in de rapportages aan de raden ook indicatoren op over de resultaten voor inwoners.", HOOG),
            Advies("Breng het contractmanagement onder één regie en spreek af hoe signalen over aanbieders worden gedeeld.", MIDDEL),
        ),
        toelichtingen={
            2: "De solidariteitsafspraak werkt, maar bij de vernieuwing van de zorg kiezen gemeenten nog vaak hun eigen weg.",
        },
    ),
    # -- Regionaal Serviceteam Jeugd IJsselland: the newest evaluation is still a concept ------
    EvaluatieSpec(
        verband=RSJ,
        titel="Evaluatie gemeenschappelijke regeling Regionaal Serviceteam Jeugd IJsselland 2019",
        soort=Soort.VOLGENS_REGELING,
        uitvoerder=PUBLIEK_SAMENSPEL,
        uitgevoerd_op=date(2019, 3, 1),
        aanleiding="De regeling vraagt om een evaluatie vier jaar na de start van het serviceteam in 2015.",
        methode="Interviews met portefeuillehouders en ambtelijk opdrachtgevers van de elf gemeenten, analyse van contractgegevens en een vragenlijst onder medewerkers van het serviceteam.",
        samenvatting="Het serviceteam verzorgt de inkoop en het contractbeheer van jeugdhulp naar tevredenheid. Gemeenten verschillen in hoeveel zij zelf willen regelen, wat de werkdruk bij het serviceteam verhoogt.",
        conclusies="De bedrijfsvoeringsorganisatie is een passende vorm voor deze taak. Meer eenheid in de vragen van de gemeenten maakt het serviceteam effectiever.",
        scores=(3, 3, 3, 3, 3),
        bevindingen=(
            Bev(GLANS, Aspect.ORGANISATIE, "Het serviceteam heeft een sterke positie opgebouwd als deskundig aanspreekpunt voor aanbieders."),
            Bev(SCHUUR, Aspect.BESLUITVORMING, "Het bestuur van elf wethouders brengt veel lokale wensen in, waardoor besluiten vaak worden uitgesteld."),
            Bev(SCHUUR, Aspect.TEMPO, "Aanpassingen in contracten duren lang omdat elke wijziging langs alle colleges moet."),
            Bev(GLANS, Aspect.CULTUUR, "Ambtenaren van de gemeenten delen kennis over jeugdhulp in een goed bezocht regionaal netwerk."),
        ),
        aanbevelingen=(
            Advies("Geef het bestuur van het serviceteam mandaat voor contractwijzigingen binnen vastgestelde kaders.", HOOG, ref="rsj19-mandaat"),
            Advies("Beperk lokaal maatwerk in de inkoop tot vooraf afgesproken onderwerpen.", MIDDEL, ref="rsj19-maatwerk"),
            Advies("Stel een jaarlijks verslag op over de resultaten van de ingekochte jeugdhulp.", LAAG, ref="rsj19-verslag"),
        ),
    ),
    EvaluatieSpec(
        verband=RSJ,
        titel="Zelfevaluatie Regionaal Serviceteam Jeugd IJsselland 2026",
        soort=Soort.ZELFEVALUATIE,
        uitvoerder="Bestuur en management Regionaal Serviceteam Jeugd IJsselland",
        uitgevoerd_op=date(2026, 9, 15),
        aanleiding="Voorbereiding op de nieuwe inkoopronde en de bijgewerkte regeling: het bestuur wilde eerst zelf de stand van de samenwerking in beeld brengen.",
        methode="Twee reflectiesessies met het bestuur en een vragenlijst onder ambtelijk opdrachtgevers; nog aan te vullen met gesprekken met aanbieders.",
        samenvatting="Het mandaat voor contractwijzigingen werkt goed. Over de verdeling van de kosten van dure specialistische jeugdhulp is nog geen overeenstemming.",
        conclusies="Voorlopig: de samenwerking is stabiel; de kostenverdeling vraagt vóór de nieuwe inkoopronde een bestuurlijk besluit.",
        scores=(4, 3, 3, 4, 3),
        bevindingen=(
            Bev(GLANS, Aspect.BESLUITVORMING, "Sinds het bestuur mandaat heeft voor contractwijzigingen, zijn aanpassingen binnen enkele weken geregeld."),
            Bev(SCHUUR, Aspect.FINANCIEN, "Over de verdeling van de kosten van dure, specialistische jeugdhulp tussen kleine en grote gemeenten is geen overeenstemming."),
            Bev(GLANS, Aspect.VOLWASSENHEID, "Gemeenten brengen minder lokale uitzonderingen in en zoeken eerder een regionale oplossing."),
            Bev(SCHUUR, Aspect.TEMPO, "De voorbereiding van de nieuwe inkoopronde staat onder tijdsdruk."),
        ),
        aanbevelingen=(
            vervolg("rsj19-mandaat", AFGEROND, "Het mandaat voor contractwijzigingen binnen kaders is in 2020 in de regeling opgenomen."),
            vervolg("rsj19-maatwerk", IN_UITVOERING, "Lokaal maatwerk is beperkt tot drie afgesproken onderwerpen; in de praktijk komen nog uitzonderingen voor."),
            Advies("Neem voor de nieuwe inkoopronde een besluit over een verdeelsleutel voor specialistische jeugdhulp.", HOOG),
        ),
        status=Status.CONCEPT,
        openbaar=False,
    ),
    # -- Veiligheidsregio Brabant-Noord: trust restored after a crisis; the latest is confidential
    EvaluatieSpec(
        verband=VRBN,
        titel="Evaluatie gemeenschappelijke regeling Veiligheidsregio Brabant-Noord 2018",
        soort=Soort.VOLGENS_REGELING,
        uitvoerder=REGIO_EN_BESTUUR,
        uitgevoerd_op=date(2018, 5, 15),
        aanleiding="Periodieke evaluatie volgens de regeling, in een periode van oplopende kosten van de brandweerzorg en discussie over de kostenverdeling tussen de gemeenten.",
        methode="Documentstudie, interviews met leden van het algemeen bestuur en de directie, en een enquête onder raadsleden.",
        samenvatting="De operationele prestaties van brandweer en crisisbeheersing zijn goed. De discussie over de kostenverdeelsleutel heeft de bestuurlijke verhoudingen beschadigd.",
        conclusies="De veiligheidsregio presteert operationeel goed, maar het vertrouwen tussen de deelnemers moet worden hersteld voordat nieuwe financiële keuzes mogelijk zijn.",
        scores=(3, 3, 2, 2, 2),
        bevindingen=(
            Bev(GLANS, Aspect.ORGANISATIE, "De operationele slagkracht bij incidenten is hoog en wordt door de burgemeesters gewaardeerd."),
            Bev(SCHUUR, Aspect.FINANCIEN, "De herziening van de kostenverdeelsleutel heeft geleid tot scherpe tegenstellingen tussen gemeenten die erop vooruit- en achteruitgaan."),
            Bev(SCHUUR, Aspect.CULTUUR, "Meningsverschillen worden buiten de vergaderingen van het algemeen bestuur uitgevochten in plaats van erin."),
            Bev(SCHUUR, Aspect.BESLUITVORMING, "Raden ontvangen de begroting laat en hebben het gevoel alleen te mogen instemmen met wat al besloten is."),
        ),
        aanbevelingen=(
            Advies("Stel onder leiding van een onafhankelijke voorzitter een nieuwe verdeelsleutel op, met een overgangsregeling.", HOOG, ref="vrbn18-verdeel"),
            Advies("Organiseer bestuurlijke sessies buiten de formele vergaderingen om het onderlinge vertrouwen te herstellen.", HOOG, ref="vrbn18-bestuur"),
            Advies("Informeer de raden eerder over de kaderbrief en bied een technische toelichting op de begroting.", MIDDEL, ref="vrbn18-raden"),
        ),
        door="adviseur2",
        toelichtingen={
            3: "Het vertrouwen is door de discussie over de kostenverdeling beschadigd; burgemeesters spreken elkaar vooral buiten de vergadering aan.",
        },
    ),
    EvaluatieSpec(
        verband=VRBN,
        titel="Extern onderzoek naar de bestuurlijke samenwerking in Veiligheidsregio Brabant-Noord 2022",
        soort=Soort.EXTERN_ONDERZOEK,
        uitvoerder=BESTUURLIJKE_VERHOUDINGEN,
        uitgevoerd_op=date(2022, 3, 15),
        aanleiding="Na de langdurige crisisaanpak in 2020 en 2021 wilde het algemeen bestuur weten wat die periode heeft betekend voor de onderlinge samenwerking.",
        methode="Reconstructie van de crisisbesluitvorming, interviews met burgemeesters, gemeentesecretarissen en crisisfunctionarissen, en een bestuurlijke terugblikbijeenkomst.",
        samenvatting="De gezamenlijke crisisaanpak heeft de burgemeesters dichter bij elkaar gebracht. Het vertrouwen is merkbaar hersteld en de nieuwe verdeelsleutel wordt breed gedragen.",
        conclusies="De crisis heeft laten zien dat de regio boven het eigen belang kan uitstijgen. Dat moet nu worden geborgd in de gewone bestuurlijke overleggen.",
        scores=(4, 3, 4, 4, 3),
        bevindingen=(
            Bev(GLANS, Aspect.CULTUUR, "Burgemeesters spreken elkaar open aan en steunen elkaar bij lastige lokale besluiten."),
            Bev(GLANS, Aspect.VOLWASSENHEID, "Tijdens de crisis namen de gemeenten samen besluiten die lokaal ongemakkelijk waren."),
            Bev(GLANS, Aspect.FINANCIEN, "De nieuwe verdeelsleutel met overgangsregeling is door alle raden zonder bezwaren aanvaard."),
            Bev(SCHUUR, Aspect.ORGANISATIE, "De langdurige crisisinzet heeft de reguliere taken en het personeel zwaar belast."),
            Bev(SCHUUR, Aspect.BESLUITVORMING, "Raden voelden zich tijdens de crisis buitenspel gezet bij besluiten met grote lokale gevolgen."),
        ),
        aanbevelingen=(
            vervolg("vrbn18-verdeel", AFGEROND, "De nieuwe verdeelsleutel met een overgangsregeling van vier jaar is in 2019 vastgesteld."),
            vervolg("vrbn18-bestuur", AFGEROND, "Er zijn twee bestuurlijke heidagen per jaar; deelnemers noemen die van groot belang voor het herstel van vertrouwen."),
            vervolg("vrbn18-raden", IN_UITVOERING, "De raden krijgen de kaderbrief eerder; een technische toelichting op de begroting wordt nog niet overal gegeven."),
            Advies("Spreek af hoe de raden tijdens een langdurige crisis worden geïnformeerd en betrokken.", MIDDEL, ref="vrbn22-crisis"),
        ),
        door="adviseur2",
        toelichtingen={
            3: "Het vertrouwen is sinds 2018 duidelijk hersteld, vooral door de gezamenlijke crisisaanpak en de bestuurlijke heidagen.",
        },
    ),
    EvaluatieSpec(
        verband=VRBN,
        titel="Vertrouwelijke verkenning spreiding brandweerposten Brabant-Noord 2025",
        soort=Soort.EXTERN_ONDERZOEK,
        uitvoerder=REGIO_EN_BESTUUR,
        uitgevoerd_op=date(2025, 6, 30),
        aanleiding="Het algemeen bestuur liet de spreiding en bezetting van de brandweerposten onderzoeken. Het rapport is vertrouwelijk zolang de ondernemingsraad en de raden niet zijn geïnformeerd over de gevolgen voor personeel en posten.",
        methode="Analyse van opkomsttijden en risicoprofielen, interviews met postcommandanten en een bestuurlijke werksessie.",
        samenvatting="Het bestuur blijkt in staat samen een moeilijk onderwerp te agenderen. De keuzes over de posten raken de gemeenten ongelijk, wat de verhoudingen opnieuw op de proef stelt.",
        conclusies="De bestuurlijke samenwerking is sterk genoeg voor een zorgvuldig besluit, mits de raden tijdig en volledig worden betrokken.",
        scores=(4, 4, 4, 4, 4),
        bevindingen=(
            Bev(GLANS, Aspect.BESLUITVORMING, "Het bestuur heeft de verkenning gezamenlijk opgedragen en de uitgangspunten vooraf met de raden gedeeld."),
            Bev(SCHUUR, Aspect.CULTUUR, "Gemeenten met een post die mogelijk sluit, voelen zich onder druk gezet."),
            Bev(SCHUUR, Aspect.ORGANISATIE, "Het vinden van vrijwilligers voor brandweerposten op het platteland wordt steeds moeilijker."),
            Bev(GLANS, Aspect.VOLWASSENHEID, "Deelnemers aanvaarden dat de spreiding van posten wordt gebaseerd op regionale risico's en niet op gemeentegrenzen."),
        ),
        aanbevelingen=(
            vervolg("vrbn22-crisis", AFGEROND, "Er is een draaiboek vastgesteld voor de informatie aan de raden bij langdurige crises."),
            Advies("Betrek de raden bij het besluit over de posten met een gezamenlijke zienswijzeprocedure.", HOOG),
            Advies("Ontwikkel met de gemeenten een gezamenlijke aanpak voor het werven van vrijwilligers.", MIDDEL),
        ),
        openbaar=False,
        door="adviseur2",
    ),
    # -- Shared Service Centrum ONS: the recent study is confidential --------------------------
    EvaluatieSpec(
        verband=SSC_ONS,
        titel="Rekenkameronderzoek naar de doelmatigheid van het Shared Service Centrum ONS 2017",
        soort=Soort.REKENKAMERONDERZOEK,
        uitvoerder="Rekenkamercommissie Kampen",
        uitgevoerd_op=date(2017, 10, 1),
        aanleiding="De raad vroeg of de verwachte besparingen van het gezamenlijke servicecentrum zijn gerealiseerd.",
        methode="Vergelijking van de begrote en werkelijke kosten sinds de oprichting in 2013, interviews, en een tevredenheidsonderzoek onder afdelingen van de deelnemers.",
        samenvatting="Het servicecentrum levert stabiele ICT- en bedrijfsvoeringsdiensten. De beoogde besparingen zijn deels gerealiseerd, maar de kosten zijn moeilijk te vergelijken met de situatie vóór de samenwerking.",
        conclusies="De samenwerking heeft kwaliteit opgeleverd en de kwetsbaarheid verminderd. Over de doelmatigheid kan de raad beter worden geïnformeerd.",
        scores=(3, 3, 3, 3, 2),
        bevindingen=(
            Bev(GLANS, Aspect.ORGANISATIE, "De kwetsbaarheid van kleine ICT-afdelingen is verdwenen: kennis en vervanging zijn geborgd."),
            Bev(SCHUUR, Aspect.FINANCIEN, "Er is geen nulmeting gedaan, waardoor niet is vast te stellen hoeveel de samenwerking heeft bespaard."),
            Bev(SCHUUR, Aspect.BESLUITVORMING, "De raad ontvangt weinig informatie over het servicecentrum omdat het als interne bedrijfsvoering wordt gezien."),
            Bev(GLANS, Aspect.TEMPO, "De overgang naar één gezamenlijke ICT-omgeving is binnen de planning afgerond."),
        ),
        aanbevelingen=(
            Advies("Stel prestatie-indicatoren vast voor kosten en kwaliteit en rapporteer daarover jaarlijks.", HOOG, ref="ons17-indicatoren"),
            Advies("Informeer de raad jaarlijks over de resultaten van het servicecentrum.", MIDDEL, ref="ons17-raad"),
        ),
    ),
    EvaluatieSpec(
        verband=SSC_ONS,
        titel="Verkenning van de toekomst van het Shared Service Centrum ONS 2023",
        soort=Soort.EXTERN_ONDERZOEK,
        uitvoerder=PUBLIEK_SAMENSPEL,
        uitgevoerd_op=date(2023, 5, 15),
        aanleiding="De deelnemers verschillen van mening over de groei van het servicecentrum. Het onderzoek verkent scenario's en is niet openbaar omdat het gevolgen voor personeel beschrijft.",
        methode="Interviews met directies en gemeentesecretarissen, een scenarioanalyse en een financiële doorrekening per scenario.",
        samenvatting="De prestatie-indicatoren zijn ingevoerd en de dienstverlening is stabiel. De deelnemers hebben echter een verschillend beeld van de toekomst, wat de ontwikkeling van het servicecentrum remt.",
        conclusies="Zolang er geen gezamenlijke keuze over de toekomst is, blijft het servicecentrum afwachten. Een bestuurlijk besluit over het scenario is nodig.",
        scores=(2, 2, 3, 3, 3),
        bevindingen=(
            Bev(GLANS, Aspect.ORGANISATIE, "Prestaties worden gemeten en besproken; de dienstverlening scoort stabiel boven de afgesproken norm."),
            Bev(SCHUUR, Aspect.BESLUITVORMING, "De ene deelnemer wil uitbreiden met nieuwe taken, de andere wil de samenwerking beperken tot ICT."),
            Bev(SCHUUR, Aspect.CULTUUR, "Medewerkers ervaren onzekerheid door de aanhoudende discussie over de toekomst."),
            Bev(SCHUUR, Aspect.VOLWASSENHEID, "De rol van eigenaar en die van klant lopen door elkaar in de overleggen met de directie."),
        ),
        aanbevelingen=(
            vervolg("ons17-indicatoren", AFGEROND, "Prestatie-indicatoren voor kosten en kwaliteit maken sinds 2019 deel uit van de jaarrapportage."),
            vervolg("ons17-raad", IN_UITVOERING, "De raden ontvangen de jaarrapportage, maar die wordt nog niet in de raadscommissies besproken."),
            Advies("Kies binnen een jaar gezamenlijk een toekomstscenario en leg dat vast in een bestuursopdracht.", HOOG),
            Advies("Scheid het overleg als eigenaar van het overleg als klant.", MIDDEL),
        ),
        openbaar=False,
        # Recorded by a beheerder: no demo adviseur is involved with this verband.
        door="beheerder",
    ),
    # -- BghU: a concept self-evaluation this year ---------------------------------------------
    EvaluatieSpec(
        verband=BGHU,
        titel="Extern onderzoek naar de belastingsamenwerking BghU 2018",
        soort=Soort.EXTERN_ONDERZOEK,
        uitvoerder=REGIO_EN_BESTUUR,
        uitgevoerd_op=date(2018, 9, 1),
        aanleiding="Enkele jaren na de start liet het bestuur onderzoeken of de doelen van de belastingsamenwerking zijn bereikt: lagere kosten, betere kwaliteit en minder kwetsbaarheid.",
        methode="Vergelijking van de kosten per aanslag met andere samenwerkingen, analyse van bezwaarcijfers, interviews met bestuurders en een vragenlijst onder belastingplichtigen.",
        samenvatting="De kosten per aanslag zijn gedaald en de kwaliteit van de WOZ-waardering is goed. Deelnemers zijn minder tevreden over de communicatie met inwoners bij bezwaren.",
        conclusies="De belastingsamenwerking bereikt haar doelen. Verbetering is vooral mogelijk in het contact met inwoners en de informatie aan de deelnemers.",
        scores=(4, 3, 3, 3, 3),
        bevindingen=(
            Bev(GLANS, Aspect.FINANCIEN, "De kosten per aanslag liggen onder het gemiddelde van vergelijkbare samenwerkingen."),
            Bev(GLANS, Aspect.ORGANISATIE, "Door de schaal is specialistische kennis van waardering en invordering goed geborgd."),
            Bev(SCHUUR, Aspect.CULTUUR, "Deelnemers voelen zich soms klant in plaats van eigenaar; hun vragen worden als verzoeken behandeld."),
            Bev(SCHUUR, Aspect.TEMPO, "De afhandeling van bezwaren piekt in het voorjaar en loopt dan achter."),
        ),
        aanbevelingen=(
            Advies("Verbeter de communicatie met inwoners bij bezwaar, bijvoorbeeld met een telefonische toelichting vooraf.", MIDDEL, ref="bghu18-inwoners"),
            Advies("Organiseer jaarlijks een overleg van de eigenaren over de strategie, los van de dienstverlening.", MIDDEL, ref="bghu18-eigenaar"),
        ),
    ),
    EvaluatieSpec(
        verband=BGHU,
        titel="Evaluatie gemeenschappelijke regeling BghU 2022",
        soort=Soort.VOLGENS_REGELING,
        uitvoerder=BESTUURLIJKE_VERHOUDINGEN,
        uitgevoerd_op=date(2022, 10, 1),
        aanleiding="Evaluatie volgens de regeling, gecombineerd met de aanpassing van de regeling aan de gewijzigde Wet gemeenschappelijke regelingen.",
        methode="Documentanalyse, interviews en een werksessie met de deelnemers over de aanpassing van de regeling.",
        samenvatting="De samenwerking is stabiel en wordt breed gewaardeerd. Het eigenarenoverleg heeft het strategische gesprek verbeterd en bezwaren worden sneller afgehandeld.",
        conclusies="BghU functioneert goed. Met beperkte aanpassingen voldoet de regeling aan de gewijzigde wet.",
        scores=(4, 4, 4, 4, 4),
        bevindingen=(
            Bev(GLANS, Aspect.BESLUITVORMING, "Het jaarlijkse eigenarenoverleg zorgt voor een gedeelde koers over digitalisering en dienstverlening."),
            Bev(GLANS, Aspect.TEMPO, "Bezwaren worden vaker binnen de wettelijke termijn afgehandeld, dankzij telefonisch contact vooraf."),
            Bev(SCHUUR, Aspect.FINANCIEN, "Nieuwe wensen van deelnemers, zoals extra heffingen, worden niet altijd kostendekkend doorberekend."),
            Bev(GLANS, Aspect.CULTUUR, "Medewerkers zijn trots op hun organisatie en het ziekteverzuim is laag."),
        ),
        aanbevelingen=(
            vervolg("bghu18-inwoners", AFGEROND, "Bij bezwaren wordt nu eerst telefonisch contact opgenomen; het aantal formele bezwaarprocedures is gedaald."),
            vervolg("bghu18-eigenaar", AFGEROND, "Het eigenarenoverleg is sinds 2019 een vast jaarlijks moment."),
            Advies("Leg vast hoe aanvullende diensten voor afzonderlijke deelnemers worden doorberekend.", MIDDEL, ref="bghu22-tarieven"),
        ),
    ),
    EvaluatieSpec(
        verband=BGHU,
        titel="Zelfevaluatie BghU 2026",
        soort=Soort.ZELFEVALUATIE,
        uitvoerder="Directie en algemeen bestuur BghU",
        uitgevoerd_op=date(2026, 10, 1),
        aanleiding="Tussentijdse zelfevaluatie ter voorbereiding op de volgende evaluatie volgens de regeling.",
        methode="Zelfevaluatie aan de hand van de vijf randvoorwaarden in een bijeenkomst van het algemeen bestuur; nog te bespreken met de deelnemers.",
        samenvatting="Concept: de samenwerking is stabiel en de doorberekening van aanvullende diensten is geregeld. De groeiende vraag naar lokaal maatwerk zet de gezamenlijke aanpak onder druk.",
        conclusies="Concept: wordt vastgesteld na bespreking met de deelnemers.",
        scores=(4, 4, 3, 4, 4),
        bevindingen=(
            Bev(GLANS, Aspect.FINANCIEN, "De doorberekening van aanvullende diensten is vastgelegd en wordt nageleefd."),
            Bev(SCHUUR, Aspect.VOLWASSENHEID, "Deelnemers vragen steeds vaker om lokaal maatwerk in aanslagen en communicatie."),
            Bev(GLANS, Aspect.ORGANISATIE, "De overstap naar een nieuw belastingsysteem is verlopen zonder verstoring van de aanslagoplegging."),
        ),
        aanbevelingen=(
            vervolg("bghu22-tarieven", AFGEROND, "In 2023 is een tarievenregeling voor aanvullende diensten vastgesteld."),
            Advies("Spreek een kader af voor lokaal maatwerk, met een grens aan het aantal varianten.", MIDDEL),
        ),
        status=Status.CONCEPT,
        openbaar=False,
    ),
    # -- Regio Gooi en Vechtstreek ------------------------------------------------------------
    EvaluatieSpec(
        verband=GOOI_VECHT,
        titel="Extern onderzoek naar de governance van Regio Gooi en Vechtstreek 2019",
        soort=Soort.EXTERN_ONDERZOEK,
        uitvoerder=REGIO_EN_BESTUUR,
        uitgevoerd_op=date(2019, 2, 1),
        aanleiding="Raden vonden de regio een moeilijk te doorgronden organisatie met veel taken en weinig invloed voor de raden.",
        methode="Analyse van de regeling en de besluitvorming, interviews met bestuurders, raadsleden en de directie, en een enquête onder raadsleden.",
        samenvatting="De regio voert veel verschillende taken uit, van afvalinzameling tot jeugdhulp, zonder gedeelde strategische agenda. Raadsleden ervaren weinig grip.",
        conclusies="De regio is vooral een verzameling uitvoeringstaken. Een gezamenlijke agenda en een betere betrokkenheid van de raden zijn nodig.",
        scores=(2, 2, 2, 3, 2),
        bevindingen=(
            Bev(SCHUUR, Aspect.ORGANISATIE, "De regio bundelt taken met weinig onderlinge samenhang, waardoor de sturing per taak verschilt."),
            Bev(SCHUUR, Aspect.BESLUITVORMING, "Raden voelen zich onvoldoende in positie bij de begroting en de kaderbrief."),
            Bev(GLANS, Aspect.ORGANISATIE, "De uitvoering van de afvalinzameling en de taken van de GGD is professioneel en doelmatig."),
            Bev(SCHUUR, Aspect.CULTUUR, "Grotere en kleinere gemeenten wantrouwen elkaars bedoelingen bij nieuwe taken."),
            Bev(SCHUUR, Aspect.VOLWASSENHEID, "Er is geen gedeelde opvatting over welke taken regionaal en welke lokaal horen."),
        ),
        aanbevelingen=(
            Advies("Stel een regionale strategische agenda op, met keuzes over welke taken regionaal worden uitgevoerd.", HOOG, ref="gv19-agenda"),
            Advies("Richt een regionale raadscommissie in die de besluitvorming voor de raden voorbereidt.", HOOG, ref="gv19-raden"),
            Advies("Rapporteer per taak over prestaties en kosten in plaats van in één totaalrapportage.", MIDDEL, ref="gv19-rapportage"),
        ),
    ),
    EvaluatieSpec(
        verband=GOOI_VECHT,
        titel="Evaluatie gemeenschappelijke regeling Regio Gooi en Vechtstreek 2023",
        soort=Soort.VOLGENS_REGELING,
        uitvoerder=PUBLIEK_SAMENSPEL,
        uitgevoerd_op=date(2023, 9, 15),
        aanleiding="Evaluatie volgens de regeling, vier jaar na het onderzoek naar de governance uit 2019.",
        methode="Documentanalyse, interviews met bestuurders en raadsleden, en een vergelijking van de raadsinformatie in 2019 en 2023.",
        samenvatting="De regionale agenda geeft richting en de rapportages per taak worden gewaardeerd. De betrokkenheid van de raden is verbeterd, maar verschilt nog per gemeente.",
        conclusies="De regio ontwikkelt zich van uitvoeringsorganisatie tot gezamenlijk instrument van de gemeenten. De betrokkenheid van de raden bestendigen is de volgende opgave.",
        scores=(3, 3, 3, 3, 4),
        bevindingen=(
            Bev(GLANS, Aspect.BESLUITVORMING, "De regionale agenda maakt keuzes over nieuwe taken navolgbaar voor colleges en raden."),
            Bev(GLANS, Aspect.FINANCIEN, "Rapportages per taak geven de raden inzicht in kosten en prestaties van afval, GGD en jeugdhulp."),
            Bev(SCHUUR, Aspect.TEMPO, "Het opstellen van de regionale agenda kostte bijna twee jaar, waardoor andere ontwikkelingen stillagen."),
            Bev(SCHUUR, Aspect.CULTUUR, "Raadsleden uit kleinere gemeenten voelen zich minder gehoord in de regionale raadscommissie."),
        ),
        aanbevelingen=(
            vervolg("gv19-agenda", AFGEROND, "De regionale strategische agenda is in 2021 door alle raden vastgesteld."),
            vervolg("gv19-raden", IN_UITVOERING, "De regionale raadscommissie functioneert; de werkwijze wordt aangepast zodat kleinere gemeenten meer inbreng hebben."),
            vervolg("gv19-rapportage", AFGEROND, "De begroting en de jaarrekening bevatten een paragraaf per taak met prestaties en kosten."),
            Advies("Geef kleinere gemeenten een vaste rol in de voorbereiding van de regionale raadscommissie.", MIDDEL),
        ),
    ),
    # -- Drechtsteden ---------------------------------------------------------------------------
    EvaluatieSpec(
        verband=DRECHTSTEDEN,
        titel="Extern onderzoek naar de samenwerking in de Drechtsteden 2017",
        soort=Soort.EXTERN_ONDERZOEK,
        uitvoerder=BESTUURLIJKE_VERHOUDINGEN,
        uitgevoerd_op=date(2017, 4, 1),
        aanleiding="Het bestuur wilde weten of de brede samenwerking nog aansluit bij de ambities van de gemeenten.",
        methode="Interviews, een vergelijking met andere regionale samenwerkingen en een analyse van de regionale besluitvorming.",
        samenvatting="De Drechtsteden hebben een lange traditie van samenwerking. De samenwerking is breed, maar de sturing op de gezamenlijke diensten is complex.",
        conclusies="De samenwerking is inhoudelijk sterk; de bestuurlijke structuur is ingewikkeld en vraagt om vereenvoudiging.",
        scores=(4, 3, 3, 3, 3),
        bevindingen=(
            Bev(GLANS, Aspect.VOLWASSENHEID, "De gemeenten werken al lang samen en hebben veel ervaring met gezamenlijke besluitvorming."),
            Bev(SCHUUR, Aspect.BESLUITVORMING, "De verhouding tussen regionale en lokale besluitvorming is onduidelijk; onderwerpen worden dubbel besproken."),
            Bev(GLANS, Aspect.ORGANISATIE, "De gezamenlijke diensten voor sociale zaken en belastingen werken doelmatig."),
            Bev(SCHUUR, Aspect.FINANCIEN, "Deelnemers hebben beperkt zicht op de opbouw van hun bijdrage per dienst."),
        ),
        aanbevelingen=(
            Advies("Vereenvoudig de bestuurlijke structuur en maak de verhouding tussen regionale en lokale besluitvorming helder.", HOOG, ref="dr17-structuur"),
            Advies("Maak de bijdrage per gemeente per dienst zichtbaar in de begroting.", MIDDEL, ref="dr17-bijdrage"),
        ),
        door="adviseur2",
    ),
    EvaluatieSpec(
        verband=DRECHTSTEDEN,
        titel="Evaluatie gemeenschappelijke regeling Drechtsteden 2021",
        soort=Soort.VOLGENS_REGELING,
        uitvoerder=REGIO_EN_BESTUUR,
        uitgevoerd_op=date(2021, 11, 15),
        aanleiding="Evaluatie volgens de regeling, kort na de vereenvoudiging van de bestuurlijke structuur.",
        methode="Interviews, een enquête onder raadsleden en een analyse van de besluitvorming in 2020 en 2021.",
        samenvatting="De nieuwe structuur geeft de gemeenteraden een directere rol. De overgang vroeg veel van ambtenaren en bestuurders en is nog niet overal geland.",
        conclusies="De vereenvoudiging was de juiste stap. Aandacht is nodig voor het wennen aan de nieuwe rollen.",
        scores=(4, 4, 3, 3, 4),
        bevindingen=(
            Bev(GLANS, Aspect.BESLUITVORMING, "Raden bespreken regionale besluiten nu zelf, wat het draagvlak vergroot."),
            Bev(SCHUUR, Aspect.TEMPO, "Besluitvorming duurt langer nu elke raad afzonderlijk een standpunt inneemt."),
            Bev(GLANS, Aspect.FINANCIEN, "De begroting toont per dienst de bijdrage van elke gemeente."),
            Bev(SCHUUR, Aspect.CULTUUR, "Sommige bestuurders missen het regionale podium en de informele afstemming die daarbij hoorde."),
        ),
        aanbevelingen=(
            vervolg("dr17-structuur", AFGEROND, "De bestuurlijke structuur is vereenvoudigd; de gemeenteraden zijn directer betrokken bij regionale besluiten."),
            vervolg("dr17-bijdrage", AFGEROND, "De begroting bevat sinds 2019 een overzicht van de bijdrage per gemeente per dienst."),
            Advies("Spreek een vaste planning af voor regionale besluiten, met gelijktijdige behandeling in de raden.", MIDDEL, ref="dr21-planning"),
        ),
        door="adviseur2",
    ),
    EvaluatieSpec(
        verband=DRECHTSTEDEN,
        titel="Rekenkameronderzoek naar de grip van de raad op de Drechtsteden 2025",
        soort=Soort.REKENKAMERONDERZOEK,
        uitvoerder="Rekenkamercommissie Dordrecht",
        uitgevoerd_op=date(2025, 3, 1),
        aanleiding="De rekenkamercommissie onderzocht of de raad met de nieuwe structuur voldoende grip heeft op de regionale samenwerking.",
        methode="Dossieronderzoek naar regionale besluiten, interviews met raadsleden en griffiers, en een groepsgesprek met raadsleden uit verschillende fracties.",
        samenvatting="De raad is beter betrokken dan voorheen en de gezamenlijke planning van besluiten werkt. De informatie over de resultaten van de regionale diensten is nog te beperkt om echt te sturen.",
        conclusies="De raad heeft meer grip, maar stuurt vooral op geld en procedures. Informatie over maatschappelijke resultaten ontbreekt nog.",
        scores=(4, 4, 4, 4, 3),
        bevindingen=(
            Bev(GLANS, Aspect.TEMPO, "Door de vaste planning worden regionale besluiten in alle raden in dezelfde maand behandeld."),
            Bev(SCHUUR, Aspect.BESLUITVORMING, "Raadsleden missen informatie over wat de regionale diensten inwoners opleveren."),
            Bev(GLANS, Aspect.CULTUUR, "De griffies van de deelnemende gemeenten werken goed samen bij het voorbereiden van regionale besluiten."),
        ),
        aanbevelingen=(
            vervolg("dr21-planning", AFGEROND, "Sinds 2022 is er een vaste regionale besluitvormingskalender."),
            Advies("Neem in de rapportages indicatoren op over de resultaten van de regionale diensten voor inwoners.", HOOG),
        ),
        door="adviseur2",
    ),
    # -- BAR-organisatie: from low trust to a stable organisation ------------------------------
    EvaluatieSpec(
        verband=BAR,
        titel="Extern onderzoek naar het functioneren van de BAR-organisatie 2016",
        soort=Soort.EXTERN_ONDERZOEK,
        uitvoerder=BESTUURLIJKE_VERHOUDINGEN,
        uitgevoerd_op=date(2016, 3, 1),
        aanleiding="Enkele jaren na de start van de gezamenlijke ambtelijke organisatie waren er spanningen tussen de gemeenten over de dienstverlening en de kosten.",
        methode="Interviews met colleges, gemeentesecretarissen en medewerkers, een medewerkersonderzoek en een analyse van de kostenverdeling.",
        samenvatting="De ambtelijke organisatie is gevormd, maar de drie colleges sturen elk op hun eigen wensen. Medewerkers krijgen tegenstrijdige opdrachten en het vertrouwen tussen de gemeenten is laag.",
        conclusies="De samenwerking staat onder druk. Zonder heldere afspraken over sturing en herstel van vertrouwen komen de voordelen van schaal niet tot stand.",
        scores=(2, 2, 2, 2, 2),
        bevindingen=(
            Bev(SCHUUR, Aspect.BESLUITVORMING, "Medewerkers krijgen tegenstrijdige opdrachten van de drie colleges, zonder gezamenlijke prioritering."),
            Bev(SCHUUR, Aspect.CULTUUR, "Colleges wantrouwen elkaars invloed op de organisatie en houden onderling de score bij."),
            Bev(SCHUUR, Aspect.FINANCIEN, "De discussie over de kostenverdeling tussen de gemeenten keert bij elke begroting terug."),
            Bev(GLANS, Aspect.ORGANISATIE, "Specialistische functies zijn beter bezet dan in de afzonderlijke gemeenten vóór de samenwerking."),
            Bev(SCHUUR, Aspect.TEMPO, "Projecten lopen vertraging op doordat elk college afzonderlijk akkoord moet geven."),
        ),
        aanbevelingen=(
            Advies("Stel een gezamenlijk opdrachtgeversoverleg in met één prioriteitenlijst voor de organisatie.", HOOG, ref="bar16-sturing"),
            Advies("Leg een verdeelsleutel vast die meerdere jaren geldt.", HOOG, ref="bar16-verdeel"),
            Advies("Organiseer regelmatig gezamenlijke collegebijeenkomsten om het onderlinge vertrouwen te versterken.", MIDDEL, ref="bar16-vertrouwen"),
        ),
        toelichtingen={
            3: "Het vertrouwen tussen de colleges is laag; meningsverschillen worden via de organisatie uitgevochten.",
        },
    ),
    EvaluatieSpec(
        verband=BAR,
        titel="Vervolgonderzoek naar het functioneren van de BAR-organisatie 2020",
        soort=Soort.EXTERN_ONDERZOEK,
        uitvoerder=BESTUURLIJKE_VERHOUDINGEN,
        uitgevoerd_op=date(2020, 2, 15),
        aanleiding="Vervolg op het onderzoek uit 2016: het bestuur wilde weten of de verbetermaatregelen effect hebben gehad.",
        methode="Herhaling van het medewerkersonderzoek, interviews met de colleges en een analyse van de opdrachtverlening.",
        samenvatting="Met het gezamenlijk opdrachtgeversoverleg en de vaste verdeelsleutel is de rust teruggekeerd. Het onderlinge vertrouwen is gegroeid, al blijft de neiging om lokaal bij te sturen.",
        conclusies="De samenwerking is duidelijk verbeterd. De volgende stap is een gedeelde visie op de toekomst van de organisatie.",
        scores=(3, 4, 3, 3, 3),
        bevindingen=(
            Bev(GLANS, Aspect.BESLUITVORMING, "Het gezamenlijk opdrachtgeversoverleg stelt jaarlijks één prioriteitenlijst vast."),
            Bev(GLANS, Aspect.FINANCIEN, "De vaste verdeelsleutel heeft een einde gemaakt aan de jaarlijkse discussie over de kosten."),
            Bev(GLANS, Aspect.CULTUUR, "Medewerkers krijgen minder tegenstrijdige opdrachten en zijn positiever over hun organisatie."),
            Bev(SCHUUR, Aspect.VOLWASSENHEID, "Bij lokale incidenten sturen colleges nog rechtstreeks bij, buiten het opdrachtgeversoverleg om."),
        ),
        aanbevelingen=(
            vervolg("bar16-sturing", AFGEROND, "Het gezamenlijk opdrachtgeversoverleg is in 2017 ingesteld."),
            vervolg("bar16-verdeel", AFGEROND, "In 2017 is een verdeelsleutel voor vier jaar vastgesteld."),
            vervolg("bar16-vertrouwen", IN_UITVOERING, "Er zijn twee gezamenlijke collegebijeenkomsten per jaar; de raden zijn daar nog niet bij betrokken."),
            Advies("Ontwikkel een gezamenlijke visie op de toekomst van de organisatie en de dienstverlening.", MIDDEL, ref="bar20-visie"),
        ),
    ),
    EvaluatieSpec(
        verband=BAR,
        titel="Evaluatie gemeenschappelijke regeling BAR-organisatie 2024",
        soort=Soort.VOLGENS_REGELING,
        uitvoerder=REGIO_EN_BESTUUR,
        uitgevoerd_op=date(2024, 2, 1),
        aanleiding="Evaluatie volgens de regeling, na de aanpassing van de regeling aan de gewijzigde Wet gemeenschappelijke regelingen.",
        methode="Documentanalyse, interviews met colleges en raadsleden, en een medewerkersonderzoek.",
        samenvatting="De BAR-organisatie is een stabiele ambtelijke organisatie voor drie zelfstandige gemeenten. Het vertrouwen tussen de colleges is na de moeilijke beginjaren duidelijk hersteld.",
        conclusies="De samenwerking werkt. Aandacht blijft nodig voor de ruimte voor lokale keuzes naast de gezamenlijke organisatie.",
        scores=(4, 4, 4, 4, 4),
        bevindingen=(
            Bev(GLANS, Aspect.CULTUUR, "Colleges spreken elkaar open aan en lossen meningsverschillen op in het opdrachtgeversoverleg."),
            Bev(GLANS, Aspect.VOLWASSENHEID, "De gemeenten hebben een gedeelde toekomstvisie die in de drie raden is besproken."),
            Bev(SCHUUR, Aspect.TEMPO, "Lokale wensen leiden tot veel kleine opdrachten die de planning van de organisatie verstoren."),
            Bev(GLANS, Aspect.ORGANISATIE, "Uitval en vacatures worden binnen de gezamenlijke organisatie goed opgevangen."),
        ),
        aanbevelingen=(
            vervolg("bar20-visie", AFGEROND, "De toekomstvisie is in 2022 door de drie raden vastgesteld."),
            Advies("Reserveer jaarlijks een vaste capaciteit voor lokale opdrachten en bewaak die in het opdrachtgeversoverleg.", MIDDEL),
            Advies("Organiseer jaarlijks een gezamenlijke bijeenkomst voor de drie raden over de organisatie.", LAAG),
        ),
        toelichtingen={
            3: "Het vertrouwen is na de moeilijke beginjaren hersteld; colleges spreken elkaar rechtstreeks en open aan.",
        },
    ),
    # -- Westfriesland ----------------------------------------------------------------------------
    EvaluatieSpec(
        verband=WESTFRIESLAND,
        titel="Evaluatie gemeenschappelijke regeling Ondersteuning Bestuurlijke Samenwerking Westfriesland 2020",
        soort=Soort.VOLGENS_REGELING,
        uitvoerder=PUBLIEK_SAMENSPEL,
        uitgevoerd_op=date(2020, 10, 1),
        aanleiding="Evaluatie volgens de regeling van de ondersteuning van de regionale samenwerking door de centrumgemeente.",
        methode="Interviews met burgemeesters, wethouders en raadsleden, en een analyse van de regionale agenda.",
        samenvatting="De centrumgemeente ondersteunt de regionale samenwerking goed. De gemeenten voelen zich verbonden als regio, maar de regionale agenda is breed en weinig scherp.",
        conclusies="De ondersteuning werkt. De samenwerking heeft baat bij scherpere keuzes in de regionale agenda.",
        scores=(3, 3, 3, 4, 3),
        bevindingen=(
            Bev(GLANS, Aspect.CULTUUR, "Een sterk gevoel van regionale verbondenheid draagt de samenwerking."),
            Bev(SCHUUR, Aspect.BESLUITVORMING, "De regionale agenda bevat veel onderwerpen zonder duidelijke prioriteiten."),
            Bev(GLANS, Aspect.ORGANISATIE, "Het regionaal secretariaat bij de centrumgemeente is laagdrempelig en deskundig."),
        ),
        aanbevelingen=(
            Advies("Breng de regionale agenda terug tot enkele speerpunten met concrete doelen.", HOOG, ref="wf20-speerpunten"),
            Advies("Betrek raadsleden structureel via regionale informatiebijeenkomsten.", MIDDEL, ref="wf20-raden"),
        ),
    ),
    EvaluatieSpec(
        verband=WESTFRIESLAND,
        titel="Zelfevaluatie regionale samenwerking Westfriesland 2024",
        soort=Soort.ZELFEVALUATIE,
        uitvoerder="Regionaal secretariaat Westfriesland",
        uitgevoerd_op=date(2024, 11, 15),
        aanleiding="Tussentijdse zelfevaluatie bij de start van een nieuwe regionale agenda.",
        methode="Reflectiebijeenkomsten met colleges en raadsleden aan de hand van de vijf randvoorwaarden.",
        samenvatting="De regionale agenda met speerpunten geeft focus en raadsleden zijn beter betrokken. Het trekkerschap van regionale projecten is ongelijk over de gemeenten verdeeld.",
        conclusies="De samenwerking is gegroeid. Een evenwichtiger verdeling van het trekkerschap maakt haar minder afhankelijk van enkele gemeenten.",
        scores=(4, 3, 3, 4, 4),
        bevindingen=(
            Bev(GLANS, Aspect.BESLUITVORMING, "De speerpunten in de regionale agenda maken zichtbaar wat de regio wil bereiken."),
            Bev(GLANS, Aspect.CULTUUR, "Raadsleden uit alle gemeenten nemen deel aan de regionale informatiebijeenkomsten."),
            Bev(SCHUUR, Aspect.ORGANISATIE, "Het trekkerschap van regionale projecten ligt vooral bij de twee grootste gemeenten."),
            Bev(SCHUUR, Aspect.TEMPO, "Projecten vertragen wanneer een trekkende gemeente te weinig capaciteit heeft."),
        ),
        aanbevelingen=(
            vervolg("wf20-speerpunten", AFGEROND, "De regionale agenda 2023-2026 telt vijf speerpunten met concrete doelen."),
            vervolg("wf20-raden", AFGEROND, "Er zijn vier regionale informatiebijeenkomsten per jaar voor raadsleden."),
            Advies("Verdeel het trekkerschap van regionale projecten evenwichtiger over de gemeenten.", MIDDEL),
        ),
    ),
    # -- Gemeenschappelijk Belastingkantoor Lococensus-Tricijn: the rekenkamer report stayed internal
    EvaluatieSpec(
        verband=GBLT,
        titel="Rekenkameronderzoek naar de dienstverlening van het belastingkantoor 2019",
        soort=Soort.REKENKAMERONDERZOEK,
        uitvoerder="Rekenkamercommissie Nijkerk",
        uitgevoerd_op=date(2019, 9, 1),
        aanleiding="Na klachten van inwoners onderzocht de rekenkamercommissie de kwaliteit van de dienstverlening. Het rapport van bevindingen is vertrouwelijk met het bestuur gedeeld en niet openbaar gemaakt.",
        methode="Analyse van klachten en bezwaren, een steekproef van aanslagen en interviews met medewerkers en bestuurders.",
        samenvatting="De aanslagen zijn juist, maar klachten over bereikbaarheid en late reacties zijn toegenomen. Het bestuur heeft signalen daarover laat opgepakt.",
        conclusies="De dienstverlening aan inwoners schiet tekort, en de informatie aan het bestuur was onvoldoende om tijdig bij te sturen.",
        scores=(3, 3, 3, 2, 2),
        bevindingen=(
            Bev(SCHUUR, Aspect.TEMPO, "Inwoners wachten lang op antwoord op vragen en bezwaren, vooral na de verzending van de aanslagen."),
            Bev(SCHUUR, Aspect.BESLUITVORMING, "Het bestuur kreeg de klachtencijfers pas in de jaarrekening te zien."),
            Bev(GLANS, Aspect.ORGANISATIE, "De aanslagen worden tijdig en juist opgelegd; er zijn weinig correcties nodig."),
            Bev(SCHUUR, Aspect.CULTUUR, "Deelnemers spreken elkaar weinig aan op de kwaliteit; klachten worden lokaal afgehandeld in plaats van gezamenlijk."),
        ),
        aanbevelingen=(
            Advies("Verbeter de bereikbaarheid in de drukke periode en stel normen voor de reactietermijnen.", HOOG, ref="gblt19-bereikbaarheid"),
            Advies("Rapporteer elk kwartaal aan het bestuur over klachten, bezwaren en reactietermijnen.", HOOG, ref="gblt19-rapportage"),
        ),
        openbaar=False,
        door="beheerder",
    ),
    EvaluatieSpec(
        verband=GBLT,
        titel="Extern onderzoek naar het functioneren van het belastingkantoor Lococensus-Tricijn 2024",
        soort=Soort.EXTERN_ONDERZOEK,
        uitvoerder=PUBLIEK_SAMENSPEL,
        uitgevoerd_op=date(2024, 5, 1),
        aanleiding="Het bestuur liet onderzoeken of de verbeteringen in de dienstverlening sinds 2019 zijn gelukt en hoe de samenwerking zich verder kan ontwikkelen.",
        methode="Analyse van klant- en bezwaarcijfers over 2019-2023, interviews met bestuurders en deelnemers, en een klantonderzoek.",
        samenvatting="De dienstverlening is duidelijk verbeterd en het bestuur wordt elk kwartaal geïnformeerd. Verschillen in lokale belastingregels maken de uitvoering nog steeds ingewikkeld.",
        conclusies="Het belastingkantoor functioneert goed. Gelijkere lokale regels zouden de uitvoering eenvoudiger en goedkoper maken.",
        scores=(4, 4, 3, 4, 4),
        bevindingen=(
            Bev(GLANS, Aspect.TEMPO, "Vragen van inwoners worden vrijwel altijd binnen de afgesproken termijn beantwoord."),
            Bev(GLANS, Aspect.BESLUITVORMING, "De kwartaalrapportage geeft het bestuur tijdig zicht op klachten en bezwaren."),
            Bev(SCHUUR, Aspect.FINANCIEN, "Elke deelnemer hanteert eigen tarieven en vrijstellingen, wat de uitvoering duur maakt."),
            Bev(GLANS, Aspect.CULTUUR, "Deelnemers bespreken klachten nu gezamenlijk en leren van elkaars aanpak."),
        ),
        aanbevelingen=(
            vervolg("gblt19-bereikbaarheid", AFGEROND, "Er gelden normen voor reactietermijnen en in de drukke periode wordt extra personeel ingezet."),
            vervolg("gblt19-rapportage", AFGEROND, "Het bestuur ontvangt sinds 2020 een kwartaalrapportage over klachten, bezwaren en reactietermijnen."),
            Advies("Verken met de deelnemers welke lokale belastingregels gelijk kunnen worden getrokken.", MIDDEL),
        ),
    ),
    # -- One recent evaluation ----------------------------------------------------------------
    EvaluatieSpec(
        verband=GGD_IJSSELLAND,
        titel="Evaluatie gemeenschappelijke regeling GGD IJsselland 2023",
        soort=Soort.VOLGENS_REGELING,
        uitvoerder=REGIO_EN_BESTUUR,
        uitgevoerd_op=date(2023, 6, 1),
        aanleiding="Evaluatie volgens de regeling, met aandacht voor de lessen uit de coronacrisis.",
        methode="Documentanalyse, interviews met bestuurders en ambtelijk opdrachtgevers, en een enquête onder raadsleden.",
        samenvatting="De GGD heeft tijdens de coronacrisis veel gevraagd van medewerkers en deelnemers en is daar sterker uitgekomen. Gemeenten willen meer maatwerk in het aanvullende takenpakket.",
        conclusies="De GGD functioneert goed als gezamenlijke gezondheidsdienst. Heldere afspraken over basistaken en maatwerk zijn nodig.",
        scores=(4, 4, 4, 4, 3),
        bevindingen=(
            Bev(GLANS, Aspect.VOLWASSENHEID, "De gezamenlijke crisisaanpak heeft het vertrouwen tussen de gemeenten en de GGD versterkt."),
            Bev(SCHUUR, Aspect.FINANCIEN, "De grens tussen het basistakenpakket en maatwerk per gemeente is onduidelijk, wat tot discussie over bijdragen leidt."),
            Bev(GLANS, Aspect.ORGANISATIE, "De GGD heeft de extra capaciteit uit de crisis beheerst afgebouwd."),
            Bev(SCHUUR, Aspect.BESLUITVORMING, "Raden ervaren weinig invloed op het gezondheidsbeleid dat de GGD uitvoert."),
        ),
        aanbevelingen=(
            Advies("Leg het onderscheid tussen basistaken en maatwerk vast, met een eigen financiering voor maatwerk.", HOOG),
            Advies("Organiseer met de gemeenten een jaarlijkse bijeenkomst voor raadsleden over publieke gezondheid.", MIDDEL),
        ),
    ),
    # -- Only an older evaluation: "evaluatie verwacht" --------------------------------------------
    EvaluatieSpec(
        verband=WESTROM,
        titel="Evaluatie gemeenschappelijke regeling Westrom 2019",
        soort=Soort.VOLGENS_REGELING,
        uitvoerder=PUBLIEK_SAMENSPEL,
        uitgevoerd_op=date(2019, 6, 1),
        aanleiding="Evaluatie volgens de regeling, tegen de achtergrond van de afbouw van de sociale werkvoorziening en de Participatiewet.",
        methode="Interviews met bestuurders, het management en de ondernemingsraad, en een analyse van de financiële ontwikkeling.",
        samenvatting="Westrom biedt werk aan mensen met een arbeidsbeperking, maar het aantal medewerkers in de sociale werkvoorziening daalt. De gemeenten verschillen in hoe zij Westrom willen inzetten voor de Participatiewet.",
        conclusies="De toekomst van Westrom vraagt een gezamenlijke keuze van de gemeenten over de rol in het participatiebeleid.",
        scores=(2, 3, 2, 3, 3),
        bevindingen=(
            Bev(GLANS, Aspect.CULTUUR, "Medewerkers met een arbeidsbeperking worden goed begeleid en waarderen hun werkplek."),
            Bev(SCHUUR, Aspect.FINANCIEN, "Het exploitatietekort stijgt doordat het aantal medewerkers in de sociale werkvoorziening afneemt."),
            Bev(SCHUUR, Aspect.BESLUITVORMING, "De gemeenten hebben verschillende ambities voor de rol van Westrom bij de Participatiewet."),
            Bev(SCHUUR, Aspect.VOLWASSENHEID, "Deelnemers zien Westrom vooral als uitvoerder van de oude sociale werkvoorziening, niet als partner voor nieuw beleid."),
        ),
        aanbevelingen=(
            Advies("Neem een gezamenlijk besluit over de toekomstige rol van Westrom in het participatiebeleid.", HOOG),
            Advies("Stel een meerjarig financieel plan op om het exploitatietekort op te vangen.", HOOG),
        ),
    ),
    EvaluatieSpec(
        verband=VR_ZEELAND,
        titel="Evaluatie gemeenschappelijke regeling Veiligheidsregio Zeeland 2018",
        soort=Soort.VOLGENS_REGELING,
        uitvoerder=REGIO_EN_BESTUUR,
        uitgevoerd_op=date(2018, 11, 1),
        aanleiding="Evaluatie volgens de regeling, mede naar aanleiding van de landelijke evaluatie van de Wet veiligheidsregio's.",
        methode="Documentanalyse, interviews met burgemeesters en de directie, en een analyse van de opkomsttijden.",
        samenvatting="De veiligheidsregio is goed voorbereid op de bijzondere risico's van de provincie, zoals water, scheepvaart en industrie. De betrokkenheid van de raden is gering.",
        conclusies="Operationeel is de regio goed op orde; de democratische betrokkenheid verdient versterking.",
        scores=(4, 3, 3, 3, 3),
        bevindingen=(
            Bev(GLANS, Aspect.ORGANISATIE, "De voorbereiding op de risico's van water, scheepvaart en industrie is goed uitgewerkt en wordt geoefend."),
            Bev(SCHUUR, Aspect.BESLUITVORMING, "De raden zijn nauwelijks betrokken bij het regionaal risicoprofiel en het beleidsplan."),
            Bev(SCHUUR, Aspect.TEMPO, "Overdag zijn minder vrijwilligers beschikbaar, wat de opkomsttijden op het platteland onder druk zet."),
        ),
        aanbevelingen=(
            Advies("Betrek de raden bij het opstellen van het regionaal risicoprofiel en het beleidsplan.", MIDDEL),
            Advies("Werk met de gemeenten aan het behoud van vrijwilligers, ook voor inzet overdag.", HOOG),
        ),
    ),
    EvaluatieSpec(
        verband=CREMATORIA_TWENTE,
        titel="Zelfevaluatie Openbaar Lichaam Crematoria Twente 2020",
        soort=Soort.ZELFEVALUATIE,
        uitvoerder="Algemeen bestuur Openbaar Lichaam Crematoria Twente",
        uitgevoerd_op=date(2020, 5, 1),
        aanleiding="De regeling vraagt eens in de vijf jaar om een evaluatie; het bestuur koos voor een zelfevaluatie.",
        methode="Zelfevaluatie met het algemeen bestuur aan de hand van de vijf randvoorwaarden, aangevuld met bezoekers- en exploitatiecijfers.",
        samenvatting="De crematoria zijn financieel gezond en worden door nabestaanden goed gewaardeerd. De samenwerking is bestuurlijk rustig, met weinig aandacht voor de lange termijn.",
        conclusies="De samenwerking functioneert goed. Een visie op investeringen en concurrentie voor de lange termijn is wenselijk.",
        scores=(3, 4, 4, 4, 3),
        bevindingen=(
            Bev(GLANS, Aspect.FINANCIEN, "De exploitatie is sluitend zonder bijdrage van de gemeenten."),
            Bev(GLANS, Aspect.CULTUUR, "Het bestuur werkt in goede onderlinge verhoudingen en besluit meestal unaniem."),
            Bev(SCHUUR, Aspect.VOLWASSENHEID, "Er is weinig strategisch gesprek over concurrentie en toekomstige investeringen."),
        ),
        aanbevelingen=(
            Advies("Stel een visie voor de lange termijn op, met een investeringsplan voor gebouwen en installaties.", MIDDEL),
            Advies("Informeer de raden jaarlijks beknopt over resultaten en risico's.", LAAG),
        ),
    ),
    EvaluatieSpec(
        verband=NBK,
        titel="Zelfevaluatie Noordelijk Belastingkantoor 2021",
        soort=Soort.ZELFEVALUATIE,
        uitvoerder="Directie Noordelijk Belastingkantoor",
        uitgevoerd_op=date(2021, 4, 1),
        aanleiding="Na de aansluiting van nieuwe deelnemers wilde het bestuur de samenwerking tegen het licht houden.",
        methode="Vragenlijst onder bestuurders en ambtelijke contactpersonen, gevolgd door een reflectiebijeenkomst.",
        samenvatting="De aansluiting van nieuwe deelnemers is goed verlopen. De afspraken over dienstverlening verschillen per deelnemer, wat de uitvoering ingewikkeld maakt.",
        conclusies="Het belastingkantoor is een stabiele samenwerking. Gelijke afspraken over dienstverlening zijn de belangrijkste opgave.",
        scores=(4, 3, 3, 4, 3),
        bevindingen=(
            Bev(GLANS, Aspect.TEMPO, "Nieuwe deelnemers zijn binnen een jaar aangesloten, zonder verstoring van de aanslagoplegging."),
            Bev(SCHUUR, Aspect.ORGANISATIE, "Voor elke deelnemer gelden andere afspraken over kwijtschelding en klantcontact."),
            Bev(GLANS, Aspect.ORGANISATIE, "De WOZ-waardering is van hoge kwaliteit, met weinig gegronde bezwaren."),
        ),
        aanbevelingen=(
            Advies("Breng de afspraken over dienstverlening terug tot één standaardpakket met beperkte keuzes.", MIDDEL),
            Advies("Rapporteer per deelnemer over prestaties en kosten.", LAAG),
        ),
    ),
    EvaluatieSpec(
        verband=REGIT,
        titel="Zelfevaluatie ICT-samenwerking RegIT 2022",
        soort=Soort.ZELFEVALUATIE,
        uitvoerder="Bestuur en directie RegIT",
        uitgevoerd_op=date(2022, 6, 1),
        aanleiding="De overgang van de ICT-taken van de deelnemers naar RegIT liep achter; het bestuur wilde samen vaststellen waar het knelt.",
        methode="Twee bijeenkomsten met het bestuur en de informatiemanagers van de deelnemers aan de hand van de vijf randvoorwaarden.",
        samenvatting="De gezamenlijke ICT-voorziening is grotendeels ingericht, maar de overzetting van applicaties loopt achter. Deelnemers verwachten een verschillend niveau van dienstverlening.",
        conclusies="De samenwerking is kansrijk, maar vraagt een realistische planning en één afgesproken niveau van dienstverlening.",
        scores=(3, 3, 3, 3, 3),
        bevindingen=(
            Bev(SCHUUR, Aspect.TEMPO, "De overzetting van applicaties loopt een jaar achter op de planning."),
            Bev(SCHUUR, Aspect.ORGANISATIE, "Deelnemers verwachten een verschillend niveau van dienstverlening, wat tot onvrede leidt."),
            Bev(GLANS, Aspect.VOLWASSENHEID, "Bestuurders benoemen de problemen open en nemen samen verantwoordelijkheid voor de vertraging."),
            Bev(GLANS, Aspect.CULTUUR, "De informatiemanagers van de deelnemers werken constructief samen in een gezamenlijk architectuuroverleg."),
        ),
        aanbevelingen=(
            Advies("Stel een realistische planning op voor de overzetting, met tussentijdse bestuurlijke besluitmomenten.", HOOG),
            Advies("Leg één dienstverleningsovereenkomst met een gezamenlijk serviceniveau vast.", HOOG),
        ),
    ),
)  # fmt: skip


EVALUATIE_FIELDS = (
    "soort", "uitvoerder", "uitgevoerd_op", "aanleiding", "methode", "samenvatting",
    "conclusies", "status", "openbaar",
)  # fmt: skip


def check(specs: tuple[EvaluatieSpec, ...] = EVALUATIES) -> list[str]:
    """Problems in the specs themselves, independent of the database."""
    errors = []
    keys = Counter((spec.verband, spec.titel) for spec in specs)
    errors += [
        f"Evaluatie {titel!r} van {slug} komt {n} keer voor."
        for (slug, titel), n in keys.items()
        if n > 1
    ]
    refs: dict[str, EvaluatieSpec] = {}
    for spec in sorted(specs, key=lambda s: s.uitgevoerd_op):
        if len(spec.scores) != len(CRITERIA) or not all(1 <= s <= 5 for s in spec.scores):
            errors.append(f"{spec.titel}: vijf scores van 1 tot en met 5 nodig.")
        for advies in spec.aanbevelingen:
            if advies.vervolg_op:
                eerder = refs.get(advies.vervolg_op)
                if eerder is None or eerder.verband != spec.verband:
                    errors.append(
                        f"{spec.titel}: geen eerdere aanbeveling {advies.vervolg_op!r} van dit verband."
                    )
            if advies.ref:
                if advies.ref in refs:
                    errors.append(f"{spec.titel}: verwijzing {advies.ref!r} komt twee keer voor.")
                refs[advies.ref] = spec
    return errors


def sync_evaluaties(
    tally: Tally,
    users: dict[str, AbstractUser] | None,
    log: Callable[[str], None] = lambda message: None,
    specs: tuple[EvaluatieSpec, ...] = EVALUATIES,
) -> None:
    """Create or correct the demo evaluations; run after the verbanden are loaded."""
    errors = check(specs)
    criteria = {c.naam: c for c in Criterium.objects.filter(naam__in=CRITERIA)}
    errors += [
        f"Criterium {naam!r} bestaat niet (meer)." for naam in CRITERIA if naam not in criteria
    ]
    verbanden = {
        v.slug: v
        for v in Samenwerkingsverband.objects.filter(slug__in={spec.verband for spec in specs})
    }
    errors += sorted(
        {
            f"Geen samenwerkingsverband {spec.verband!r}."
            for spec in specs
            if spec.verband not in verbanden
        }
    )
    if errors:
        raise CommandError("Demo-evaluaties kloppen niet:\n  " + "\n  ".join(errors))

    existing: dict[tuple[int, str], Evaluatie] = {}
    for evaluatie in (
        Evaluatie.objects.filter(verband__in=verbanden.values(), titel__in={s.titel for s in specs})
        .prefetch_related("beoordelingen", "bevindingen", "aanbevelingen")
        .order_by("-pk")  # the oldest row with a title wins when a title was used twice
    ):
        existing[(evaluatie.verband_id, evaluatie.titel)] = evaluatie

    refs: dict[str, Aanbeveling] = {}
    # Oldest first, so an aanbeveling exists before a later one follows it up.
    for spec in sorted(specs, key=lambda s: (s.uitgevoerd_op, s.titel)):
        verband = verbanden[spec.verband]
        evaluatie = existing.get((verband.pk, spec.titel))
        created = evaluatie is None
        if created:
            evaluatie = Evaluatie(verband=verband, titel=spec.titel)
        values = {name: getattr(spec, name) for name in EVALUATIE_FIELDS}
        if users is not None:
            values["aangemaakt_door_id"] = users[spec.door].pk if spec.door in users else None
        changed = [name for name, value in values.items() if getattr(evaluatie, name) != value]
        for name in changed:
            setattr(evaluatie, name, values[name])
        if created or changed:
            evaluatie.full_clean()
            evaluatie.save()
            log(f"  {'nieuw' if created else 'bijgewerkt'}: {evaluatie}")
        tally.record("evaluaties", "created" if created else "updated" if changed else "unchanged")

        _sync_beoordelingen(tally, evaluatie, spec, criteria, created)
        _sync_bevindingen(tally, evaluatie, spec, created)
        _sync_aanbevelingen(tally, evaluatie, spec, refs, created)


def _sync_beoordelingen(
    tally: Tally,
    evaluatie: Evaluatie,
    spec: EvaluatieSpec,
    criteria: dict[str, Criterium],
    created: bool,
) -> None:
    current = {} if created else {b.criterium_id: b for b in evaluatie.beoordelingen.all()}
    new = []
    for index, naam in enumerate(CRITERIA):
        criterium = criteria[naam]
        values = {"score": spec.scores[index], "toelichting": spec.toelichting(index)}
        beoordeling = current.get(criterium.pk)
        if beoordeling is None:
            new.append(Beoordeling(evaluatie=evaluatie, criterium=criterium, **values))
            tally.record("beoordelingen", "created")
            continue
        changed = _assign(beoordeling, values)
        tally.record("beoordelingen", "updated" if changed else "unchanged")
    Beoordeling.objects.bulk_create(new)


def _sync_bevindingen(
    tally: Tally, evaluatie: Evaluatie, spec: EvaluatieSpec, created: bool
) -> None:
    current = {} if created else {b.tekst: b for b in evaluatie.bevindingen.all()}
    new = []
    for bev in spec.bevindingen:
        values = {"soort": bev.soort, "aspect": bev.aspect}
        bevinding = current.get(bev.tekst)
        if bevinding is None:
            new.append(Bevinding(evaluatie=evaluatie, tekst=bev.tekst, **values))
            tally.record("bevindingen", "created")
            continue
        changed = _assign(bevinding, values)
        tally.record("bevindingen", "updated" if changed else "unchanged")
    Bevinding.objects.bulk_create(new)


def _sync_aanbevelingen(
    tally: Tally,
    evaluatie: Evaluatie,
    spec: EvaluatieSpec,
    refs: dict[str, Aanbeveling],
    created: bool,
) -> None:
    current = {} if created else {a.tekst: a for a in evaluatie.aanbevelingen.all()}
    for advies in spec.aanbevelingen:
        vorige = refs[advies.vervolg_op] if advies.vervolg_op else None
        values = {
            # A follow-up keeps the priority of what it follows up, as in the step flow.
            "prioriteit": vorige.prioriteit if vorige else advies.prioriteit,
            "status": advies.status,
            "vervolg_op_id": vorige.pk if vorige else None,
        }
        aanbeveling = current.get(advies.tekst)
        if aanbeveling is None:
            aanbeveling = Aanbeveling.objects.create(
                evaluatie=evaluatie, tekst=advies.tekst, **values
            )
            tally.record("aanbevelingen", "created")
        else:
            changed = _assign(aanbeveling, values)
            tally.record("aanbevelingen", "updated" if changed else "unchanged")
        if advies.ref:
            refs[advies.ref] = aanbeveling


def _assign(obj, values: dict) -> bool:
    """Set the values that differ and save only those; True when anything changed."""
    changed = [name for name, value in values.items() if getattr(obj, name) != value]
    for name in changed:
        setattr(obj, name, values[name])
    if changed:
        obj.save(update_fields=[name.removesuffix("_id") for name in changed])
    return bool(changed)
