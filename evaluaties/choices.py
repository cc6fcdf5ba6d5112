"""Choices of the evaluaties app, with Dutch labels."""

from django.db import models


class Soort(models.TextChoices):
    ZELFEVALUATIE = "zelfevaluatie", "Zelfevaluatie"
    EXTERN_ONDERZOEK = "extern_onderzoek", "Extern onderzoek"
    REKENKAMERONDERZOEK = "rekenkameronderzoek", "Rekenkameronderzoek"
    VOLGENS_REGELING = "volgens_regeling", "Evaluatie volgens de regeling"


class Status(models.TextChoices):
    CONCEPT = "concept", "Concept"
    DEFINITIEF = "definitief", "Definitief"


class BevindingSoort(models.TextChoices):
    GLANS = "glans", "Glans (wat goed gaat)"
    SCHUUR = "schuur", "Schuur (wat wringt)"


class Aspect(models.TextChoices):
    ORGANISATIE = "organisatie", "Organisatie"
    BESLUITVORMING = "besluitvorming", "Besluitvorming"
    FINANCIEN = "financien", "Financiën"
    VOLWASSENHEID = "volwassenheid", "Volwassenheid"
    TEMPO = "tempo", "Tempo"
    CULTUUR = "cultuur", "Cultuur"
    SAMENWERKING = "samenwerking", "Samenwerking tussen deelnemers"
    OVERIG = "overig", "Overig"


class Prioriteit(models.TextChoices):
    HOOG = "hoog", "Hoog"
    MIDDEL = "middel", "Middel"
    LAAG = "laag", "Laag"


class AanbevelingStatus(models.TextChoices):
    OPEN = "open", "Open"
    IN_UITVOERING = "in_uitvoering", "In uitvoering"
    AFGEROND = "afgerond", "Afgerond"


SCORE_LABELS = {
    1: "1 — zeer onvoldoende",
    2: "2 — onvoldoende",
    3: "3 — voldoende",
    4: "4 — goed",
    5: "5 — zeer goed",
}
