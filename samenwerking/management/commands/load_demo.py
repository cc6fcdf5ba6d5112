"""Load demo data: real and fictitious samenwerkingsverbanden and, in development, demo users."""

from __future__ import annotations

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import transaction

from samenwerking.demo.evaluaties import sync_evaluaties
from samenwerking.demo.generated import generate
from samenwerking.demo.kennisbank import sync_kennisbank
from samenwerking.demo.loader import Loader
from samenwerking.demo.real import REAL
from samenwerking.demo.tally import Tally
from samenwerking.demo.users import sync_groups, sync_users, users_table
from verbanden.models import Gemeente

# Enough for the list's filters and several pages of pagination.
TOTAAL_VERBANDEN = 300


class Command(BaseCommand):
    help = (
        "Laadt demodata: echte en fictieve samenwerkingsverbanden met deelnemers, evaluaties "
        "van echte verbanden, publicaties in de kennisbank, en in ontwikkeling demogebruikers "
        "per rol. Idempotent: een "
        "tweede keer verandert niets."
    )

    def handle(self, *args, **options) -> None:
        verbose = options["verbosity"] >= 2
        tally = Tally()
        users_allowed = getattr(settings, "DEMO_USERS_ALLOWED", False)
        with transaction.atomic():
            if Gemeente.objects.current().count() == 0:
                self.stdout.write("Er zijn nog geen gemeenten; die worden eerst geïmporteerd.")
                call_command("import_gemeenten", stdout=self.stdout, stderr=self.stderr)
            users = sync_users(tally, sync_groups(tally)) if users_allowed else None
            real = list(REAL)
            fictief = generate(TOTAAL_VERBANDEN - len(real), {spec.slug for spec in real})
            loader = Loader(tally, users, log=self.stdout.write if verbose else lambda _: None)
            loader.check(real + fictief)
            loader.sync_all(real + fictief)
            sync_evaluaties(tally, users, log=loader.log)
            sync_kennisbank(tally, users, log=loader.log)

        self.stdout.write(
            f"Demodata: {len(real)} echte en {len(fictief)} fictieve samenwerkingsverbanden."
        )
        for line in tally.lines():
            self.stdout.write(line)
        if tally.changes:
            self.stdout.write(self.style.SUCCESS(f"{tally.changes} wijziging(en) doorgevoerd."))
        else:
            self.stdout.write(self.style.SUCCESS("Niets gewijzigd: de demodata waren al actueel."))

        if users_allowed:
            self.stdout.write("\nDemogebruikers (alleen voor ontwikkeling en test):")
            for line in users_table():
                self.stdout.write(f"  {line}")
        else:
            self.stdout.write(
                "Demogebruikers overgeslagen: DEMO_USERS_ALLOWED staat niet aan in deze settings."
            )
