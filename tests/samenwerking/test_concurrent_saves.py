"""Two people press "Opslaan" at the same moment: exactly one wins, the other gets the conflict page.

Unlike ``tests/verbanden/test_concurrency.py`` (one save after the other), the two saves here
really overlap: two threads, each with its own browser (test client) and its own database
connection, wait at a barrier and then post. On SQLite this needs a database file (the test
settings use one): WAL, the busy timeout and write transactions that lock at their start make
the slower writer wait and then find the newer version, instead of failing with "database is
locked". On PostgreSQL the conditional UPDATE waits for the other row lock.

Transactional tests: every request commits for real, as in production.
"""

from __future__ import annotations

import threading
from http import HTTPStatus

import pytest
from django.db import connection, connections, transaction
from django.test import Client
from django.urls import reverse

from evaluaties.models import Bevinding, Evaluatie
from kennisbank.models import Publicatie
from samenwerking.sqlite.base import write_transactions
from tests.evaluaties.factories import BevindingFactory, EvaluatieFactory
from tests.factories import AdviseurFactory, BeheerderFactory, DeelnameFactory, VerbandFactory
from tests.factories import gemeente as gemeente_named
from tests.helpers import browser as logged_in
from tests.helpers import parse_form
from tests.kennisbank.factories import PublicatieFactory
from verbanden.models import Samenwerkingsverband

pytestmark = pytest.mark.usefixtures("reference_data")

# Long enough for a loaded CI machine; a request normally takes milliseconds.
WAIT = 60


def browser(user=None) -> Client:
    """A client that answers a server error with its 500 page instead of raising it."""
    return logged_in(user, raise_request_exception=False)


def post_at_once(posts: list[tuple[Client, str, dict]]) -> list:
    """Post every (client, url, data) from its own thread, released together by a barrier."""
    barrier = threading.Barrier(len(posts))
    responses: list = [None] * len(posts)
    errors: list[BaseException] = []

    def run(index, client, url, data):
        try:
            barrier.wait(timeout=WAIT)
            responses[index] = client.post(url, data)
        except BaseException as error:  # reported in the test thread
            errors.append(error)
        finally:
            connections.close_all()  # this thread's connection

    threads = [
        threading.Thread(target=run, args=(i, *post), daemon=True) for i, post in enumerate(posts)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=WAIT)
    assert not any(thread.is_alive() for thread in threads), "a save never finished"
    assert not errors, errors
    return responses


def assert_one_wins(responses) -> None:
    statuses = sorted(response.status_code for response in responses)
    assert statuses == [HTTPStatus.FOUND, HTTPStatus.CONFLICT], statuses


@pytest.mark.parametrize("attempt", range(3))
def test_simultaneous_verband_saves(attempt):
    anna, bram = AdviseurFactory(), AdviseurFactory()
    verband = VerbandFactory(wgr=True, aangemaakt_door=anna, betrokken_adviseurs=[anna, bram])
    for naam in ("Zwolle", "Kampen"):
        DeelnameFactory(verband=verband, gemeente=gemeente_named(naam))
    url = reverse("verbanden:verband_update", args=[verband.slug])
    records_before = Samenwerkingsverband.history.filter(id=verband.pk).count()
    clients = [browser(anna), browser(bram)]
    posts = []
    for client, tekst in zip(clients, ("Anna schreef dit.", "Bram schreef dit."), strict=True):
        data = parse_form(client.get(url))
        data["omschrijving"] = tekst
        data["deelnames-0-bijdrage"] = "1.000" if client is clients[0] else "2.000"
        posts.append((client, url, data))

    responses = post_at_once(posts)

    assert_one_wins(responses)
    verband.refresh_from_db()
    assert verband.versie == 2
    winner = 0 if responses[0].status_code == HTTPStatus.FOUND else 1
    assert verband.omschrijving == ("Anna schreef dit.", "Bram schreef dit.")[winner]
    # The loser's page still holds what they typed, now against the winner's version.
    loser = responses[1 - winner]
    shown = parse_form(loser)
    assert shown.value("omschrijving") == ("Anna schreef dit.", "Bram schreef dit.")[1 - winner]
    assert shown.value("versie") == "2"
    # One save, one history record of the verband.
    assert Samenwerkingsverband.history.filter(id=verband.pk).count() == records_before + 1


@pytest.mark.parametrize("attempt", range(3))
def test_simultaneous_publicatie_saves(attempt):
    maker, beheerder = AdviseurFactory(), BeheerderFactory()
    publicatie = PublicatieFactory(aangemaakt_door=maker, status="gepubliceerd")
    url = reverse("kennisbank:publicatie_update", args=[publicatie.slug])
    posts = []
    for user, titel in ((maker, "Titel van de maker"), (beheerder, "Titel van de beheerder")):
        client = browser(user)
        data = parse_form(client.get(url), containing="titel")
        data["titel"] = titel
        posts.append((client, url, data))

    responses = post_at_once(posts)

    assert_one_wins(responses)
    publicatie.refresh_from_db()
    assert publicatie.versie == 2
    winner = 0 if responses[0].status_code == HTTPStatus.FOUND else 1
    assert publicatie.titel == ("Titel van de maker", "Titel van de beheerder")[winner]
    assert Publicatie.objects.count() == 1


@pytest.mark.parametrize("attempt", range(2))
@pytest.mark.parametrize("stap", ["basis", "bevindingen"])
def test_simultaneous_evaluatie_step_saves(stap, attempt):
    maker, beheerder = AdviseurFactory(), BeheerderFactory()
    evaluatie = EvaluatieFactory(
        aangemaakt_door=maker, verband=VerbandFactory(aangemaakt_door=maker)
    )
    bevinding = BevindingFactory(evaluatie=evaluatie, tekst="Oorspronkelijke bevinding.")
    url = reverse("evaluaties:evaluatie_stap", kwargs={"pk": evaluatie.pk, "stap": stap})
    field = "titel" if stap == "basis" else "bevindingen-0-tekst"
    posts = []
    for user, tekst in ((maker, "Tekst van de maker"), (beheerder, "Tekst van de beheerder")):
        client = browser(user)
        data = parse_form(client.get(url), containing=field)
        data[field] = tekst
        posts.append((client, url, data))

    responses = post_at_once(posts)

    assert_one_wins(responses)
    evaluatie.refresh_from_db()
    bevinding.refresh_from_db()
    assert evaluatie.versie == 2
    winner = 0 if responses[0].status_code == HTTPStatus.FOUND else 1
    stored = evaluatie.titel if stap == "basis" else bevinding.tekst
    assert stored == ("Tekst van de maker", "Tekst van de beheerder")[winner]
    assert Bevinding.objects.filter(evaluatie=evaluatie).count() == 1
    assert Evaluatie.history.filter(id=evaluatie.pk, versie=2).exists()


def test_readers_do_not_wait_for_a_writer():
    """A page loads while another request holds the write lock (WAL; reads begin deferred)."""
    verband = VerbandFactory(naam="Regio Lezen")
    locked, read_done = threading.Event(), threading.Event()
    outcome: dict = {}

    def writer():
        try:
            with write_transactions(), transaction.atomic():
                Samenwerkingsverband.objects.filter(pk=verband.pk).update(omschrijving="Bezig")
                locked.set()
                outcome["reader_finished_while_locked"] = read_done.wait(timeout=WAIT)
        finally:
            connections.close_all()

    thread = threading.Thread(target=writer, daemon=True)
    thread.start()
    assert locked.wait(timeout=WAIT)
    response = Client().get(reverse("verbanden:verband_detail", args=[verband.slug]))
    read_done.set()
    thread.join(timeout=WAIT)

    assert response.status_code == HTTPStatus.OK
    assert outcome["reader_finished_while_locked"]


@pytest.mark.skipif(connection.vendor != "sqlite", reason="SQLite's journal and lock settings")
def test_sqlite_runs_in_wal_mode_with_a_busy_timeout():
    with connection.cursor() as cursor:
        cursor.execute("PRAGMA journal_mode")
        assert cursor.fetchone()[0] == "wal"
        cursor.execute("PRAGMA busy_timeout")
        assert cursor.fetchone()[0] >= 5000
