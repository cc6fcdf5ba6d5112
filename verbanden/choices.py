"""The typology Dutch practice uses to describe a samenwerkingsverband, with Dutch labels."""

from django.db import models


class Taaktype(models.TextChoices):
    BELEID = "beleid", "Beleid"
    UITVOERING = "uitvoering", "Uitvoering"
    BEDRIJFSVOERING = "bedrijfsvoering", "Bedrijfsvoering"


class AantalTaken(models.TextChoices):
    EEN = "een", "Eén taak"
    MEERDERE = "meerdere", "Meerdere taken"
    ALLE = "alle", "Alle taken"


class Besturingsniveau(models.TextChoices):
    STRATEGISCH = "strategisch", "Strategisch"
    TACTISCH = "tactisch", "Tactisch"
    OPERATIONEEL = "operationeel", "Operationeel"


class Organisatievorm(models.TextChoices):
    NIEUWE_ORGANISATIE = "nieuw", "Nieuwe organisatie"
    BESTAANDE_ORGANISATIE = "bestaand", "Bestaande organisatie (bij een deelnemer)"


class Organisatiestructuur(models.TextChoices):
    CENTRAAL = "centraal", "Centraal"
    DECENTRAAL = "decentraal", "Decentraal"


class JuridischeCategorie(models.TextChoices):
    PUBLIEKRECHTELIJK = "publiekrechtelijk", "Publiekrechtelijk (Wgr)"
    PRIVAATRECHTELIJK = "privaatrechtelijk", "Privaatrechtelijk"
    INFORMEEL = "informeel", "Informeel"


class JuridischeVorm(models.TextChoices):
    # Publiekrechtelijk, Wet gemeenschappelijke regelingen
    OPENBAAR_LICHAAM = "openbaar_lichaam", "Openbaar lichaam"
    GEMEENSCHAPPELIJK_ORGAAN = "gemeenschappelijk_orgaan", "Gemeenschappelijk orgaan"
    BEDRIJFSVOERINGSORGANISATIE = "bedrijfsvoeringsorganisatie", "Bedrijfsvoeringsorganisatie"
    CENTRUMGEMEENTECONSTRUCTIE = "centrumgemeenteconstructie", "Centrumgemeenteconstructie"
    REGELING_ZONDER_MEER = "regeling_zonder_meer", "Regeling zonder meer"
    # Privaatrechtelijk
    STICHTING = "stichting", "Stichting"
    VERENIGING = "vereniging", "Vereniging"
    BV = "bv", "Besloten vennootschap (BV)"
    NV = "nv", "Naamloze vennootschap (NV)"
    COOPERATIE = "cooperatie", "Coöperatie"
    CONVENANT = "convenant", "Samenwerkingsovereenkomst of convenant"
    # Informeel
    NETWERK = "netwerk", "Netwerk"
    BESTUURLIJK_OVERLEG = "bestuurlijk_overleg", "Bestuurlijk overleg"

    @property
    def categorie(self) -> "JuridischeCategorie":
        return JURIDISCHE_CATEGORIE[self]

    @property
    def is_wgr(self) -> bool:
        return self.categorie == JuridischeCategorie.PUBLIEKRECHTELIJK


JURIDISCHE_CATEGORIE = {
    JuridischeVorm.OPENBAAR_LICHAAM: JuridischeCategorie.PUBLIEKRECHTELIJK,
    JuridischeVorm.GEMEENSCHAPPELIJK_ORGAAN: JuridischeCategorie.PUBLIEKRECHTELIJK,
    JuridischeVorm.BEDRIJFSVOERINGSORGANISATIE: JuridischeCategorie.PUBLIEKRECHTELIJK,
    JuridischeVorm.CENTRUMGEMEENTECONSTRUCTIE: JuridischeCategorie.PUBLIEKRECHTELIJK,
    JuridischeVorm.REGELING_ZONDER_MEER: JuridischeCategorie.PUBLIEKRECHTELIJK,
    JuridischeVorm.STICHTING: JuridischeCategorie.PRIVAATRECHTELIJK,
    JuridischeVorm.VERENIGING: JuridischeCategorie.PRIVAATRECHTELIJK,
    JuridischeVorm.BV: JuridischeCategorie.PRIVAATRECHTELIJK,
    JuridischeVorm.NV: JuridischeCategorie.PRIVAATRECHTELIJK,
    JuridischeVorm.COOPERATIE: JuridischeCategorie.PRIVAATRECHTELIJK,
    JuridischeVorm.CONVENANT: JuridischeCategorie.PRIVAATRECHTELIJK,
    JuridischeVorm.NETWERK: JuridischeCategorie.INFORMEEL,
    JuridischeVorm.BESTUURLIJK_OVERLEG: JuridischeCategorie.INFORMEEL,
}


def grouped_juridische_vormen() -> list[tuple[str, list[tuple[str, str]]]]:
    """Choices grouped per categorie, for <optgroup> in select widgets."""
    return [
        (categorie.label, [(v.value, v.label) for v in JuridischeVorm if v.categorie == categorie])
        for categorie in JuridischeCategorie
    ]


class Initiatief(models.TextChoices):
    VRIJWILLIG = "vrijwillig", "Vrijwillig"
    VERPLICHT = "verplicht", "Wettelijk verplicht"


class Fase(models.TextChoices):
    VERKENNING = "verkenning", "Verkenning"
    VOORBEREIDING = "voorbereiding", "Voorbereiding"
    IMPLEMENTATIE = "implementatie", "Implementatie"
    DOORONTWIKKELING = "doorontwikkeling", "Doorontwikkeling"
    BEEINDIGD = "beeindigd", "Beëindigd"


class Besturingsmodel(models.TextChoices):
    AB_DB = "ab_db", "Algemeen en dagelijks bestuur"
    ENKELVOUDIG_BESTUUR = "enkelvoudig_bestuur", "Enkelvoudig bestuur (bedrijfsvoeringsorganisatie)"
    EIGENAAR_OPDRACHTGEVER = "eigenaar_opdrachtgever", "Eigenaar, opdrachtgever en opdrachtnemer"
    CENTRUMGEMEENTE = "centrumgemeente", "Centrumgemeente"
    VENNOOTSCHAP = "vennootschap", "Aandeelhouders en raad van commissarissen"
    STICHTINGSBESTUUR = "stichtingsbestuur", "Stichtingsbestuur"
    BESTUURLIJK_OVERLEG = "bestuurlijk_overleg", "Bestuurlijk overleg"
    OVERIG = "overig", "Overig"


class Schaal(models.TextChoices):
    """Derived from the active deelnemers; never typed in (see ``VerbandQuerySet.with_schaal``)."""

    ONBEKEND = "onbekend", "Onbekend (geen deelnemers)"
    SUBREGIONAAL = "subregionaal", "Subregionaal"
    REGIONAAL = "regionaal", "Regionaal"
    PROVINCIAAL = "provinciaal", "Provinciaal"
    BOVENPROVINCIAAL = "bovenprovinciaal", "Bovenprovinciaal"


# Up to this many gemeenten within one provincie a verband counts as subregionaal.
SUBREGIONAAL_MAX_GEMEENTEN = 4


class Rol(models.TextChoices):
    DEELNEMER = "deelnemer", "Deelnemer"
    CENTRUMGEMEENTE = "centrumgemeente", "Centrumgemeente"
    GASTGEMEENTE = "gastgemeente", "Gastgemeente"
    PENVOERDER = "penvoerder", "Penvoerder"


class PartnerSoort(models.TextChoices):
    PROVINCIE = "provincie", "Provincie"
    WATERSCHAP = "waterschap", "Waterschap"
    RIJK = "rijk", "Rijk"
    PUBLIEK_OVERIG = "publiek_overig", "Andere publieke organisatie"
    PRIVAAT = "privaat", "Private partij"


class PartnerRol(models.TextChoices):
    DEELNEMER = "deelnemer", "Deelnemer"
    PENVOERDER = "penvoerder", "Penvoerder"
    OPDRACHTGEVER = "opdrachtgever", "Opdrachtgever"
    UITVOERDER = "uitvoerder", "Uitvoerder"
    ADVISEREND = "adviserend", "Adviserend"
