"""The ``import_gemeenten`` command: the real CBS list, idempotent, atomic on bad files.

The session fixture has already run the command once on the shipped data; these tests check
that result and run the command again, on the shipped data or on a broken copy.
"""

from __future__ import annotations

import datetime
import io
import re
import shutil
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import CommandError, call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext

from verbanden.models import Gemeente, Provincie

pytestmark = pytest.mark.django_db

BAD_FILES = Path(__file__).resolve().parent.parent / "data"


def run_import(**options) -> str:
    stdout = io.StringIO()
    call_command("import_gemeenten", stdout=stdout, **options)
    return stdout.getvalue()


def snapshot():
    """Everything the command writes, to compare before and after a run."""
    return (
        list(Provincie.objects.order_by("code").values_list("code", "naam", "slug")),
        list(
            Gemeente.objects.order_by("code").values_list(
                "code",
                "naam",
                "slug",
                "provincie__code",
                "inwoners",
                "opgeheven_op",
                "opgegaan_in__code",
            )
        ),
    )


@pytest.fixture
def data_dir(tmp_path) -> Path:
    """A writable copy of the shipped reference data."""
    for path in Path(settings.REFERENCE_DATA_DIR).glob("*.csv"):
        shutil.copy(path, tmp_path)
    return tmp_path


def replace_in(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


# ---------------------------------------------------------------------------------------------
# The result of the import


def test_counts():
    assert Gemeente.objects.current().count() == 342
    assert Gemeente.objects.dissolved().count() == 103
    assert Provincie.objects.count() == 12


@pytest.mark.parametrize(
    ("provincie", "aantal"),
    [
        ("Noord-Brabant", 56),
        ("Gelderland", 51),
        ("Zuid-Holland", 50),
        ("Noord-Holland", 44),
        ("Limburg", 31),
        ("Utrecht", 26),
        ("Overijssel", 25),
        ("Fryslân", 18),
        ("Zeeland", 13),
        ("Drenthe", 12),
        ("Groningen", 10),
        ("Flevoland", 6),
    ],
)
def test_gemeenten_per_provincie(provincie, aantal):
    assert Gemeente.objects.current().filter(provincie__naam=provincie).count() == aantal


def test_provincie_codes_and_slugs():
    assert list(Provincie.objects.order_by("code").values_list("code", flat=True)) == [
        f"PV{n}" for n in range(20, 32)
    ]
    assert Provincie.objects.get(code="PV21").slug == "fryslan"


def test_codes_are_four_digit_strings_with_leading_zeros():
    codes = list(Gemeente.objects.values_list("code", flat=True))
    assert all(isinstance(code, str) and re.fullmatch(r"\d{4}", code) for code in codes)
    assert len(set(codes)) == 445
    assert Gemeente.objects.get(code="0014").naam == "Groningen"
    assert Gemeente.objects.get(naam="Groningen").code == "0014"
    assert not Gemeente.objects.filter(code="14").exists()


@pytest.mark.parametrize(
    ("code", "naam", "slug", "provincie"),
    [
        ("0518", "'s-Gravenhage", "s-gravenhage", "Zuid-Holland"),
        ("0796", "'s-Hertogenbosch", "s-hertogenbosch", "Noord-Brabant"),
        ("0820", "Nuenen, Gerwen en Nederwetten", "nuenen-gerwen-en-nederwetten", "Noord-Brabant"),
        ("1900", "Súdwest-Fryslân", "sudwest-fryslan", "Fryslân"),
        ("0373", "Bergen (NH.)", "bergen-nh", "Noord-Holland"),
        ("0893", "Bergen (L.)", "bergen-l", "Limburg"),
        ("1992", "Voorne aan Zee", "voorne-aan-zee", "Zuid-Holland"),
    ],
)
def test_cbs_spellings_kept(code, naam, slug, provincie):
    gemeente = Gemeente.objects.get(code=code)
    assert (gemeente.naam, gemeente.slug, gemeente.provincie.naam) == (naam, slug, provincie)
    assert not gemeente.is_dissolved


def test_opgeheven_gemeenten_have_date_and_opvolger_but_no_provincie():
    opgeheven = Gemeente.objects.dissolved()
    assert not opgeheven.filter(opgegaan_in__isnull=True).exists()
    assert not opgeheven.filter(provincie__isnull=False).exists()
    assert not Gemeente.objects.current().filter(provincie__isnull=True).exists()
    weesp = Gemeente.objects.get(code="0457")
    assert (weesp.naam, weesp.opgeheven_op, weesp.opgegaan_in.code) == (
        "Weesp",
        datetime.date(2022, 3, 24),
        "0363",
    )


def test_every_opgeheven_gemeente_leads_to_a_current_one():
    for gemeente in Gemeente.objects.dissolved().select_related("opgegaan_in"):
        huidige = gemeente.current_gemeente()
        assert not huidige.is_dissolved, gemeente
        assert huidige.opgeheven_op is None


# ---------------------------------------------------------------------------------------------
# Running it again


def test_second_run_changes_nothing():
    before = snapshot()
    with CaptureQueriesContext(connection) as queries:
        output = run_import()
    assert "niets gewijzigd" in output
    assert "342 gemeenten, 103 opgeheven gemeenten, 12 provincies." in output
    writes = [
        q["sql"] for q in queries if q["sql"].lstrip().upper().startswith(("INSERT", "UPDATE"))
    ]
    assert writes == []
    assert snapshot() == before


def test_rerun_repairs_a_changed_name():
    Gemeente.objects.filter(code="0014").update(naam="Groningen-Stad", slug="groningen-stad")
    Provincie.objects.filter(code="PV21").update(naam="Friesland", slug="friesland")
    output = run_import()
    assert "2 wijziging(en) doorgevoerd." in output
    assert "niets gewijzigd" not in output
    groningen = Gemeente.objects.get(code="0014")
    assert (groningen.naam, groningen.slug) == ("Groningen", "groningen")
    assert Provincie.objects.get(code="PV21").naam == "Fryslân"
    assert "niets gewijzigd" in run_import()


def test_rerun_repairs_a_wrong_herindeling():
    Gemeente.objects.filter(code="0457").update(opgegaan_in=Gemeente.objects.get(code="0344"))
    output = run_import()
    assert "1 wijziging(en) doorgevoerd." in output
    assert Gemeente.objects.get(code="0457").opgegaan_in.naam == "Amsterdam"


def test_rerun_restores_a_deleted_gemeente():
    Gemeente.objects.filter(code="0034").delete()
    output = run_import()
    assert "1 wijziging(en) doorgevoerd." in output
    almere = Gemeente.objects.get(code="0034")
    assert (almere.naam, almere.provincie.naam) == ("Almere", "Flevoland")


def test_codes_without_leading_zeros_are_padded(data_dir):
    """Excel drops leading zeros when a CSV passes through it; the codes must survive that."""
    for name in ("gemeenten.csv", "herindelingen.csv"):
        path = data_dir / name
        text = path.read_text(encoding="utf-8")
        path.write_text(re.sub(r"(?m)^0+(\d)", r"\1", text), encoding="utf-8")
    assert "\n14,Groningen," in (data_dir / "gemeenten.csv").read_text(encoding="utf-8")
    before = snapshot()
    assert "niets gewijzigd" in run_import(data_dir=data_dir)
    assert snapshot() == before


def test_name_used_twice_gets_code_in_slug(data_dir):
    with (data_dir / "herindelingen.csv").open("a", encoding="utf-8") as handle:
        # not a real herindeling: an old gemeente that had the same name as a current one
        handle.write("0999,Utrecht,2012-01-01,0344,Utrecht,\n")
    run_import(data_dir=data_dir)
    assert Gemeente.objects.get(code="0344").slug == "utrecht"
    assert Gemeente.objects.get(code="0999").slug == "utrecht-0999"
    # and a further run leaves both slugs alone
    assert "niets gewijzigd" in run_import(data_dir=data_dir)


# ---------------------------------------------------------------------------------------------
# Bad files: a clear error, and nothing changed


def test_missing_provincies_file(data_dir):
    (data_dir / "provincies.csv").unlink()
    before = snapshot()
    with pytest.raises(CommandError, match=r"provincies\.csv ontbreekt"):
        run_import(data_dir=data_dir)
    assert snapshot() == before


def test_missing_gemeenten_file_rolls_back_provincies(data_dir):
    (data_dir / "gemeenten.csv").unlink()
    replace_in(data_dir / "provincies.csv", "PV21,Fryslân", "PV21,Friesland")
    before = snapshot()
    with pytest.raises(CommandError, match=r"gemeenten\.csv ontbreekt"):
        run_import(data_dir=data_dir)
    assert snapshot() == before
    assert Provincie.objects.get(code="PV21").naam == "Fryslân"


def test_missing_herindelingen_file_rolls_back_gemeenten(data_dir):
    (data_dir / "herindelingen.csv").unlink()
    replace_in(data_dir / "gemeenten.csv", "0014,Groningen,", "0014,Groningen (gewijzigd),")
    before = snapshot()
    with pytest.raises(CommandError, match=r"herindelingen\.csv ontbreekt"):
        run_import(data_dir=data_dir)
    assert snapshot() == before
    assert Gemeente.objects.get(code="0014").naam == "Groningen"


def test_missing_data_dir(tmp_path):
    before = snapshot()
    with pytest.raises(CommandError, match="ontbreekt"):
        run_import(data_dir=tmp_path / "bestaat-niet")
    assert snapshot() == before


def _use_bad_file(data_dir: Path, bad_file: str) -> None:
    target = "gemeenten.csv" if bad_file.startswith("gemeenten") else "herindelingen.csv"
    shutil.copy(BAD_FILES / bad_file, data_dir / target)
    if target == "herindelingen.csv":
        # a change before the bad row, so that a non-atomic import would leave a trace
        replace_in(data_dir / "gemeenten.csv", "0014,Groningen,", "0014,Groningen (gewijzigd),")


@pytest.mark.parametrize(
    ("bad_file", "message"),
    [
        ("gemeenten_onbekende_provincie.csv", "Onbekende provincie 'Friesland' bij 0037."),
        (
            "herindelingen_onbekende_opvolger.csv",
            "Herindelingen naar onbekende gemeenten: 0501 -> 9999.",
        ),
    ],
)
def test_bad_file_gives_command_error_and_changes_nothing(data_dir, bad_file, message):
    _use_bad_file(data_dir, bad_file)
    before = snapshot()
    with pytest.raises(CommandError) as excinfo:
        run_import(data_dir=data_dir)
    assert str(excinfo.value) == message
    assert snapshot() == before
    assert Gemeente.objects.get(code="0014").naam == "Groningen"


@pytest.mark.parametrize(
    ("bad_file", "message"),
    [
        ("gemeenten_code_vijf_cijfers.csv", "precies vier cijfers"),
        ("gemeenten_code_niet_numeriek.csv", "precies vier cijfers"),
    ],
)
def test_bad_code_is_refused_and_changes_nothing(data_dir, bad_file, message):
    _use_bad_file(data_dir, bad_file)
    before = snapshot()
    with pytest.raises(CommandError) as excinfo:
        run_import(data_dir=data_dir)
    assert message in str(excinfo.value)
    assert snapshot() == before
    assert not Gemeente.objects.filter(code__in=["12345", "GM37"]).exists()


@pytest.mark.parametrize(
    "bad_file",
    [
        "gemeenten_code_vijf_cijfers.csv",
        "gemeenten_code_niet_numeriek.csv",
        "herindelingen_datum_ongeldig.csv",
    ],
)
def test_any_bad_file_changes_nothing(data_dir, bad_file):
    _use_bad_file(data_dir, bad_file)
    before = snapshot()
    with pytest.raises(Exception):  # noqa: B017 - the kind of error is the next test's concern
        run_import(data_dir=data_dir)
    assert snapshot() == before


@pytest.mark.parametrize(
    "bad_file",
    [
        "gemeenten_code_vijf_cijfers.csv",
        "gemeenten_code_niet_numeriek.csv",
        "herindelingen_datum_ongeldig.csv",
    ],
)
def test_any_bad_file_gives_a_command_error(data_dir, bad_file):
    _use_bad_file(data_dir, bad_file)
    with pytest.raises(CommandError):
        run_import(data_dir=data_dir)


@pytest.mark.parametrize("excel_file", ["gemeenten_met_bom.csv", "gemeenten_puntkomma.csv"])
def test_excel_style_csv_is_accepted(data_dir, excel_file):
    """A byte-order mark and ';' as separator are how Excel saves CSV; both import normally."""
    shutil.copy(BAD_FILES / excel_file, data_dir / "gemeenten.csv")
    out = run_import(data_dir=data_dir)
    assert "1 wijziging(en) doorgevoerd." in out
    assert Gemeente.objects.get(code="0014").naam == "Groningen (gewijzigd)"
