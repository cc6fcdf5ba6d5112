"""One verband with a public, a besloten and a concept evaluation, and a user for every role.

``scene.users[role]`` is the user of a role (``None`` for ``anoniem``); ``login(client, role)``
logs the client in as that role. The roles, and what each may see of a hidden evaluation:

- anoniem, gebruiker (logged in, no role): only definitief and openbaar
- betrokken_adviseur: an adviseur listed on the verband: sees all of its evaluations
- aanmaker: the adviseur who made the hidden evaluations, not (or no longer) on the verband
- verband_aanmaker: the adviseur who registered the verband, not listed on it: public only
- adviseur_niet_betrokken: an adviseur of other verbanden: public only
- medewerker_deelnemer: gemeente-medewerker of Zwolle, which takes part: sees all
- medewerker_uitgetreden: of Kampen, which left in 2020: public only
- medewerker_toekomstig: of Ommen, which joins next year: public only
- medewerker_nooit: of Utrecht, never part of it: public only
- beheerder, superuser: everything
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field

import pytest
from django.utils import timezone

from evaluaties.models import Evaluatie
from samenwerking.permissions import BEHEERDER
from tests.evaluaties.factories import volledige_evaluatie
from tests.factories import (
    AdviseurFactory,
    BeheerderFactory,
    DeelnameFactory,
    GemeenteMedewerkerFactory,
    UserFactory,
    VerbandFactory,
    gemeente,
)
from verbanden.models import Samenwerkingsverband

ROLES = [
    "anoniem",
    "gebruiker",
    "betrokken_adviseur",
    "aanmaker",
    "verband_aanmaker",
    "adviseur_niet_betrokken",
    "medewerker_deelnemer",
    "medewerker_uitgetreden",
    "medewerker_toekomstig",
    "medewerker_nooit",
    "beheerder",
    "superuser",
]

# Who may see a hidden (concept, or definitief but not openbaar) evaluation of the verband.
SEES_HIDDEN = {"betrokken_adviseur", "aanmaker", "medewerker_deelnemer", "beheerder", "superuser"}
# Who may edit an evaluation of the verband (steps, delete).
MAY_EDIT = {"betrokken_adviseur", "aanmaker", "beheerder", "superuser"}


@dataclass
class Scene:
    verband: Samenwerkingsverband
    publiek: Evaluatie  # definitief and openbaar, 2019
    besloten: Evaluatie  # definitief, not openbaar, 2021
    concept: Evaluatie  # concept, 2023
    users: dict = field(default_factory=dict)

    @property
    def hidden(self) -> list[Evaluatie]:
        return [self.besloten, self.concept]

    def login(self, client, role: str):
        user = self.users[role]
        if user is not None:
            client.force_login(user)
        return client


def make_scene() -> Scene:
    today = timezone.localdate()
    betrokken = AdviseurFactory(first_name="Bram", last_name="Betrokken")
    aanmaker = AdviseurFactory(first_name="Ada", last_name="Aanmaker")
    verband_aanmaker = AdviseurFactory(first_name="Vera", last_name="Verbandmaker")
    verband = VerbandFactory(
        naam="Regionale Uitvoeringsdienst IJsselland",
        wgr=True,
        evaluatietermijn_jaren=4,
        opgericht_op=datetime.date(2012, 1, 1),
        aangemaakt_door=verband_aanmaker,
        betrokken_adviseurs=[betrokken],
        domeinen=["omgevingsdienst"],
    )
    DeelnameFactory(verband=verband, gemeente=gemeente("Zwolle"))
    DeelnameFactory(verband=verband, gemeente=gemeente("Dalfsen"))
    DeelnameFactory(
        verband=verband,
        gemeente=gemeente("Kampen"),
        toegetreden_op=datetime.date(2012, 1, 1),
        uitgetreden_op=datetime.date(2020, 12, 31),
    )
    DeelnameFactory(
        verband=verband,
        gemeente=gemeente("Ommen"),
        toegetreden_op=today + datetime.timedelta(days=365),
    )
    publiek = volledige_evaluatie(
        verband,
        titel="Publieke evaluatie van de RUD",
        uitgevoerd_op=datetime.date(2019, 3, 12),
        scores=[2, 3, 3, 2, 4],
        openbaar_definitief=True,
        aangemaakt_door=betrokken,
    )
    besloten = volledige_evaluatie(
        verband,
        titel="Besloten evaluatie Zuiderzee",
        uitgevoerd_op=datetime.date(2021, 9, 23),
        scores=[5, 1, 5, 1, 5],
        besloten=True,
        aangemaakt_door=aanmaker,
        samenvatting="Vertrouwelijke samenvatting Wapenveld.",
    )
    concept = volledige_evaluatie(
        verband,
        titel="Conceptevaluatie Hattemerbroek",
        uitgevoerd_op=datetime.date(2023, 5, 8),
        scores=[1, 5, 1, 5, 1],
        aangemaakt_door=aanmaker,
    )
    users = {
        "anoniem": None,
        "gebruiker": UserFactory(),
        "betrokken_adviseur": betrokken,
        "aanmaker": aanmaker,
        "verband_aanmaker": verband_aanmaker,
        "adviseur_niet_betrokken": AdviseurFactory(),
        "medewerker_deelnemer": GemeenteMedewerkerFactory(gemeente=gemeente("Zwolle")),
        "medewerker_uitgetreden": GemeenteMedewerkerFactory(gemeente=gemeente("Kampen")),
        "medewerker_toekomstig": GemeenteMedewerkerFactory(gemeente=gemeente("Ommen")),
        "medewerker_nooit": GemeenteMedewerkerFactory(gemeente=gemeente("Utrecht")),
        "beheerder": BeheerderFactory(),
        "superuser": UserFactory(is_staff=True, is_superuser=True),
    }
    assert users["beheerder"].groups.filter(name=BEHEERDER).exists()
    return Scene(verband, publiek, besloten, concept, users)


@pytest.fixture
def scene(db) -> Scene:
    return make_scene()


@pytest.fixture
def media_root(settings, tmp_path):
    """Uploaded files go to a temporary directory."""
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT
