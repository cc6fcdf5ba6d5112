"""Write ``VerbandSpec``s to the database idempotently, keyed on slugs and gemeente names.

Only what a spec describes is created or corrected; rows it does not mention (deelnames or
adviseurs someone added by hand) are left alone, so demo data never deletes user data.
"""

from __future__ import annotations

import datetime
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import replace
from decimal import Decimal

from django.contrib.auth.models import AbstractUser
from django.core.management.base import CommandError
from django.utils import timezone

from verbanden.choices import JuridischeVorm, Rol
from verbanden.models import (
    Deelname,
    Domein,
    Gemeente,
    Partner,
    Partnerdeelname,
    Samenwerkingsverband,
)

from .regios import inwoners_schatting
from .spec import Lid, PartnerLid, VerbandSpec
from .tally import Tally

VERBAND_FIELDS = (
    "naam", "afkorting", "omschrijving", "bron_url", "taaktype", "aantal_taken",
    "besturingsniveau", "organisatievorm", "organisatiestructuur", "juridische_vorm",
    "initiatief", "fase", "besturingsmodel", "gezamenlijk_opdrachtgeverschap",
    "gemeenschappelijke_adviescommissie", "evaluatietermijn_jaren", "governance_toelichting",
    "vestigingsplaats", "wettelijke_voorschriften", "overgedragen_bevoegdheden",
    "opgericht_op", "opgeheven_op",
)  # fmt: skip
LIDMAATSCHAP_FIELDS = ("rol", "toegetreden_op", "uitgetreden_op", "bijdrage", "toelichting")


class Loader:
    def __init__(
        self,
        tally: Tally,
        users: dict[str, AbstractUser] | None,
        log: Callable[[str], None] = lambda message: None,
    ) -> None:
        self.tally = tally
        # None when demo users are not allowed: then verbanden are not linked to users at all.
        self.users = users
        self.log = log
        self.domeinen = {d.slug: d for d in Domein.objects.all()}
        self._gemeenten: dict[tuple[str, datetime.date | None], Gemeente | None] = {}
        self._partners: dict[str, Partner] = {}

    # -- validation ------------------------------------------------------------------------

    def check(self, specs: Iterable[VerbandSpec]) -> None:
        """Fail loudly, listing every problem, before anything is written."""
        specs = list(specs)
        errors = [error for spec in specs for error in self._errors(spec)]
        slugs = Counter(spec.slug for spec in specs)
        errors += [f"Slug {slug!r} komt {n} keer voor." for slug, n in slugs.items() if n > 1]
        if errors:
            raise CommandError("Demodata klopt niet:\n  " + "\n  ".join(errors))

    def _errors(self, spec: VerbandSpec) -> list[str]:
        errors = [
            f"{spec.naam}: onbekend domein {slug!r}."
            for slug in spec.domeinen
            if slug not in self.domeinen
        ]
        today = timezone.localdate()
        open_gemeenten: set[int] = set()
        centrum = 0
        for lid in spec.leden_bij_opheffing():
            gemeente = self.gemeente(lid)
            if gemeente is None:
                errors.append(
                    f"{spec.naam}: onbekende gemeente {lid.gemeente!r}."
                    if lid.uitgetreden_op is None
                    else f"{spec.naam}: geen gemeente {lid.gemeente!r} die op "
                    f"{lid.uitgetreden_op} nog bestond."
                )
                continue
            if lid.uitgetreden_op is None:
                if gemeente.pk in open_gemeenten:
                    errors.append(f"{spec.naam}: {gemeente} staat er twee keer in.")
                open_gemeenten.add(gemeente.pk)
            if lid.rol == Rol.CENTRUMGEMEENTE and _actief(lid, today):
                centrum += 1
        if spec.juridische_vorm == JuridischeVorm.CENTRUMGEMEENTECONSTRUCTIE and centrum != 1:
            errors.append(f"{spec.naam}: {centrum} actieve centrumgemeenten in plaats van één.")
        return errors

    def gemeente(self, lid: Lid) -> Gemeente | None:
        """Today's gemeente for an open deelname; the gemeente as it was for a closed one."""
        key = (lid.gemeente, lid.uitgetreden_op)
        if key not in self._gemeenten:
            if lid.uitgetreden_op is None:
                gemeente = Gemeente.objects.resolve(lid.gemeente)
                if gemeente and gemeente.naam != lid.gemeente:
                    self.log(f"  {lid.gemeente} -> {gemeente.naam} (herindeling)")
            else:
                # It must still have existed on the day it left.
                candidates = Gemeente.objects.filter(naam=lid.gemeente).order_by("code")
                gemeente = next(
                    (
                        g
                        for g in candidates
                        if g.opgeheven_op is None or g.opgeheven_op >= lid.uitgetreden_op
                    ),
                    None,
                )
            self._gemeenten[key] = gemeente
        return self._gemeenten[key]

    # -- writing ---------------------------------------------------------------------------

    def sync_all(self, specs: list[VerbandSpec]) -> None:
        existing = {
            verband.slug: verband
            for verband in Samenwerkingsverband.objects.filter(
                slug__in=[spec.slug for spec in specs]
            ).prefetch_related("domeinen", "deelnames", "partnerdeelnames", "betrokken_adviseurs")
        }
        for spec in specs:
            self.sync(spec, existing.get(spec.slug))

    def sync(self, spec: VerbandSpec, verband: Samenwerkingsverband | None) -> None:
        created = verband is None
        if verband is None:
            verband = Samenwerkingsverband(slug=spec.slug)
        values = {field: getattr(spec, field) for field in VERBAND_FIELDS}
        if self.users is not None and spec.aangemaakt_door:
            values["aangemaakt_door_id"] = self.users[spec.aangemaakt_door].pk
        changed = [field for field, value in values.items() if getattr(verband, field) != value]
        for field in changed:
            setattr(verband, field, values[field])
        if created or changed:
            verband.full_clean()
            verband.save()
        related_changed = self._sync_domeinen(verband, spec, created)
        related_changed |= self._sync_adviseurs(verband, spec, created)
        self.tally.record(
            "samenwerkingsverbanden",
            "created" if created else "updated" if changed or related_changed else "unchanged",
        )
        self._sync_deelnames(verband, spec, created)
        self._sync_partnerdeelnames(verband, spec, created)

    def _sync_domeinen(
        self, verband: Samenwerkingsverband, spec: VerbandSpec, created: bool
    ) -> bool:
        wanted = {self.domeinen[slug] for slug in spec.domeinen}
        current = set() if created else set(verband.domeinen.all())
        if wanted == current:
            return False
        verband.domeinen.set(wanted)
        return True

    def _sync_adviseurs(
        self, verband: Samenwerkingsverband, spec: VerbandSpec, created: bool
    ) -> bool:
        if self.users is None or not spec.adviseurs:
            return False
        current = set() if created else {user.pk for user in verband.betrokken_adviseurs.all()}
        missing = [
            self.users[name] for name in spec.adviseurs if self.users[name].pk not in current
        ]
        verband.betrokken_adviseurs.add(*missing)
        return bool(missing)

    def _sync_deelnames(
        self, verband: Samenwerkingsverband, spec: VerbandSpec, created: bool
    ) -> None:
        leden = spec.leden_bij_opheffing()
        wanted = [
            (
                self.gemeente(lid),
                {
                    "rol": lid.rol,
                    "toegetreden_op": lid.toegetreden_op,
                    "uitgetreden_op": lid.uitgetreden_op,
                    "bijdrage": self._bijdrage(spec, lid),
                    "toelichting": lid.toelichting,
                },
            )
            for lid in leden
        ]
        existing = [] if created else list(verband.deelnames.all())
        new = self._sync_rows(
            "deelnames",
            existing,
            [(gemeente.pk, values) for gemeente, values in wanted],
            key_field="gemeente_id",
        )
        Deelname.objects.bulk_create(
            [Deelname(verband=verband, gemeente_id=pk, **values) for pk, values in new]
        )

    def _sync_partnerdeelnames(
        self, verband: Samenwerkingsverband, spec: VerbandSpec, created: bool
    ) -> None:
        partners = spec.partners
        if spec.opgeheven_op:
            partners = tuple(_gesloten(p, spec.opgeheven_op) for p in partners)
        wanted = [
            (
                self.partner(lid).pk,
                {field: getattr(lid, field) for field in LIDMAATSCHAP_FIELDS},
            )
            for lid in partners
        ]
        existing = [] if created else list(verband.partnerdeelnames.all())
        new = self._sync_rows("partnerdeelnames", existing, wanted, key_field="partner_id")
        Partnerdeelname.objects.bulk_create(
            [Partnerdeelname(verband=verband, partner_id=pk, **values) for pk, values in new]
        )

    def _sync_rows(
        self, kind: str, existing: list, wanted: list[tuple[int, dict]], key_field: str
    ) -> list[tuple[int, dict]]:
        """Update the matching rows in place; return the wanted ones that do not exist yet.

        An open membership is matched on the member alone (the database allows one open row per
        member); a closed one on the member and its end date, falling back to the member's open
        row when the spec has since closed it.
        """
        open_rows = {getattr(row, key_field): row for row in existing if row.uitgetreden_op is None}
        closed_rows = {
            (getattr(row, key_field), row.uitgetreden_op): row
            for row in existing
            if row.uitgetreden_op is not None
        }
        open_in_spec = {pk for pk, values in wanted if values["uitgetreden_op"] is None}
        new = []
        for pk, values in wanted:
            if values["uitgetreden_op"] is None:
                row = open_rows.get(pk)
            else:
                row = closed_rows.get((pk, values["uitgetreden_op"]))
                if row is None and pk not in open_in_spec:
                    row = open_rows.get(pk)
            if row is None:
                new.append((pk, values))
                self.tally.record(kind, "created")
                continue
            changed = [field for field, value in values.items() if getattr(row, field) != value]
            for field in changed:
                setattr(row, field, values[field])
            if changed:
                row.save(update_fields=changed)
            self.tally.record(kind, "updated" if changed else "unchanged")
        return new

    def partner(self, lid: PartnerLid) -> Partner:
        if lid.naam not in self._partners:
            partner = Partner.objects.filter(naam=lid.naam).first()
            if partner is None:
                partner = Partner.objects.create(naam=lid.naam, soort=lid.soort)
                self.tally.record("partners", "created")
            elif partner.soort != lid.soort:
                partner.soort = lid.soort
                partner.save(update_fields=["soort"])
                self.tally.record("partners", "updated")
            else:
                self.tally.record("partners", "unchanged")
            self._partners[lid.naam] = partner
        return self._partners[lid.naam]

    def _bijdrage(self, spec: VerbandSpec, lid: Lid) -> Decimal | None:
        if lid.bijdrage is not None:
            return lid.bijdrage
        if lid.zonder_bijdrage or lid.uitgetreden_op or spec.bijdrage_per_inwoner is None:
            return None
        gemeente = self.gemeente(lid)
        inwoners = inwoners_schatting(gemeente.naam, gemeente.inwoners)
        # Budgets are round figures: whole hundreds of euros.
        honderdtallen = (spec.bijdrage_per_inwoner * inwoners / 100).quantize(Decimal(1))
        return (honderdtallen * 100).quantize(Decimal("0.01"))


def _actief(lid: Lid, on: datetime.date) -> bool:
    return (lid.toegetreden_op is None or lid.toegetreden_op <= on) and (
        lid.uitgetreden_op is None or lid.uitgetreden_op > on
    )


def _gesloten(lid: PartnerLid, on: datetime.date) -> PartnerLid:
    return lid if lid.uitgetreden_op else replace(lid, uitgetreden_op=on, bijdrage=None)
