"""Security: login throttling, Content Security Policy, deploy checks, error pages, accounts."""

from __future__ import annotations

import datetime
import os
import re
import secrets
import string
import subprocess
import sys
from http import HTTPStatus
from pathlib import Path

import pytest
from axes.models import AccessAttempt
from axes.utils import reset
from django.conf import settings as django_settings
from django.db.models import F
from django.urls import reverse

from tests.factories import AdviseurFactory, DeelnameFactory, VerbandFactory
from tests.helpers import main_text, page_text, parse_form

pytestmark = pytest.mark.django_db

LOGIN_URL = "/account/inloggen/"
WACHTWOORD = "geheim-wachtwoord"  # UserFactory's password
BASE_DIR = Path(django_settings.BASE_DIR)


def login(client, username: str, password: str, **extra):
    """Log in through the login page, as a person does (axes sees the request)."""
    return client.post(LOGIN_URL, {"username": username, "password": password, **extra})


def logged_in(client) -> bool:
    return "_auth_user_id" in client.session


# ---------------------------------------------------------------------------------------------
# Login and throttling (django-axes)


@pytest.fixture
def limit(settings):
    settings.AXES_FAILURE_LIMIT = 3
    return 3


def test_login_page_in_dutch_and_login_works(client):
    user = AdviseurFactory(username="anna")
    page = client.get(LOGIN_URL)
    assert page.status_code == HTTPStatus.OK
    assert "Inloggen" in main_text(page)
    assert parse_form(page, containing="password")

    response = login(client, "anna", WACHTWOORD, next="/verbanden/nieuw/")

    assert response.status_code == HTTPStatus.FOUND
    assert response["Location"] == "/verbanden/nieuw/"
    assert client.session["_auth_user_id"] == str(user.pk)


def test_wrong_password_gives_a_dutch_message(client):
    AdviseurFactory(username="anna")
    response = login(client, "anna", "fout")
    assert response.status_code == HTTPStatus.OK
    assert "Voer een juiste gebruikersnaam en wachtwoord in" in main_text(response)
    assert not logged_in(client)


def test_lockout_after_the_failure_limit_even_with_the_right_password(client, limit):
    AdviseurFactory(username="anna")
    for _ in range(limit - 1):
        response = login(client, "anna", "fout")
        assert response.status_code == HTTPStatus.OK
        assert not logged_in(client)
    login(client, "anna", "fout")  # the limit is reached

    response = login(client, "anna", WACHTWOORD)

    assert response.status_code == HTTPStatus.TOO_MANY_REQUESTS
    assert not logged_in(client)
    text = main_text(response)
    assert "Inloggen tijdelijk geblokkeerd" in text
    assert "Er is te vaak geprobeerd in te loggen met een verkeerd wachtwoord (3 keer)." in text
    assert "Probeer het over 30 minuten opnieuw." in text
    assert 'lang="nl"' in response.content.decode()

    # Another account from the same address is not locked (account + IP address).
    AdviseurFactory(username="bram")
    assert login(client, "bram", WACHTWOORD).status_code == HTTPStatus.FOUND


def test_lockout_ends_with_a_reset(client, limit):
    AdviseurFactory(username="anna")
    for _ in range(limit):
        login(client, "anna", "fout")
    assert login(client, "anna", WACHTWOORD).status_code == HTTPStatus.TOO_MANY_REQUESTS

    assert reset() >= 1

    response = login(client, "anna", WACHTWOORD)
    assert response.status_code == HTTPStatus.FOUND
    assert logged_in(client)


def test_lockout_ends_after_the_cool_off_time(client, limit):
    AdviseurFactory(username="anna")
    for _ in range(limit):
        login(client, "anna", "fout")
    assert login(client, "anna", WACHTWOORD).status_code == HTTPStatus.TOO_MANY_REQUESTS

    # Half an hour passes (AXES_COOLOFF_TIME, 30 minutes).
    AccessAttempt.objects.update(
        attempt_time=F("attempt_time")
        - django_settings.AXES_COOLOFF_TIME
        - datetime.timedelta(seconds=5)
    )

    response = login(client, "anna", WACHTWOORD)
    assert response.status_code == HTTPStatus.FOUND
    assert logged_in(client)


def test_a_successful_login_resets_the_counter(client, limit):
    AdviseurFactory(username="anna")
    for _ in range(limit - 1):
        login(client, "anna", "fout")
    assert login(client, "anna", WACHTWOORD).status_code == HTTPStatus.FOUND
    client.post(reverse("logout"))
    assert not logged_in(client)

    for _ in range(limit - 1):
        assert login(client, "anna", "fout").status_code == HTTPStatus.OK
    response = login(client, "anna", WACHTWOORD)
    assert response.status_code == HTTPStatus.FOUND
    assert logged_in(client)


# ---------------------------------------------------------------------------------------------
# Content Security Policy


def csp_directives(response) -> dict[str, list[str]]:
    header = response["Content-Security-Policy"]
    return {part.split()[0]: part.split()[1:] for part in header.split(";") if part.strip()}


@pytest.fixture
def pages(client):
    """Pages of every kind, with their responses."""
    adviseur = AdviseurFactory()
    verband = VerbandFactory(aangemaakt_door=adviseur)
    DeelnameFactory(verband=verband)

    def get(name):
        client.logout()
        if name in {"edit", "create"}:
            client.force_login(adviseur)
        url = {
            "home": "/",
            "list": "/verbanden/",
            "detail": verband.get_absolute_url(),
            "history": reverse("verbanden:verband_history", args=[verband.slug]),
            "edit": reverse("verbanden:verband_update", args=[verband.slug]),
            "create": "/verbanden/nieuw/",
            "login": LOGIN_URL,
            "gemeenten": "/gemeenten/",
            "404": "/verbanden/bestaat-niet/",
        }[name]
        return client.get(url)

    return get


@pytest.mark.parametrize(
    "name", ["home", "list", "detail", "history", "edit", "create", "login", "gemeenten", "404"]
)
def test_csp_header_with_a_nonce_that_the_scripts_carry(pages, name):
    response = pages(name)
    assert response.status_code in (HTTPStatus.OK, HTTPStatus.NOT_FOUND)
    directives = csp_directives(response)
    header = response["Content-Security-Policy"]

    script_src = directives["script-src"]
    assert "'self'" in script_src
    nonces = [s.removeprefix("'nonce-").removesuffix("'") for s in script_src if "nonce-" in s]
    assert len(nonces) == 1, script_src
    nonce = nonces[0]
    assert len(nonce) >= 16
    assert "unsafe-inline" not in header
    assert "unsafe-eval" not in header
    assert directives["default-src"] == ["'self'"]
    assert directives["object-src"] == ["'none'"]
    assert directives["frame-ancestors"] == ["'none'"]

    html = response.content.decode()
    scripts = re.findall(r"<script\b[^>]*>", html)
    assert scripts, "no <script> on the page"
    for tag in scripts:
        assert f'nonce="{nonce}"' in tag, tag
    # Nothing inline that the policy would block.
    assert not re.search(r"<[a-zA-Z][^>]*\son[a-z]+\s*=", html), "inline event handler"
    assert not re.search(r"<[a-zA-Z][^>]*\sstyle\s*=", html), "inline style attribute"
    assert "<style" not in html
    assert "javascript:" not in html


def test_nonce_differs_per_request(client):
    first = [s for s in csp_directives(client.get("/"))["script-src"] if "nonce-" in s]
    second = [s for s in csp_directives(client.get("/"))["script-src"] if "nonce-" in s]
    assert first and second and first != second


def test_security_headers(client):
    response = client.get("/")
    assert response["X-Frame-Options"] == "DENY"
    assert response["Referrer-Policy"] == "same-origin"
    assert response["X-Content-Type-Options"] == "nosniff"


# ---------------------------------------------------------------------------------------------
# manage.py check --deploy with production settings


def production_env(**overrides) -> dict[str, str]:
    """The environment of a production server: the strict base settings, no test defaults."""
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith("DJANGO_") and key != "DATABASE_URL"
    }
    alphabet = string.ascii_letters + string.digits + "!@#%^&*(-_=+)"
    env.update(
        DJANGO_SETTINGS_MODULE="samenwerking.settings.base",
        DJANGO_SECRET_KEY="".join(secrets.choice(alphabet) for _ in range(60)),
        DJANGO_ALLOWED_HOSTS="samenwerkingsportaal.example.nl",
        DATABASE_URL="sqlite:////tmp/samenwerkingsportaal-check-deploy.sqlite3",
        DJANGO_READ_DOT_ENV_FILE="false",
    )
    env.update(overrides)
    return {k: v for k, v in env.items() if v is not None}


def check_deploy(**overrides) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=BASE_DIR,
        env=production_env(**overrides),
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_check_deploy_is_clean_with_production_settings():
    result = check_deploy()
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    assert "no issues" in output, output


@pytest.mark.parametrize(
    ("overrides", "expected"),
    [
        ({"DJANGO_DEBUG": "true"}, "security.W018"),
        ({"DJANGO_SECURE_SSL_REDIRECT": "false"}, "security.W008"),
        ({"DJANGO_SECURE_HSTS_SECONDS": "0"}, "security.W004"),
        ({"DJANGO_SECURE_COOKIES": "false"}, "security.W012"),
        ({"DJANGO_SECRET_KEY": "kort"}, "security.W009"),
        ({"DJANGO_SECRET_KEY": None}, "DJANGO_SECRET_KEY"),
    ],
    ids=[
        "debug",
        "geen-https-redirect",
        "geen-hsts",
        "onveilige-cookies",
        "korte-sleutel",
        "geen-sleutel",
    ],
)
def test_check_deploy_fails_with_insecure_settings(overrides, expected):
    result = check_deploy(**overrides)
    output = result.stdout + result.stderr
    assert result.returncode != 0, output
    assert expected in output, output


# ---------------------------------------------------------------------------------------------
# Dutch error pages in the site layout


def assert_site_layout(response) -> None:
    html = response.content.decode()
    assert '<html lang="nl"' in html
    assert 'aria-label="Hoofdmenu"' in html
    assert re.search(r"<title>[^<]+\| Samenwerkingsportaal</title>", html)


def test_403_in_dutch_in_the_site_layout(client):
    verband = VerbandFactory()
    client.force_login(AdviseurFactory(first_name="Vera", last_name="Vreemd"))
    response = client.get(reverse("verbanden:verband_update", args=[verband.slug]))
    assert response.status_code == HTTPStatus.FORBIDDEN
    assert_site_layout(response)
    text = main_text(response)
    assert "Geen toegang" in text
    assert "U bent ingelogd als Vera Vreemd" in text


def test_404_in_dutch_in_the_site_layout(client, settings):
    settings.DEBUG = False
    response = client.get("/verbanden/bestaat-niet/")
    assert response.status_code == HTTPStatus.NOT_FOUND
    assert "404.html" in [t.name for t in response.templates]
    assert_site_layout(response)
    text = main_text(response)
    assert "Pagina niet gevonden" in text
    assert "Foutcode 404" in text


def test_500_in_dutch(client, settings):
    settings.DEBUG = False
    settings.ROOT_URLCONF = "tests.samenwerking.urls_met_fout"
    client.raise_request_exception = False
    response = client.get("/kapot/")
    assert response.status_code == HTTPStatus.INTERNAL_SERVER_ERROR
    assert "500.html" in [t.name for t in response.templates]
    html = response.content.decode()
    assert '<html lang="nl"' in html
    text = page_text(response)
    assert "Er ging iets mis" in text
    assert "Foutcode 500" in text
    assert "RuntimeError" not in html
    assert "Een fout om de foutpagina te testen" not in html


# ---------------------------------------------------------------------------------------------
# Password reset and change


def test_password_reset_sends_a_dutch_mail_with_a_working_link(client, mailoutbox):
    user = AdviseurFactory(
        username="anna", email="anna@example.nl", first_name="Anna", last_name="Jansen"
    )

    response = client.post(reverse("password_reset"), {"email": "anna@example.nl"})

    assert response.status_code == HTTPStatus.FOUND
    assert response["Location"] == reverse("password_reset_done")
    assert len(mailoutbox) == 1
    mail = mailoutbox[0]
    assert mail.to == ["anna@example.nl"]
    assert mail.subject == "Nieuw wachtwoord kiezen voor het Samenwerkingsportaal"
    assert "Beste Anna Jansen" in mail.body
    assert "Kies een nieuw wachtwoord via deze link" in mail.body
    link = re.search(r"http://testserver(/account/herstellen/[^/\s]+/[^/\s]+/)", mail.body)
    assert link, mail.body

    page = client.get(link.group(1), follow=True)
    assert page.status_code == HTTPStatus.OK
    assert page.context["validlink"] is True
    assert "Nieuw wachtwoord kiezen" in main_text(page)
    form_url = page.redirect_chain[-1][0]
    nieuw = "Samenwerken-2025!"
    done = client.post(form_url, {"new_password1": nieuw, "new_password2": nieuw})
    assert done.status_code == HTTPStatus.FOUND
    assert done["Location"] == reverse("password_reset_complete")

    client.logout()
    assert login(client, "anna", nieuw).status_code == HTTPStatus.FOUND
    user.refresh_from_db()
    assert user.check_password(nieuw)
    # The link works once.
    assert client.get(link.group(1), follow=True).context["validlink"] is False


def test_password_reset_for_an_unknown_address_sends_nothing_and_says_the_same(client, mailoutbox):
    response = client.post(reverse("password_reset"), {"email": "niemand@example.nl"}, follow=True)
    assert response.status_code == HTTPStatus.OK
    assert "Controleer uw e-mail" in main_text(response)
    assert mailoutbox == []


def test_password_change(client):
    user = AdviseurFactory()
    client.force_login(user)
    nieuw = "Samenwerken-2025!"
    response = client.post(
        reverse("password_change"),
        {"old_password": WACHTWOORD, "new_password1": nieuw, "new_password2": nieuw},
        follow=True,
    )
    assert response.status_code == HTTPStatus.OK
    assert "Uw wachtwoord is gewijzigd" in main_text(response)
    user.refresh_from_db()
    assert user.check_password(nieuw)


def test_password_change_with_a_wrong_old_password_in_dutch(client):
    client.force_login(AdviseurFactory())
    response = client.post(
        reverse("password_change"),
        {"old_password": "fout", "new_password1": "x", "new_password2": "y"},
    )
    assert response.status_code == HTTPStatus.OK
    text = main_text(response)
    assert "Controleer uw invoer" in text
    assert "Oud wachtwoord: Uw oude wachtwoord is niet juist ingevoerd" in text
