"""Realistic volume for the benchmark, written with bulk inserts.

Verbanden get names and descriptions like the demo's, five deelnemers of one provincie on
average, and domeinen; publicaties get sentences from the demo publicaties, thema's and links to
verbanden, gemeenten and domeinen. Everything is seeded, so two runs measure the same data.
"""

from __future__ import annotations

import datetime
import random
import re
from collections import defaultdict
from dataclasses import dataclass

from django.utils.text import slugify

from kennisbank import choices as kennisbank_choices
from kennisbank.models import Publicatie, Thema
from samenwerking.demo.publicaties import PUBLICATIES, THEMAS
from samenwerking.search.maintenance import index_missing
from verbanden import choices
from verbanden.models import Deelname, Domein, Gemeente, Samenwerkingsverband

SEED = 20261122
BATCH = 2_000
SOORTEN = ("Samenwerking", "Gemeenschappelijke regeling", "Regionaal netwerk", "Uitvoeringsdienst")


@dataclass(frozen=True)
class Volume:
    verbanden: int = 10_000
    deelnames: int = 50_000
    publicaties: int = 20_000


def load(volume: Volume, log=print) -> dict[str, int]:
    """Fill an empty database (gemeenten and domeinen already there) with ``volume``."""
    rng = random.Random(SEED)
    gemeenten = list(Gemeente.objects.current().select_related("provincie"))
    per_provincie: dict[int, list[Gemeente]] = defaultdict(list)
    for gemeente in gemeenten:
        per_provincie[gemeente.provincie_id].append(gemeente)
    domeinen = list(Domein.objects.all())

    log(f"  {volume.verbanden} samenwerkingsverbanden ...")
    verbanden = _verbanden(rng, volume.verbanden, domeinen)
    log(f"  {volume.deelnames} deelnames ...")
    _deelnames(rng, verbanden, volume.deelnames, list(per_provincie.values()))
    log(f"  {volume.publicaties} publicaties ...")
    _publicaties(rng, volume.publicaties, verbanden, gemeenten, domeinen)
    log("  zoekindex ...")
    for model in (Samenwerkingsverband, Gemeente, Publicatie):
        index_missing(model)
    return {
        "samenwerkingsverbanden": Samenwerkingsverband.objects.count(),
        "deelnames": Deelname.objects.count(),
        "publicaties": Publicatie.objects.count(),
    }


def _verbanden(rng, aantal: int, domeinen: list[Domein]) -> list[Samenwerkingsverband]:
    vormen = list(choices.JuridischeVorm.values)
    taaktypen = list(choices.Taaktype.values)
    fasen = list(choices.Fase.values)
    rows = []
    for i in range(aantal):
        domein = rng.choice(domeinen)
        naam = f"{rng.choice(SOORTEN)} {domein.naam} {i + 1:05d}"
        rows.append(
            Samenwerkingsverband(
                naam=naam,
                slug=slugify(naam),
                afkorting=f"SV{i + 1:05d}",
                omschrijving=(
                    f"Gemeenten werken samen aan {domein.naam.lower()}: gezamenlijke uitvoering, "
                    "afstemming van beleid en een gedeelde begroting."
                ),
                juridische_vorm=rng.choice(vormen),
                taaktype=rng.choice(taaktypen),
                fase=rng.choice(fasen),
                opgericht_op=datetime.date(rng.randint(1990, 2025), rng.randint(1, 12), 1),
            )
        )
    created = Samenwerkingsverband.objects.bulk_create(rows, batch_size=BATCH)
    through = Samenwerkingsverband.domeinen.through
    links = [
        through(samenwerkingsverband_id=v.pk, domein_id=d.pk)
        for v in created
        for d in rng.sample(domeinen, rng.randint(1, 3))
    ]
    through.objects.bulk_create(links, batch_size=BATCH)
    return created


def _deelnames(rng, verbanden, aantal: int, provincies: list[list[Gemeente]]) -> None:
    # The same number for every verband (rounded), from one provincie: one open row per gemeente.
    per_verband = max(1, round(aantal / len(verbanden)))
    rows = []
    for verband in verbanden:
        kandidaten = rng.choice([p for p in provincies if len(p) >= per_verband] or provincies)
        for gemeente in rng.sample(kandidaten, min(per_verband, len(kandidaten))):
            rows.append(
                Deelname(
                    verband=verband,
                    gemeente=gemeente,
                    rol=choices.Rol.DEELNEMER,
                    bijdrage=rng.randint(10, 5_000) * 100,
                )
            )
    Deelname.objects.bulk_create(rows, batch_size=BATCH)


def _publicaties(rng, aantal, verbanden, gemeenten, domeinen) -> None:
    themas = [
        Thema.objects.get_or_create(naam=spec.naam, defaults={"slug": slugify(spec.naam)})[0]
        for spec in THEMAS
    ]
    zinnen = [
        zin.strip()
        for spec in PUBLICATIES
        for zin in re.split(r"(?<=[.!?])\s+", f"{spec.samenvatting} {spec.inhoud}")
        if len(zin.split()) > 4
    ]
    titels = [spec.titel for spec in PUBLICATIES]
    soorten = list(kennisbank_choices.Soort.values)
    rows = []
    for i in range(aantal):
        titel = f"{rng.choice(titels)} ({i + 1})"
        rows.append(
            Publicatie(
                titel=titel,
                slug=slugify(titel)[:200],
                soort=rng.choice(soorten),
                samenvatting=" ".join(rng.sample(zinnen, 2)),
                inhoud="\n\n".join(" ".join(rng.sample(zinnen, 4)) for _ in range(3)),
                auteurs="redactie Samenwerkingsportaal",
                uitgever="Samenwerkingsportaal",
                verschenen_op=datetime.date(rng.randint(2005, 2026), rng.randint(1, 12), 1),
                status=kennisbank_choices.Status.GEPUBLICEERD
                if rng.random() > 0.05
                else kennisbank_choices.Status.CONCEPT,
            )
        )
    created = Publicatie.objects.bulk_create(rows, batch_size=BATCH)
    for relation, targets, field, most in (
        ("themas", themas, "thema_id", 3),
        ("verbanden", verbanden, "samenwerkingsverband_id", 2),
        ("gemeenten", gemeenten, "gemeente_id", 2),
        ("domeinen", domeinen, "domein_id", 2),
    ):
        through = getattr(Publicatie, relation).through
        links = [
            through(publicatie_id=p.pk, **{field: t.pk})
            for p in created
            for t in rng.sample(targets, rng.randint(0 if relation != "themas" else 1, most))
        ]
        through.objects.bulk_create(links, batch_size=BATCH)
