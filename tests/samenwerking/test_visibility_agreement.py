"""Visibility is written once (``samenwerking/permissions.py``): for every role, on a mixed set
of evaluaties and publicaties, ``visible_to(user)`` and the object check ``user.has_perm`` with
the view permission agree, and the object check costs at most one query."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import AnonymousUser
from django.db import connection
from django.test.utils import CaptureQueriesContext

from evaluaties.models import Evaluatie
from kennisbank.models import Publicatie
from tests.evaluaties.conftest import ROLES, make_scene
from tests.evaluaties.factories import EvaluatieFactory
from tests.factories import AdviseurFactory, VerbandFactory
from tests.kennisbank.factories import PublicatieFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def mixed():
    scene = make_scene()
    ander_verband = VerbandFactory(naam="Ander verband")
    EvaluatieFactory(verband=ander_verband, titel="Ander concept")
    EvaluatieFactory(verband=ander_verband, titel="Ander besloten", besloten=True)
    EvaluatieFactory(verband=ander_verband, titel="Ander publiek", openbaar_definitief=True)
    maker = scene.users["aanmaker"]
    PublicatieFactory(titel="Gepubliceerd")
    PublicatieFactory(titel="Concept van de aanmaker", status="concept", aangemaakt_door=maker)
    PublicatieFactory(
        titel="Concept van een ander", status="concept", aangemaakt_door=AdviseurFactory()
    )
    PublicatieFactory(titel="Gepubliceerd van de aanmaker", aangemaakt_door=maker)
    inactive = AdviseurFactory(is_active=False)
    PublicatieFactory(
        titel="Concept van een vertrokken adviseur", status="concept", aangemaakt_door=inactive
    )
    scene.users["vertrokken_adviseur"] = inactive
    return scene


MODELS = [(Evaluatie, "evaluaties.view_evaluatie"), (Publicatie, "kennisbank.view_publicatie")]


@pytest.mark.parametrize(("model", "perm"), MODELS, ids=["evaluatie", "publicatie"])
@pytest.mark.parametrize("role", [*ROLES, "vertrokken_adviseur"])
def test_visible_to_agrees_with_the_object_check(mixed, role, model, perm):
    user = mixed.users[role] or AnonymousUser()
    everything = list(model.objects.all())
    assert len({obj.pk for obj in everything}) >= 5
    visible = set(model.objects.visible_to(user).values_list("pk", flat=True))
    for obj in everything:
        with CaptureQueriesContext(connection) as queries:
            allowed = user.has_perm(perm, obj)
        assert allowed == (obj.pk in visible), (role, str(obj))
        assert len(queries) <= 1, "one query at most for one object"
    # Something is hidden from everyone but beheerders, and something is visible to everyone.
    if role not in ("beheerder", "superuser"):
        assert len(visible) < len(everything)
    assert visible


def test_public_is_what_an_anonymous_visitor_sees(mixed):
    for model, _ in MODELS:
        assert set(model.objects.public()) == set(model.objects.visible_to(AnonymousUser()))
