"""The admin's deelnames inline applies the same rules as the site's form."""

from http import HTTPStatus

import pytest
from django.urls import reverse

from tests.factories import VerbandFactory
from tests.helpers import parse_form
from verbanden.choices import Rol
from verbanden.models import Deelname

pytestmark = pytest.mark.django_db


def change_page_data(client, verband):
    url = reverse("admin:verbanden_samenwerkingsverband_change", args=[verband.pk])
    response = client.get(url)
    assert response.status_code == HTTPStatus.OK
    return url, parse_form(response.content.decode(), containing="naam")


def row_of(data, rol: str) -> str:
    """The inline prefix ("deelnames-0") of the row with this rol."""
    for name, values in data.items():
        if name.startswith("deelnames-") and name.endswith("-rol") and values == [rol]:
            return name.removesuffix("-rol")
    raise AssertionError(f"no row with rol {rol}")


def test_admin_refuses_centrumgemeenteconstructie_without_centrumgemeente(superuser_client):
    verband = VerbandFactory.met_deelnemers(3, centrumgemeente="Zwolle")
    url, data = change_page_data(superuser_client, verband)
    data[f"{row_of(data, Rol.CENTRUMGEMEENTE)}-rol"] = Rol.DEELNEMER

    response = superuser_client.post(url, data)

    assert response.status_code == HTTPStatus.OK  # the form again, with the message
    assert "één actieve centrumgemeente" in response.content.decode()
    assert Deelname.objects.filter(verband=verband, rol=Rol.CENTRUMGEMEENTE).count() == 1


def test_admin_saves_a_valid_change_of_the_deelnames(superuser_client):
    verband = VerbandFactory.met_deelnemers(3, centrumgemeente="Zwolle")
    url, data = change_page_data(superuser_client, verband)
    data[f"{row_of(data, Rol.DEELNEMER)}-rol"] = Rol.GASTGEMEENTE

    response = superuser_client.post(url, data)

    assert response.status_code == HTTPStatus.FOUND
    assert Deelname.objects.filter(verband=verband, rol=Rol.GASTGEMEENTE).count() == 1
