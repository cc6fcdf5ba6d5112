"""Benchmark: load realistic volume into a throwaway database and time the main pages.

Reports p50/p90/p95/p99 latency per page in milliseconds, the number of queries, and how many
times the framework floor (a view that does nothing, same middleware) each page takes. The
floor is measured in the same run, so results from different machines can be compared.
"""

from __future__ import annotations

import json
import time
import warnings

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import connection
from django.test import Client
from django.test.utils import override_settings

from kennisbank.models import Publicatie, Thema
from samenwerking.benchmark.data import Volume, load
from samenwerking.benchmark.measure import measure, table
from verbanden.models import Domein, Gemeente, Samenwerkingsverband


class Command(BaseCommand):
    help = (
        "Meet de snelheid van de belangrijkste pagina's bij realistische hoeveelheden "
        "(standaard 10.000 verbanden, 50.000 deelnames, 20.000 publicaties) in een tijdelijke "
        "database, met percentielen en een vloer (een lege view) uit dezelfde run."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument("--verbanden", type=int, default=10_000)
        parser.add_argument("--deelnames", type=int, default=50_000)
        parser.add_argument("--publicaties", type=int, default=20_000)
        parser.add_argument("--herhalingen", type=int, default=30, help="metingen per pagina")
        parser.add_argument("--json", dest="json_path", help="schrijf de uitkomsten ook als JSON")

    def handle(self, *args, **options) -> None:
        if min(options["verbanden"], options["deelnames"], options["publicaties"]) < 1:
            raise CommandError("Aantallen moeten minstens 1 zijn.")
        if options["herhalingen"] < 1:
            raise CommandError("--herhalingen moet minstens 1 zijn.")
        volume = Volume(options["verbanden"], options["deelnames"], options["publicaties"])
        original_name = connection.settings_dict["NAME"]
        self.stdout.write("Tijdelijke database aanmaken ...")
        connection.creation.create_test_db(verbosity=0, autoclobber=True, serialize=False)
        try:
            self.run(volume, options)
        finally:
            connection.creation.destroy_test_db(original_name, verbosity=0)

    def run(self, volume: Volume, options) -> None:
        started = time.perf_counter()
        call_command("import_gemeenten", stdout=open("/dev/null", "w"))
        counts = load(volume, log=self.stdout.write)
        self.stdout.write(
            f"Geladen in {time.perf_counter() - started:.0f} s: "
            + ", ".join(f"{n} {k}" for k, n in counts.items())
            + f" ({connection.vendor})."
        )
        # A verband from the middle, with its deelnemers and domeinen like any other.
        verband = Samenwerkingsverband.objects.order_by("pk")[counts["samenwerkingsverbanden"] // 2]
        gemeente = Gemeente.objects.current().order_by("-inwoners", "pk").first()
        publicatie = Publicatie.objects.public().order_by("pk").first()
        pages = [
            ("home", "/"),
            ("verbanden", "/verbanden/"),
            ("verbanden, gefilterd", f"/verbanden/?domein={Domein.objects.first().slug}"),
            ("verbanden, pagina 100", "/verbanden/?pagina=100"),
            ("verband", verband.get_absolute_url()),
            ("gemeenten", "/gemeenten/"),
            ("samenwerkingsprofiel", gemeente.get_absolute_url()),
            ("kennisbank", "/kennisbank/"),
            ("kennisbank, thema", f"/kennisbank/?thema={Thema.objects.first().slug}"),
            ("kennisbank, zoeken", "/kennisbank/?q=samenwerking"),
            ("kennisbank, zoeken + facet", "/kennisbank/?q=gemeenten+regio&soort=onderzoek"),
            ("publicatie", publicatie.get_absolute_url()),
            ("zoeken, alles", "/zoeken/?q=jeugd"),
            ("zoeken, naam met typfout", "/zoeken/?q=Groninegn"),
            ("atom-feed", "/kennisbank/feed/"),
            ("export: alle verbanden (CSV)", "/verbanden/?formaat=csv"),
            ("export: alle deelnames (CSV)", "/verbanden/?formaat=csv&rijen=deelnames"),
            ("export: verbanden gefilterd (XLSX)", "/verbanden/?formaat=xlsx&fase=verkenning"),
            ("register art. 27 Wgr", f"{gemeente.get_absolute_url()}register/"),
        ]
        repeats = options["herhalingen"]
        # WhiteNoise warns when collectstatic has not run; the benchmark does not need it.
        warnings.filterwarnings("ignore", message="No directory at", category=UserWarning)
        with override_settings(
            ROOT_URLCONF="samenwerking.benchmark.urls",
            ALLOWED_HOSTS=["testserver"],
            DEBUG=False,
            SECURE_SSL_REDIRECT=False,
            # As in production but without needing collectstatic first.
            STORAGES={
                **settings.STORAGES,
                "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
            },
        ):
            client = Client()
            floor = measure(client, "vloer (lege view)", "/__benchmark_floor__/", repeats)
            results = [measure(client, name, url, repeats) for name, url in pages]
        self.stdout.write(f"\nMilliseconden per verzoek, {repeats} metingen per pagina:\n")
        for line in table(results, floor):
            self.stdout.write(line)
        failed = [r for r in results if r.status != 200]
        if options["json_path"]:
            with open(options["json_path"], "w", encoding="utf-8") as handle:
                json.dump(
                    {
                        "database": connection.vendor,
                        "volume": counts,
                        "herhalingen": repeats,
                        "resultaten": [
                            {
                                "pagina": r.name,
                                "url": r.url,
                                "status": r.status,
                                "queries": r.queries,
                                "p50": r.p50,
                                "p90": r.percentile(90),
                                "p95": r.percentile(95),
                                "p99": r.percentile(99),
                            }
                            for r in [floor, *results]
                        ],
                    },
                    handle,
                    indent=2,
                )
        if failed:
            raise CommandError(
                "Niet elke pagina gaf 200: " + ", ".join(f"{r.name} ({r.status})" for r in failed)
            )
