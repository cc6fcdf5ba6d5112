"""The demo data command: real cooperations with real participants, idempotent."""

import io

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command

from verbanden.choices import JuridischeVorm
from verbanden.models import Deelname, Gemeente, Samenwerkingsverband
from verbanden.register import register_of

pytestmark = pytest.mark.django_db


def run_load_demo() -> str:
    stdout = io.StringIO()
    call_command("load_demo", stdout=stdout)
    return stdout.getvalue()


def test_load_demo_is_idempotent_and_complete():
    first = run_load_demo()
    assert "wijziging(en) doorgevoerd" in first
    counts = (Samenwerkingsverband.objects.count(), Deelname.objects.count())
    assert 250 <= counts[0] <= 350

    second = run_load_demo()
    assert "Niets gewijzigd" in second
    assert (Samenwerkingsverband.objects.count(), Deelname.objects.count()) == counts

    # At least 20 real cooperations: those have a source link and no "(fictief voorbeeld)".
    real = Samenwerkingsverband.objects.exclude(omschrijving__contains="fictief voorbeeld")
    assert real.exclude(bron_url="").count() >= 20

    fryslan = Samenwerkingsverband.objects.get(naam__contains="Sociaal Domein Fryslân")
    assert fryslan.juridische_vorm == JuridischeVorm.CENTRUMGEMEENTECONSTRUCTIE
    assert fryslan.deelnames.active().count() == 18
    assert fryslan.deelnames.get(rol="centrumgemeente").gemeente.naam == "Leeuwarden"

    for verband in Samenwerkingsverband.objects.prefetch_related("deelnames"):
        assert verband.centrumgemeente_fouten(list(verband.deelnames.all())) == []

    # The art. 27 Wgr register of a demo gemeente: its real Wgr regelingen, the rest apart.
    register = register_of(Gemeente.objects.get(naam="Zwolle"))
    wgr = {verband.naam for verband in register.wgr}
    assert {"GGD IJsselland", "Veiligheidsregio IJsselland"} <= wgr
    assert all(v.juridische_categorie == "publiekrechtelijk" for v in register.wgr)
    assert all(v.juridische_categorie != "publiekrechtelijk" for v in register.overig)
    for verband in register.rows:
        assert "Zwolle" in [d.gemeente.naam for d in verband.deelnames_op_peildatum]

    users = set(get_user_model().objects.values_list("username", flat=True))
    assert {"beheerder", "adviseur", "gemeente"} <= users
    assert "Demo-adviseur-2026" in second  # passwords printed in development
