"""Load the CBS provincies, gemeenten and herindelingen shipped in ``verbanden/data``."""

from __future__ import annotations

import csv
import datetime
from pathlib import Path

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils.text import slugify

from verbanden.models import Gemeente, Provincie, cbs_code_validator

REQUIRED_COLUMNS = {
    "provincies.csv": {"code", "naam"},
    "gemeenten.csv": {"code", "naam", "provincie"},
    "herindelingen.csv": {"code", "naam", "opgeheven_op", "opgegaan_in_code"},
}


def read_csv(path: Path) -> list[dict[str, str]]:
    """Rows of a reference CSV; also accepts a byte-order mark and ';' as Excel writes them."""
    if not path.exists():
        raise CommandError(f"Bestand {path} ontbreekt.")
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as error:
        raise CommandError(f"{path.name} is geen UTF-8-tekst: {error}.") from None
    header = text.partition("\n")[0]
    delimiter = ";" if header.count(";") > header.count(",") else ","
    rows = list(csv.DictReader(text.splitlines(), delimiter=delimiter))
    missing = REQUIRED_COLUMNS.get(path.name, set()) - set(
        rows[0] if rows else header.split(delimiter)
    )
    if missing:
        raise CommandError(f"{path.name} mist de kolom(men): {', '.join(sorted(missing))}.")
    return rows


class Command(BaseCommand):
    help = "Laadt de 12 provincies, de CBS-gemeenten en de herindelingen sinds 2012. Idempotent."

    def add_arguments(self, parser):
        parser.add_argument(
            "--data-dir",
            type=Path,
            default=settings.REFERENCE_DATA_DIR,
            help="Map met provincies.csv, gemeenten.csv en herindelingen.csv.",
        )

    @transaction.atomic
    def handle(self, *args, data_dir: Path, **options):
        self.changes = 0
        provincies = self._import_provincies(read_csv(data_dir / "provincies.csv"))
        self._import_gemeenten(read_csv(data_dir / "gemeenten.csv"), provincies)
        self._import_herindelingen(read_csv(data_dir / "herindelingen.csv"))
        if self.changes:
            self.stdout.write(self.style.SUCCESS(f"{self.changes} wijziging(en) doorgevoerd."))
        else:
            self.stdout.write("Alle provincies en gemeenten waren al actueel; niets gewijzigd.")
        huidige = Gemeente.objects.current().count()
        opgeheven = Gemeente.objects.dissolved().count()
        self.stdout.write(
            f"{huidige} gemeenten, {opgeheven} opgeheven gemeenten, "
            f"{Provincie.objects.count()} provincies."
        )

    def _save(self, model, lookup: dict, values: dict):
        """Create or update one row; count it only when something really changed."""
        obj = model.objects.filter(**lookup).first()
        if obj is None:
            obj = model.objects.create(**lookup, **values)
            self.changes += 1
            return obj
        changed = {k: v for k, v in values.items() if getattr(obj, k) != v}
        if changed:
            for key, value in changed.items():
                setattr(obj, key, value)
            obj.save(update_fields=list(changed))
            self.changes += 1
        return obj

    def _import_provincies(self, rows) -> dict[str, Provincie]:
        return {
            row["naam"]: self._save(
                Provincie,
                {"code": row["code"]},
                {"naam": row["naam"], "slug": slugify(row["naam"])},
            )
            for row in rows
        }

    def _import_gemeenten(self, rows, provincies: dict[str, Provincie]) -> None:
        for row in rows:
            code = self._code(row["code"])
            try:
                provincie = provincies[row["provincie"]]
            except KeyError:
                raise CommandError(
                    f"Onbekende provincie {row['provincie']!r} bij {code}."
                ) from None
            self._save(
                Gemeente,
                {"code": code},
                {
                    "naam": row["naam"],
                    "slug": self._slug(row["naam"], code),
                    "provincie": provincie,
                    "inwoners": int(row["inwoners"]) if row.get("inwoners") else None,
                    "opgeheven_op": None,
                    "opgegaan_in": None,
                },
            )

    def _import_herindelingen(self, rows) -> None:
        # A successor may itself have merged away later (it has its own, later row), so keep
        # passing over the rows until every successor exists.
        pending = list(rows)
        while pending:
            remaining = [row for row in pending if not self._save_herindeling(row)]
            if len(remaining) == len(pending):
                missing = ", ".join(f"{r['code']} -> {r['opgegaan_in_code']}" for r in remaining)
                raise CommandError(f"Herindelingen naar onbekende gemeenten: {missing}.")
            pending = remaining

    def _save_herindeling(self, row) -> bool:
        """Save one ceased gemeente; False when its successor is not there (yet)."""
        code = self._code(row["code"])
        successor = Gemeente.objects.filter(code=self._code(row["opgegaan_in_code"])).first()
        if successor is None:
            return False
        self._save(
            Gemeente,
            {"code": code},
            {
                "naam": row["naam"],
                "slug": self._slug(row["naam"], code),
                "provincie": None,
                "opgeheven_op": self._date(row["opgeheven_op"], code),
                "opgegaan_in": successor,
            },
        )
        return True

    @staticmethod
    def _code(value: str) -> str:
        code = (value or "").strip().zfill(4)
        try:
            cbs_code_validator(code)
        except ValidationError:
            raise CommandError(
                f"Ongeldige CBS-gemeentecode {value!r}: een code bestaat uit precies vier cijfers, zoals 0363."
            ) from None
        return code

    @staticmethod
    def _date(value: str, code: str) -> datetime.date:
        try:
            return datetime.date.fromisoformat((value or "").strip())
        except ValueError:
            raise CommandError(
                f"Ongeldige datum {value!r} bij gemeente {code}: verwacht JJJJ-MM-DD."
            ) from None

    @staticmethod
    def _slug(naam: str, code: str) -> str:
        """A readable slug; a name that is also used by another gemeente gets its code appended."""
        slug = slugify(naam)
        clash = Gemeente.objects.filter(slug=slug).exclude(code=code).exists()
        return f"{slug}-{code}" if clash else slug
