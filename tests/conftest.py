"""Shared fixtures: the real CBS gemeenten, loaded once per test database, and users.

Gemeenten are reference data and are never faked: ``django_db_setup`` runs the same
``import_gemeenten`` command a real installation runs. With pytest-xdist every worker has its
own test database and loads them once for itself.
"""

from __future__ import annotations

import io

import pytest
from django.core.management import call_command
from django.db import connections

from tests.factories import (
    AdviseurFactory,
    BeheerderFactory,
    GemeenteMedewerkerFactory,
    UserFactory,
)
from verbanden.models import Gemeente


def pytest_configure(config):
    # WhiteNoise warns on every request that STATIC_ROOT does not exist: tests never run
    # collectstatic, and the live server serves static files through the finders instead.
    config.addinivalue_line("filterwarnings", "ignore:No directory at:UserWarning")


# The migrated and imported database, serialised per alias by ``django_db_setup``.
REFERENCE_DATA: dict[str, str] = {}


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """Migrate (pytest-django), then load provincies, gemeenten and herindelingen once."""
    with django_db_blocker.unblock():
        call_command("import_gemeenten", stdout=io.StringIO())
        for alias in connections:
            connection = connections[alias]
            REFERENCE_DATA[alias] = connection.creation.serialize_db_to_string()
            # For tests marked ``django_db(serialized_rollback=True)``.
            connection._test_serialized_contents = REFERENCE_DATA[alias]


@pytest.fixture
def reference_data(transactional_db):
    """The gemeenten, provincies and seeded domeinen in a transactional test.

    A transactional test (every ``live_server`` test) flushes all tables when it ends, reference
    data included, so the next one reloads the copy serialised after the import.
    ``serialized_rollback`` would do the same, but it keeps that copy on the connection object,
    and once Playwright's event loop runs in the test thread Django hands out another
    connection object (asgiref's thread-critical Local turns into a context variable), so the
    copy is not found. pytest-django runs transactional tests after all other database tests,
    so their flushes do not reach those.
    """
    for alias, data in REFERENCE_DATA.items():
        if not Gemeente.objects.using(alias).exists():
            # The flush's post_migrate signal made content types and permissions with new ids;
            # clear them too, so that every row comes back with its original id.
            call_command(
                "flush", database=alias, interactive=False, inhibit_post_migrate=True, verbosity=0
            )
            connections[alias].creation.deserialize_db_from_string(data)


@pytest.fixture
def user(db):
    return UserFactory()


@pytest.fixture
def superuser(db):
    return UserFactory(is_staff=True, is_superuser=True)


@pytest.fixture
def superuser_client(client, superuser):
    client.force_login(superuser)
    return client


# The four roles of DESIGN.md ("Who uses it"); the bezoeker is the anonymous ``client``.


@pytest.fixture
def adviseur(db):
    return AdviseurFactory(first_name="Anna", last_name="de Adviseur")


@pytest.fixture
def gemeente_medewerker(db):
    """Works for Zwolle."""
    return GemeenteMedewerkerFactory(first_name="Gerrit", last_name="Gemeentemans")


@pytest.fixture
def beheerder(db):
    return BeheerderFactory(first_name="Bea", last_name="Beheer")


@pytest.fixture
def adviseur_client(client, adviseur):
    client.force_login(adviseur)
    return client
