"""Geography for generated verbanden: regions of neighbouring gemeenten, and rough sizes.

The gemeente list has no coordinates, so neighbourhood is written down here as familiar
regions (arbeidsmarkt-, veiligheids- and samenwerkingsregio's). Some cross a provincie border
on purpose, which gives bovenprovinciale verbanden.
"""

from __future__ import annotations

import random

# (regio, gemeenten by CBS name as of 2025)
REGIOS: tuple[tuple[str, tuple[str, ...]], ...] = (
    # Groningen
    ("Noord-Groningen", ("Eemsdelta", "Het Hogeland")),
    ("Centraal Groningen", ("Groningen", "Westerkwartier", "Midden-Groningen", "Het Hogeland")),
    ("Oost-Groningen", ("Oldambt", "Pekela", "Veendam", "Westerwolde", "Stadskanaal", "Midden-Groningen")),
    ("Groningen", ("Eemsdelta", "Groningen", "Het Hogeland", "Midden-Groningen", "Oldambt", "Pekela", "Stadskanaal", "Veendam", "Westerkwartier", "Westerwolde")),
    ("Veenkoloniën", ("Stadskanaal", "Veendam", "Pekela", "Borger-Odoorn", "Aa en Hunze", "Emmen")),
    # Fryslân
    ("Noordoost-Fryslân", ("Achtkarspelen", "Dantumadiel", "Noardeast-Fryslân", "Tytsjerksteradiel")),
    ("Noordwest-Fryslân", ("Harlingen", "Waadhoeke", "Leeuwarden", "Terschelling", "Vlieland")),
    ("Zuidoost-Fryslân", ("Heerenveen", "Ooststellingwerf", "Opsterland", "Smallingerland", "Weststellingwerf")),
    ("Zuidwest-Fryslân", ("De Fryske Marren", "Súdwest-Fryslân")),
    ("Waddeneilanden", ("Ameland", "Schiermonnikoog", "Terschelling", "Vlieland", "Texel")),
    ("Fryslân", ("Achtkarspelen", "Ameland", "Dantumadiel", "De Fryske Marren", "Harlingen", "Heerenveen", "Leeuwarden", "Noardeast-Fryslân", "Ooststellingwerf", "Opsterland", "Schiermonnikoog", "Smallingerland", "Súdwest-Fryslân", "Terschelling", "Tytsjerksteradiel", "Vlieland", "Waadhoeke", "Weststellingwerf")),
    # Drenthe
    ("Noord-Drenthe", ("Assen", "Aa en Hunze", "Noordenveld", "Tynaarlo")),
    ("Zuidoost-Drenthe", ("Emmen", "Coevorden", "Borger-Odoorn")),
    ("Zuidwest-Drenthe", ("Meppel", "De Wolden", "Westerveld", "Hoogeveen", "Midden-Drenthe")),
    ("Drenthe", ("Aa en Hunze", "Assen", "Borger-Odoorn", "Coevorden", "De Wolden", "Emmen", "Hoogeveen", "Meppel", "Midden-Drenthe", "Noordenveld", "Tynaarlo", "Westerveld")),
    ("Reestdal", ("Meppel", "De Wolden", "Staphorst", "Hoogeveen")),
    # Overijssel
    ("Twente", ("Almelo", "Borne", "Dinkelland", "Enschede", "Haaksbergen", "Hellendoorn", "Hengelo (O.)", "Hof van Twente", "Losser", "Oldenzaal", "Rijssen-Holten", "Tubbergen", "Twenterand", "Wierden")),
    ("Noordoost-Twente", ("Dinkelland", "Losser", "Oldenzaal", "Tubbergen")),
    ("Netwerkstad Twente", ("Almelo", "Borne", "Enschede", "Hengelo (O.)", "Oldenzaal")),
    ("Salland", ("Deventer", "Olst-Wijhe", "Raalte", "Dalfsen", "Ommen", "Hellendoorn")),
    ("Vechtdal", ("Hardenberg", "Ommen", "Dalfsen")),
    ("Kop van Overijssel", ("Steenwijkerland", "Zwartewaterland", "Staphorst", "Kampen")),
    ("Regio Zwolle", ("Zwolle", "Kampen", "Zwartewaterland", "Dalfsen", "Staphorst", "Hattem", "Heerde", "Oldebroek")),
    # Gelderland
    ("Achterhoek", ("Aalten", "Berkelland", "Bronckhorst", "Doetinchem", "Lochem", "Montferland", "Oost Gelre", "Oude IJsselstreek", "Winterswijk")),
    ("Stedendriehoek", ("Apeldoorn", "Deventer", "Zutphen", "Lochem", "Voorst", "Brummen", "Epe")),
    ("Noord-Veluwe", ("Elburg", "Ermelo", "Harderwijk", "Nunspeet", "Oldebroek", "Putten")),
    ("Foodvalley", ("Barneveld", "Ede", "Nijkerk", "Scherpenzeel", "Wageningen", "Renswoude", "Rhenen", "Veenendaal")),
    ("Rivierenland", ("Buren", "Culemborg", "Maasdriel", "Neder-Betuwe", "Tiel", "West Betuwe", "West Maas en Waal", "Zaltbommel")),
    ("Rijk van Nijmegen", ("Berg en Dal", "Beuningen", "Druten", "Heumen", "Nijmegen", "Wijchen", "Mook en Middelaar")),
    ("Arnhem-Rijn-IJssel", ("Arnhem", "Doesburg", "Duiven", "Lingewaard", "Overbetuwe", "Renkum", "Rheden", "Rozendaal", "Westervoort", "Zevenaar")),
    ("De Liemers", ("Duiven", "Westervoort", "Zevenaar")),
    ("Oost-Veluwe", ("Apeldoorn", "Epe", "Heerde", "Hattem", "Voorst")),
    # Utrecht
    ("Amersfoort e.o.", ("Amersfoort", "Baarn", "Bunschoten", "Leusden", "Soest", "Woudenberg", "Eemnes")),
    ("Utrecht-West", ("Woerden", "Oudewater", "Montfoort", "IJsselstein", "Lopik", "De Ronde Venen", "Stichtse Vecht")),
    ("Kromme Rijn Heuvelrug", ("Bunnik", "De Bilt", "Utrechtse Heuvelrug", "Wijk bij Duurstede", "Zeist", "Houten")),
    ("Lekstroom", ("Houten", "IJsselstein", "Lopik", "Nieuwegein", "Vijfheerenlanden")),
    ("Utrecht-Oost", ("Rhenen", "Veenendaal", "Renswoude", "Woudenberg")),
    # Noord-Holland
    ("West-Friesland", ("Drechterland", "Enkhuizen", "Hoorn", "Koggenland", "Medemblik", "Opmeer", "Stede Broec")),
    ("Kop van Noord-Holland", ("Den Helder", "Hollands Kroon", "Schagen", "Texel")),
    ("Regio Alkmaar", ("Alkmaar", "Bergen (NH.)", "Castricum", "Dijk en Waard", "Heiloo", "Uitgeest")),
    ("Zaanstreek-Waterland", ("Zaanstad", "Purmerend", "Edam-Volendam", "Landsmeer", "Oostzaan", "Waterland", "Wormerland")),
    ("IJmond", ("Beverwijk", "Heemskerk", "Velsen")),
    ("Zuid-Kennemerland", ("Haarlem", "Bloemendaal", "Heemstede", "Zandvoort")),
    ("Amstelland-Meerlanden", ("Aalsmeer", "Amstelveen", "Diemen", "Haarlemmermeer", "Ouder-Amstel", "Uithoorn")),
    ("Gooi en Vechtstreek", ("Blaricum", "Gooise Meren", "Hilversum", "Huizen", "Laren (NH.)", "Wijdemeren", "Eemnes")),
    ("Amsterdam e.o.", ("Amsterdam", "Diemen", "Ouder-Amstel", "Amstelveen", "Landsmeer")),
    # Zuid-Holland
    ("Drechtsteden", ("Alblasserdam", "Dordrecht", "Hardinxveld-Giessendam", "Hendrik-Ido-Ambacht", "Papendrecht", "Sliedrecht", "Zwijndrecht")),
    ("Alblasserwaard-Vijfheerenlanden", ("Gorinchem", "Molenlanden", "Hardinxveld-Giessendam", "Vijfheerenlanden")),
    ("Voorne-Putten", ("Nissewaard", "Voorne aan Zee")),
    ("Zuid-Hollandse Eilanden", ("Goeree-Overflakkee", "Hoeksche Waard", "Nissewaard", "Voorne aan Zee")),
    ("Ridderkerk-IJsselmonde", ("Albrandswaard", "Barendrecht", "Ridderkerk")),
    ("Waterweg", ("Maassluis", "Schiedam", "Vlaardingen")),
    ("Haaglanden", ("'s-Gravenhage", "Delft", "Leidschendam-Voorburg", "Midden-Delfland", "Pijnacker-Nootdorp", "Rijswijk (ZH.)", "Wassenaar", "Westland", "Zoetermeer")),
    ("Holland Rijnland", ("Alphen aan den Rijn", "Hillegom", "Kaag en Braassem", "Katwijk", "Leiden", "Leiderdorp", "Lisse", "Nieuwkoop", "Noordwijk", "Oegstgeest", "Teylingen", "Voorschoten", "Zoeterwoude")),
    ("Duin- en Bollenstreek", ("Hillegom", "Lisse", "Noordwijk", "Teylingen")),
    ("Midden-Holland", ("Bodegraven-Reeuwijk", "Gouda", "Krimpenerwaard", "Waddinxveen", "Zuidplas")),
    ("Hollandse IJssel", ("Capelle aan den IJssel", "Krimpen aan den IJssel", "Zuidplas", "Lansingerland")),
    # Zeeland
    ("Walcheren", ("Middelburg (Z.)", "Veere", "Vlissingen")),
    ("Zeeuws-Vlaanderen", ("Hulst", "Sluis", "Terneuzen")),
    ("De Bevelanden", ("Goes", "Kapelle", "Noord-Beveland", "Reimerswaal", "Borsele")),
    ("Oosterschelderegio", ("Goes", "Kapelle", "Noord-Beveland", "Reimerswaal", "Schouwen-Duiveland", "Tholen")),
    ("Zeeland", ("Borsele", "Goes", "Hulst", "Kapelle", "Middelburg (Z.)", "Noord-Beveland", "Reimerswaal", "Schouwen-Duiveland", "Sluis", "Terneuzen", "Tholen", "Veere", "Vlissingen")),
    # Noord-Brabant
    ("West-Brabant", ("Bergen op Zoom", "Breda", "Drimmelen", "Etten-Leur", "Geertruidenberg", "Halderberge", "Moerdijk", "Oosterhout", "Roosendaal", "Rucphen", "Steenbergen", "Woensdrecht", "Zundert", "Alphen-Chaam", "Baarle-Nassau", "Tholen")),
    ("Brabantse Wal", ("Bergen op Zoom", "Steenbergen", "Woensdrecht", "Tholen")),
    ("Baronie", ("Breda", "Alphen-Chaam", "Baarle-Nassau", "Zundert", "Etten-Leur", "Drimmelen")),
    ("Hart van Brabant", ("Tilburg", "Dongen", "Gilze en Rijen", "Goirle", "Hilvarenbeek", "Loon op Zand", "Oisterwijk", "Waalwijk", "Heusden")),
    ("Langstraat", ("Waalwijk", "Heusden", "Loon op Zand")),
    ("Noordoost-Brabant", ("'s-Hertogenbosch", "Bernheze", "Boxtel", "Meierijstad", "Oss", "Sint-Michielsgestel", "Vught", "Maashorst", "Boekel", "Land van Cuijk")),
    ("Land van Cuijk en Maashorst", ("Land van Cuijk", "Maashorst", "Boekel")),
    ("De Kempen", ("Bergeijk", "Bladel", "Eersel", "Oirschot", "Reusel-De Mierden")),
    ("De Peel", ("Asten", "Deurne", "Gemert-Bakel", "Helmond", "Laarbeek", "Someren", "Geldrop-Mierlo")),
    ("Stedelijk Gebied Eindhoven", ("Eindhoven", "Best", "Nuenen, Gerwen en Nederwetten", "Son en Breugel", "Veldhoven", "Waalre", "Geldrop-Mierlo")),
    ("A2-gemeenten", ("Cranendonck", "Heeze-Leende", "Valkenswaard")),
    ("Land van Heusden en Altena", ("Altena", "Heusden", "Gorinchem")),
    # Limburg
    ("Noord-Limburg", ("Beesel", "Bergen (L.)", "Gennep", "Horst aan de Maas", "Mook en Middelaar", "Peel en Maas", "Venlo", "Venray")),
    ("Midden-Limburg", ("Echt-Susteren", "Leudal", "Maasgouw", "Nederweert", "Roerdalen", "Roermond", "Weert")),
    ("Westelijke Mijnstreek", ("Beek (L.)", "Sittard-Geleen", "Stein (L.)")),
    ("Parkstad Limburg", ("Beekdaelen", "Brunssum", "Heerlen", "Kerkrade", "Landgraaf", "Simpelveld", "Voerendaal")),
    ("Maastricht-Heuvelland", ("Eijsden-Margraten", "Gulpen-Wittem", "Maastricht", "Meerssen", "Vaals", "Valkenburg aan de Geul")),
    ("Maasland", ("Gennep", "Mook en Middelaar", "Land van Cuijk", "Heumen")),
    # Flevoland
    ("Flevoland", ("Almere", "Dronten", "Lelystad", "Noordoostpolder", "Urk", "Zeewolde")),
    ("Noordoostpolder-Urk", ("Noordoostpolder", "Urk")),
    ("Midden-Flevoland", ("Almere", "Lelystad", "Zeewolde", "Dronten")),
)  # fmt: skip

# Gemeenten formed in a herindeling since 2012, with the year they started. A verband cannot
# have had them as members before; older verbanden get them as toegetreden in that year.
GEVORMD_IN: dict[str, int] = {
    "Hollands Kroon": 2012, "Goeree-Overflakkee": 2013, "Krimpenerwaard": 2015,
    "Nissewaard": 2015, "Berg en Dal": 2015, "De Fryske Marren": 2014, "Gooise Meren": 2016,
    "Meierijstad": 2017, "Westerwolde": 2018, "Midden-Groningen": 2018, "Waadhoeke": 2018,
    "Het Hogeland": 2019, "Westerkwartier": 2019, "Noardeast-Fryslân": 2019,
    "West Betuwe": 2019, "Vijfheerenlanden": 2019, "Hoeksche Waard": 2019, "Altena": 2019,
    "Beekdaelen": 2019, "Molenlanden": 2019, "Eemsdelta": 2021, "Dijk en Waard": 2022,
    "Land van Cuijk": 2022, "Maashorst": 2022, "Voorne aan Zee": 2023,
}  # fmt: skip

# Rough inhabitants (thousands) for the larger and the very small gemeenten; the rest get a
# stable guess. Only used to scale bijdragen, so precision does not matter.
INWONERS_DUIZENDEN: dict[str, float] = {
    "Amsterdam": 930, "Rotterdam": 670, "'s-Gravenhage": 565, "Utrecht": 375,
    "Eindhoven": 245, "Groningen": 243, "Tilburg": 227, "Almere": 226, "Breda": 188,
    "Nijmegen": 183, "Apeldoorn": 167, "Arnhem": 166, "Haarlem": 165, "Haarlemmermeer": 161,
    "Enschede": 161, "Amersfoort": 160, "'s-Hertogenbosch": 160, "Zaanstad": 159,
    "Zwolle": 133, "Leiden": 127, "Zoetermeer": 126, "Leeuwarden": 126, "Ede": 122,
    "Maastricht": 122, "Dordrecht": 121, "Alphen aan den Rijn": 115, "Westland": 113,
    "Alkmaar": 111, "Emmen": 108, "Delft": 106, "Venlo": 102, "Deventer": 102, "Oss": 95,
    "Helmond": 94, "Purmerend": 93, "Hilversum": 93, "Súdwest-Fryslân": 92,
    "Land van Cuijk": 92, "Amstelveen": 92, "Sittard-Geleen": 91, "Dijk en Waard": 90,
    "Hoeksche Waard": 89, "Heerlen": 87, "Nissewaard": 85, "Meierijstad": 83,
    "Hengelo (O.)": 82, "Lelystad": 81, "Schiedam": 80, "Roosendaal": 78,
    "Leidschendam-Voorburg": 78, "Vlaardingen": 75, "Gouda": 74, "Hoorn": 74, "Almelo": 74,
    "Voorne aan Zee": 71, "Assen": 69, "Capelle aan den IJssel": 68, "Veenendaal": 68,
    "Bergen op Zoom": 68, "Katwijk": 67, "Zeist": 66, "Nieuwegein": 65, "Stichtse Vecht": 65,
    "Westerkwartier": 65, "Lansingerland": 64, "Hardenberg": 62, "Midden-Groningen": 61,
    "Barneveld": 61, "Maashorst": 60, "Gooise Meren": 60, "Vijfheerenlanden": 59,
    "Roermond": 59, "Doetinchem": 59, "Pijnacker-Nootdorp": 58, "Rijswijk (ZH.)": 57,
    "Oosterhout": 57, "Den Helder": 56, "Smallingerland": 56, "Kampen": 55, "Terneuzen": 55,
    "Woerden": 53, "Heerenveen": 52, "Weert": 51,
    # the small ones
    "Schiermonnikoog": 1, "Vlieland": 1.2, "Rozendaal": 1.7, "Ameland": 3.8,
    "Terschelling": 4.9, "Renswoude": 5.8, "Eemnes": 9.4, "Oudewater": 10.4,
    "Laren (NH.)": 11.2, "Blaricum": 12, "Pekela": 12, "Texel": 13.8, "Noord-Beveland": 7.7,
    "Mook en Middelaar": 7.9, "Vaals": 9.8, "Simpelveld": 10.6, "Scherpenzeel": 10.3,
    "Baarle-Nassau": 7, "Reusel-De Mierden": 13.6, "Bergen (L.)": 13, "Urk": 22,
}  # fmt: skip


def inwoners_schatting(naam: str, inwoners: int | None = None) -> int:
    """Inhabitants of a gemeente: the registered number, a known rough figure or a stable guess."""
    if inwoners:
        return inwoners
    if naam in INWONERS_DUIZENDEN:
        return int(INWONERS_DUIZENDEN[naam] * 1000)
    # Seeded by the name, so the guess is the same on every run and every database.
    return random.Random(f"inwoners:{naam}").randint(14, 48) * 1000
