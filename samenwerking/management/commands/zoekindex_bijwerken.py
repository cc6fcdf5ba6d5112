"""Rebuild the search index of every searchable model (after a change in what is indexed)."""

from __future__ import annotations

from django.core.management.base import BaseCommand
from django.db import transaction

from samenwerking.search.maintenance import rebuild_all


class Command(BaseCommand):
    help = (
        "Bouwt de zoekindex opnieuw op voor verbanden, gemeenten, evaluaties en publicaties. "
        "Nodig na een wijziging in wat er geïndexeerd wordt; gewone wijzigingen werken de index "
        "zelf bij."
    )

    def handle(self, *args, **options) -> None:
        with transaction.atomic():
            counts = rebuild_all()
        for name, count in counts.items():
            self.stdout.write(f"{name}: {count}")
        self.stdout.write(self.style.SUCCESS("Zoekindex bijgewerkt."))
