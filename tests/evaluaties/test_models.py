"""Models of evaluaties: the seeded criteria, the constraints, and who sees which evaluation."""

from __future__ import annotations

import datetime
import importlib
import io

import pytest
from django.apps import apps
from django.contrib.auth.models import AnonymousUser
from django.core.exceptions import ValidationError
from django.core.management import call_command
from django.db import IntegrityError, connection, transaction
from django.db.migrations.executor import MigrationExecutor

from evaluaties import choices
from evaluaties.models import Aanbeveling, Beoordeling, Criterium, Evaluatie
from tests.evaluaties.conftest import ROLES, SEES_HIDDEN
from tests.evaluaties.factories import (
    AanbevelingFactory,
    BeoordelingFactory,
    CriteriumFactory,
    EvaluatieFactory,
    criteria,
)
from tests.factories import UserFactory, gemeente

pytestmark = pytest.mark.django_db

RANDVOORWAARDEN = [
    "Gezamenlijk doel en visie",
    "Heldere verantwoordelijkheden",
    "Boven het eigen belang uitstijgen",
    "Vertrouwen en elkaar aanspreken",
    "Transparantie en terugkoppeling",
]

SEED = "evaluaties.migrations.0002_seed_criteria"


# ---------------------------------------------------------------------------------------------
# Criteria, seeded by a reversible data migration


def test_five_randvoorwaarden_seeded_in_order():
    assert [c.naam for c in Criterium.objects.all()] == RANDVOORWAARDEN
    assert all(c.actief and c.omschrijving for c in Criterium.objects.all())
    assert [c.naam for c in criteria()] == RANDVOORWAARDEN


def test_seed_is_idempotent_and_unseed_removes_only_unused_seeded_criteria():
    seed_module = importlib.import_module(SEED)
    eigen = CriteriumFactory(naam="Lerend vermogen")
    gebruikt = Criterium.objects.get(naam="Vertrouwen en elkaar aanspreken")
    BeoordelingFactory(criterium=gebruikt, score=4)

    seed_module.seed(apps, None)
    assert Criterium.objects.count() == 6

    seed_module.unseed(apps, None)
    # The criterium a beheerder added and the one that carries a score stay.
    assert set(Criterium.objects.values_list("naam", flat=True)) == {eigen.naam, gebruikt.naam}

    seed_module.seed(apps, None)
    assert set(Criterium.objects.values_list("naam", flat=True)) == {*RANDVOORWAARDEN, eigen.naam}
    # What survived keeps its identity: the score still points at it.
    assert Beoordeling.objects.get().criterium_id == gebruikt.pk


@pytest.mark.django_db(transaction=True)
def test_data_migration_reverses_and_reapplies(reference_data):
    """``migrate evaluaties 0001`` removes the criteria, migrating forward brings them back."""
    out = io.StringIO()
    try:
        call_command("migrate", "evaluaties", "0001", stdout=out, verbosity=0)
        assert not apps.get_model("evaluaties", "Criterium").objects.exists()
        executor = MigrationExecutor(connection)
        assert ("evaluaties", "0002_seed_criteria") not in executor.loader.applied_migrations
    finally:
        call_command("migrate", "evaluaties", stdout=out, verbosity=0)
    assert [c.naam for c in Criterium.objects.all()] == RANDVOORWAARDEN


# ---------------------------------------------------------------------------------------------
# Beoordeling: score 1-5, one per criterium


@pytest.mark.parametrize("score", [0, 6, 32767])
def test_score_outside_1_to_5_refused_by_database(score):
    evaluatie = EvaluatieFactory()
    with pytest.raises(IntegrityError), transaction.atomic():
        Beoordeling.objects.create(evaluatie=evaluatie, criterium=criteria()[0], score=score)
    assert not Beoordeling.objects.exists()


@pytest.mark.parametrize("score", [0, 6])
def test_score_outside_1_to_5_refused_by_full_clean_in_dutch(score):
    beoordeling = Beoordeling(evaluatie=EvaluatieFactory(), criterium=criteria()[0], score=score)
    with pytest.raises(ValidationError) as excinfo:
        beoordeling.full_clean()
    messages = excinfo.value.message_dict["score"]
    expected = "minstens 1" if score < 1 else "hoogstens 5"
    assert messages == [f"Zorg ervoor dat deze waarde {expected} is."]


@pytest.mark.parametrize("score", [1, 2, 3, 4, 5])
def test_scores_1_to_5_accepted(score):
    beoordeling = Beoordeling(evaluatie=EvaluatieFactory(), criterium=criteria()[0], score=score)
    beoordeling.full_clean()
    beoordeling.save()
    assert Beoordeling.objects.get().score == score


def test_check_constraint_message_is_dutch():
    constraint = next(
        c for c in Beoordeling._meta.constraints if c.name.endswith("score_1_tot_en_met_5")
    )
    beoordeling = Beoordeling(evaluatie=EvaluatieFactory(), criterium=criteria()[0], score=6)
    with pytest.raises(ValidationError) as excinfo:
        constraint.validate(Beoordeling, beoordeling)
    assert excinfo.value.messages == ["Een score ligt tussen 1 en 5."]


def test_one_score_per_criterium_in_database():
    eerste = BeoordelingFactory(score=3)
    with pytest.raises(IntegrityError), transaction.atomic():
        Beoordeling.objects.create(evaluatie=eerste.evaluatie, criterium=eerste.criterium, score=4)
    assert Beoordeling.objects.get().score == 3


def test_one_score_per_criterium_in_full_clean_in_dutch():
    eerste = BeoordelingFactory(score=3)
    tweede = Beoordeling(evaluatie=eerste.evaluatie, criterium=eerste.criterium, score=4)
    with pytest.raises(ValidationError) as excinfo:
        tweede.full_clean()
    assert excinfo.value.messages == ["Deze evaluatie heeft al een score voor dit criterium."]


def test_same_criterium_in_two_evaluations_is_fine():
    eerste = BeoordelingFactory(score=3)
    tweede = Beoordeling(evaluatie=EvaluatieFactory(), criterium=eerste.criterium, score=4)
    tweede.full_clean()
    tweede.save()
    assert Beoordeling.objects.count() == 2


def test_criterium_with_scores_cannot_be_deleted():
    beoordeling = BeoordelingFactory()
    with pytest.raises(Exception) as excinfo, transaction.atomic():
        beoordeling.criterium.delete()
    assert type(excinfo.value).__name__ == "ProtectedError"


# ---------------------------------------------------------------------------------------------
# Aanbeveling: never a follow-up of itself


def test_aanbeveling_not_vervolg_op_itself_in_database():
    aanbeveling = AanbevelingFactory()
    aanbeveling.vervolg_op = aanbeveling
    with pytest.raises(IntegrityError), transaction.atomic():
        aanbeveling.save()
    aanbeveling.refresh_from_db()
    assert aanbeveling.vervolg_op is None


def test_aanbeveling_not_vervolg_op_itself_in_full_clean_in_dutch():
    aanbeveling = AanbevelingFactory()
    aanbeveling.vervolg_op = aanbeveling
    with pytest.raises(ValidationError) as excinfo:
        aanbeveling.full_clean()
    assert "Een aanbeveling kan geen vervolg op zichzelf zijn." in excinfo.value.messages


def test_aanbeveling_follows_up_one_of_an_earlier_evaluation():
    vorige = AanbevelingFactory()
    vervolg = AanbevelingFactory(
        evaluatie=EvaluatieFactory(verband=vorige.evaluatie.verband), vervolg_op=vorige
    )
    vervolg.full_clean()
    assert list(vorige.vervolgen.all()) == [vervolg]
    # Deleting the earlier evaluation keeps the follow-up, without its link.
    vorige.evaluatie.delete()
    vervolg.refresh_from_db()
    assert vervolg.vervolg_op is None


# ---------------------------------------------------------------------------------------------
# Who sees what


def visible_titles(user) -> set[str]:
    return set(Evaluatie.objects.visible_to(user).values_list("titel", flat=True))


@pytest.mark.parametrize("role", ROLES)
def test_visible_to_per_role(scene, role):
    user = scene.users[role] or AnonymousUser()
    expected = {scene.publiek.titel}
    if role in SEES_HIDDEN:
        expected |= {scene.besloten.titel, scene.concept.titel}
    assert visible_titles(user) == expected


@pytest.mark.parametrize("role", ROLES)
def test_visible_to_other_verband_of_role(scene, role):
    """Evaluations of an unrelated verband: public ones to all, hidden ones to beheerders."""
    ander = EvaluatieFactory(titel="Ander verband, concept")
    anders_publiek = EvaluatieFactory(titel="Ander verband, openbaar", openbaar=True)
    user = scene.users[role] or AnonymousUser()
    titles = visible_titles(user)
    assert anders_publiek.titel in titles
    assert (ander.titel in titles) == (role in {"beheerder", "superuser"})


def test_definitief_and_openbaar_both_needed_for_anonymous():
    EvaluatieFactory(titel="Concept maar openbaar", status=choices.Status.CONCEPT, openbaar=True)
    EvaluatieFactory(titel="Definitief, besloten", besloten=True)
    EvaluatieFactory(titel="Openbaar", openbaar_definitief=True)
    assert visible_titles(AnonymousUser()) == {"Openbaar"}


def test_gemeente_user_without_role_sees_no_hidden(scene):
    """A user linked to a deelnemende gemeente but not in the gemeente-medewerker group."""
    user = UserFactory(gemeente=gemeente("Zwolle"))
    assert visible_titles(user) == {scene.publiek.titel}


def test_gemeente_medewerker_loses_sight_when_gemeente_leaves(scene):
    user = scene.users["medewerker_deelnemer"]
    assert scene.concept.titel in visible_titles(user)
    scene.verband.deelnames.filter(gemeente=user.gemeente).update(
        uitgetreden_op=datetime.date(2024, 1, 1)
    )
    assert visible_titles(user) == {scene.publiek.titel}


def test_betrokken_adviseur_loses_sight_when_removed(scene):
    user = scene.users["betrokken_adviseur"]
    scene.verband.betrokken_adviseurs.remove(user)
    assert visible_titles(user) == {scene.publiek.titel}


def test_visible_to_returns_each_evaluation_once(scene):
    """Several reasons to see an evaluation (creator, betrokken) do not duplicate rows."""
    user = scene.users["aanmaker"]
    scene.verband.betrokken_adviseurs.add(user)
    pks = list(Evaluatie.objects.visible_to(user).values_list("pk", flat=True))
    assert len(pks) == len(set(pks)) == 3


def test_is_openbaar_zichtbaar():
    assert EvaluatieFactory(openbaar_definitief=True).is_public
    assert not EvaluatieFactory(besloten=True).is_public
    assert not EvaluatieFactory(openbaar=True, status=choices.Status.CONCEPT).is_public


def test_str_and_url():
    evaluatie = EvaluatieFactory(titel="Evaluatie GR", uitgevoerd_op=datetime.date(2020, 2, 2))
    assert str(evaluatie) == "Evaluatie GR (2020)"
    assert evaluatie.get_absolute_url() == f"/evaluaties/{evaluatie.pk}/"
    assert str(Aanbeveling(evaluatie=evaluatie, tekst="x" * 100)) == "Evaluatie GR: " + "x" * 80
