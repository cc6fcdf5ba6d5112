from django.db import models


class Soort(models.TextChoices):
    ONDERZOEK = "onderzoek", "Onderzoek"
    WHITEPAPER = "whitepaper", "Whitepaper"
    HANDREIKING = "handreiking", "Handreiking"
    ARTIKEL = "artikel", "Artikel"
    PRAKTIJKVERHAAL = "praktijkverhaal", "Interview of praktijkverhaal"
    PRESENTATIE = "presentatie", "Presentatie"
    NIEUWS = "nieuws", "Nieuws"


class Status(models.TextChoices):
    CONCEPT = "concept", "Concept"
    GEPUBLICEERD = "gepubliceerd", "Gepubliceerd"
