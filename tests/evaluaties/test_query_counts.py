"""Evaluation pages do a fixed number of queries, whatever the number of evaluations.

As in tests/test_query_counts.py: render with few rows, add rows, render again, and assert the
same number of queries (any N+1 shows up as a difference, listed query by query). Every
evaluation has five scores, three bevindingen and three aanbevelingen, which follow up those of
the evaluation before it. Half of them are public; the gemeente-medewerker (Zwolle, which takes
part) sees them all, the anonymous visitor only the public half.
"""

from __future__ import annotations

import datetime
from http import HTTPStatus

import pytest
from django.urls import reverse

from evaluaties.models import Evaluatie
from tests.evaluaties.factories import AanbevelingFactory, BevindingFactory, volledige_evaluatie
from tests.factories import (
    AdviseurFactory,
    DeelnameFactory,
    GemeenteMedewerkerFactory,
    VerbandFactory,
    gemeente,
)
from tests.test_query_counts import assert_same_queries, queries_for

pytestmark = pytest.mark.django_db

ROLES = ["anoniem", "medewerker"]


@pytest.fixture(params=ROLES)
def role(request):
    return request.param


@pytest.fixture
def role_client(client, role):
    if role == "medewerker":
        client.force_login(GemeenteMedewerkerFactory(gemeente=gemeente("Zwolle")))
    return client


def new_verband(naam: str = "Omgevingsdienst IJsselland", **kwargs):
    verband = VerbandFactory(naam=naam, wgr=True, domeinen=["omgevingsdienst", "afval"], **kwargs)
    for g in ["Zwolle", "Kampen", "Dalfsen", "Raalte"]:
        DeelnameFactory(verband=verband, gemeente=gemeente(g))
    return verband


def add_evaluaties(verband, n: int) -> list[Evaluatie]:
    """``n`` more evaluations of ``verband``, a year apart, the even ones public; the
    aanbevelingen of each follow up those of the one before."""
    bestaand = list(verband.evaluaties.order_by("uitgevoerd_op"))
    start = len(bestaand)
    vorige = bestaand[-1] if bestaand else None
    nieuw = []
    for i in range(start, start + n):
        evaluatie = volledige_evaluatie(
            verband,
            titel=f"Evaluatie {verband.naam} {2000 + i}",
            uitgevoerd_op=datetime.date(2000 + i, 6, 1),
            openbaar=i % 2 == 0,
            status="definitief",
        )
        if vorige is not None:
            for eerder, later in zip(
                vorige.aanbevelingen.all(), evaluatie.aanbevelingen.all(), strict=False
            ):
                later.vervolg_op = eerder
                later.save()
        vorige = evaluatie
        nieuw.append(evaluatie)
    return nieuw


def visible(role: str, evaluaties) -> list[Evaluatie]:
    return [e for e in evaluaties if role == "medewerker" or e.openbaar]


# ---------------------------------------------------------------------------------------------


def test_overview(role_client, role):
    verband = new_verband()
    add_evaluaties(verband, 1)
    url = reverse("evaluaties:evaluatie_list")
    few = queries_for(role_client, url)
    add_evaluaties(verband, 11)
    add_evaluaties(new_verband("Veiligheidsregio IJsselland"), 12)
    many = queries_for(role_client, url)
    shown = role_client.get(url).context["evaluaties"]
    assert len(shown) == (24 if role == "medewerker" else 12)
    assert_same_queries(few, many, "12 evaluations or more")


@pytest.mark.parametrize(
    "params",
    [{"status": "definitief"}, {"jaar": "2000"}, {"soort": "zelfevaluatie", "domein": "afval"}],
)
def test_overview_filtered(role_client, params):
    verband = new_verband()
    add_evaluaties(verband, 1)
    url = reverse("evaluaties:evaluatie_list")
    few = queries_for(role_client, url, params)
    add_evaluaties(verband, 11)
    many = queries_for(role_client, url, params)
    assert_same_queries(few, many, "12 evaluations")


def test_verband_page(role_client, role):
    verband = new_verband()
    add_evaluaties(verband, 1)
    url = verband.get_absolute_url()
    few = queries_for(role_client, url)
    add_evaluaties(verband, 11)
    many = queries_for(role_client, url)
    response = role_client.get(url)
    assert "sp-chart__svg" in response.content.decode()
    assert len(response.context["evaluaties"]) == (12 if role == "medewerker" else 6)
    assert_same_queries(few, many, "12 evaluations")


def test_detail(role_client, role):
    """The detail of one evaluation with 1 and with 12 bevindingen and aanbevelingen, every
    aanbeveling following up one of the evaluation before and followed up in the one after."""
    verband = new_verband()
    eerder, klein, later = add_evaluaties(verband, 3)  # 2000 public, 2001 not, 2002 public
    for qs in (klein.bevindingen, klein.aanbevelingen):
        for obj in list(qs.all())[1:]:
            obj.delete()
    if role == "anoniem":
        Evaluatie.objects.filter(pk=klein.pk).update(openbaar=True)
    few = queries_for(role_client, klein.get_absolute_url())

    groot = add_evaluaties(verband, 2)[1]  # 2004, public
    voor = Evaluatie.objects.get(verband=verband, uitgevoerd_op__year=2003)
    BevindingFactory.create_batch(9, evaluatie=groot)
    for _ in range(9):
        AanbevelingFactory(evaluatie=groot, vervolg_op=voor.aanbevelingen.first())
    na = add_evaluaties(verband, 1)[0]
    for aanbeveling in groot.aanbevelingen.all():
        AanbevelingFactory(evaluatie=na, vervolg_op=aanbeveling)
    add_evaluaties(verband, 7)
    many = queries_for(role_client, groot.get_absolute_url())
    response = role_client.get(groot.get_absolute_url())
    assert len(response.context["evaluatie"].aanbevelingen.all()) == 12
    assert_same_queries(few, many, "12 bevindingen and aanbevelingen")


def test_compare(role_client, role):
    eerste, tweede = new_verband(), new_verband("Veiligheidsregio IJsselland")
    evaluaties = visible(role, add_evaluaties(eerste, 6) + add_evaluaties(tweede, 6))
    url = reverse("evaluaties:evaluatie_compare")
    twee = [evaluaties[0].pk, evaluaties[-1].pk]
    zes = [e.pk for e in evaluaties[:3] + evaluaties[-3:]]
    few = queries_for(role_client, url, {"evaluatie": twee})
    many = queries_for(role_client, url, {"evaluatie": zes})
    response = role_client.get(url, {"evaluatie": zes})
    assert len(response.context["evaluaties"]) == 6
    assert_same_queries(few, many, "6 evaluations")


def test_verwacht(role_client, role):
    def due_verband(n: int):
        verband = new_verband(
            f"Gemeenschappelijke regeling {n:02d}", opgericht_op=datetime.date(2001, 1, 1)
        )
        add_evaluaties(verband, 3)  # the last one in 2002: due since 2006
        return verband

    url = reverse("evaluaties:evaluatie_verwacht")
    due_verband(0)
    few = queries_for(role_client, url)
    for n in range(1, 12):
        due_verband(n)
    many = queries_for(role_client, url)
    assert len(role_client.get(url).context["verwacht"]) == 12
    assert_same_queries(few, many, "12 verbanden with evaluations")


def test_gemeente_profile_with_verwacht(role_client):
    url = gemeente("Zwolle").get_absolute_url()
    add_evaluaties(new_verband("Regeling 00", opgericht_op=datetime.date(2001, 1, 1)), 2)
    few = queries_for(role_client, url)
    for n in range(1, 12):
        add_evaluaties(new_verband(f"Regeling {n:02d}", opgericht_op=datetime.date(2001, 1, 1)), 2)
    many = queries_for(role_client, url)
    assert_same_queries(few, many, "12 verbanden with evaluations")


# ---------------------------------------------------------------------------------------------
# The step pages, for the betrokken adviseur


@pytest.mark.parametrize(
    "stap",
    [
        "basis",
        "scores",
        "bevindingen",
        "aanbevelingen",
        "controle",
    ],
)
def test_step_pages(client, stap):
    adviseur = AdviseurFactory()
    verband = new_verband(betrokken_adviseurs=[adviseur])
    client.force_login(adviseur)

    def url(evaluatie):
        return reverse("evaluaties:evaluatie_stap", kwargs={"pk": evaluatie.pk, "stap": stap})

    vorige, klein = add_evaluaties(verband, 2)
    for qs in (klein.beoordelingen, klein.bevindingen, klein.aanbevelingen, vorige.aanbevelingen):
        for obj in list(qs.all())[1:]:
            obj.delete()
    few = queries_for(client, url(klein))

    vorige, groot = add_evaluaties(verband, 2)
    AanbevelingFactory.create_batch(9, evaluatie=vorige)
    BevindingFactory.create_batch(9, evaluatie=groot)
    AanbevelingFactory.create_batch(9, evaluatie=groot)
    many = queries_for(client, url(groot))
    assert_same_queries(few, many, "5 scores, 12 bevindingen, 12 aanbevelingen")
    response = client.get(url(groot))
    assert response.status_code == HTTPStatus.OK
