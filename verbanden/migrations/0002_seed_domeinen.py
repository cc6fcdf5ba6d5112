"""Seed the managed domein list: BBV main taakvelden 0-8 plus the tags common in practice.

Beheerders can add and rename domeinen afterwards; the reverse removes only unused seeds.
"""

from django.db import migrations
from django.utils.text import slugify

# (taakveld, naam, [subdomeinen])
DOMEINEN = [
    ("0", "Bestuur en ondersteuning", [
        "Bedrijfsvoering", "ICT", "Belastingen en WOZ", "Archief", "Regionale bestuurlijke samenwerking",
    ]),
    ("1", "Veiligheid", ["Brandweer en crisisbeheersing", "Openbare orde en veiligheid"]),
    ("2", "Verkeer, vervoer en waterstaat", ["Openbaar vervoer", "Openbare verlichting"]),
    ("3", "Economie", ["Bedrijventerreinen", "Economische ontwikkeling"]),
    ("4", "Onderwijs", ["Leerplicht en RMC", "Onderwijshuisvesting"]),
    ("5", "Sport, cultuur en recreatie", ["Recreatie en natuur", "Cultuur en muziekonderwijs"]),
    ("6", "Sociaal domein", [
        "Jeugd", "Wmo", "Participatie", "Sociale werkvoorziening", "Inkomen en schuldhulp",
    ]),
    ("7", "Volksgezondheid en milieu", [
        "Publieke gezondheid", "Omgevingsdienst", "Afval", "Begraafplaatsen en crematoria",
    ]),
    ("8", "Volkshuisvesting en ruimtelijke ordening", ["Wonen", "Ruimtelijke ordening"]),
]


def seed(apps, schema_editor):
    Domein = apps.get_model("verbanden", "Domein")
    for volgorde, (taakveld, naam, subdomeinen) in enumerate(DOMEINEN):
        hoofd, _ = Domein.objects.get_or_create(
            slug=slugify(naam),
            defaults={"naam": naam, "taakveld": taakveld, "volgorde": volgorde * 10},
        )
        for subvolgorde, subnaam in enumerate(subdomeinen, start=1):
            Domein.objects.get_or_create(
                slug=slugify(subnaam),
                defaults={
                    "naam": subnaam,
                    "taakveld": taakveld,
                    "hoofddomein": hoofd,
                    "volgorde": volgorde * 10 + subvolgorde,
                },
            )


def unseed(apps, schema_editor):
    Domein = apps.get_model("verbanden", "Domein")
    subs = [slugify(n) for _, _, subdomeinen in DOMEINEN for n in subdomeinen]
    hoofden = [slugify(naam) for _, naam, _ in DOMEINEN]
    Domein.objects.filter(slug__in=subs, verbanden__isnull=True).delete()
    Domein.objects.filter(slug__in=hoofden, verbanden__isnull=True, subdomeinen__isnull=True).delete()


class Migration(migrations.Migration):
    dependencies = [("verbanden", "0001_registry")]
    operations = [migrations.RunPython(seed, unseed)]
