"""The five randvoorwaarden for effective intergemeentelijke samenwerking as the first criteria."""

from django.db import migrations

RANDVOORWAARDEN = [
    (
        "Gezamenlijk doel en visie",
        "Een concreet gezamenlijk doel en een gedeelde visie, stap voor stap ontwikkeld.",
    ),
    (
        "Heldere verantwoordelijkheden",
        "Afspraken over wie waarvoor verantwoordelijk is: opdrachtgever, eigenaar, uitvoerder.",
    ),
    (
        "Boven het eigen belang uitstijgen",
        "Deelnemers stijgen boven het eigen (gemeentelijk) belang uit voor het gezamenlijke resultaat.",
    ),
    (
        "Vertrouwen en elkaar aanspreken",
        "Deelnemers vertrouwen elkaar en durven elkaar aan te spreken op afspraken en gedrag.",
    ),
    (
        "Transparantie en terugkoppeling",
        "Transparantie en regelmatige terugkoppeling over de voortgang, ook aan de gemeenteraden.",
    ),
]


def seed(apps, schema_editor):
    Criterium = apps.get_model("evaluaties", "Criterium")
    for volgorde, (naam, omschrijving) in enumerate(RANDVOORWAARDEN, start=1):
        Criterium.objects.get_or_create(
            naam=naam, defaults={"omschrijving": omschrijving, "volgorde": volgorde * 10}
        )


def unseed(apps, schema_editor):
    Criterium = apps.get_model("evaluaties", "Criterium")
    Criterium.objects.filter(
        naam__in=[naam for naam, _ in RANDVOORWAARDEN], beoordelingen__isnull=True
    ).delete()


class Migration(migrations.Migration):
    dependencies = [("evaluaties", "0001_evaluaties")]
    operations = [migrations.RunPython(seed, unseed)]
