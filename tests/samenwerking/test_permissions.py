"""Who may do what: the permission matrix over every page, the object rules, the role groups.

The four roles of DESIGN.md ("Who uses it"): the bezoeker (anonymous), the gemeente-medewerker
(linked to one gemeente), the adviseur (here a betrokken adviseur of the verband) and the
beheerder (staff in the beheerder group, not a superuser).
"""

from __future__ import annotations

from http import HTTPStatus
from urllib.parse import parse_qs, urlsplit

import pytest
from django.contrib.auth.models import AnonymousUser, Group, Permission
from django.core.management.sql import emit_post_migrate_signal
from django.urls import reverse

from samenwerking.permissions import ADVISEUR, BEHEERDER, GEMEENTE_MEDEWERKER
from samenwerking.permissions import ROLLEN as ROLLEN_VAN_HET_PORTAAL
from samenwerking.roles import ROLE_PERMISSIONS, sync_roles
from tests.factories import (
    AdviseurFactory,
    BeheerderFactory,
    DeelnameFactory,
    GemeenteMedewerkerFactory,
    UserFactory,
    VerbandFactory,
    gemeente,
)
from tests.helpers import parse_form, verband_form_data
from verbanden.models import Deelname, Samenwerkingsverband

pytestmark = pytest.mark.django_db

BEZOEKER = "bezoeker"
# The roles as the project defines them (samenwerking/roles.py), plus the anonymous visitor:
# a new role there is a new column here, and the matrix refuses to run without its outcomes.
ROLLEN = (BEZOEKER, *ROLE_PERMISSIONS)

LOGIN_PATH = "/account/inloggen/"
ADMIN_LOGIN_PATH = "/beheer/login/"


@pytest.fixture
def verband(db):
    """A Wgr verband in Overijssel with Zwolle as a deelnemer, made by some other adviseur."""
    verband = VerbandFactory(
        wgr=True, naam="Veiligheidsregio IJsselland", aangemaakt_door=AdviseurFactory()
    )
    for naam in ("Zwolle", "Kampen", "Deventer"):
        DeelnameFactory(verband=verband, gemeente=gemeente(naam))
    return verband


def user_for(rol: str, verband):
    """A user in ``rol``; the adviseur is a betrokken adviseur of ``verband``."""
    if rol == BEZOEKER:
        return None
    if rol == GEMEENTE_MEDEWERKER:
        return GemeenteMedewerkerFactory(gemeente=gemeente("Zwolle"))
    if rol == ADVISEUR:
        user = AdviseurFactory()
        verband.betrokken_adviseurs.add(user)
        return user
    return BeheerderFactory()


# ---------------------------------------------------------------------------------------------
# The permission matrix

OK = HTTPStatus.OK
FORBIDDEN = HTTPStatus.FORBIDDEN
LOGIN = "naar het inlogformulier"
ADMIN_LOGIN = "naar het inlogformulier van beheer"

#              bezoeker     gemeente-medewerker  adviseur     beheerder
PUBLIEK = (OK, OK, OK, OK)
BEWERKEN = (LOGIN, FORBIDDEN, OK, OK)
BEHEER = (ADMIN_LOGIN, ADMIN_LOGIN, ADMIN_LOGIN, OK)
ACCOUNT = (LOGIN, OK, OK, OK)

MATRIX = {
    "verband_list": (lambda v: reverse("verbanden:verband_list"), PUBLIEK),
    "verband_detail": (lambda v: reverse("verbanden:verband_detail", args=[v.slug]), PUBLIEK),
    "verband_create": (lambda v: reverse("verbanden:verband_create"), BEWERKEN),
    "verband_update": (lambda v: reverse("verbanden:verband_update", args=[v.slug]), BEWERKEN),
    "verband_delete": (lambda v: reverse("verbanden:verband_delete", args=[v.slug]), BEWERKEN),
    "verband_history": (lambda v: reverse("verbanden:verband_history", args=[v.slug]), PUBLIEK),
    "gemeente_list": (lambda v: reverse("verbanden:gemeente_list"), PUBLIEK),
    "gemeente_detail": (
        lambda v: reverse("verbanden:gemeente_detail", args=[gemeente("Zwolle").slug]),
        PUBLIEK,
    ),
    "home": (lambda v: reverse("home"), PUBLIEK),
    "beheer": (lambda v: "/beheer/", BEHEER),
    "beheer_verbanden": (lambda v: "/beheer/verbanden/samenwerkingsverband/", BEHEER),
    "beheer_verband_wijzigen": (
        lambda v: reverse("admin:verbanden_samenwerkingsverband_change", args=[v.pk]),
        BEHEER,
    ),
    "password_change": (lambda v: reverse("password_change"), ACCOUNT),
}


def test_matrix_columns_are_the_roles():
    assert ROLLEN == (BEZOEKER, GEMEENTE_MEDEWERKER, ADVISEUR, BEHEERDER)
    assert set(ROLE_PERMISSIONS) == set(ROLLEN_VAN_HET_PORTAAL)


def _matrix_cases():
    for pagina, (_, expected) in MATRIX.items():
        for rol, outcome in zip(ROLLEN, expected, strict=True):
            yield pytest.param(pagina, rol, outcome, id=f"{pagina}-{rol}")


def assert_redirect_to_login(response, login_path: str, next_url: str) -> None:
    assert response.status_code == HTTPStatus.FOUND, response.status_code
    location = urlsplit(response["Location"])
    assert location.path == login_path, response["Location"]
    assert parse_qs(location.query) == {"next": [next_url]}, response["Location"]


# (Not "page": that name is pytest-playwright's browser page fixture.)
@pytest.mark.parametrize(("pagina", "rol", "expected"), list(_matrix_cases()))
def test_permission_matrix(client, verband, pagina, rol, expected):
    url = MATRIX[pagina][0](verband)
    user = user_for(rol, verband)
    if user is not None:
        client.force_login(user)

    response = client.get(url)

    if expected == LOGIN:
        assert_redirect_to_login(response, LOGIN_PATH, url)
    elif expected == ADMIN_LOGIN:
        assert_redirect_to_login(response, ADMIN_LOGIN_PATH, url)
    else:
        assert response.status_code == expected, (url, rol, response.status_code)
    if expected == FORBIDDEN:
        assert "Geen toegang" in response.content.decode()


# ---------------------------------------------------------------------------------------------
# POST is refused exactly like GET, and changes nothing


def _snapshot(verband):
    verband.refresh_from_db()
    return (
        Samenwerkingsverband.objects.count(),
        verband.naam,
        verband.versie,
        sorted(Deelname.objects.filter(verband=verband).values_list("gemeente__naam", flat=True)),
    )


def _post_data(pagina: str, verband):
    if pagina == "verband_delete":
        return {}
    data = verband_form_data(naam="Overgenomen door een ander")
    if pagina == "verband_update":
        data["versie"] = verband.versie
    return data


VREEMDE_ADVISEUR = "vreemde adviseur"  # neither maker nor betrokken


@pytest.mark.parametrize(
    ("pagina", "rol", "expected"),
    [
        pytest.param(pagina, rol, expected, id=f"{pagina}-{rol}")
        for pagina in ("verband_create", "verband_update", "verband_delete")
        for rol, expected in [
            (BEZOEKER, LOGIN),
            (GEMEENTE_MEDEWERKER, FORBIDDEN),
            (VREEMDE_ADVISEUR, FORBIDDEN),
        ]
        if not (pagina == "verband_create" and rol == VREEMDE_ADVISEUR)  # every adviseur may
    ],
)
def test_post_refused_like_get_and_changes_nothing(client, verband, pagina, rol, expected):
    if rol == VREEMDE_ADVISEUR:
        client.force_login(AdviseurFactory())
    elif rol != BEZOEKER:
        client.force_login(user_for(rol, verband))
    url = MATRIX[pagina][0](verband)
    before = _snapshot(verband)

    response = client.post(url, _post_data(pagina, verband))

    if expected == LOGIN:
        assert_redirect_to_login(response, LOGIN_PATH, url)
    else:
        assert response.status_code == expected
    assert _snapshot(verband) == before
    assert not Samenwerkingsverband.objects.filter(naam="Overgenomen door een ander").exists()


# ---------------------------------------------------------------------------------------------
# Object rules, asked directly


@pytest.mark.parametrize(
    ("wie", "mag"),
    [
        ("aanmaker", True),
        ("betrokken adviseur", True),
        ("vreemde adviseur", False),
        ("gemeente-medewerker van een deelnemer", False),
        ("gemeente-medewerker die aanmaker en betrokken is", False),
        ("aanmaker die geen adviseur meer is", False),
        ("beheerder", True),
        ("superuser zonder groep", True),
        ("bezoeker", False),
    ],
)
def test_object_rules(verband, wie, mag):
    if wie == "aanmaker":
        user = AdviseurFactory()
        verband.aangemaakt_door = user
        verband.save()
    elif wie == "betrokken adviseur":
        user = AdviseurFactory()
        verband.betrokken_adviseurs.add(user)
    elif wie == "vreemde adviseur":
        user = AdviseurFactory()
        VerbandFactory(aangemaakt_door=user, betrokken_adviseurs=[user])  # their own, another
    elif wie == "gemeente-medewerker van een deelnemer":
        user = GemeenteMedewerkerFactory(gemeente=gemeente("Zwolle"))
    elif wie == "gemeente-medewerker die aanmaker en betrokken is":
        user = GemeenteMedewerkerFactory(gemeente=gemeente("Kampen"))
        verband.aangemaakt_door = user
        verband.save()
        verband.betrokken_adviseurs.add(user)
    elif wie == "aanmaker die geen adviseur meer is":
        user = UserFactory()
        verband.aangemaakt_door = user
        verband.save()
        verband.betrokken_adviseurs.add(user)
    elif wie == "beheerder":
        user = BeheerderFactory()
    elif wie == "superuser zonder groep":
        user = UserFactory(is_superuser=True, is_staff=True)
    else:
        user = AnonymousUser()

    assert user.has_perm("verbanden.change_samenwerkingsverband", verband) is mag
    assert user.has_perm("verbanden.delete_samenwerkingsverband", verband) is mag


@pytest.mark.parametrize(
    ("factory", "mag"),
    [
        (AdviseurFactory, True),
        (BeheerderFactory, True),
        (GemeenteMedewerkerFactory, False),
        (UserFactory, False),
    ],
)
def test_who_may_register_a_verband(factory, mag):
    assert factory().has_perm("verbanden.add_samenwerkingsverband") is mag


def test_gemeente_medewerker_without_gemeente_is_no_gemeente_medewerker():
    from samenwerking.permissions import gemeente_takes_part, is_gemeente_medewerker

    def takes_part(user, verband) -> bool:
        return Samenwerkingsverband.objects.filter(
            gemeente_takes_part(user, "pk"), pk=verband.pk
        ).exists()

    verband = VerbandFactory()
    DeelnameFactory(verband=verband, gemeente=gemeente("Zwolle"))
    zonder = GemeenteMedewerkerFactory(gemeente=None)
    zwolle = GemeenteMedewerkerFactory(gemeente=gemeente("Zwolle"))
    kampen = GemeenteMedewerkerFactory(gemeente=gemeente("Kampen"))
    assert not is_gemeente_medewerker(zonder)
    assert is_gemeente_medewerker(zwolle)
    assert takes_part(zwolle, verband)
    assert not takes_part(kampen, verband)
    assert not takes_part(zonder, verband)


# ---------------------------------------------------------------------------------------------
# Object rules, through the views


def _edit(client, verband, **changes):
    """Load the edit form, change fields, submit; returns the response of the submit."""
    url = reverse("verbanden:verband_update", args=[verband.slug])
    page = client.get(url)
    assert page.status_code == HTTPStatus.OK
    data = parse_form(page)
    for name, value in changes.items():
        data[name] = value
    return client.post(url, data)


def test_adviseur_cannot_edit_or_delete_a_verband_they_are_not_on(client, verband):
    client.force_login(AdviseurFactory())
    update = reverse("verbanden:verband_update", args=[verband.slug])
    delete = reverse("verbanden:verband_delete", args=[verband.slug])

    assert client.get(update).status_code == HTTPStatus.FORBIDDEN
    assert client.get(delete).status_code == HTTPStatus.FORBIDDEN
    data = verband_form_data(naam="Gekaapt")
    data["versie"] = verband.versie
    assert client.post(update, data).status_code == HTTPStatus.FORBIDDEN
    assert client.post(delete).status_code == HTTPStatus.FORBIDDEN

    verband.refresh_from_db()
    assert verband.naam == "Veiligheidsregio IJsselland"
    assert verband.deelnames.count() == 3


@pytest.mark.parametrize("hoe", ["aangemaakt_door", "betrokken"])
def test_adviseur_can_edit_and_delete_when_maker_or_betrokken(client, hoe):
    adviseur = AdviseurFactory()
    if hoe == "aangemaakt_door":
        verband = VerbandFactory(naam="Eigen verband", aangemaakt_door=adviseur)
    else:
        verband = VerbandFactory(
            naam="Eigen verband", aangemaakt_door=AdviseurFactory(), betrokken_adviseurs=[adviseur]
        )
    DeelnameFactory(verband=verband, gemeente=gemeente("Zwolle"))
    client.force_login(adviseur)

    response = _edit(client, verband, naam="Eigen verband, hernoemd")
    assert response.status_code == HTTPStatus.FOUND, response.content.decode()[:2000]
    verband.refresh_from_db()
    assert verband.naam == "Eigen verband, hernoemd"

    delete = reverse("verbanden:verband_delete", args=[verband.slug])
    assert client.get(delete).status_code == HTTPStatus.OK
    assert client.post(delete).status_code == HTTPStatus.FOUND
    assert not Samenwerkingsverband.objects.filter(pk=verband.pk).exists()


def test_gemeente_medewerker_cannot_edit_even_their_own_gemeente(client, verband):
    medewerker = GemeenteMedewerkerFactory(gemeente=gemeente("Zwolle"))
    assert verband.deelnames.filter(gemeente=medewerker.gemeente).exists()
    client.force_login(medewerker)

    for name in ("verband_update", "verband_delete"):
        url = reverse(f"verbanden:{name}", args=[verband.slug])
        assert client.get(url).status_code == HTTPStatus.FORBIDDEN, name
    assert client.get(reverse("verbanden:verband_create")).status_code == HTTPStatus.FORBIDDEN
    data = verband_form_data(naam="Door Zwolle gewijzigd")
    data["versie"] = verband.versie
    url = reverse("verbanden:verband_update", args=[verband.slug])
    assert client.post(url, data).status_code == HTTPStatus.FORBIDDEN
    verband.refresh_from_db()
    assert verband.naam == "Veiligheidsregio IJsselland"


def test_beheerder_can_edit_everything(client, verband):
    beheerder = BeheerderFactory()
    assert not beheerder.is_superuser
    assert not verband.betrokken_adviseurs.filter(pk=beheerder.pk).exists()
    client.force_login(beheerder)

    response = _edit(client, verband, naam="Veiligheidsregio IJsselland (beheer)")
    assert response.status_code == HTTPStatus.FOUND
    verband.refresh_from_db()
    assert verband.naam == "Veiligheidsregio IJsselland (beheer)"

    admin_url = reverse("admin:verbanden_samenwerkingsverband_change", args=[verband.pk])
    assert client.get(admin_url).status_code == HTTPStatus.OK
    delete = reverse("verbanden:verband_delete", args=[verband.slug])
    assert client.post(delete).status_code == HTTPStatus.FOUND
    assert not Samenwerkingsverband.objects.filter(pk=verband.pk).exists()


def test_edit_links_only_for_those_who_may_edit(client, verband):
    """The detail page offers 'bewerken' to those who may, and not to others (the server
    refuses anyway; this checks the template asks the same rules)."""
    update = reverse("verbanden:verband_update", args=[verband.slug])
    detail = reverse("verbanden:verband_detail", args=[verband.slug])
    assert f'href="{update}"' not in client.get(detail).content.decode()
    client.force_login(GemeenteMedewerkerFactory())
    assert f'href="{update}"' not in client.get(detail).content.decode()
    client.force_login(user_for(ADVISEUR, verband))
    assert f'href="{update}"' in client.get(detail).content.decode()


# ---------------------------------------------------------------------------------------------
# The role groups


def _perms(group: Group) -> set[str]:
    return {
        f"{app}.{codename}"
        for app, codename in group.permissions.values_list("content_type__app_label", "codename")
    }


def _crud(model: str, *actions: str) -> set[str]:
    app, name = model.split(".")
    return {f"{app}.{action}_{name}" for action in actions or ("add", "change", "delete", "view")}


# What each role may do in the registry and with accounts (other apps join the roles later).
VERWACHT = {
    GEMEENTE_MEDEWERKER: _crud("verbanden.samenwerkingsverband", "view")
    | _crud("verbanden.deelname", "view")
    | _crud("verbanden.partnerdeelname", "view"),
    ADVISEUR: _crud("verbanden.samenwerkingsverband")
    | _crud("verbanden.deelname")
    | _crud("verbanden.partnerdeelname")
    | _crud("verbanden.partner", "add", "view"),
    BEHEERDER: _crud("verbanden.samenwerkingsverband")
    | _crud("verbanden.deelname")
    | _crud("verbanden.partnerdeelname")
    | _crud("verbanden.partner")
    | _crud("verbanden.gemeente")
    | _crud("verbanden.provincie")
    | _crud("verbanden.domein")
    | _crud("samenwerking.user")
    | _crud("auth.group", "view"),
}
REGISTRY_APPS = ("verbanden.", "samenwerking.", "auth.")


@pytest.mark.parametrize("rol", [GEMEENTE_MEDEWERKER, ADVISEUR, BEHEERDER])
def test_role_groups_exist_after_migrate_with_their_permissions(rol):
    group = Group.objects.get(name=rol)
    registry_perms = {p for p in _perms(group) if p.startswith(REGISTRY_APPS)}
    assert registry_perms == VERWACHT[rol]


def test_sync_roles_is_idempotent_and_restores_the_roles():
    def snapshot():
        return {g.name: _perms(g) for g in Group.objects.filter(name__in=VERWACHT)}

    before = snapshot()
    group_count = Group.objects.count()
    sync_roles()
    sync_roles()
    assert snapshot() == before
    assert Group.objects.count() == group_count

    # Someone fiddled with the groups in beheer: the next sync puts the roles right again.
    adviseur = Group.objects.get(name=ADVISEUR)
    adviseur.permissions.add(Permission.objects.get(codename="delete_gemeente"))
    Group.objects.get(name=GEMEENTE_MEDEWERKER).permissions.clear()
    Group.objects.get(name=BEHEERDER).delete()
    sync_roles()
    assert snapshot() == before


def test_roles_are_created_by_post_migrate():
    Group.objects.filter(name__in=VERWACHT).delete()
    emit_post_migrate_signal(verbosity=0, interactive=False, db="default")
    assert set(Group.objects.filter(name__in=VERWACHT).values_list("name", flat=True)) == set(
        VERWACHT
    )
    assert {p for p in _perms(Group.objects.get(name=ADVISEUR)) if p.startswith(REGISTRY_APPS)} == (
        VERWACHT[ADVISEUR]
    )


@pytest.mark.parametrize(
    ("factory", "shown"),
    [
        (None, False),
        (GemeenteMedewerkerFactory, False),
        (AdviseurFactory, True),
        (BeheerderFactory, True),
    ],
)
def test_new_verband_link_only_for_those_who_may_register(client, factory, shown):
    if factory is not None:
        client.force_login(factory())
    page = client.get(reverse("verbanden:verband_list")).content.decode()
    assert (f'href="{reverse("verbanden:verband_create")}"' in page) is shown
