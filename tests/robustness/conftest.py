"""Hypothesis profiles and the data every robustness test starts from.

Profiles (choose with the environment variable ``HYPOTHESIS_PROFILE``):

- ``ci`` (default): derandomised, so every run tries the same examples; a small fixed number
  of examples per test, no deadline, no shrinking (a failure shows the example as generated;
  the strategies keep those short) and no example database written into the repository;
- ``thorough``: twenty times the examples, random, with shrinking, for a session of bug
  hunting: ``HYPOTHESIS_PROFILE=thorough .venv/bin/pytest tests/robustness -n 2``.

``world`` builds the users, verbanden, evaluaties and publicaties once per test function;
Hypothesis then runs all examples of that test on it, each in a savepoint that is rolled back
(``harness.isolated``).
"""

from __future__ import annotations

import datetime
import os
from dataclasses import dataclass

import pytest
from hypothesis import HealthCheck, Phase, settings

from evaluaties.models import Aanbeveling, Beoordeling, Bevinding, Criterium
from tests.evaluaties.factories import BevindingFactory, EvaluatieFactory, volledige_evaluatie
from tests.factories import (
    AdviseurFactory,
    DeelnameFactory,
    GemeenteMedewerkerFactory,
    PartnerdeelnameFactory,
    UserFactory,
    VerbandFactory,
    gemeente,
)
from tests.kennisbank.factories import PublicatieFactory, ThemaFactory

from .harness import CI_EXAMPLES, Baseline
from .site_forms import PASSWORD, SITE_FORMS
from .strategies import ShortRepr

SUPPRESSED = [
    HealthCheck.function_scoped_fixture,
    HealthCheck.too_slow,
    HealthCheck.data_too_large,
    HealthCheck.large_base_example,
    HealthCheck.filter_too_much,
]

settings.register_profile(
    "ci",
    max_examples=CI_EXAMPLES,
    derandomize=True,
    deadline=None,
    database=None,
    print_blob=False,
    phases=[Phase.explicit, Phase.generate],
    suppress_health_check=SUPPRESSED,
)
settings.register_profile(
    "thorough",
    max_examples=CI_EXAMPLES * 20,
    derandomize=False,
    deadline=None,
    database=None,
    suppress_health_check=SUPPRESSED,
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))


@dataclass(repr=False)
class World(ShortRepr):
    """A small register with one of everything, and a user for every role that submits forms.

    ``adviseur`` registered ``verband`` and is betrokken on it, made both of its evaluaties
    (``vorige``: definitief, openbaar, with open aanbevelingen; ``evaluatie``: a concept scored
    on every criterium, done after it) and ``publicatie``. Nothing here is reachable for
    ``ander_adviseur`` except what is public.
    """

    adviseur: object
    ander_adviseur: object
    medewerker: object
    superuser: object
    verband: object
    ander_verband: object
    vorige: object
    evaluatie: object
    publicatie: object
    thema: object

    def __repr__(self) -> str:
        return "World()"

    def real_ids(self) -> tuple[str, ...]:
        """Ids of existing rows of many tables: tampering with an id picks someone else's row."""
        ids = {
            self.verband.pk,
            self.ander_verband.pk,
            self.vorige.pk,
            self.evaluatie.pk,
            self.publicatie.pk,
            self.thema.pk,
            self.adviseur.pk,
            self.ander_adviseur.pk,
        }
        for model in (Bevinding, Aanbeveling, Beoordeling, Criterium):
            ids.update(model.objects.values_list("pk", flat=True))
        ids.update(self.ander_verband.deelnames.values_list("pk", flat=True))
        return tuple(sorted(str(i) for i in ids))


@pytest.fixture
def world(db, settings, tmp_path) -> World:
    settings.MEDIA_ROOT = tmp_path / "media"
    adviseur = AdviseurFactory(first_name="Anna", last_name="de Adviseur", password=PASSWORD)
    ander_adviseur = AdviseurFactory(first_name="Otto", last_name="Anders")
    verband = VerbandFactory(
        naam="Regionale Uitvoeringsdienst IJsselland",
        afkorting="RUD IJ",
        wgr=True,
        opgericht_op=datetime.date(2012, 1, 1),
        aangemaakt_door=adviseur,
        betrokken_adviseurs=[adviseur],
        domeinen=["jeugd"],
    )
    for naam, rol in (("Zwolle", "penvoerder"), ("Kampen", "deelnemer"), ("Dalfsen", "deelnemer")):
        DeelnameFactory(verband=verband, gemeente=gemeente(naam), rol=rol, bijdrage=1250)
    PartnerdeelnameFactory(verband=verband, partner__naam="Waterschap Drents Overijsselse Delta")
    ander_verband = VerbandFactory.met_deelnemers(
        3,
        centrumgemeente="Utrecht",
        naam="Centrumgemeente Jeugdhulp Utrecht",
        aangemaakt_door=ander_adviseur,
        betrokken_adviseurs=[ander_adviseur],
    )
    vorige = volledige_evaluatie(
        verband,
        titel="Evaluatie RUD 2019",
        uitgevoerd_op=datetime.date(2019, 3, 12),
        openbaar_definitief=True,
        aangemaakt_door=adviseur,
        samenvatting="Een samenvatting.",
        bevindingen=2,
        aanbevelingen=2,
    )
    evaluatie = volledige_evaluatie(
        verband,
        titel="Evaluatie RUD 2023",
        uitgevoerd_op=datetime.date(2023, 5, 8),
        aangemaakt_door=adviseur,
        bevindingen=2,
        aanbevelingen=2,
    )
    # Rows of another verband's evaluation, for tampering with ids (cheaper than a full one).
    BevindingFactory(
        evaluatie=EvaluatieFactory(verband=ander_verband, openbaar=True, scores=[3, 4, 2, 5, 3])
    )
    thema = ThemaFactory(naam="Governance")
    publicatie = PublicatieFactory(
        titel="Handreiking samenwerken",
        aangemaakt_door=adviseur,
        themas=[thema],
        verbanden=[verband],
        gemeenten=["Zwolle"],
        domeinen=["jeugd"],
    )
    PublicatieFactory(
        titel="Concept van een ander", status="concept", aangemaakt_door=ander_adviseur
    )
    return World(
        adviseur=adviseur,
        ander_adviseur=ander_adviseur,
        medewerker=GemeenteMedewerkerFactory(gemeente=gemeente("Zwolle")),
        superuser=UserFactory(is_staff=True, is_superuser=True),
        verband=verband,
        ander_verband=ander_verband,
        vorige=vorige,
        evaluatie=evaluatie,
        publicatie=publicatie,
        thema=thema,
    )


@pytest.fixture
def baseline(world) -> Baseline:
    """The database at the start of every example of the test (see ``harness.Baseline``)."""
    return Baseline()


@pytest.fixture(params=SITE_FORMS, ids=repr)
def spec(request):
    """Each form of the site in turn (``site_forms.SITE_FORMS``)."""
    return request.param


@pytest.fixture
def form_page(spec, world):
    """The form as its page renders it, read once per test."""
    return spec.read(world)
