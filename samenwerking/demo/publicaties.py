"""Demo publicaties for the kennisbank: themas and publications as plain data.

The texts are written for the portal. They summarise subjects from the literature on
intergemeentelijke samenwerking (research into bedrijfsvoering, stelselregie, juridische vormen,
the five randvoorwaarden, the sociaal domein, the 2022 Wgr revision, ...) in our own words; no
text is copied from a source. Authors and bureaus are fictitious unless a real publisher is named,
and no quotes are attributed to real people. ``externe_url`` is only filled where the research
notes give a real source address for the subject described.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class ThemaSpec:
    """A theme of the kennisbank, by its unique name."""

    naam: str
    omschrijving: str


@dataclass(frozen=True)
class PublicatieSpec:
    """One publication; linked objects are referred to by name or slug."""

    titel: str
    # onderzoek, whitepaper, handreiking, artikel, praktijkverhaal, presentatie or nieuws
    soort: str
    samenvatting: str
    # Paragraphs separated by a blank line ("\n\n").
    inhoud: str
    auteurs: str
    uitgever: str
    verschenen_op: date
    themas: tuple[str, ...] = ()  # ThemaSpec.naam values
    verbanden: tuple[str, ...] = ()  # slugs of the demo verbanden in ``real``
    gemeenten: tuple[str, ...] = ()  # CBS names, as in verbanden/data/gemeenten.csv
    domeinen: tuple[str, ...] = ()  # Domein slugs (verbanden migration 0002)
    externe_url: str = ""
    status: str = "gepubliceerd"  # or "concept"


THEMAS: tuple[ThemaSpec, ...] = (
    ThemaSpec(
        naam="Governance",
        omschrijving=(
            "Hoe samenwerkingsverbanden worden bestuurd en gestuurd: rollen, bevoegdheden en de "
            "verhouding tussen de deelnemers en de gezamenlijke organisatie."
        ),
    ),
    ThemaSpec(
        naam="Vertrouwen",
        omschrijving=(
            "Vertrouwen tussen bestuurders, ambtenaren en organisaties als voorwaarde voor "
            "samenwerking, en het vermogen elkaar aan te spreken als het schuurt."
        ),
    ),
    ThemaSpec(
        naam="Leiderschap",
        omschrijving=(
            "Bestuurlijk en ambtelijk leiderschap in netwerken: verbinden over de grenzen van de "
            "eigen gemeente heen en richting geven zonder hiërarchie."
        ),
    ),
    ThemaSpec(
        naam="Opdrachtgeverschap",
        omschrijving=(
            "Het onderscheiden en invullen van de rollen van eigenaar, opdrachtgever en "
            "opdrachtnemer, met gezamenlijk opdrachtgeverschap als bijzondere vorm."
        ),
    ),
    ThemaSpec(
        naam="Stelselregie",
        omschrijving=(
            "Overzicht en samenhang in het geheel van samenwerkingsverbanden: op welke gebieden "
            "gemeenten samenwerken, op welke schaal, en wie stuurt op de samenhang."
        ),
    ),
    ThemaSpec(
        naam="Financiën",
        omschrijving=(
            "Kosten, bijdragen en verdeelsleutels, en de vraag of samenwerking werkelijk geld "
            "bespaart of vooral kwaliteit en continuïteit oplevert."
        ),
    ),
    ThemaSpec(
        naam="Bedrijfsvoering",
        omschrijving=(
            "Samenwerking in ondersteunende taken zoals ICT, personeel en salaris, inkoop en "
            "belastingen, vaak in een shared service center."
        ),
    ),
    ThemaSpec(
        naam="Democratische legitimiteit",
        omschrijving=(
            "Sturing en controle door gemeenteraden: kaderstelling, zienswijzen en informatie. "
            "Met aandacht voor de gewijzigde Wet gemeenschappelijke regelingen."
        ),
    ),
    ThemaSpec(
        naam="Sociaal domein",
        omschrijving=(
            "Regionale samenwerking in jeugdhulp, Wmo, participatie en sociale werkvoorziening "
            "sinds de decentralisaties van 2015."
        ),
    ),
    ThemaSpec(
        naam="Evaluatie en leren",
        omschrijving=(
            "Periodiek evalueren van samenwerking en de lessen die deelnemers daaruit trekken "
            "voor bijsturing, voortzetting of beëindiging."
        ),
    ),
    ThemaSpec(
        naam="Juridische vormen",
        omschrijving=(
            "De publiekrechtelijke en privaatrechtelijke vormen waarin gemeenten samenwerken, van "
            "openbaar lichaam en bedrijfsvoeringsorganisatie tot stichting en BV."
        ),
    ),
    ThemaSpec(
        naam="Regionale samenwerking",
        omschrijving=(
            "Samenwerking op regionale schaal, van regio's en metropoolregio's tot Regio Deals, "
            "en de afweging tussen herindelen en samenwerken."
        ),
    ),
)


PUBLICATIES: tuple[PublicatieSpec, ...] = (
    PublicatieSpec(
        titel="Samen sterker in de bedrijfsvoering? Shared service centers bij gemeenten",
        soort="onderzoek",
        samenvatting=(
            "Verkennend onderzoek naar gemeenten die hun ondersteunende taken bundelen in een "
            "shared service center. Het rapport beschrijft welke taken het vaakst worden gedeeld "
            "en waarom gemeenten die stap zetten. Ook gaat het na welke verwachtingen in de "
            "eerste jaren uitkomen."
        ),
        inhoud=(
            "Gemeenten staan onder druk om meer te doen met minder geld. Een voor de hand "
            "liggende route is het bundelen van de bedrijfsvoering: ICT, personeels- en "
            "salarisadministratie, inkoop, financiële administratie en facilitaire zaken. Dit "
            "onderzoek bekijkt een reeks gemeenten die zo'n stap hebben gezet of voorbereiden, en "
            "zet hun motieven, keuzes en eerste ervaringen op een rij.\n\n"
            "De motieven blijken zelden alleen financieel. Bijna overal noemen gemeenten drie "
            "doelen tegelijk: lagere kosten, hogere kwaliteit en minder kwetsbaarheid. Vooral "
            "kleinere gemeenten wijzen op de kwetsbaarheid van eenmansposten, zoals één "
            "applicatiebeheerder of één salarisadministrateur die bij ziekte of vertrek niet te "
            "vervangen is.\n\n"
            "De onderzochte servicecentra verschillen sterk in opzet. Sommige zijn ondergebracht "
            "bij de grootste deelnemer, die de taken uitvoert voor de anderen; andere zijn een "
            "zelfstandig openbaar lichaam met een eigen bestuur. Opvallend is dat de keuze voor "
            "een vorm vaak meer wordt bepaald door wat bestuurlijk haalbaar is dan door een "
            "analyse van wat bij de taak past.\n\n"
            "De eerste ervaringen zijn gemengd. Het harmoniseren van werkprocessen en systemen "
            "kost meer tijd en geld dan vooraf begroot, en de beoogde besparing schuift daardoor "
            "vaak jaren op. Tegelijk melden deelnemers dat de continuïteit verbetert en dat "
            "specialistische kennis beter bereikbaar wordt. De onderzoekers bevelen aan om vooraf "
            "vast te leggen welke dienstverlening wordt verwacht, hoe die wordt gemeten en "
            "wanneer de deelnemers de balans opmaken. Zonder die afspraken blijft het oordeel "
            "over succes afhankelijk van wie het verhaal vertelt."
        ),
        auteurs="M. Hoekstra, P. van Dijk",
        uitgever="Bureau Dwarsverband",
        verschenen_op=date(2012, 10, 18),
        themas=("Bedrijfsvoering", "Financiën"),
        domeinen=("bedrijfsvoering", "ict"),
    ),
    PublicatieSpec(
        titel="Vijf kenmerken om samenwerkingsverbanden te vergelijken",
        soort="onderzoek",
        samenvatting=(
            "Het onderzoek stelt een typologie voor waarmee gemeentelijke samenwerkingsverbanden "
            "onderling vergelijkbaar worden. De typologie kijkt naar het taaktype, het aantal "
            "taken, het besturingsniveau, de organisatievorm en de juridische vorm."
        ),
        inhoud=(
            "Wie de samenwerkingsverbanden van één gemeente op een rij zet, ziet al snel een "
            "bonte verzameling: een veiligheidsregio naast een afvalsamenwerking, een regionaal "
            "overleg over woningbouw naast een gezamenlijke belastingdienst. Om daarover zinvol "
            "te kunnen spreken, is een gedeelde taal nodig. Dit onderzoek ontwikkelt daarvoor een "
            "typologie met vijf kenmerken.\n\n"
            "Het eerste kenmerk is het taaktype: gaat het om beleid, om uitvoering of om "
            "bedrijfsvoering? Het tweede is het aantal taken, van één afgebakende taak tot een "
            "brede samenwerking waarin vrijwel alle taken zijn ondergebracht. Het derde kenmerk "
            "is het besturingsniveau waarop wordt samengewerkt: strategisch, tactisch of "
            "operationeel. Het vierde is de organisatievorm: wordt er een nieuwe organisatie "
            "opgericht, of voert een bestaande organisatie het werk uit, meestal die van een van "
            "de deelnemers?\n\n"
            "Het vijfde kenmerk is de juridische vorm. Binnen de Wet gemeenschappelijke "
            "regelingen onderscheiden de onderzoekers het openbaar lichaam, het gemeenschappelijk "
            "orgaan, de centrumgemeenteconstructie en de regeling zonder meer. Daarnaast werken "
            "gemeenten samen via privaatrechtelijke vormen zoals een stichting of een BV, via "
            "convenanten en in informele netwerken.\n\n"
            "De typologie laat zien dat de kenmerken niet los van elkaar staan. Uitvoerende taken "
            "met een duidelijk product komen vaker terecht in een zelfstandige organisatie, "
            "terwijl beleidsafstemming vaker informeel blijft. De onderzoekers pleiten ervoor de "
            "kenmerken te gebruiken bij de start van een samenwerking. Wie eerst vaststelt wat "
            "voor taak het is en op welk niveau moet worden gestuurd, kiest daarna bewuster een "
            "passende juridische vorm."
        ),
        auteurs="A. Bakker, R. Jansen",
        uitgever="Onderzoeksgroep Lokaal Bestuur Oost",
        verschenen_op=date(2013, 6, 12),
        themas=("Juridische vormen", "Governance"),
    ),
    PublicatieSpec(
        titel="Bestuurlijke drukte in de regio: tellen, wegen en ordenen",
        soort="onderzoek",
        samenvatting=(
            "Hoeveel regionale overleggen en regelingen kent een gemiddelde gemeente, en hoeveel "
            "tijd kost dat bestuurders en ambtenaren? Dit onderzoek brengt de bestuurlijke drukte "
            "in een aantal regio's in kaart. Het onderscheidt drukte die iets oplevert van drukte "
            "die vooral energie kost."
        ),
        inhoud=(
            "Over bestuurlijke drukte wordt veel geklaagd, maar zelden wordt die drukte gemeten. "
            "In dit onderzoek zijn voor een aantal middelgrote en kleine gemeenten alle "
            "gemeenschappelijke regelingen, convenanten en vaste overleggen geteld waaraan zij "
            "deelnemen. Daarnaast is nagegaan hoeveel vergaderingen bestuurders en ambtenaren "
            "daarvoor bijwonen en hoeveel stukken de raad erover ontvangt.\n\n"
            "Het beeld is dat het aantal verbanden per gemeente groot is en dat de indeling ervan "
            "weinig samenhang vertoont. Voor de ene taak werkt een gemeente samen met haar "
            "directe buren, voor de andere met een veel grotere kring, en voor een derde taak met "
            "een heel andere groep gemeenten. Bestuurders zitten daardoor in veel verschillende "
            "gremia, vaak met wisselende collega's.\n\n"
            "De onderzoekers maken onderscheid tussen productieve en onproductieve drukte. "
            "Productief is overleg dat leidt tot besluiten en afstemming die anders niet tot "
            "stand waren gekomen. Onproductief is overleg dat dubbel wordt gevoerd, waarin "
            "niemand mandaat heeft of waarvan de uitkomst al vaststond. Vooral die tweede "
            "categorie blijkt groot.\n\n"
            "Als oplossing wordt niet gekozen voor minder samenwerking, maar voor meer ordening. "
            "De aanbevelingen zijn om per gemeente een overzicht bij te houden van alle "
            "verbanden, regionale indelingen waar mogelijk op elkaar af te stemmen en per overleg "
            "te bepalen wie namens wie spreekt. Ook pleiten de onderzoekers voor een periodieke "
            "schoonmaak: verbanden die hun doel hebben bereikt, kunnen worden opgeheven."
        ),
        auteurs="K. de Boer",
        uitgever="Bureau Dwarsverband",
        verschenen_op=date(2014, 5, 20),
        themas=("Regionale samenwerking", "Stelselregie"),
        domeinen=("regionale-bestuurlijke-samenwerking",),
    ),
    PublicatieSpec(
        titel="Een lichtere regeling voor ondersteunende taken: de bedrijfsvoeringsorganisatie",
        soort="artikel",
        samenvatting=(
            "Per 1 januari 2015 kent de Wet gemeenschappelijke regelingen een nieuwe vorm: de "
            "bedrijfsvoeringsorganisatie. Het artikel legt uit wat de vorm inhoudt en voor welke "
            "taken ze bedoeld is. Ook beschrijft het waarin ze verschilt van het openbaar "
            "lichaam."
        ),
        inhoud=(
            "Met een wetswijziging die in 2014 in het Staatsblad is verschenen, krijgen gemeenten "
            "er een samenwerkingsvorm bij. Naast het openbaar lichaam, het gemeenschappelijk "
            "orgaan en de centrumgemeenteconstructie kunnen zij vanaf 1 januari 2015 kiezen voor "
            "een bedrijfsvoeringsorganisatie. De vorm is bedoeld voor samenwerking in "
            "ondersteunende en uitvoerende taken, zoals ICT, inkoop, personeelszaken en "
            "belastingheffing.\n\n"
            "Het belangrijkste verschil met het openbaar lichaam zit in het bestuur. Een openbaar "
            "lichaam heeft een algemeen bestuur, een dagelijks bestuur en een voorzitter. Een "
            "bedrijfsvoeringsorganisatie heeft één bestuur, waarin elke deelnemer is "
            "vertegenwoordigd. Dat maakt de besluitvorming eenvoudiger en sneller, wat past bij "
            "taken waarover weinig politieke keuzes hoeven te worden gemaakt. Wel heeft de "
            "bedrijfsvoeringsorganisatie net als het openbaar lichaam rechtspersoonlijkheid, "
            "zodat zij zelf personeel in dienst kan nemen en contracten kan sluiten.\n\n"
            "Voor gemeenten die hun bedrijfsvoering al samen organiseren, roept de wijziging de "
            "vraag op of hun huidige regeling nog past. Een openbaar lichaam met een zwaar "
            "bestuursmodel voor een servicecentrum kan worden omgezet. Ook een "
            "centrumconstructie, waarin één gemeente het werk voor de anderen doet, kan "
            "aanleiding zijn om opnieuw te kijken: in een bedrijfsvoeringsorganisatie staan de "
            "deelnemers als bestuurders naast elkaar.\n\n"
            "Een lichtere vorm betekent niet dat de sturing vanzelf goed geregeld is. Ook in een "
            "bedrijfsvoeringsorganisatie moeten deelnemers afspreken welke diensten worden "
            "geleverd, tegen welke prijs en met welke kwaliteit. Juist omdat het bestuur compact "
            "is, verdient de informatievoorziening aan colleges en raden extra aandacht."
        ),
        auteurs="L. Smit",
        uitgever="Adviesbureau Meerstemmig",
        verschenen_op=date(2014, 9, 15),
        themas=("Juridische vormen", "Bedrijfsvoering"),
        domeinen=("bedrijfsvoering",),
    ),
    PublicatieSpec(
        titel="Eén servicecentrum voor een provincie en twee gemeenten",
        soort="praktijkverhaal",
        samenvatting=(
            "Sinds oktober 2013 delen de provincie Overijssel, Zwolle en Kampen hun personeels- "
            "en salarisadministratie, ICT en inkoop in een gezamenlijk servicecentrum. Een half "
            "jaar na de start beschrijft dit praktijkverhaal hoe de samenwerking is opgezet en "
            "waar de partners tegenaan lopen."
        ),
        inhoud=(
            "Een provincie en twee gemeenten die hun bedrijfsvoering samen organiseren: het is "
            "geen alledaagse combinatie. Toch kozen de provincie Overijssel, Zwolle en Kampen "
            "ervoor hun personeels- en salarisadministratie, hun ICT en hun inkoop onder te "
            "brengen in één shared service centrum. De samenwerking ging op 1 oktober 2013 van "
            "start in de vorm van een centrumconstructie.\n\n"
            "De partners kozen bewust voor een beperkt takenpakket. Het gaat om ondersteunende "
            "processen die bij alle drie de organisaties vergelijkbaar zijn en waarin weinig "
            "beleidskeuzes zitten. Dat maakte het mogelijk de werkwijzen te harmoniseren zonder "
            "dat elke organisatie haar eigen beleid hoefde op te geven.\n\n"
            "In de eerste maanden bleek het vooral zoeken naar de juiste verhouding tussen klant "
            "en leverancier. De deelnemers zijn tegelijk eigenaar van het servicecentrum en "
            "afnemer van de diensten. Om die rollen uit elkaar te houden, wordt gewerkt met "
            "dienstverleningsafspraken per product en met een apart overleg waarin de deelnemers "
            "als opdrachtgever optreden. Daarnaast is er aandacht voor de medewerkers, die van "
            "werkgever wisselden en moesten wennen aan nieuwe collega's en systemen.\n\n"
            "De partners verwachten dat de voordelen vooral op termijn zichtbaar worden: lagere "
            "kosten voor licenties en systemen, minder kwetsbaarheid bij uitval van specialisten "
            "en een professionelere inkoopfunctie. Zij willen de samenwerking na enkele jaren "
            "evalueren en dan ook de gekozen juridische vorm opnieuw bekijken."
        ),
        auteurs="E. van der Meer",
        uitgever="Kenniskring Regiobestuur",
        verschenen_op=date(2014, 3, 10),
        themas=("Bedrijfsvoering", "Opdrachtgeverschap"),
        verbanden=("bedrijfsvoeringsorganisatie-shared-service-centrum-ons",),
        gemeenten=("Zwolle", "Kampen"),
        domeinen=("bedrijfsvoering", "ict"),
    ),
    PublicatieSpec(
        titel="Levert samenwerken geld op? Kosten, kwaliteit en kwetsbaarheid",
        soort="onderzoek",
        samenvatting=(
            "Een literatuurstudie, aangevuld met casusonderzoek, naar de vraag of "
            "intergemeentelijke samenwerking tot besparingen leidt. De conclusie is dat verwachte "
            "schaalvoordelen vaak niet of pas laat uitkomen. Kwaliteit en kwetsbaarheid "
            "verbeteren wel aantoonbaar."
        ),
        inhoud=(
            "In vrijwel elk voorstel om samen te werken staat een financiële paragraaf met een "
            "verwachte besparing. Dit onderzoek gaat na in hoeverre die verwachtingen uitkomen. "
            "Daarvoor zijn eerdere studies naar gemeentelijke samenwerking bijeengebracht en is "
            "in een aantal casussen gekeken naar de begrotingen van voor en na de start. Onder de "
            "casussen zijn een ambtelijke fusie van drie gemeenten en een brede regionale "
            "samenwerking rond een centrumstad.\n\n"
            "De uitkomst is ontnuchterend. Besparingen op korte termijn zijn zeldzaam. De kosten "
            "van harmonisatie, nieuwe systemen, huisvesting en frictie bij personeel zijn in de "
            "eerste jaren meestal hoger dan begroot. Schaalvoordelen ontstaan vooral bij taken "
            "met een grote, standaardiseerbare productie, zoals belastingheffing en "
            "salarisadministratie, en dan nog alleen als de deelnemers bereid zijn hun werkwijzen "
            "echt gelijk te trekken. Waar elke deelnemer maatwerk blijft vragen, verdampt het "
            "voordeel.\n\n"
            "Tegelijk laat het onderzoek zien dat samenwerking op twee andere doelen wel "
            "resultaat boekt. De kwaliteit van de dienstverlening gaat in veel gevallen omhoog, "
            "omdat specialisten elkaar versterken en kennis beter wordt geborgd. En de "
            "kwetsbaarheid neemt af: taken die in een kleine gemeente op één persoon rusten, "
            "worden in een gezamenlijke organisatie door een team gedragen.\n\n"
            "De onderzoekers raden gemeenten aan de drie doelen, kosten, kwaliteit en "
            "kwetsbaarheid, vooraf expliciet te wegen en niet alles op de besparing te laten "
            "rusten. Wie samenwerking vooral verkoopt als bezuiniging, loopt het risico dat zij "
            "als mislukt wordt gezien terwijl zij op andere punten juist goed presteert. Ook "
            "bevelen zij een nulmeting aan, zodat later kan worden vastgesteld wat de "
            "samenwerking werkelijk heeft opgeleverd."
        ),
        auteurs="F. Kuipers, S. El Amrani",
        uitgever="Onderzoeksgroep Lokaal Bestuur Oost",
        verschenen_op=date(2015, 9, 22),
        themas=("Financiën", "Bedrijfsvoering"),
        verbanden=("bar-organisatie", "drechtsteden"),
        domeinen=("bedrijfsvoering", "belastingen-en-woz"),
    ),
    PublicatieSpec(
        titel="Vijf randvoorwaarden voor effectieve samenwerking",
        soort="handreiking",
        samenvatting=(
            "Deze handreiking beschrijft vijf voorwaarden die in onderzoek steeds terugkomen bij "
            "samenwerking die werkt. Per voorwaarde geeft zij signalen waaraan deelnemers kunnen "
            "zien hoe hun samenwerking ervoor staat. Daarnaast biedt zij vragen om het gesprek te "
            "openen."
        ),
        inhoud=(
            "Waarom loopt de ene samenwerking soepel en raakt de andere telkens verstrikt in "
            "discussies over geld en zeggenschap? Uit evaluaties en onderzoek komen vijf "
            "randvoorwaarden naar voren die het verschil maken. Deze handreiking zet ze op een "
            "rij en vertaalt ze naar vragen voor bestuurders, ambtenaren en raadsleden.\n\n"
            "De eerste voorwaarde is een gezamenlijk doel en een gedeelde visie. Deelnemers "
            "moeten niet alleen weten waarom zij samenwerken, maar dat doel ook op dezelfde "
            "manier invullen. De tweede is heldere verantwoordelijkheden: wie is eigenaar, wie is "
            "opdrachtgever, wie voert uit, en wie beslist waarover? Onduidelijkheid hierover is "
            "een van de meest gehoorde bronnen van frictie.\n\n"
            "De derde voorwaarde is het vermogen om boven het eigen belang uit te stijgen. "
            "Samenwerking vraagt dat deelnemers soms een besluit steunen dat voor hun eigen "
            "gemeente niet optimaal is, in het vertrouwen dat de samenwerking als geheel meer "
            "oplevert. De vierde is vertrouwen en elkaar aanspreken: partners die elkaar "
            "vertrouwen, durven ook kritisch te zijn als afspraken niet worden nagekomen, zonder "
            "dat de relatie daaronder lijdt.\n\n"
            "De vijfde voorwaarde is transparantie en terugkoppeling. Bestuurders die in een "
            "regionaal gremium zitten, moeten hun eigen college en raad meenemen in wat daar "
            "gebeurt, en de gezamenlijke organisatie moet open zijn over prestaties en kosten.\n\n"
            "De handreiking bevat per voorwaarde een korte zelfscan met stellingen die deelnemers "
            "kunnen scoren. Het doel is geen rapportcijfer, maar een gesprek: waar liggen de "
            "verschillen in beleving, en wat is nodig om die te overbruggen? Aanbevolen wordt de "
            "scan periodiek te herhalen, bijvoorbeeld voorafgaand aan een evaluatie."
        ),
        auteurs="T. Postma, H. Wijnands",
        uitgever="Adviesbureau Meerstemmig",
        verschenen_op=date(2016, 4, 14),
        themas=("Vertrouwen", "Governance", "Evaluatie en leren"),
    ),
    PublicatieSpec(
        titel="Belastingen heffen samen met het hoogheemraadschap",
        soort="praktijkverhaal",
        samenvatting=(
            "Zeven Utrechtse gemeenten en het Hoogheemraadschap De Stichtse Rijnlanden heffen en "
            "innen hun belastingen gezamenlijk en voeren samen de Wet WOZ uit. Het "
            "praktijkverhaal laat zien wat een gemengde regeling met een waterschap vraagt en "
            "oplevert."
        ),
        inhoud=(
            "Voor inwoners is het een vertrouwd beeld: één aanslag waarop zowel de gemeentelijke "
            "belastingen als de waterschapsbelastingen staan. Achter die ene aanslag zit in de "
            "regio Utrecht een gemeenschappelijke regeling waarin Bunnik, De Bilt, Houten, Lopik, "
            "Nieuwegein, Utrecht en Zeist samenwerken met het Hoogheemraadschap De Stichtse "
            "Rijnlanden.\n\n"
            "Omdat er een waterschap deelneemt, gaat het om een gemengde regeling op grond van "
            "hoofdstuk V van de Wet gemeenschappelijke regelingen. Dat heeft gevolgen voor de "
            "samenstelling van het bestuur en de manier waarop de deelnemers hun bijdragen "
            "verdelen. De gemeenten en het hoogheemraadschap houden elk hun eigen "
            "belastingverordeningen en tarieven; de gezamenlijke organisatie zorgt voor de "
            "uitvoering, van het bepalen van de WOZ-waarde tot de invordering en de behandeling "
            "van bezwaren.\n\n"
            "De voordelen liggen vooral in de uitvoering. De WOZ-waarde van een woning is de "
            "basis voor zowel de onroerendezaakbelasting als heffingen van het waterschap, zodat "
            "het logisch is dat één organisatie die waarde vaststelt. Ook het klantcontact wordt "
            "eenvoudiger: inwoners hebben één loket voor vragen en bezwaren.\n\n"
            "Lastiger is de afstemming tussen deelnemers die van elkaar verschillen. Een grote "
            "stad heeft andere wensen voor bijvoorbeeld kwijtschelding en invordering dan een "
            "kleinere gemeente, en een waterschap heeft een eigen begrotingscyclus. Een vaste "
            "jaarkalender, waarin de deelnemers hun tarieven en wijzigingen tijdig aanleveren, is "
            "daarom onmisbaar. Voor andere regio's die een vergelijkbare samenwerking overwegen, "
            "is de belangrijkste les dat harmonisatie van processen voorgaat op harmonisatie van "
            "beleid."
        ),
        auteurs="W. Brouwer",
        uitgever="Kenniskring Regiobestuur",
        verschenen_op=date(2016, 6, 8),
        themas=("Bedrijfsvoering", "Regionale samenwerking"),
        verbanden=("belastingsamenwerking-gemeenten-en-hoogheemraadschap-utrecht",),
        gemeenten=("Houten", "Utrecht", "Zeist"),
        domeinen=("belastingen-en-woz",),
    ),
    PublicatieSpec(
        titel="Glanzen en schuren: regionale samenwerking in het sociaal domein",
        soort="onderzoek",
        samenvatting=(
            "Twee jaar na de decentralisaties van jeugdhulp, Wmo en participatie brengt dit "
            "onderzoek in beeld wat goed gaat in de regionale samenwerking en waar het wringt. "
            "Onder de noemer glanzen en schuren worden de ervaringen van wethouders, "
            "beleidsmakers en inkopers in verschillende regio's beschreven."
        ),
        inhoud=(
            "Met de decentralisaties van 2015 kregen gemeenten de verantwoordelijkheid voor "
            "jeugdhulp, de nieuwe Wmo en de Participatiewet. Voor veel taken, vooral de inkoop "
            "van specialistische jeugdhulp, bleek samenwerking in de regio onvermijdelijk. Dit "
            "onderzoek kijkt terug op de eerste twee jaar en vraagt wat er glanst en wat er "
            "schuurt.\n\n"
            "Wat glanst, is in de eerste plaats de gezamenlijke inkoop. Regio's hebben in korte "
            "tijd contracten gesloten met grote aantallen aanbieders, en de continuïteit van zorg "
            "voor cliënten is grotendeels gewaarborgd. Ook het delen van kennis tussen gemeenten "
            "wordt hoog gewaardeerd: beleidsmedewerkers uit kleine gemeenten hebben toegang tot "
            "expertise die ze zelf niet in huis hebben.\n\n"
            "Wat schuurt, heeft vooral te maken met geld en zeggenschap. Gemeenten die meer "
            "jeugdhulp gebruiken dan verwacht, leggen een groter beslag op het gezamenlijke "
            "budget, en de vraag wie het tekort draagt zet de solidariteit onder druk. Daarnaast "
            "ervaren gemeenten spanning tussen regionale afspraken en lokale beleidsruimte: de "
            "toegang via wijkteams is lokaal georganiseerd, maar de contracten waarmee die teams "
            "werken zijn regionaal.\n\n"
            "Opvallend is dat de vorm van de samenwerking minder bepalend lijkt dan de kwaliteit "
            "van de relaties. Regio's met een centrumgemeente, met een gemeenschappelijke "
            "regeling of met een bestuursovereenkomst kennen vergelijkbare knelpunten. "
            "Doorslaggevend is of deelnemers elkaar vertrouwen en problemen op tafel durven te "
            "leggen. De onderzoekers bevelen aan expliciete afspraken te maken over "
            "risicoverdeling en over de ruimte die gemeenten lokaal houden, en die afspraken "
            "periodiek te herijken."
        ),
        auteurs="N. Yılmaz, J. de Vries",
        uitgever="Bureau Ruggespraak",
        verschenen_op=date(2017, 3, 30),
        themas=("Sociaal domein", "Vertrouwen", "Opdrachtgeverschap"),
        verbanden=(
            "bedrijfsvoeringsorganisatie-regionaal-serviceteam-jeugd-ijsselland",
            (
                "bestuursovereenkomst-gemeenten-hollands-kroon-en-schagen-voor-de-samenwerking-"
                "binnen-het-sociaal-domein"
            ),
        ),
        gemeenten=("Hollands Kroon", "Schagen"),
        domeinen=("sociaal-domein", "jeugd", "wmo"),
    ),
    PublicatieSpec(
        titel="Stichting, BV of regeling? Privaatrecht in gemeentelijke samenwerking",
        soort="artikel",
        samenvatting=(
            "Gemeenten kunnen ook samenwerken via een stichting, vereniging, BV of NV. Dit "
            "artikel zet de wettelijke voorwaarden op een rij. Het bespreekt ook wat een "
            "privaatrechtelijke vorm betekent voor de invloed van de gemeenteraad."
        ),
        inhoud=(
            "De meeste gemeentelijke samenwerking krijgt vorm in een gemeenschappelijke regeling. "
            "Toch kiezen gemeenten geregeld voor een privaatrechtelijke vorm: een stichting voor "
            "een culturele voorziening, een BV voor een afvalbedrijf, een NV voor een werkbedrijf "
            "of een ICT-organisatie. Dat is toegestaan, maar de Gemeentewet stelt er voorwaarden "
            "aan.\n\n"
            "Volgens artikel 160 van de Gemeentewet heeft de publiekrechtelijke vorm de voorkeur. "
            "Het college mag alleen besluiten tot oprichting van of deelname aan een "
            "privaatrechtelijke rechtspersoon als dat in het bijzonder aangewezen is voor het "
            "openbaar belang dat ermee wordt gediend. Bovendien moet het college het "
            "ontwerpbesluit eerst aan de raad voorleggen, zodat die zijn wensen en bedenkingen "
            "kan uiten. Sinds februari 2016 is voor zo'n besluit geen goedkeuring van "
            "Gedeputeerde Staten meer nodig.\n\n"
            "Voor een privaatrechtelijke vorm worden verschillende argumenten genoemd. Een "
            "vennootschap kan gemakkelijker zakendoen met private partijen, kan werken voor "
            "klanten buiten de deelnemende gemeenten en past bij taken met een duidelijk "
            "bedrijfsmatig karakter. Een voorbeeld zijn de werkbedrijven in de sociale "
            "werkvoorziening, waarvan sommige als NV of BV zijn georganiseerd, zoals in "
            "Noord-Limburg.\n\n"
            "De keerzijde is dat de invloed van de gemeenteraad kleiner wordt. In een "
            "vennootschap oefent het college zijn invloed uit als aandeelhouder, en de raad staat "
            "daar op grotere afstand van. De instrumenten uit de Wet gemeenschappelijke "
            "regelingen, zoals de zienswijze op de begroting, gelden niet. Wie kiest voor een "
            "privaatrechtelijke vorm, doet er daarom goed aan vooraf vast te leggen welke "
            "informatie de raad ontvangt en hoe de aandeelhoudersrol wordt ingevuld."
        ),
        auteurs="D. Sijbesma",
        uitgever="Adviesbureau Meerstemmig",
        verschenen_op=date(2017, 9, 12),
        themas=("Juridische vormen", "Democratische legitimiteit"),
        verbanden=("nlw-groep-nv",),
        gemeenten=("Venray", "Horst aan de Maas", "Peel en Maas"),
        domeinen=("sociale-werkvoorziening",),
    ),
    PublicatieSpec(
        titel=(
            "Stelselregie: op welke gebieden werken wij samen, op welke schaal, en wie stuurt op "
            "de samenhang?"
        ),
        soort="whitepaper",
        samenvatting=(
            "Gemeenten nemen deel aan tientallen samenwerkingsverbanden, maar niemand overziet "
            "het geheel. Deze whitepaper introduceert stelselregie als manier om te kiezen op "
            "welke gebieden wordt samengewerkt en op welke schaal. Ook gaat zij in op de vraag "
            "wie de samenhang bewaakt."
        ),
        inhoud=(
            "Samenwerking tussen gemeenten is in de loop der jaren per onderwerp gegroeid. Er "
            "kwam een regeling voor de brandweer, later een voor het afval, daarna een voor de "
            "jeugdhulp en een voor de omgevingstaken. Elk verband is op zichzelf verdedigbaar, "
            "maar samen vormen ze een lappendeken met verschillende gebiedsindelingen, "
            "bestuursmodellen en verantwoordingscycli. Deze whitepaper stelt dat dit geheel om "
            "regie vraagt.\n\n"
            "Stelselregie draait om drie vragen. De eerste is op welke gebieden gemeenten "
            "samenwerken: welke taken lenen zich voor een regionale aanpak en welke horen lokaal "
            "te blijven? De tweede is op welke schaal: volgt elk onderwerp de indeling die voor "
            "dat onderwerp het beste is, of wegen de voordelen van een gedeelde regio zwaarder? "
            "De derde vraag is wie stuurt op de samenhang: wie houdt het overzicht, signaleert "
            "overlap en zorgt dat besluiten in het ene verband niet botsen met die in het "
            "andere?\n\n"
            "De whitepaper beschrijft drie modellen. In het eerste neemt een centrumgemeente de "
            "regierol op zich. In het tweede wordt een lichte regionale structuur ingericht, "
            "zoals een bestuurlijk overleg met een klein secretariaat, die de agenda van de regio "
            "bewaakt. In het derde model blijft de regie bij elke gemeente afzonderlijk, maar met "
            "gedeelde instrumenten: een gezamenlijk overzicht van alle verbanden en op elkaar "
            "afgestemde evaluatiemomenten.\n\n"
            "Welk model past, hangt af van de verhoudingen in de regio. Duidelijk is wel dat geen "
            "regie ook een keuze is, met als gevolg dat de samenhang afhankelijk wordt van toeval "
            "en van de inzet van enkele bestuurders. De auteurs bevelen aan te beginnen met een "
            "overzicht: wie niet weet in welke verbanden de gemeente zit, kan er ook niet op "
            "sturen."
        ),
        auteurs="M. Hoekstra",
        uitgever="Bureau Dwarsverband",
        verschenen_op=date(2018, 10, 4),
        themas=("Stelselregie", "Regionale samenwerking", "Governance"),
        domeinen=("regionale-bestuurlijke-samenwerking",),
    ),
    PublicatieSpec(
        titel="Wie stuurt de veiligheidsregio? Raadsleden en verlengd lokaal bestuur",
        soort="presentatie",
        samenvatting=(
            "Presentatie voor een regionale raadsledenbijeenkomst over de positie van de "
            "gemeenteraad tegenover de veiligheidsregio. De sheets behandelen de wettelijke "
            "plicht tot samenwerken, de rol van de burgemeesters in het bestuur en de "
            "instrumenten die raden hebben."
        ),
        inhoud=(
            "Deze presentatie is gehouden tijdens een bijeenkomst voor raadsleden uit "
            "verschillende veiligheidsregio's. Het vertrekpunt is dat de veiligheidsregio een "
            "bijzondere vorm van samenwerking is: de Wet veiligheidsregio's verplicht gemeenten "
            "om samen te werken in een openbaar lichaam, en ook de gebiedsindeling ligt vast. "
            "Gemeenten kunnen dus niet kiezen of en met wie zij samenwerken, wel hoe zij die "
            "samenwerking inrichten.\n\n"
            "Het algemeen bestuur van een veiligheidsregio bestaat uit de burgemeesters van de "
            "deelnemende gemeenten. De voorzitter is een burgemeester die bij koninklijk besluit "
            "wordt benoemd. Daarmee is de veiligheidsregio bij uitstek verlengd lokaal bestuur: "
            "de besluiten worden genomen door bestuurders die elk verantwoording afleggen aan hun "
            "eigen raad.\n\n"
            "In de praktijk ervaren raadsleden een grote afstand. De begroting komt langs voor "
            "een zienswijze, maar de ruimte om nog iets te veranderen is klein, en de bijdrage "
            "per gemeente volgt uit een verdeelsleutel die de raad niet zelf vaststelt. Bovendien "
            "gaat het bij crisisbeheersing om onderwerpen waarin de burgemeester een eigen "
            "bevoegdheid heeft.\n\n"
            "De presentatie sluit af met vier suggesties. Maak als raad afspraken met de "
            "burgemeester over de informatie die u ontvangt. Organiseer jaarlijks een regionale "
            "bijeenkomst voor raadsleden. Gebruik de zienswijze op de begroting om kaders mee te "
            "geven in plaats van alleen op bedragen te reageren. En vraag het regionaal "
            "risicoprofiel op als basis voor het gesprek over wat de regio moet kunnen."
        ),
        auteurs="P. van Dijk",
        uitgever="Kenniskring Regiobestuur",
        verschenen_op=date(2018, 4, 19),
        themas=("Democratische legitimiteit", "Governance"),
        verbanden=(
            "gemeenschappelijke-regeling-veiligheidsregio-brabant-noord",
            "veiligheidsregio-zeeland",
        ),
        gemeenten=("'s-Hertogenbosch", "Middelburg (Z.)"),
        domeinen=("brandweer-en-crisisbeheersing",),
    ),
    PublicatieSpec(
        titel="De verbindende bestuurder: leiderschap in regionale netwerken",
        soort="artikel",
        samenvatting=(
            "Regionale samenwerking vraagt een ander soort leiderschap dan het besturen van de "
            "eigen gemeente. Het artikel beschrijft de spagaat tussen lokaal mandaat en regionaal "
            "belang. Het laat zien wat bestuurders en ambtelijk leiders helpt om daarin te "
            "bewegen."
        ),
        inhoud=(
            "Een wethouder die in een regionaal overleg zit, heeft twee petten op. Thuis wordt "
            "hij beoordeeld op wat hij voor zijn eigen gemeente binnenhaalt; in de regio wordt "
            "van hem verwacht dat hij meedenkt over wat goed is voor het geheel. Die dubbele "
            "loyaliteit is de kern van wat regionaal leiderschap lastig maakt.\n\n"
            "In netwerken bestaat geen hiërarchie. Niemand kan de ander opdragen iets te doen, en "
            "besluiten komen tot stand door overtuigen, uitruilen en geduld. Bestuurders die "
            "gewend zijn aan sturing via de lijn, merken dat hun gebruikelijke instrumenten "
            "weinig opleveren. Wat wel werkt, is investeren in relaties buiten de formele "
            "vergaderingen, het zoeken van gedeelde belangen en het gunnen van successen aan "
            "anderen.\n\n"
            "Ook ambtelijk leiderschap doet ertoe. Gemeentesecretarissen en directeuren van "
            "gezamenlijke organisaties vormen vaak het geheugen van de samenwerking en bewaken de "
            "continuïteit als bestuurders na verkiezingen wisselen. Zij kunnen de voorwaarden "
            "scheppen waaronder bestuurders tot afspraken komen, bijvoorbeeld door conflicten "
            "vroeg te signaleren en voorstellen voor te bereiden die voor alle deelnemers "
            "aanvaardbaar zijn.\n\n"
            "Tot slot vraagt regionaal leiderschap moed. Soms moet een bestuurder in zijn eigen "
            "raad een besluit verdedigen dat vooral voor de buren gunstig is, of juist in de "
            "regio aangeven dat een afspraak voor zijn gemeente niet werkbaar is. Dat lukt alleen "
            "als er voldoende vertrouwen is opgebouwd, zowel in de regio als in de eigen "
            "gemeente. Investeren in dat vertrouwen is daarom geen bijzaak, maar de voorwaarde "
            "voor alles wat volgt."
        ),
        auteurs="H. Wijnands",
        uitgever="Bureau Ruggespraak",
        verschenen_op=date(2018, 1, 25),
        themas=("Leiderschap", "Vertrouwen"),
    ),
    PublicatieSpec(
        titel="Een passende juridische vorm kiezen voor samenwerking",
        soort="handreiking",
        samenvatting=(
            "Een praktische handreiking voor gemeenten die een samenwerking willen vastleggen. "
            "Zij loopt de vormen uit de Wet gemeenschappelijke regelingen langs, van openbaar "
            "lichaam tot regeling zonder meer. Daarna zet zij die af tegen privaatrechtelijke "
            "alternatieven."
        ),
        inhoud=(
            "Bij het vormgeven van een samenwerking gaat het gesprek vaak te snel over de "
            "juridische vorm. Deze handreiking draait de volgorde om: eerst bepalen wat de "
            "samenwerking moet doen, dan pas kiezen hoe die wordt vastgelegd. Daarvoor biedt zij "
            "een stappenplan en een overzicht van de beschikbare vormen.\n\n"
            "De Wet gemeenschappelijke regelingen kent verschillende publiekrechtelijke vormen. "
            "Het openbaar lichaam is de zwaarste en meest gebruikte: het heeft "
            "rechtspersoonlijkheid en een algemeen bestuur, een dagelijks bestuur en een "
            "voorzitter. De bedrijfsvoeringsorganisatie heeft ook rechtspersoonlijkheid, maar één "
            "bestuur, en is bedoeld voor ondersteunende en uitvoerende taken. Het "
            "gemeenschappelijk orgaan is een gezamenlijk orgaan zonder rechtspersoonlijkheid, "
            "geschikt voor beperkte taken. Bij de centrumgemeenteconstructie voert één gemeente "
            "taken uit voor de andere deelnemers, zonder dat er een nieuwe organisatie ontstaat. "
            "Een regeling zonder meer legt alleen afspraken vast, zonder eigen orgaan.\n\n"
            "Daarnaast staan privaatrechtelijke vormen open, zoals de stichting, de vereniging, "
            "de coöperatie, de BV en de NV. De Gemeentewet geeft de voorkeur aan het "
            "publiekrecht; een privaatrechtelijke vorm moet bijzonder geschikt zijn voor het "
            "doel. Voor beleidsafstemming zonder overdracht van bevoegdheden volstaat vaak een "
            "convenant of een bestuurlijk overleg.\n\n"
            "De handreiking sluit af met een aantal vuistregels. Draag alleen bevoegdheden over "
            "als de samenwerking die werkelijk nodig heeft. Kies een lichte vorm als de taak "
            "vooral uitvoerend is en weinig politieke keuzes vraagt. Kies een zwaardere vorm als "
            "de samenwerking zelf personeel in dienst neemt en eigen beleid voert. En leg in elke "
            "vorm vast hoe deelnemers kunnen uittreden, zodat de samenwerking niet vastloopt als "
            "de omstandigheden veranderen."
        ),
        auteurs="L. Smit, A. Bakker",
        uitgever="Adviesbureau Meerstemmig",
        verschenen_op=date(2019, 6, 3),
        themas=("Juridische vormen", "Governance"),
        domeinen=("bestuur-en-ondersteuning",),
    ),
    PublicatieSpec(
        titel="Herindelen of samenwerken? Lessen uit Fryslân",
        soort="onderzoek",
        samenvatting=(
            "In Fryslân zijn sinds 2011 verschillende gemeenten samengevoegd, terwijl andere "
            "kozen voor nauwe ambtelijke samenwerking. Dit onderzoek vergelijkt beide routes. Het "
            "vraagt wat ze betekenen voor bestuurskracht, dienstverlening en de afstand tot "
            "inwoners."
        ),
        inhoud=(
            "Weinig provincies hebben de afgelopen jaren zoveel veranderingen in de gemeentelijke "
            "indeling gezien als Fryslân. In 2011 ontstond Súdwest-Fryslân, in 2014 De Friese "
            "Meren, dat later de naam De Fryske Marren kreeg, in 2018 Waadhoeke en in 2019 "
            "Noardeast-Fryslân. Tegelijk kozen andere gemeenten juist voor samenwerking met "
            "behoud van zelfstandigheid, zoals Achtkarspelen en Tytsjerksteradiel met een "
            "gezamenlijke werkmaatschappij.\n\n"
            "Het onderzoek vergelijkt beide routes op drie punten. Op bestuurskracht scoren de "
            "heringedeelde gemeenten op papier beter: zij hebben een grotere ambtelijke "
            "organisatie en zijn minder afhankelijk van regionale verbanden. Maar ook "
            "samenwerkende gemeenten blijken in staat hun ambtelijke capaciteit te versterken, "
            "zonder dat de raden hun zeggenschap over beleid hoeven op te geven.\n\n"
            "Bij de dienstverlening zijn de verschillen kleiner dan vaak wordt aangenomen. "
            "Inwoners merken vooral iets van de overgangsperiode, waarin systemen en werkwijzen "
            "worden samengevoegd. Daarna verschilt de kwaliteit vooral per onderwerp en minder "
            "per bestuursmodel.\n\n"
            "Het grootste verschil zit in de afstand tot inwoners. In grote plattelandsgemeenten "
            "met veel dorpen moet de nieuwe gemeente bewust investeren in dorpsbelangen, "
            "kernenbeleid en aanwezigheid in de dorpen. Samenwerkende gemeenten houden hun eigen "
            "raad en college dichtbij, maar moeten uitleggen hoe de gezamenlijke organisatie "
            "wordt aangestuurd.\n\n"
            "De onderzoekers concluderen dat geen van beide routes per definitie beter is. "
            "Samenwerking vraagt voortdurend onderhoud: de afspraken tussen de deelnemers moeten "
            "worden bijgehouden en de verhoudingen blijven gevoelig voor verschillen in ambitie. "
            "Herindeling is ingrijpender, maar daarna stabieler. De keuze hangt af van hoe de "
            "gemeenten hun toekomst zien en van het draagvlak onder inwoners."
        ),
        auteurs="D. Sijbesma, K. de Boer",
        uitgever="Kenniskring Regiobestuur",
        verschenen_op=date(2019, 11, 14),
        themas=("Regionale samenwerking", "Governance"),
        verbanden=("gemeenschappelijke-regeling-werkmaatschappij-8ktd",),
        gemeenten=(
            "Súdwest-Fryslân",
            "De Fryske Marren",
            "Waadhoeke",
            "Noardeast-Fryslân",
            "Achtkarspelen",
            "Tytsjerksteradiel",
        ),
        domeinen=("regionale-bestuurlijke-samenwerking",),
    ),
    PublicatieSpec(
        titel="Regio Deals: het Rijk als partner in regionale opgaven",
        soort="artikel",
        samenvatting=(
            "Sinds 2018 sluiten Rijk en regio's Regio Deals om gezamenlijke opgaven aan te "
            "pakken. Het artikel beschrijft hoe zo'n deal tot stand komt en wat hij vraagt van de "
            "samenwerking tussen gemeenten. Ook komen vragen over verantwoording aan bod."
        ),
        inhoud=(
            "Met de Regio Deals heeft het Rijk een nieuw instrument geïntroduceerd om regionale "
            "opgaven te ondersteunen. Regio's dienen een voorstel in voor een samenhangend pakket "
            "maatregelen, bijvoorbeeld rond economie, leefbaarheid of arbeidsmarkt, en het Rijk "
            "draagt bij als de regio zelf ook middelen inbrengt. Het idee is dat Rijk en regio "
            "partners zijn in een gedeelde opgave, niet opdrachtgever en uitvoerder.\n\n"
            "Voor gemeenten betekent een Regio Deal dat zij samen met provincie, "
            "onderwijsinstellingen, bedrijven en maatschappelijke organisaties een gezamenlijk "
            "verhaal moeten formuleren. Dat vraagt een samenwerking die verder reikt dan de "
            "gebruikelijke gemeenschappelijke regelingen. Vaak fungeert een bestaand regionaal "
            "verband als trekker, maar de deal zelf heeft een eigen looptijd, een eigen "
            "programmaorganisatie en een eigen verantwoordingslijn.\n\n"
            "Dat roept vragen op. Hoe worden de middelen verdeeld over de deelnemende gemeenten? "
            "Wie besluit over projecten als de omstandigheden veranderen? En hoe worden "
            "gemeenteraden betrokken bij een programma waarvan de kaders grotendeels zijn "
            "vastgelegd in een overeenkomst tussen bestuurders en het Rijk? In veel regio's "
            "ontvangen raden vooral achteraf informatie.\n\n"
            "Het artikel pleit ervoor een Regio Deal te behandelen als een volwaardige "
            "samenwerking, met dezelfde aandacht voor governance als een gemeenschappelijke "
            "regeling. Leg vast wie eigenaar is van welke projecten, hoe de raden worden "
            "geïnformeerd en wanneer wordt geëvalueerd. Zo wordt voorkomen dat een tijdelijke "
            "impuls uitmondt in een nieuwe laag van regionale afspraken waar niemand meer zicht "
            "op heeft."
        ),
        auteurs="R. Jansen",
        uitgever="Kenniskring Regiobestuur",
        verschenen_op=date(2019, 5, 9),
        themas=("Regionale samenwerking", "Financiën"),
        domeinen=("economische-ontwikkeling",),
    ),
    PublicatieSpec(
        titel="Van lappendeken naar samenhang: stelselregie in de praktijk",
        soort="whitepaper",
        samenvatting=(
            "Een vervolg op eerdere verkenningen naar stelselregie. Deze whitepaper laat zien hoe "
            "regio's in de praktijk werken aan overzicht en samenhang in hun "
            "samenwerkingsverbanden. Ook beschrijft zij welke rol bestuurders en "
            "gemeentesecretarissen daarin spelen."
        ),
        inhoud=(
            "Dat gemeenten hun samenwerkingsverbanden in samenhang moeten bezien, is inmiddels "
            "breed gedeeld. De vraag is hoe dat in de praktijk gaat. Deze whitepaper beschrijft "
            "ervaringen van regio's die daar de afgelopen jaren mee aan de slag zijn gegaan, en "
            "haalt daaruit enkele werkzame elementen.\n\n"
            "Een eerste element is een gedeeld overzicht. Regio's die stelselregie serieus nemen, "
            "beginnen met een inventarisatie van alle verbanden waaraan de gemeenten deelnemen, "
            "met per verband de taken, de deelnemers, de kosten en het moment van de volgende "
            "evaluatie. Zo'n overzicht lijkt eenvoudig, maar blijkt in veel gemeenten niet te "
            "bestaan of verspreid te liggen over afdelingen.\n\n"
            "Een tweede element is een regionale agenda. In plaats van per verband afzonderlijk "
            "te besluiten, bepalen de gemeenten gezamenlijk welke opgaven de komende jaren "
            "voorrang hebben en welke verbanden daaraan bijdragen. Sommige regio's kiezen ervoor "
            "meerdere taken onder te brengen in één brede regeling, zodat de samenhang binnen één "
            "bestuur kan worden bewaakt.\n\n"
            "Een derde element is leiderschap. Stelselregie heeft een eigenaar nodig. Vaak is dat "
            "een kleine groep burgemeesters en gemeentesecretarissen die het overzicht bewaakt en "
            "agendeert wanneer verbanden elkaar overlappen of wanneer een verband zijn doel heeft "
            "bereikt. Belangrijk is dat de andere deelnemers deze rol accepteren en haar niet "
            "zien als een poging om macht te centraliseren.\n\n"
            "De whitepaper waarschuwt ook voor valkuilen. Stelselregie kan verzanden in een "
            "bureaucratische exercitie waarin vooral lijsten worden bijgehouden. Het gaat "
            "uiteindelijk om de gesprekken die het overzicht mogelijk maakt: over de schaal die "
            "bij een opgave past, over verbanden die kunnen worden samengevoegd en over de rol "
            "van de gemeenteraden."
        ),
        auteurs="M. Hoekstra, E. van der Meer",
        uitgever="Bureau Dwarsverband",
        verschenen_op=date(2020, 2, 17),
        themas=("Stelselregie", "Leiderschap"),
        verbanden=("gemeenschappelijke-regeling-regio-gooi-en-vechtstreek",),
        gemeenten=("Hilversum", "Huizen"),
        domeinen=("regionale-bestuurlijke-samenwerking",),
    ),
    PublicatieSpec(
        titel="De GGD in crisistijd: lessen voor samenwerking in de publieke gezondheid",
        soort="artikel",
        samenvatting=(
            "De coronapandemie zette de GGD'en plotseling in het centrum van de aandacht. Dit "
            "artikel bekijkt wat de crisis laat zien over de GGD als gemeenschappelijke regeling. "
            "Aan bod komen de verhouding tussen gemeenten en Rijk, de financiering en de sturing "
            "door raden."
        ),
        inhoud=(
            "Tot voor kort was de GGD voor veel raadsleden een regeling die eens per jaar "
            "langskwam met een begroting. De coronapandemie veranderde dat in korte tijd. GGD'en "
            "richtten testlocaties in, voerden bron- en contactonderzoek uit en bereidden zich "
            "voor op grootschalig vaccineren. Daarmee werd zichtbaar hoe afhankelijk de "
            "samenleving is van deze gemeentelijke samenwerking.\n\n"
            "De crisis legde ook spanningen bloot. Formeel zijn de GGD'en uitvoeringsorganisaties "
            "van de gemeenten, ingericht als gemeenschappelijke regeling. In de praktijk kwamen "
            "veel opdrachten en richtlijnen van het Rijk, en liep de crisisaansturing grotendeels "
            "via de veiligheidsregio's. De vraag wie eigenaar is van de GGD en wie opdrachtgever, "
            "kreeg daarmee een nieuwe lading.\n\n"
            "Ook de financiering staat ter discussie. GGD'en draaien in gewone tijden op een "
            "bescheiden bijdrage per inwoner, en bezuinigingen uit eerdere jaren hebben de "
            "reservecapaciteit beperkt. Opschalen in een crisis vraagt om middelen die gemeenten "
            "niet zomaar hebben, waardoor aanvullende afspraken met het Rijk nodig waren.\n\n"
            "Voor gemeenten ligt hier een les. De GGD is meer dan een uitvoerder van wettelijke "
            "taken als jeugdgezondheidszorg en infectieziektebestrijding; zij is een strategische "
            "partner in de publieke gezondheid. Dat vraagt een actievere rol van colleges en "
            "raden: sturen op de gewenste paraatheid, vooraf afspreken hoe met onvoorziene kosten "
            "wordt omgegaan en de GGD betrekken bij het lokale gezondheidsbeleid. Na de crisis is "
            "een grondige evaluatie nodig, niet alleen van de GGD'en zelf, maar ook van de manier "
            "waarop gemeenten hen besturen."
        ),
        auteurs="S. El Amrani",
        uitgever="Kenniskring Regiobestuur",
        verschenen_op=date(2020, 9, 28),
        themas=("Governance", "Evaluatie en leren"),
        verbanden=("ggd-flevoland", "ggd-ijsselland", "ggd-zeeland"),
        domeinen=("publieke-gezondheid",),
    ),
    PublicatieSpec(
        titel="Sturen op afstand zonder los te laten: raadsleden en kaderstelling",
        soort="artikel",
        samenvatting=(
            "Gemeenteraden voelen zich vaak buitenspel gezet bij regionale samenwerking. Dit "
            "artikel beschrijft hoe raden met kaderstelling vooraf meer invloed kunnen uitoefenen "
            "dan met controle achteraf. Ook bespreekt het wat het wetsvoorstel tot wijziging van "
            "de Wgr daaraan toevoegt."
        ),
        inhoud=(
            "Een veelgehoorde klacht van raadsleden is dat zij pas bij de begroting van een "
            "gemeenschappelijke regeling iets over de samenwerking te zeggen krijgen, en dan nog "
            "alleen in de vorm van een zienswijze die zelden tot wijzigingen leidt. Het gevoel "
            "buitenspel te staan is begrijpelijk, maar volgens dit artikel ook deels te "
            "verhelpen.\n\n"
            "De kern is dat invloed vooraf effectiever is dan controle achteraf. Een raad die bij "
            "de oprichting of wijziging van een regeling duidelijke kaders meegeeft, bijvoorbeeld "
            "over de doelen, de maximale financiële groei en de informatie die hij wil ontvangen, "
            "heeft later een maatstaf om de samenwerking aan te toetsen. Kaderstelling kan ook "
            "via de kaderbrief die veel regelingen voorafgaand aan de begroting opstellen.\n\n"
            "Daarnaast helpt het als raden van de deelnemende gemeenten elkaar opzoeken. In "
            "regio's met veel verbanden, zoals de Drechtsteden, bestaan of bestonden vormen "
            "waarin raadsleden uit verschillende gemeenten samen over de regionale agenda "
            "spreken. Dat vergroot de kennis en maakt het gemakkelijker om gezamenlijk een "
            "zienswijze te formuleren die gewicht heeft.\n\n"
            "Het wetsvoorstel tot versterking van de democratische legitimatie van "
            "gemeenschappelijke regelingen, dat bij de Tweede Kamer ligt, bouwt hierop voort. Het "
            "geeft raden meer mogelijkheden om zich vooraf uit te spreken over een "
            "ontwerpregeling en maakt een gemeenschappelijke adviescommissie van raadsleden "
            "mogelijk. Het artikel waarschuwt wel dat nieuwe instrumenten alleen werken als raden "
            "er tijd en aandacht voor vrijmaken. Zonder investering in kennis van de samenwerking "
            "blijft ook de beste wettelijke regeling een lege huls."
        ),
        auteurs="J. de Vries",
        uitgever="Bureau Ruggespraak",
        verschenen_op=date(2021, 3, 16),
        themas=("Democratische legitimiteit", "Governance"),
        verbanden=("drechtsteden",),
        gemeenten=("Dordrecht", "Papendrecht"),
        domeinen=("regionale-bestuurlijke-samenwerking",),
    ),
    PublicatieSpec(
        titel=(
            "Eigenaar, opdrachtgever, opdrachtnemer: gezamenlijk opdrachtgeverschap in de praktijk"
        ),
        soort="presentatie",
        samenvatting=(
            "Sheets van een workshop over het onderscheid tussen eigenaarschap en "
            "opdrachtgeverschap in gemeenschappelijke regelingen. Aan de hand van voorbeelden uit "
            "de jeugdhulp en de omgevingsdiensten laat de presentatie zien hoe gemeenten hun "
            "opdrachtgeversrol gezamenlijk kunnen invullen."
        ),
        inhoud=(
            "Deze workshop ging over een vraag die in veel samenwerkingsverbanden terugkeert: "
            "treedt de gemeente op als eigenaar of als opdrachtgever? Als eigenaar is de gemeente "
            "verantwoordelijk voor de continuïteit en de financiële gezondheid van de "
            "gezamenlijke organisatie. Als opdrachtgever wil zij goede prestaties tegen een "
            "redelijke prijs. Die belangen kunnen botsen, en als dezelfde bestuurder beide rollen "
            "vervult, wordt het gesprek al snel onhelder.\n\n"
            "In de presentatie worden drie rollen onderscheiden: eigenaar, opdrachtgever en "
            "opdrachtnemer. De opdrachtnemer is de uitvoeringsorganisatie zelf. Veel regelingen "
            "werken inmiddels met een model waarin het algemeen bestuur de eigenaarsrol vervult "
            "en een apart overleg van opdrachtgevers de inhoudelijke opdracht formuleert en de "
            "prestaties bespreekt.\n\n"
            "Gezamenlijk opdrachtgeverschap gaat nog een stap verder. De deelnemers formuleren "
            "samen één opdracht, in plaats van dat elke gemeente afzonderlijk producten afneemt. "
            "Bij omgevingsdiensten gaat het dan om een gezamenlijk uitvoeringsprogramma voor "
            "vergunningverlening, toezicht en handhaving. In de jeugdhulp gaat het om regionale "
            "afspraken over inkoop en contractmanagement, die een regionaal team uitvoert.\n\n"
            "De workshop sloot af met praktische aandachtspunten. Zorg dat opdrachtgevers genoeg "
            "inhoudelijke kennis hebben om een goede opdracht te formuleren. Maak "
            "prestatieafspraken meetbaar, maar niet zo gedetailleerd dat elke afwijking tot "
            "discussie leidt. En organiseer een vast moment waarop eigenaren en opdrachtgevers "
            "samen de balans opmaken, zodat spanningen tussen beide rollen bespreekbaar worden "
            "voordat ze tot conflicten leiden."
        ),
        auteurs="T. Postma",
        uitgever="Adviesbureau Meerstemmig",
        verschenen_op=date(2021, 10, 7),
        themas=("Opdrachtgeverschap", "Governance"),
        verbanden=(
            "bedrijfsvoeringsorganisatie-regionaal-serviceteam-jeugd-ijsselland",
            "gemeenschappelijke-regeling-omgevingsdienst-drenthe",
        ),
        domeinen=("jeugd", "omgevingsdienst"),
    ),
    PublicatieSpec(
        titel="Belastingsamenwerking met waterschappen: schaalvoordeel of schijnvoordeel?",
        soort="onderzoek",
        samenvatting=(
            "Een vergelijkend onderzoek naar belastingsamenwerkingen waarin gemeenten en "
            "waterschappen hun heffing en inning bundelen. Het kijkt naar de kosten per aanslag, "
            "de kwaliteit van de WOZ-waardering en de tevredenheid van de deelnemers."
        ),
        inhoud=(
            "Belastingheffing is een van de taken waarvoor samenwerking het vaakst wordt "
            "aanbevolen. Het werk is grotendeels gestandaardiseerd, de systemen zijn duur en de "
            "WOZ-waardering vraagt specialistische kennis. In verschillende delen van het land "
            "hebben gemeenten en waterschappen daarom gezamenlijke belastingorganisaties "
            "opgericht, van het noorden tot in Limburg.\n\n"
            "Dit onderzoek vergelijkt een aantal van die organisaties met gemeenten die hun "
            "belastingen zelf heffen. Daarbij is gekeken naar de kosten per aanslag, het aandeel "
            "bezwaren, de kwaliteit van de WOZ-waardering en de tevredenheid van de deelnemers "
            "over de dienstverlening.\n\n"
            "De kosten per aanslag liggen bij de samenwerkingen gemiddeld lager, maar de "
            "spreiding is groot. Het voordeel is het duidelijkst bij samenwerkingen met veel "
            "deelnemers en een hoge mate van standaardisatie. Bij kleinere samenwerkingen, of "
            "waar deelnemers veel eigen wensen hebben, is het verschil met zelfstandige heffing "
            "beperkt. Ook duurt het meestal enkele jaren voordat het voordeel zichtbaar wordt, "
            "omdat de opbouw van de organisatie en de conversie van gegevens veel kosten.\n\n"
            "Op kwaliteit presteren de samenwerkingen overwegend goed. De WOZ-waardering is "
            "professioneler georganiseerd en de organisaties zijn beter bestand tegen "
            "personeelsverloop. Deelnemers zijn vooral kritisch over de mate waarin zij nog "
            "invloed hebben op het klantcontact en het invorderingsbeleid.\n\n"
            "De conclusie is dat belastingsamenwerking in de regel loont, maar niet vanzelf. Het "
            "voordeel hangt af van de bereidheid van deelnemers om processen te uniformeren en "
            "van heldere afspraken over de verdeling van kosten tussen gemeenten en "
            "waterschappen. Een verdeelsleutel die als oneerlijk wordt ervaren, kan de "
            "samenwerking meer schaden dan enig schaalvoordeel oplevert."
        ),
        auteurs="F. Kuipers",
        uitgever="Onderzoeksgroep Lokaal Bestuur Oost",
        verschenen_op=date(2021, 6, 24),
        themas=("Financiën", "Bedrijfsvoering"),
        verbanden=(
            "noordelijk-belastingkantoor",
            "gemeenschappelijk-belastingkantoor-lococensus-tricijn",
            "belastingsamenwerking-gemeenten-en-waterschappen",
        ),
        gemeenten=("Groningen", "Zwolle"),
        domeinen=("belastingen-en-woz",),
    ),
    PublicatieSpec(
        titel="Gewijzigde Wgr in werking: meer instrumenten voor gemeenteraden",
        soort="nieuws",
        samenvatting=(
            "Op 1 juli 2022 is de wijziging van de Wet gemeenschappelijke regelingen in werking "
            "getreden. De wet moet de democratische legitimatie van samenwerkingsverbanden "
            "versterken. Bestaande regelingen hebben twee jaar om zich aan te passen."
        ),
        inhoud=(
            "Vandaag treedt de gewijzigde Wet gemeenschappelijke regelingen in werking. Met de "
            "wijziging wil de wetgever de positie van gemeenteraden tegenover gemeenschappelijke "
            "regelingen versterken. Aanleiding is het breed gedeelde gevoel dat raden te weinig "
            "grip hebben op samenwerkingsverbanden, terwijl daar een groot deel van het "
            "gemeentelijke budget in omgaat.\n\n"
            "De belangrijkste wijzigingen op een rij. Voordat colleges een regeling treffen, "
            "wijzigen of daaruit treden, leggen zij het ontwerp voor aan de raad, die acht weken "
            "krijgt om een zienswijze te geven. Raden kunnen gezamenlijk voorstellen een "
            "gemeenschappelijke adviescommissie in te stellen, bestaande uit raadsleden van de "
            "deelnemende gemeenten. Daarnaast kunnen raden gezamenlijk een onderzoek naar het "
            "bestuur van een regeling instellen, worden de bevoegdheden van rekenkamers "
            "verduidelijkt en wordt de informatieplicht van het college aan de raad "
            "aangescherpt.\n\n"
            "Ook de inhoud van regelingen moet op een aantal punten worden aangevuld. Elke "
            "regeling moet bepalingen bevatten over de manier waarop inwoners worden betrokken, "
            "over de evaluatie van de samenwerking en over de voorwaarden en gevolgen van "
            "uittreding.\n\n"
            "Bestaande regelingen hoeven niet meteen te worden aangepast. Zij hebben tot 1 juli "
            "2024 de tijd om aan de nieuwe eisen te voldoen. Voor veel regio's betekent dat de "
            "komende periode een wijzigingsronde, waarbij de nieuwe procedure met zienswijzen al "
            "van toepassing is.\n\n"
            "Het Samenwerkingsportaal volgt de invoering en verzamelt voorbeelden van regio's die "
            "de nieuwe instrumenten gebruiken. Heeft u een goed voorbeeld, bijvoorbeeld van een "
            "adviescommissie die goed werkt? Laat het de redactie weten."
        ),
        auteurs="redactie Samenwerkingsportaal",
        uitgever="Samenwerkingsportaal",
        verschenen_op=date(2022, 7, 1),
        themas=("Democratische legitimiteit", "Juridische vormen"),
        domeinen=("regionale-bestuurlijke-samenwerking",),
        externe_url=(
            "https://www.rijksoverheid.nl/actueel/nieuws/2022/07/01/1-juli-2022-wijziging-wet-"
            "gemeenschappelijke-regelingen"
        ),
    ),
    PublicatieSpec(
        titel="Aan de slag met de gewijzigde Wgr: zienswijzen, adviescommissie en register",
        soort="handreiking",
        samenvatting=(
            "Een praktische handreiking voor griffiers, raadsleden en ambtenaren die de "
            "gewijzigde Wet gemeenschappelijke regelingen toepassen. Met aandacht voor de "
            "zienswijzeprocedure, de gemeenschappelijke adviescommissie en het register van "
            "artikel 27."
        ),
        inhoud=(
            "Sinds 1 juli 2022 gelden nieuwe regels voor gemeenschappelijke regelingen. Deze "
            "handreiking helpt gemeenten om de wijzigingen in de praktijk te brengen. Zij is "
            "bedoeld voor griffiers, raadsleden en ambtenaren die betrokken zijn bij de "
            "aansturing van samenwerkingsverbanden.\n\n"
            "Begin met de zienswijzeprocedure. Wanneer het college een regeling wil treffen of "
            "wijzigen, krijgt de raad acht weken voor een zienswijze op het ontwerp. Plan die "
            "termijn vroeg in, stem de procedure af met de andere deelnemers en zorg dat de "
            "griffies van de betrokken gemeenten elkaar weten te vinden. Zo voorkomt u dat raden "
            "hun zienswijzen op verschillende momenten en met verschillende informatie moeten "
            "geven.\n\n"
            "Overweeg daarna of een gemeenschappelijke adviescommissie meerwaarde heeft. Zo'n "
            "commissie bestaat uit raadsleden van de deelnemende gemeenten en kan het algemeen "
            "bestuur adviseren, de besluitvorming in de raden voorbereiden en bijvoorbeeld een "
            "gezamenlijke zienswijze opstellen. De commissie heeft geen eigen bevoegdheden. Zij "
            "werkt het best bij grote regelingen met een brede agenda, zoals metropoolregio's, "
            "waar raadsleden anders moeilijk overzicht houden.\n\n"
            "Controleer ook het register. Artikel 27 van de Wgr verplicht het college een "
            "register bij te houden van alle regelingen waaraan de gemeente deelneemt. Daarin "
            "staan onder meer de deelnemers, de wettelijke voorschriften, de overgedragen "
            "bevoegdheden, het adres en de vestigingsplaats, en of er een openbaar lichaam, "
            "bedrijfsvoeringsorganisatie of gemeenschappelijk orgaan is ingesteld. Het register "
            "is openbaar en vormt een goede basis voor een gesprek in de raad over het geheel van "
            "de samenwerking.\n\n"
            "Gebruik tot slot de wijzigingsronde die vóór 1 juli 2024 nodig is om de regeling "
            "breder tegen het licht te houden. Actualiseer de afspraken over evaluatie en "
            "uittreding en leg vast hoe inwoners worden betrokken."
        ),
        auteurs="redactie Samenwerkingsportaal",
        uitgever="Samenwerkingsportaal",
        verschenen_op=date(2022, 11, 21),
        themas=("Democratische legitimiteit", "Juridische vormen"),
        verbanden=("metropoolregio-eindhoven", "metropoolregio-rotterdam-den-haag"),
        gemeenten=("Eindhoven", "Rotterdam"),
        domeinen=("regionale-bestuurlijke-samenwerking",),
    ),
    PublicatieSpec(
        titel="Achttien gemeenten, één inkoop: jeugdhulp en Wmo in Fryslân",
        soort="praktijkverhaal",
        samenvatting=(
            "Alle achttien Friese gemeenten kopen jeugdhulp en maatschappelijke ondersteuning "
            "gezamenlijk in. Sinds 2022 gebeurt dat via een centrumregeling met Leeuwarden als "
            "centrumgemeente. Dit praktijkverhaal beschrijft hoe de samenwerking is "
            "georganiseerd."
        ),
        inhoud=(
            "In Fryslân werken alle achttien gemeenten samen in het sociaal domein, van de "
            "provinciehoofdstad Leeuwarden tot de Waddeneilanden Vlieland en Schiermonnikoog. Zij "
            "kopen gezamenlijk jeugdhulp en maatschappelijke ondersteuning in en beheren de "
            "contracten samen. De samenwerking is vastgelegd in een centrumregeling uit 2022, "
            "waaraan de colleges en burgemeesters van alle Friese gemeenten deelnemen.\n\n"
            "In een centrumregeling ontstaat geen nieuwe organisatie. Leeuwarden voert als "
            "centrumgemeente de inkoop en het contractbeheer uit namens de andere gemeenten, die "
            "als gastgemeente deelnemen. De deelnemers blijven verantwoordelijk voor hun eigen "
            "beleid, maar laten de uitvoering van de gezamenlijke inkoop over aan de "
            "centrumgemeente. Dat maakt de constructie relatief licht, maar vraagt wel goede "
            "afspraken over de sturing door de gastgemeenten.\n\n"
            "In zo'n constructie ligt een bestuurlijk overleg van de verantwoordelijke wethouders "
            "voor de hand, met een ambtelijke structuur waarin elke gemeente is vertegenwoordigd. "
            "Daar komen de inkoopstrategie, de tarieven en de verdeling van de kosten aan de "
            "orde. Het gaat om gezamenlijk opdrachtgeverschap: de gemeenten formuleren samen de "
            "opdracht en de centrumgemeente voert die uit.\n\n"
            "De verschillen tussen de gemeenten zijn groot. Een eilandgemeente als Ameland heeft "
            "andere vragen dan Súdwest-Fryslân met zijn vele dorpen en kernen, of dan een "
            "centrumstad met een grote vraag naar specialistische zorg. Lokale keuzes in toegang "
            "en preventie blijven daarom bij de gemeenten zelf, terwijl de inkoop provinciaal "
            "gebeurt.\n\n"
            "Het Friese voorbeeld laat zien dat samenwerking op provinciale schaal mogelijk is "
            "als de rollen helder zijn. Zoals sinds de wijziging van de Wgr voor elke regeling "
            "geldt, horen daar afspraken bij over hoe en wanneer de samenwerking wordt "
            "geëvalueerd."
        ),
        auteurs="D. Sijbesma",
        uitgever="Samenwerkingsportaal",
        verschenen_op=date(2023, 4, 12),
        themas=("Sociaal domein", "Opdrachtgeverschap"),
        verbanden=("centrumregeling-samenwerking-sociaal-domein-fryslan",),
        gemeenten=("Leeuwarden", "Súdwest-Fryslân", "Ameland", "Heerenveen"),
        domeinen=("jeugd", "wmo", "participatie"),
    ),
    PublicatieSpec(
        titel="Een gemeenschappelijke regeling evalueren: opzet, criteria en vervolg",
        soort="handreiking",
        samenvatting=(
            "Sinds de wijziging van de Wgr moet elke gemeenschappelijke regeling afspraken over "
            "evaluatie bevatten. Deze handreiking helpt deelnemers een evaluatie op te zetten die "
            "meer oplevert dan een verplicht rapport."
        ),
        inhoud=(
            "De gewijzigde Wet gemeenschappelijke regelingen schrijft voor dat deelnemers in de "
            "regeling vastleggen hoe het functioneren van de samenwerking wordt geëvalueerd. De "
            "wet noemt geen vaste termijn; de deelnemers bepalen zelf hoe vaak en op welke manier "
            "zij evalueren. Dat biedt ruimte, maar ook het risico dat evaluaties een formaliteit "
            "worden.\n\n"
            "Deze handreiking onderscheidt drie vragen die elke evaluatie zou moeten "
            "beantwoorden. Doet de samenwerking wat zij moet doen, gemeten aan de doelen waarvoor "
            "zij is opgericht? Werkt de samenwerking goed als samenwerking, dus in de "
            "verhoudingen tussen de deelnemers en de gezamenlijke organisatie? En is de gekozen "
            "vorm nog passend, of vragen veranderde omstandigheden om aanpassing?\n\n"
            "Voor de tweede vraag biedt de handreiking een set criteria, gebaseerd op de vijf "
            "randvoorwaarden die in onderzoek naar samenwerking steeds terugkomen: een "
            "gezamenlijk doel en visie, heldere verantwoordelijkheden, het vermogen boven het "
            "eigen belang uit te stijgen, vertrouwen en elkaar aanspreken, en transparantie en "
            "terugkoppeling. Deelnemers kunnen elk criterium scoren en de scores vervolgens samen "
            "bespreken.\n\n"
            "Betrek bij de evaluatie niet alleen bestuurders en directie, maar ook raadsleden, "
            "medewerkers van de gezamenlijke organisatie en waar mogelijk inwoners of cliënten. "
            "Verschillen in beleving zijn vaak het meest leerzaam.\n\n"
            "Maak ten slotte vooraf afspraken over het vervolg. Een evaluatie kan leiden tot "
            "voortzetting, wijziging of in het uiterste geval uittreding of opheffing. Leg vast "
            "hoe de aanbevelingen worden opgevolgd en wanneer dat wordt gecontroleerd, zodat de "
            "volgende evaluatie kan voortbouwen op de vorige. In het Samenwerkingsportaal kunnen "
            "evaluaties en aanbevelingen per verband worden vastgelegd."
        ),
        auteurs="redactie Samenwerkingsportaal",
        uitgever="Samenwerkingsportaal",
        verschenen_op=date(2023, 9, 5),
        themas=("Evaluatie en leren", "Democratische legitimiteit"),
    ),
    PublicatieSpec(
        titel="Omgevingsdienst Drenthe: één opdracht van provincie en twaalf gemeenten",
        soort="praktijkverhaal",
        samenvatting=(
            "Sinds oktober 2024 geldt een nieuwe regeling voor de Omgevingsdienst Drenthe, de "
            "voormalige RUD Drenthe. Dit praktijkverhaal beschrijft hoe provincie en gemeenten "
            "samen opdrachtgever zijn voor vergunningverlening, toezicht en handhaving."
        ),
        inhoud=(
            "Met de invoering van de Omgevingswet in 2024 veranderde er veel voor de uitvoering "
            "van vergunningverlening, toezicht en handhaving. In Drenthe viel die verandering "
            "samen met een nieuwe gemeenschappelijke regeling voor de omgevingsdienst, die "
            "sindsdien niet meer als RUD Drenthe maar als Omgevingsdienst Drenthe door het leven "
            "gaat. Gedeputeerde Staten en de colleges van alle twaalf Drentse gemeenten nemen "
            "deel in een openbaar lichaam.\n\n"
            "Een omgevingsdienst is een van de weinige vormen van samenwerking die deels "
            "wettelijk verplicht is. Voor bepaalde milieutaken, het zogeheten basistakenpakket, "
            "moeten gemeenten en provincie een omgevingsdienst inschakelen. Daarnaast kunnen zij "
            "aanvullende taken inbrengen, zoals bouwtoezicht of advies over bodem en geluid. Die "
            "mix maakt de sturing ingewikkeld: elke deelnemer brengt een ander pakket in.\n\n"
            "Het antwoord daarop is gezamenlijk opdrachtgeverschap. De deelnemers stellen samen "
            "een uitvoeringsprogramma vast met de prioriteiten voor het komende jaar en bespreken "
            "periodiek de voortgang. Daarbij wordt onderscheid gemaakt tussen de rol van "
            "eigenaar, belegd in het algemeen bestuur, en die van opdrachtgever, die de inhoud "
            "van het werk bepaalt.\n\n"
            "Voor een provincie met veel landelijk gebied is een gezamenlijke dienst ook een "
            "kwestie van kwetsbaarheid. Specialistische kennis, bijvoorbeeld over complexe "
            "industriële installaties, zou in elke afzonderlijke gemeente op één of twee personen "
            "rusten. Door die kennis te bundelen kan de dienst continuïteit bieden, en ontstaat "
            "een team dat ook bij pieken in het werk kan blijven leveren."
        ),
        auteurs="W. Brouwer",
        uitgever="Samenwerkingsportaal",
        verschenen_op=date(2024, 11, 18),
        themas=("Opdrachtgeverschap", "Regionale samenwerking"),
        verbanden=("gemeenschappelijke-regeling-omgevingsdienst-drenthe",),
        gemeenten=("Assen", "Emmen", "Coevorden"),
        domeinen=("omgevingsdienst",),
    ),
    PublicatieSpec(
        titel="Utrechtse omgevingsdiensten gaan samen verder",
        soort="nieuws",
        samenvatting=(
            "De RUD Utrecht en de Omgevingsdienst regio Utrecht zijn samengegaan in één "
            "omgevingsdienst voor de hele provincie. De nieuwe gemeenschappelijke regeling is een "
            "gemengde regeling van de provincie en alle 26 Utrechtse gemeenten."
        ),
        inhoud=(
            "In de provincie Utrecht werken de provincie en alle 26 gemeenten voortaan samen in "
            "één omgevingsdienst. De nieuwe dienst is ontstaan uit de samenvoeging van RUD "
            "Utrecht en de Omgevingsdienst regio Utrecht, die tot nu toe elk een deel van de "
            "provincie bedienden.\n\n"
            "De nieuwe regeling is een gemengde regeling op grond van hoofdstuk V van de Wet "
            "gemeenschappelijke regelingen, omdat naast de colleges van de gemeenten ook "
            "Gedeputeerde Staten deelnemen. De dienst voert voor alle deelnemers taken uit in "
            "vergunningverlening, toezicht en handhaving in het omgevingsrecht.\n\n"
            "Met de samenvoeging verdwijnt een situatie waarin twee diensten naast elkaar werkten "
            "binnen dezelfde provincie. Voor bedrijven die in meerdere gemeenten actief zijn, "
            "betekent dat één aanspreekpunt, en voor de deelnemers één gesprekspartner bij het "
            "uitvoeringsprogramma. Tegelijk vraagt de grotere schaal aandacht voor de verbinding "
            "met de afzonderlijke gemeenten, die elk hun eigen lokale prioriteiten hebben.\n\n"
            "De fusie past in een bredere beweging waarin omgevingsdiensten worden versterkt en "
            "hun schaal opnieuw wordt bekeken. Ook elders in het land zijn diensten samengegaan, "
            "zoals in de regio's Arnhem en Nijmegen. De komende jaren zal blijken of de "
            "schaalvergroting leidt tot de beoogde verbetering van de kwaliteit. Zoals de Wgr "
            "voorschrijft, hoort bij de nieuwe regeling een afspraak over de manier waarop de "
            "samenwerking wordt geëvalueerd."
        ),
        auteurs="redactie Samenwerkingsportaal",
        uitgever="Samenwerkingsportaal",
        verschenen_op=date(2025, 2, 10),
        themas=("Regionale samenwerking", "Governance"),
        verbanden=("gemeenschappelijke-regeling-omgevingsdienst-utrecht",),
        gemeenten=("Utrecht", "Amersfoort"),
        domeinen=("omgevingsdienst",),
    ),
    PublicatieSpec(
        titel="Omgevingsdienst Groene Metropool van start",
        soort="nieuws",
        samenvatting=(
            "De omgevingsdiensten van de regio's Arnhem en Nijmegen zijn samengegaan in de "
            "Omgevingsdienst Groene Metropool. Zestien gemeenten en de provincie Gelderland "
            "werken daarin samen in een openbaar lichaam."
        ),
        inhoud=(
            "In Gelderland zijn de Omgevingsdienst Regio Arnhem en de Omgevingsdienst Regio "
            "Nijmegen opgegaan in één nieuwe organisatie: de Omgevingsdienst Groene Metropool. "
            "Zestien gemeenten in de regio's Arnhem en Nijmegen en de provincie Gelderland zijn "
            "deelnemer in de nieuwe gemeenschappelijke regeling, die de vorm heeft van een "
            "openbaar lichaam.\n\n"
            "De dienst werkt in een gebied met stedelijke kernen, rivierlandschap en de bossen "
            "van de Veluwezoom. Zij voert voor de deelnemers taken uit op het gebied van "
            "vergunningverlening, toezicht en handhaving in het omgevingsrecht, waaronder het "
            "wettelijk verplichte basistakenpakket. De deelnemers lopen uiteen van de steden "
            "Arnhem en Nijmegen tot kleine gemeenten als Rozendaal en Doesburg.\n\n"
            "Zoals bij elke nieuwe regeling sinds de wijziging van de Wgr in 2022, kregen de "
            "gemeenteraden acht weken om een zienswijze te geven op het ontwerp, waarna zij "
            "toestemming moesten verlenen. Zo konden de raden hun wensen voor de nieuwe dienst "
            "meegeven voordat de colleges de regeling troffen.\n\n"
            "Voor de deelnemers is de vraag nu hoe zij de grotere dienst gaan aansturen. "
            "Gezamenlijk opdrachtgeverschap ligt voor de hand: één uitvoeringsprogramma voor de "
            "hele regio, met ruimte voor lokale accenten. De komende periode moet blijken hoe de "
            "twee organisatieculturen samensmelten en of de fusie de beoogde robuustheid "
            "oplevert. Het Samenwerkingsportaal volgt de ontwikkeling en neemt de evaluatie op "
            "zodra die beschikbaar is."
        ),
        auteurs="redactie Samenwerkingsportaal",
        uitgever="Samenwerkingsportaal",
        verschenen_op=date(2025, 10, 2),
        themas=("Regionale samenwerking", "Opdrachtgeverschap"),
        verbanden=("gemeenschappelijke-regeling-omgevingsdienst-groene-metropool",),
        gemeenten=("Arnhem", "Nijmegen"),
        domeinen=("omgevingsdienst",),
    ),
    PublicatieSpec(
        titel="Van brede werkmaatschappij naar gedeelde ICT: Achtkarspelen en Tytsjerksteradiel",
        soort="praktijkverhaal",
        samenvatting=(
            "Jarenlang deelden Achtkarspelen en Tytsjerksteradiel hun ambtelijke organisatie in "
            "een werkmaatschappij. Per 2025 is die brede samenwerking beëindigd en blijft alleen "
            "de ICT gezamenlijk. Het praktijkverhaal beschrijft de juridische ombouw en de vragen "
            "die zo'n stap oproept."
        ),
        inhoud=(
            "De werkmaatschappij van Achtkarspelen en Tytsjerksteradiel gold lange tijd als "
            "voorbeeld van een Friese route tussen herindeling en volledige zelfstandigheid. Twee "
            "gemeenten met elk een eigen raad en college deelden één ambtelijke organisatie. Per "
            "1 januari 2025 is die brede samenwerking beëindigd. Wat overblijft, is een "
            "gezamenlijke ICT-voorziening.\n\n"
            "Juridisch vroeg dat om een ombouw. De werkmaatschappij was ingericht als openbaar "
            "lichaam, passend bij een organisatie die vrijwel alle ambtelijke taken voor twee "
            "gemeenten uitvoerde. Voor een samenwerking die zich beperkt tot ICT is dat een zware "
            "vorm. De regeling is daarom omgezet in een bedrijfsvoeringsorganisatie met één "
            "bestuur, die sinds eind januari 2025 geldt.\n\n"
            "Het beëindigen van een brede ambtelijke samenwerking is ingrijpend. Medewerkers "
            "moeten worden toegedeeld aan een van beide gemeenten, contracten en systemen worden "
            "gesplitst, en elke gemeente moet weer een eigen organisatie opbouwen met eigen "
            "leiding en bedrijfsvoering. Dat juist de ICT gezamenlijk blijft, is begrijpelijk: "
            "daar zijn systemen en infrastructuur het sterkst verweven en is ontvlechten het "
            "duurst.\n\n"
            "Voor andere gemeenten roept dit voorbeeld vragen op die bij de start van een "
            "samenwerking zelden worden gesteld. Hoe ziet een ontvlechting eruit als de "
            "deelnemers uit elkaar willen? Wie draagt de kosten van uittreding, en hoe worden "
            "personeel en vermogen verdeeld? Sinds de wijziging van de Wgr moeten regelingen "
            "bepalingen over uittreding en de gevolgen daarvan bevatten. Het voorbeeld laat zien "
            "waarom dat geen formaliteit is. Een samenwerking die goed regelt hoe zij kan "
            "eindigen, staat sterker zolang zij bestaat."
        ),
        auteurs="E. van der Meer",
        uitgever="Samenwerkingsportaal",
        verschenen_op=date(2025, 6, 16),
        themas=("Bedrijfsvoering", "Evaluatie en leren"),
        verbanden=("gemeenschappelijke-regeling-werkmaatschappij-8ktd",),
        gemeenten=("Achtkarspelen", "Tytsjerksteradiel"),
        domeinen=("ict", "bedrijfsvoering"),
    ),
    PublicatieSpec(
        titel="Van NV naar bedrijfsvoeringsorganisatie: de ICT van vier Oost-Groningse gemeenten",
        soort="praktijkverhaal",
        samenvatting=(
            "Oldambt, Pekela, Veendam en Westerwolde brengen hun gezamenlijke ICT onder in een "
            "publiekrechtelijke bedrijfsvoeringsorganisatie. Die vervangt de NV die sinds 2014 de "
            "ICT verzorgde. Een belangrijk motief is de betrokkenheid van de gemeenteraden."
        ),
        inhoud=(
            "Sinds 2014 verzorgde een naamloze vennootschap de ICT voor vier gemeenten in "
            "Oost-Groningen. In 2025 besloten Oldambt, Pekela, Veendam en Westerwolde die taak "
            "onder te brengen in een nieuwe gemeenschappelijke regeling: de "
            "bedrijfsvoeringsorganisatie RegIT. De NV verdwijnt daarmee.\n\n"
            "De keuze voor een vennootschap lag in 2014 voor de hand voor wie een bedrijfsmatige "
            "ICT-organisatie wilde. Een NV kan zelfstandig opereren, personeel in dienst nemen en "
            "contracten sluiten. De bedrijfsvoeringsorganisatie, die vergelijkbare mogelijkheden "
            "biedt binnen het publiekrecht, bestond toen nog niet; zij werd pas per 2015 in de "
            "Wet gemeenschappelijke regelingen opgenomen.\n\n"
            "In de nieuwe regeling geven de gemeenten aan dat de vennootschapsvorm te weinig "
            "recht deed aan de betrokkenheid van hun gemeenteraden. In een NV treden de colleges "
            "op als aandeelhouder, en de raad heeft weinig formele instrumenten. In een "
            "gemeenschappelijke regeling gelden de waarborgen van de Wgr, zoals de zienswijze van "
            "de raden op de begroting en de informatieplicht van het bestuur.\n\n"
            "De overstap laat zien dat de keuze voor een juridische vorm niet voor altijd is. Wat "
            "bij de oprichting logisch was, kan jaren later anders worden gewogen, zeker nu de "
            "wetgever de democratische legitimatie van samenwerking nadrukkelijker op de agenda "
            "heeft gezet. Voor medewerkers en gebruikers hoort de overgang zo min mogelijk "
            "merkbaar te zijn: de taken blijven dezelfde, alleen de juridische drager "
            "verandert.\n\n"
            "Gemeenten met een privaatrechtelijke samenwerkingsvorm kunnen dit voorbeeld "
            "gebruiken om hun eigen keuze opnieuw te bekijken. De vraag is dan niet alleen welke "
            "vorm het meest efficiënt is, maar ook welke vorm de raden voldoende zicht en invloed "
            "geeft."
        ),
        auteurs="redactie Samenwerkingsportaal",
        uitgever="Samenwerkingsportaal",
        verschenen_op=date(2025, 9, 8),
        themas=("Juridische vormen", "Democratische legitimiteit"),
        verbanden=("bedrijfsvoeringsorganisatie-ict-voorziening-regit", "grid-nv"),
        gemeenten=("Oldambt", "Pekela", "Veendam", "Westerwolde"),
        domeinen=("ict",),
    ),
    PublicatieSpec(
        titel="Westrom wordt lichter: sociale werkvoorziening tussen regeling en BV",
        soort="praktijkverhaal",
        samenvatting=(
            "De vier Midden-Limburgse gemeenten van Westrom hebben de uitvoering van de sociale "
            "werkvoorziening ondergebracht bij een BV. De gemeenschappelijke regeling zelf is "
            "omgezet in een bedrijfsvoeringsorganisatie. Het praktijkverhaal beschrijft deze "
            "combinatie van publiek- en privaatrecht."
        ),
        inhoud=(
            "Echt-Susteren, Leudal, Roerdalen en Roermond werken al lang samen in de sociale "
            "werkvoorziening, in de gemeenschappelijke regeling Westrom. In twee stappen is de "
            "opzet van die samenwerking veranderd.\n\n"
            "De eerste stap zetten de gemeenten per 1 januari 2025: het uitvoerende werk in de "
            "sociale werkvoorziening is ondergebracht bij Doon Roermond BV, een "
            "privaatrechtelijke vennootschap. De tweede stap volgde per 1 januari 2026: de "
            "regeling zelf is omgezet in een bedrijfsvoeringsorganisatie, door de deelnemers "
            "omschreven als een lichtere vorm van samenwerking.\n\n"
            "De combinatie van een publiekrechtelijke regeling en een privaatrechtelijke "
            "uitvoerder komt in de sociale werkvoorziening vaker voor. Sinds de invoering van de "
            "Participatiewet in 2015 is de Wet sociale werkvoorziening gesloten voor nieuwe "
            "instroom, zodat de groep medewerkers met een Wsw-dienstverband langzaam kleiner "
            "wordt. Tegelijk zoeken gemeenten naar manieren om mensen met een afstand tot de "
            "arbeidsmarkt naar werk te begeleiden, vaak samen met werkgevers. Een vennootschap "
            "biedt daarvoor flexibiliteit in de relatie met opdrachtgevers en klanten.\n\n"
            "Voor de gemeenteraden is het van belang te weten waar zij nog kunnen sturen. De "
            "gemeenten houden hun invloed via de regeling, die de verbinding vormt met de "
            "uitvoerder. Juist bij zo'n gelaagde constructie is heldere informatievoorziening "
            "nodig: wat besluit het bestuur van de regeling, wat de directie van de BV, en waar "
            "komt de raad in beeld?\n\n"
            "Het voorbeeld illustreert een bredere ontwikkeling. Gemeenten kiezen vaker voor "
            "vormen die passen bij het karakter van de taak, en zijn bereid die vormen aan te "
            "passen als de taak verandert."
        ),
        auteurs="H. Wijnands",
        uitgever="Samenwerkingsportaal",
        verschenen_op=date(2026, 1, 20),
        themas=("Juridische vormen", "Sociaal domein"),
        verbanden=("gemeenschappelijke-regeling-westrom", "doon-roermond-bv"),
        gemeenten=("Roermond", "Leudal", "Echt-Susteren", "Roerdalen"),
        domeinen=("sociale-werkvoorziening", "participatie"),
    ),
    PublicatieSpec(
        titel="Vertrouwen als werkkapitaal: lessen uit een ambtelijke fusie",
        soort="presentatie",
        samenvatting=(
            "Presentatie op een congres over intergemeentelijke samenwerking, over ambtelijke "
            "fusies zoals die van Barendrecht, Albrandswaard en Ridderkerk. Centraal staat de "
            "vraag hoe vertrouwen tussen zelfstandige gemeenten en hun gedeelde ambtelijke "
            "organisatie wordt opgebouwd en onderhouden."
        ),
        inhoud=(
            "Deze presentatie ging over een vorm van samenwerking die tussen herindeling en "
            "losse, taakgerichte samenwerking in zit: de ambtelijke fusie. Twee of meer gemeenten "
            "houden hun eigen raad, college en beleid, maar delen één ambtelijke organisatie. De "
            "BAR-organisatie van Barendrecht, Albrandswaard en Ridderkerk diende als voorbeeld, "
            "aangevuld met ervaringen uit andere regio's.\n\n"
            "De eerste les is dat een gedeelde organisatie meerdere opdrachtgevers heeft, elk met "
            "een eigen politieke kleur en eigen prioriteiten. Medewerkers moeten kunnen schakelen "
            "tussen colleges, en de directie moet voorkomen dat de ene gemeente zich "
            "achtergesteld voelt bij de andere. Openheid over de inzet van capaciteit per "
            "gemeente helpt om dat gevoel te voorkomen.\n\n"
            "De tweede les gaat over vertrouwen tussen bestuurders. In een ambtelijke fusie zijn "
            "bestuurders voor de uitvoering van hun beleid afhankelijk van een organisatie die "
            "zij delen met collega's uit andere gemeenten. Dat werkt alleen als zij erop "
            "vertrouwen dat de organisatie loyaal is aan alle deelnemers. Regelmatig informeel "
            "overleg tussen burgemeesters en gemeentesecretarissen blijkt daarbij vaak "
            "belangrijker dan formele afspraken.\n\n"
            "De derde les is dat vertrouwen onderhoud vraagt. Na verkiezingen komen nieuwe "
            "bestuurders die de afspraken niet zelf hebben gemaakt. Zij moeten worden meegenomen "
            "in de geschiedenis en de logica van de samenwerking. Een vast introductieprogramma "
            "voor nieuwe raadsleden en wethouders en een jaarlijkse gezamenlijke bijeenkomst "
            "helpen om het gedeelde verhaal levend te houden.\n\n"
            "De presentatie sloot af met de stelling dat vertrouwen het werkkapitaal van elke "
            "samenwerking is: het bouwt langzaam op, maar kan snel verdampen als er één keer iets "
            "misgaat."
        ),
        auteurs="A. Bakker",
        uitgever="Bureau Ruggespraak",
        verschenen_op=date(2024, 5, 23),
        themas=("Vertrouwen", "Leiderschap"),
        verbanden=("bar-organisatie",),
        gemeenten=("Albrandswaard", "Barendrecht", "Ridderkerk"),
        domeinen=("bedrijfsvoering",),
    ),
    PublicatieSpec(
        titel="Metropoolregio's en de democratische afstand",
        soort="artikel",
        samenvatting=(
            "Metropoolregio's nemen besluiten over vervoer en economie met grote gevolgen voor "
            "inwoners, maar staan ver af van de gemeenteraden. Dit artikel bespreekt hoe raden "
            "hun rol kunnen pakken, onder meer via een gemeenschappelijke adviescommissie."
        ),
        inhoud=(
            "De metropoolregio's rond Rotterdam en Den Haag en rond Eindhoven zijn voorbeelden "
            "van brede regionale samenwerking met veel deelnemers. In de Metropoolregio Rotterdam "
            "Den Haag werken 21 gemeenten samen aan het economisch vestigingsklimaat en, als "
            "vervoerregio, aan het openbaar vervoer. In Zuidoost-Brabant werken 21 gemeenten "
            "samen in de Metropoolregio Eindhoven, onder meer aan economie, mobiliteit en "
            "wonen.\n\n"
            "Zulke regio's beslissen over onderwerpen die inwoners direct raken, zoals het "
            "openbaar vervoer of de ontwikkeling van werklocaties. Toch staan zij ver af van de "
            "gemeenteraden. Een raadslid van een kleine gemeente vertegenwoordigt een fractie van "
            "de inwoners van de regio en heeft weinig zicht op wat er in de regionale gremia "
            "wordt besproken. De afstand wordt groter doordat de besluitvorming in meerdere lagen "
            "plaatsvindt: van ambtelijk voorportaal tot bestuurscommissie en algemeen bestuur.\n\n"
            "De wijziging van de Wet gemeenschappelijke regelingen biedt raden sinds 2022 een "
            "nieuw instrument: de gemeenschappelijke adviescommissie. Voor een metropoolregio "
            "ligt zo'n commissie voor de hand. Raadsleden uit alle deelnemende gemeenten kunnen "
            "daarin samen voorstellen bespreken, het bestuur adviseren en zienswijzen van de "
            "raden voorbereiden. Zo ontstaat een plek waar de regionale agenda politiek wordt "
            "besproken, zonder dat er een nieuwe bestuurslaag ontstaat.\n\n"
            "Het artikel waarschuwt voor te hoge verwachtingen. Een adviescommissie heeft geen "
            "eigen bevoegdheden, en haar invloed hangt af van de kwaliteit van haar adviezen en "
            "de bereidheid van het bestuur om daar iets mee te doen. Bovendien vraagt deelname "
            "tijd van raadsleden die al een volle agenda hebben. Toch kan zij de democratische "
            "afstand verkleinen, mits raden haar zien als aanvulling op hun eigen rol en niet als "
            "vervanging daarvan."
        ),
        auteurs="S. El Amrani, R. Jansen",
        uitgever="Samenwerkingsportaal",
        verschenen_op=date(2024, 10, 9),
        themas=("Democratische legitimiteit", "Regionale samenwerking"),
        verbanden=("metropoolregio-rotterdam-den-haag", "metropoolregio-eindhoven"),
        gemeenten=("Rotterdam", "'s-Gravenhage", "Eindhoven"),
        domeinen=("openbaar-vervoer", "economische-ontwikkeling"),
    ),
    PublicatieSpec(
        titel="Drie fasen van samenwerking: intentie, implementatie en evaluatie",
        soort="handreiking",
        samenvatting=(
            "Een samenvatting in eigen woorden van de fasering die de handreiking "
            "Intergemeentelijke samenwerking toegepast van BZK en VNG gebruikt. De fasen lopen "
            "van de eerste verkenning tot de keuze om door te gaan, te wijzigen of uit te "
            "treden."
        ),
        inhoud=(
            "Samenwerking tussen gemeenten is geen eenmalig besluit, maar een proces met een "
            "begin, een looptijd en soms een einde. De handreiking Intergemeentelijke "
            "samenwerking toegepast, die voor het ministerie van BZK en de VNG is opgesteld, "
            "beschrijft dat proces in drie fasen. Deze bijdrage vat de fasering in eigen woorden "
            "samen en vult haar aan met ervaringen uit de praktijk.\n\n"
            "De eerste fase is de intentionele fase. Gemeenten verkennen of samenwerking zinvol "
            "is, met wie en waarvoor. In deze fase worden het doel, de verwachte opbrengsten en "
            "de randvoorwaarden bepaald. Het is ook het moment om de gemeenteraden te betrekken, "
            "nu alles nog open ligt. Een gedegen verkenning voorkomt dat later onenigheid "
            "ontstaat over wat de samenwerking eigenlijk moest opleveren.\n\n"
            "De tweede fase is de implementatiefase. De samenwerking wordt juridisch vastgelegd, "
            "de organisatie wordt ingericht en de afspraken over sturing, financiering en "
            "informatie worden uitgewerkt. Hier vallen de keuzes over de juridische vorm en het "
            "bestuursmodel, en worden personeel en middelen overgedragen.\n\n"
            "De derde fase is de evaluatiefase. Deelnemers gaan periodiek na of de samenwerking "
            "doet wat zij moet doen en of de vorm nog past. De uitkomst kan zijn dat de "
            "samenwerking wordt voortgezet, dat zij wordt gewijzigd, of dat een deelnemer "
            "uittreedt of de regeling wordt opgeheven.\n\n"
            "Het nut van de fasering is dat zij duidelijk maakt dat evaluatie en een mogelijk "
            "einde vanaf het begin bij de samenwerking horen. Wie in de intentionele fase al "
            "nadenkt over de manier van evalueren en over de voorwaarden voor uittreding, maakt "
            "de samenwerking wendbaarder. Sinds de wijziging van de Wgr in 2022 is dat bovendien "
            "een wettelijke eis: elke regeling moet afspraken over evaluatie en uittreding "
            "bevatten."
        ),
        auteurs="redactie Samenwerkingsportaal",
        uitgever="Samenwerkingsportaal",
        verschenen_op=date(2024, 2, 12),
        themas=("Evaluatie en leren", "Governance"),
        externe_url=(
            "https://fdocuments.nl/document/intergemeentelijke-samenwerking-toegepast-de-andere-"
            "wet-die-een-wijziging-brengt.html"
        ),
    ),
    PublicatieSpec(
        titel="Drie jaar omgevingsdiensten: kwaliteit, sturing en schaal",
        soort="onderzoek",
        samenvatting=(
            "Enkele jaren na de vorming van een landelijk dekkend stelsel van omgevingsdiensten "
            "onderzoekt dit rapport hoe de diensten functioneren. Centraal staan de kwaliteit van "
            "de uitvoering, de sturing door gemeenten en provincie en de vraag of de schaal "
            "past."
        ),
        inhoud=(
            "Rond 2013 is in heel Nederland een stelsel van omgevingsdiensten ontstaan. Gemeenten "
            "en provincies brachten hun milieutaken, en soms ook bouw- en woningtoezicht, onder "
            "in regionale diensten. Het doel was de kwaliteit van vergunningverlening, toezicht "
            "en handhaving te verhogen, vooral bij risicovolle bedrijven. Met de Wet VTH, die in "
            "2016 in werking trad, is het stelsel wettelijk verankerd. Dit onderzoek maakt een "
            "eerste balans op.\n\n"
            "Op kwaliteit zijn de resultaten overwegend positief. De diensten hebben "
            "specialistische kennis gebundeld die in afzonderlijke gemeenten vaak ontbrak, en "
            "werken toe naar gezamenlijke kwaliteitscriteria. Wel verschilt het niveau per "
            "dienst, en niet elke dienst heeft al genoeg capaciteit om alle taken op het gewenste "
            "niveau uit te voeren.\n\n"
            "De sturing blijkt het lastigste punt. Deelnemers brengen verschillende "
            "takenpakketten in, waardoor de dienst met elke deelnemer afzonderlijke afspraken "
            "maakt. Dat leidt tot veel administratie en maakt het moeilijk om regionaal "
            "prioriteiten te stellen. Bovendien verwarren deelnemers soms hun rol als eigenaar, "
            "die de dienst financieel gezond wil houden, met hun rol als opdrachtgever, die "
            "vooral scherp wil inkopen.\n\n"
            "Over de schaal lopen de meningen uiteen. Sommige diensten zijn klein en daardoor "
            "kwetsbaar; andere beslaan een hele provincie en worden door gemeenten als ver weg "
            "ervaren. Het onderzoek beveelt aan de schaal niet als vaststaand te beschouwen, maar "
            "periodiek te bezien in samenhang met andere regionale indelingen.\n\n"
            "Verder bevelen de onderzoekers aan te werken met een gezamenlijk "
            "uitvoeringsprogramma en een vast overleg van opdrachtgevers, en de prestaties van de "
            "diensten op uniforme wijze te meten."
        ),
        auteurs="P. van Dijk, N. Yılmaz",
        uitgever="Onderzoeksgroep Lokaal Bestuur Oost",
        verschenen_op=date(2016, 10, 26),
        themas=("Opdrachtgeverschap", "Evaluatie en leren"),
        verbanden=("gemeenschappelijke-regeling-omgevingsdienst-midden-holland",),
        gemeenten=("Gouda", "Alphen aan den Rijn"),
        domeinen=("omgevingsdienst",),
    ),
    PublicatieSpec(
        titel="Stelselregie per provincie: een verkenning voor de nieuwe raadsperiode",
        soort="whitepaper",
        samenvatting=(
            "Conceptversie van een whitepaper die verkent hoe gemeenten na de raadsverkiezingen "
            "van 2026 samen kunnen werken aan overzicht in hun samenwerkingsverbanden. De tekst "
            "bouwt voort op eerdere publicaties over stelselregie en wordt nog aangevuld."
        ),
        inhoud=(
            "Na de gemeenteraadsverkiezingen van 2026 beginnen veel nieuwe raadsleden en "
            "wethouders aan hun eerste periode. Voor velen is het geheel aan "
            "samenwerkingsverbanden waarin hun gemeente deelneemt onbekend terrein. Deze "
            "whitepaper, die nog in concept is, verkent hoe de start van een nieuwe raadsperiode "
            "kan worden benut om stelselregie een impuls te geven.\n\n"
            "Het uitgangspunt is dat stelselregie op provinciale schaal meer kans maakt dan per "
            "afzonderlijke regio. Veel verbanden overschrijden de grenzen van de traditionele "
            "regio's, en provinciebrede samenwerking neemt toe, bijvoorbeeld bij "
            "omgevingsdiensten en in het sociaal domein. Een overzicht per provincie laat zien "
            "waar indelingen samenvallen en waar ze uiteenlopen.\n\n"
            "De whitepaper stelt drie vragen centraal die in eerdere publicaties over "
            "stelselregie al zijn uitgewerkt: op welke gebieden werken wij samen, op welke "
            "schaal, en wie stuurt op de samenhang? Nieuw is de nadruk op de laatste vraag. In de "
            "meeste regio's ontbreekt een duidelijke eigenaar van het geheel. De verkenning "
            "bespreekt wie die rol zou kunnen vervullen: een vaste kring van burgemeesters, de "
            "gemeentesecretarissen gezamenlijk, of een door de raden ingestelde "
            "adviescommissie.\n\n"
            "Leiderschap is daarbij de sleutel. Regie op het geheel vraagt bestuurders die verder "
            "willen kijken dan hun eigen portefeuille en hun eigen verband. In de definitieve "
            "versie wordt dit uitgewerkt met voorbeelden uit verschillende provincies.\n\n"
            "Opmerkingen op deze conceptversie zijn welkom bij de redactie. De definitieve versie "
            "verschijnt naar verwachting later dit jaar."
        ),
        auteurs="redactie Samenwerkingsportaal",
        uitgever="Samenwerkingsportaal",
        verschenen_op=date(2026, 9, 15),
        themas=("Stelselregie", "Leiderschap"),
        domeinen=("regionale-bestuurlijke-samenwerking",),
        status="concept",
    ),
    PublicatieSpec(
        titel="Werkconferentie voor nieuwe raadsleden: grip op regionale samenwerking",
        soort="presentatie",
        samenvatting=(
            "Conceptversie van de presentatie voor een werkconferentie met nieuwe raadsleden. De "
            "presentatie introduceert de belangrijkste samenwerkingsverbanden in de regio. Ook "
            "behandelt zij de instrumenten die raden sinds de gewijzigde Wgr hebben."
        ),
        inhoud=(
            "Deze presentatie is in voorbereiding voor een werkconferentie met raadsleden die na "
            "de verkiezingen van maart 2026 voor het eerst in de raad zitten. De conferentie is "
            "bedoeld voor een regio met elf gemeenten, die samen onder meer een veiligheidsregio "
            "en een GGD besturen.\n\n"
            "Het eerste deel geeft een overzicht. In hoeveel gemeenschappelijke regelingen neemt "
            "de gemeente deel, hoeveel geld gaat erin om en welke taken zijn overgedragen? Het "
            "register dat elke gemeente volgens artikel 27 van de Wgr moet bijhouden, dient als "
            "vertrekpunt. Raadsleden kiezen vooraf drie verbanden uit het register die zij beter "
            "willen leren kennen.\n\n"
            "Het tweede deel behandelt de instrumenten. Aan bod komen de zienswijze op de "
            "ontwerpbegroting en op wijzigingen van de regeling, de gemeenschappelijke "
            "adviescommissie, het recht op informatie en de mogelijkheid van een gezamenlijk "
            "onderzoek door de raden. Per instrument wordt besproken wanneer het effectief is en "
            "wat het van raadsleden vraagt.\n\n"
            "Het derde deel is interactief. In kleine groepen bespreken raadsleden een recente "
            "evaluatie van een regionaal verband. Wat valt hen op, welke aanbevelingen zouden zij "
            "willen volgen, en welke vragen zouden zij het college stellen?\n\n"
            "De presentatie wordt nog aangevuld met cijfers uit de regio en een korte inleiding "
            "door een griffier. Opmerkingen kunnen tot twee weken voor de conferentie worden "
            "doorgegeven aan de redactie."
        ),
        auteurs="redactie Samenwerkingsportaal",
        uitgever="Samenwerkingsportaal",
        verschenen_op=date(2026, 5, 28),
        themas=("Democratische legitimiteit", "Evaluatie en leren"),
        verbanden=("veiligheidsregio-ijsselland", "ggd-ijsselland"),
        gemeenten=("Zwolle", "Deventer"),
        domeinen=("brandweer-en-crisisbeheersing", "publieke-gezondheid"),
        status="concept",
    ),
    PublicatieSpec(
        titel="Vier jaar gewijzigde Wgr: hoe raden de nieuwe instrumenten gebruiken",
        soort="onderzoek",
        samenvatting=(
            "Concept van een onderzoek naar het gebruik van de instrumenten die de wijziging van "
            "de Wet gemeenschappelijke regelingen in 2022 aan gemeenteraden gaf. Het concept "
            "bevat de opzet en voorlopige uitkomsten van een enquête onder griffiers."
        ),
        inhoud=(
            "Sinds juli 2022 hebben gemeenteraden nieuwe instrumenten om invloed uit te oefenen "
            "op gemeenschappelijke regelingen. Bestaande regelingen moesten uiterlijk in juli "
            "2024 zijn aangepast. Dit onderzoek, waarvan hier een conceptversie ligt, gaat na in "
            "hoeverre raden de instrumenten gebruiken en wat dat oplevert.\n\n"
            "De opzet bestaat uit drie delen: een enquête onder griffiers, een analyse van een "
            "steekproef van aangepaste regelingen en verdiepende gesprekken in enkele regio's. In "
            "dit concept zijn alleen de eerste, voorlopige uitkomsten van de enquête opgenomen; "
            "de andere delen volgen.\n\n"
            "Voorlopig is het beeld gemengd. De zienswijze op ontwerpregelingen wordt breed "
            "gebruikt, vooral omdat veel regelingen rond 2024 toch moesten worden gewijzigd. "
            "Gemeenschappelijke adviescommissies zijn in een beperkt aantal regio's ingesteld, "
            "vooral bij grote regelingen met veel deelnemers. Het gezamenlijke onderzoeksrecht "
            "van de raden is, voor zover de respondenten weten, nauwelijks gebruikt.\n\n"
            "Griffiers noemen de beschikbare tijd van raadsleden als belangrijkste knelpunt. De "
            "instrumenten vragen voorbereiding en afstemming met andere raden, terwijl de agenda "
            "van de eigen raad al vol is. Ook wordt genoemd dat elke regeling haar eigen planning "
            "heeft, waardoor raden steeds op andere momenten worden gevraagd te reageren.\n\n"
            "De onderzoekers benadrukken dat deze uitkomsten voorlopig zijn. Het definitieve "
            "rapport gaat ook in op de afspraken over evaluatie die sinds de wetswijziging in "
            "elke regeling moeten staan, en op de vraag of die evaluaties ook werkelijk worden "
            "uitgevoerd."
        ),
        auteurs="F. Kuipers, T. Postma",
        uitgever="Onderzoeksgroep Lokaal Bestuur Oost",
        verschenen_op=date(2026, 10, 1),
        themas=("Democratische legitimiteit", "Evaluatie en leren"),
        domeinen=("regionale-bestuurlijke-samenwerking",),
        status="concept",
    ),
)
