"""Write the demo themas and publicaties idempotently; a publicatie is keyed by its titel.

As elsewhere in the demo data, rows the specs do not mention are left alone, and links a spec
does not name are not removed (someone may have added them by hand).
"""

from __future__ import annotations

from collections.abc import Callable

from django.contrib.auth.models import AbstractUser
from django.core.management.base import CommandError
from django.utils.text import slugify

from kennisbank.models import Publicatie, Thema
from verbanden.models import Domein, Gemeente, Samenwerkingsverband

from .publicaties import PUBLICATIES, THEMAS, PublicatieSpec, ThemaSpec
from .tally import Tally

FIELDS = (
    "soort", "samenvatting", "inhoud", "auteurs", "uitgever", "verschenen_op", "externe_url",
    "status",
)  # fmt: skip
# Who registers the demo publicaties, when demo users exist.
REDACTEUR = "adviseur"


def sync_kennisbank(
    tally: Tally,
    users: dict[str, AbstractUser] | None,
    log: Callable[[str], None] = lambda message: None,
    themas: tuple[ThemaSpec, ...] = THEMAS,
    publicaties: tuple[PublicatieSpec, ...] = PUBLICATIES,
) -> None:
    thema_rows = _sync_themas(tally, themas)
    verbanden = {
        v.slug: v
        for v in Samenwerkingsverband.objects.filter(
            slug__in={slug for spec in publicaties for slug in spec.verbanden}
        )
    }
    domeinen = {d.slug: d for d in Domein.objects.all()}
    gemeenten: dict[str, Gemeente | None] = {
        naam: Gemeente.objects.resolve(naam)
        for naam in {naam for spec in publicaties for naam in spec.gemeenten}
    }
    errors = [
        f"{spec.titel}: {kind} {value!r} bestaat niet."
        for spec in publicaties
        for kind, values, known in (
            ("thema", spec.themas, thema_rows),
            ("verband", spec.verbanden, verbanden),
            ("domein", spec.domeinen, domeinen),
            ("gemeente", spec.gemeenten, {k for k, v in gemeenten.items() if v}),
        )
        for value in values
        if value not in known
    ]
    if errors:
        raise CommandError("Demopublicaties kloppen niet:\n  " + "\n  ".join(errors))

    existing = {
        p.titel: p
        for p in Publicatie.objects.filter(titel__in=[s.titel for s in publicaties])
        .prefetch_related("themas", "verbanden", "domeinen", "gemeenten")
        .order_by("-pk")  # the oldest row with a title wins when a title was used twice
    }
    aanmaker = users[REDACTEUR] if users else None
    for spec in publicaties:
        publicatie = existing.get(spec.titel)
        created = publicatie is None
        if created:
            publicatie = Publicatie(titel=spec.titel)
            publicatie.aangemaakt_door = aanmaker
        changed = [f for f in FIELDS if getattr(publicatie, f) != getattr(spec, f)]
        for field in changed:
            setattr(publicatie, field, getattr(spec, field))
        if created or changed:
            publicatie.full_clean(exclude=["slug"])
            publicatie.save()
        links_changed = False
        for relation, wanted in (
            ("themas", {thema_rows[n] for n in spec.themas}),
            ("verbanden", {verbanden[s] for s in spec.verbanden}),
            ("domeinen", {domeinen[s] for s in spec.domeinen}),
            ("gemeenten", {gemeenten[n] for n in spec.gemeenten}),
        ):
            current = set() if created else set(getattr(publicatie, relation).all())
            missing = wanted - current
            if missing:
                getattr(publicatie, relation).add(*missing)
                links_changed = True
        tally.record(
            "publicaties",
            "created" if created else "updated" if changed or links_changed else "unchanged",
        )
    log(f"  {len(publicaties)} demopublicaties bijgewerkt")


def _sync_themas(tally: Tally, specs: tuple[ThemaSpec, ...]) -> dict[str, Thema]:
    rows = {t.naam: t for t in Thema.objects.filter(naam__in=[s.naam for s in specs])}
    for spec in specs:
        thema = rows.get(spec.naam)
        if thema is None:
            rows[spec.naam] = Thema.objects.create(
                naam=spec.naam, slug=slugify(spec.naam), omschrijving=spec.omschrijving
            )
            tally.record("thema's", "created")
        elif thema.omschrijving != spec.omschrijving:
            thema.omschrijving = spec.omschrijving
            thema.save(update_fields=["omschrijving"])
            tally.record("thema's", "updated")
        else:
            tally.record("thema's", "unchanged")
    return rows
