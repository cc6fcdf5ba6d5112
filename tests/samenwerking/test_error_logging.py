"""A server error is logged with what is needed to reproduce it, and never with typed values."""

from __future__ import annotations

import logging
from http import HTTPStatus

import pytest
from django.test import Client
from django.urls import reverse

from verbanden.forms import VerbandForm

pytestmark = pytest.mark.django_db

LOGGER = "samenwerking.errors"


@pytest.fixture
def broken_verband_form(monkeypatch):
    def boom(self):
        raise RuntimeError("kapot")

    monkeypatch.setattr(VerbandForm, "is_valid", boom)


def test_server_error_logged_with_path_role_and_field_names(adviseur, broken_verband_form, caplog):
    client = Client(raise_request_exception=False)
    client.force_login(adviseur)
    url = reverse("verbanden:verband_create")
    with caplog.at_level(logging.ERROR, logger=LOGGER):
        response = client.post(
            f"{url}?bron=test",
            {"naam": "Geheime regeling", "password": "hunter2", "domeinen": ["1", "2"]},
        )

    assert response.status_code == HTTPStatus.INTERNAL_SERVER_ERROR
    [record] = [r for r in caplog.records if r.name == LOGGER]
    message = record.getMessage()
    assert f"POST {url}" in message
    assert "rol: adviseur" in message
    assert "queryparameters: bron" in message
    assert "naam" in message and "password" in message and "domeinen (2x)" in message
    # Names only: nothing anyone typed, so never a password.
    assert "Geheime regeling" not in message
    assert "hunter2" not in message
    assert "bron=test" not in message and "bron (" not in message
    assert record.exc_info and isinstance(record.exc_info[1], RuntimeError)


def test_client_errors_are_not_logged_as_server_errors(broken_verband_form, caplog, client, db):
    # A visitor cannot reach the form; a 404 or 403 is not a server error and is not logged.
    with caplog.at_level(logging.ERROR, logger=LOGGER):
        assert client.get("/verbanden/bestaat-niet/").status_code == HTTPStatus.NOT_FOUND
        client.post(reverse("verbanden:verband_create"), {"naam": "x"})
    assert not [r for r in caplog.records if r.name == LOGGER]


def test_role_of_names_each_role(adviseur, beheerder, gemeente_medewerker, superuser):
    from django.contrib.auth.models import AnonymousUser

    from samenwerking.middleware import role_of

    assert role_of(AnonymousUser()) == "bezoeker"
    assert role_of(adviseur) == "adviseur"
    assert role_of(beheerder) == "beheerder"
    assert role_of(gemeente_medewerker) == "gemeente-medewerker"
    assert role_of(superuser).endswith("superuser")
