"""PostgreSQL: trigram indexes on folded names and abbreviations, for approximate name search."""

from django.db import migrations

from samenwerking.search.operations import trigram_index


class Migration(migrations.Migration):
    dependencies = [
        ("samenwerking", "0004_trigram_name_search"),
        ("verbanden", "0004_search_index"),
    ]

    operations = [
        trigram_index("verbanden_samenwerkingsverband", "naam"),
        trigram_index("verbanden_samenwerkingsverband", "afkorting"),
        trigram_index("verbanden_gemeente", "naam"),
    ]
