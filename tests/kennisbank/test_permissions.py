"""Who may do what in the kennisbank: every role against every page, GET and POST.

Roles: the anonymous bezoeker, a gemeente-medewerker, the adviseur who made the publicaties
(``maker``), another adviseur, and a beheerder. Two publicaties, both made by ``maker`` and both
with a PDF: one gepubliceerd, one concept.

The rules: everybody sees gepubliceerde publicaties; a concept only its maker and beheerders
(for everybody else it does not exist: 404 on every page, before any permission question).
Adviseurs and beheerders add; the maker and beheerders edit and delete. Anonymous visitors of
an edit page go to the login page; a logged-in user without the right gets 403.
"""

from __future__ import annotations

from http import HTTPStatus

import pytest
from django.core.files.base import ContentFile
from django.urls import reverse

from kennisbank.models import Publicatie
from tests.evaluaties.factories import pdf_bytes
from tests.factories import AdviseurFactory, BeheerderFactory, GemeenteMedewerkerFactory
from tests.kennisbank.factories import PublicatieFactory

pytestmark = pytest.mark.django_db

OK = HTTPStatus.OK
FOUND = HTTPStatus.FOUND  # after a successful POST
LOGIN = "naar het inlogformulier"
FORBIDDEN = HTTPStatus.FORBIDDEN
NOT_FOUND = HTTPStatus.NOT_FOUND

ROLES = ["anoniem", "gemeente-medewerker", "maker", "ander-adviseur", "beheerder"]


@pytest.fixture
def media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT


@pytest.fixture
def scene(media_root):
    maker = AdviseurFactory(first_name="Mies", last_name="Maker")
    gepubliceerd = PublicatieFactory(
        titel="Gepubliceerde handreiking", status="gepubliceerd", aangemaakt_door=maker
    )
    concept = PublicatieFactory(
        titel="Conceptrapport Wapenveld",
        samenvatting="Vertrouwelijke samenvatting Hattemerbroek.",
        status="concept",
        aangemaakt_door=maker,
    )
    for publicatie in (gepubliceerd, concept):
        publicatie.bestand.save("rapport.pdf", ContentFile(pdf_bytes(publicatie.titel)))
    users = {
        "anoniem": None,
        "gemeente-medewerker": GemeenteMedewerkerFactory(),
        "maker": maker,
        "ander-adviseur": AdviseurFactory(),
        "beheerder": BeheerderFactory(),
    }
    return {"gepubliceerd": gepubliceerd, "concept": concept, "users": users}


def login(client, scene, role: str):
    user = scene["users"][role]
    if user is not None:
        client.force_login(user)
    return client


# ---------------------------------------------------------------------------------------------
# The matrix: (page, method, which publicatie) -> expected per role, in the order of ROLES.

SEES_ALL = (OK, OK, OK, OK, OK)
SEES_CONCEPT = (NOT_FOUND, NOT_FOUND, OK, NOT_FOUND, OK)
ADD_GET = (LOGIN, FORBIDDEN, OK, OK, OK)
ADD_POST = (LOGIN, FORBIDDEN, FOUND, FOUND, FOUND)
EDIT_GET = (LOGIN, FORBIDDEN, OK, FORBIDDEN, OK)
EDIT_POST = (LOGIN, FORBIDDEN, FOUND, FORBIDDEN, FOUND)
EDIT_CONCEPT_GET = (NOT_FOUND, NOT_FOUND, OK, NOT_FOUND, OK)
EDIT_CONCEPT_POST = (NOT_FOUND, NOT_FOUND, FOUND, NOT_FOUND, FOUND)

MATRIX = {
    ("list", "get", None): SEES_ALL,
    ("detail", "get", "gepubliceerd"): SEES_ALL,
    ("detail", "get", "concept"): SEES_CONCEPT,
    ("bestand", "get", "gepubliceerd"): SEES_ALL,
    ("bestand", "get", "concept"): SEES_CONCEPT,
    ("create", "get", None): ADD_GET,
    ("create", "post", None): ADD_POST,
    ("update", "get", "gepubliceerd"): EDIT_GET,
    ("update", "post", "gepubliceerd"): EDIT_POST,
    ("update", "get", "concept"): EDIT_CONCEPT_GET,
    ("update", "post", "concept"): EDIT_CONCEPT_POST,
    ("delete", "get", "gepubliceerd"): EDIT_GET,
    ("delete", "post", "gepubliceerd"): EDIT_POST,
    ("delete", "get", "concept"): EDIT_CONCEPT_GET,
    ("delete", "post", "concept"): EDIT_CONCEPT_POST,
}

CASES = [
    pytest.param(page, method, which, role, expected[i], id=f"{page}-{method}-{which}-{role}")
    for (page, method, which), expected in MATRIX.items()
    for i, role in enumerate(ROLES)
]


def url_for(page: str, publicatie: Publicatie | None) -> str:
    if page == "list":
        return reverse("kennisbank:publicatie_list")
    if page == "create":
        return reverse("kennisbank:publicatie_create")
    name = {
        "detail": "publicatie_detail",
        "bestand": "publicatie_bestand",
        "update": "publicatie_update",
        "delete": "publicatie_delete",
    }[page]
    return reverse(f"kennisbank:{name}", kwargs={"slug": publicatie.slug})


def form_data(publicatie: Publicatie | None) -> dict:
    """A complete, valid form as the page would submit it (titles changed to see the effect)."""
    return {
        "titel": "Door de matrix gewijzigd",
        "soort": "handreiking",
        "status": publicatie.status if publicatie else "concept",
        "samenvatting": "Een samenvatting.",
        "inhoud": "De tekst zelf.",
        "auteurs": "",
        "uitgever": "",
        "verschenen_op": "1-3-2024",
        "externe_url": "",
        "verbanden": "",
        "gemeenten": "",
        "versie": str(publicatie.versie) if publicatie else "",
    }


@pytest.mark.parametrize(("pagina", "method", "which", "role", "expected"), CASES)
def test_matrix(client, scene, pagina, method, which, role, expected):
    publicatie = scene[which] if which else None
    login(client, scene, role)
    url = url_for(pagina, publicatie)
    aantal = Publicatie.objects.count()

    if method == "get":
        response = client.get(url)
    else:
        response = client.post(url, form_data(publicatie) if pagina != "delete" else {})

    if expected == LOGIN:
        assert response.status_code == HTTPStatus.FOUND
        assert response.url == f"{reverse('login')}?next={url}"
    else:
        assert response.status_code == expected, response.content.decode()[:2000]

    if expected in (NOT_FOUND, FORBIDDEN, LOGIN):
        # Refused: nothing changed, and an error page names nothing of a hidden publicatie.
        assert Publicatie.objects.count() == aantal
        if publicatie is not None:
            publicatie.refresh_from_db()
            assert publicatie.titel != "Door de matrix gewijzigd"
        body = response.content.decode()
        assert "Conceptrapport Wapenveld" not in body
        assert "Hattemerbroek" not in body
    elif method == "post":
        if pagina == "create":
            nieuw = Publicatie.objects.get(titel="Door de matrix gewijzigd")
            assert nieuw.aangemaakt_door == scene["users"][role]
            assert response.url == nieuw.get_absolute_url()
        elif pagina == "update":
            publicatie.refresh_from_db()
            assert publicatie.titel == "Door de matrix gewijzigd"
            assert response.url == publicatie.get_absolute_url()
        else:
            assert not Publicatie.objects.filter(pk=publicatie.pk).exists()
            assert response.url == reverse("kennisbank:publicatie_list")
    elif pagina == "bestand":
        assert response["Content-Type"] == "application/pdf"
        assert b"".join(response.streaming_content) == pdf_bytes(publicatie.titel)
    elif pagina == "detail":
        assert publicatie.titel in response.content.decode()


# ---------------------------------------------------------------------------------------------
# What the pages offer matches what the rules allow


def test_edit_links_only_for_who_may_edit(client, scene):
    publicatie = scene["gepubliceerd"]
    edit_url = url_for("update", publicatie)
    delete_url = url_for("delete", publicatie)
    for role in ROLES:
        client.logout()
        login(client, scene, role)
        body = client.get(publicatie.get_absolute_url()).content.decode()
        may = role in {"maker", "beheerder"}
        assert (edit_url in body) is may, role
        assert (delete_url in body) is may, role


def test_add_button_only_for_adviseurs_and_beheerders(client, scene):
    create_url = reverse("kennisbank:publicatie_create")
    for role in ROLES:
        client.logout()
        login(client, scene, role)
        body = client.get(reverse("kennisbank:publicatie_list")).content.decode()
        assert (create_url in body) is (role in {"maker", "ander-adviseur", "beheerder"}), role


def test_inactive_beheerder_is_refused(client, scene):
    beheerder = scene["users"]["beheerder"]
    beheerder.is_active = False
    beheerder.save()
    client.force_login(beheerder)
    # Django's ModelBackend does not return an inactive user: the session is anonymous.
    url = url_for("update", scene["gepubliceerd"])
    response = client.get(url)
    assert response.status_code == HTTPStatus.FOUND
    assert response.url == f"{reverse('login')}?next={url}"
    assert client.get(url_for("detail", scene["concept"])).status_code == NOT_FOUND


def test_former_adviseur_loses_edit_right_on_own_publicatie(client, scene):
    """The right to edit comes with the role: without it, being the maker is not enough."""
    maker = scene["users"]["maker"]
    maker.groups.clear()
    client.force_login(maker)
    assert client.get(url_for("update", scene["gepubliceerd"])).status_code == FORBIDDEN
    # Still the maker: the concept remains visible to them, but not editable.
    assert client.get(url_for("detail", scene["concept"])).status_code == OK
    assert client.get(url_for("update", scene["concept"])).status_code == FORBIDDEN
