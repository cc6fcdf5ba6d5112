"""Every form of the site, with the role that may submit it and a valid starting point.

A ``FormSpec`` says where the form is, who submits it and how to fill in the fields the page
leaves empty so that the unchanged form is a valid submit: a hostile change then tests both
ways, refusal (when the change makes it invalid) and saving (when it does not).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from django.contrib.auth.tokens import default_token_generator
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode

from tests.helpers import DRIE_DEELNEMERS, VERBAND_VELDEN, FormData

from .harness import FormPage, new_client, read_form
from .strategies import ShortRepr

# The password of every factory user, and a new one that passes the password validators.
PASSWORD = "geheim-wachtwoord"
NEW_PASSWORD = "Een-Nieuw-Wachtwoord-2025"
BASIS = {
    "titel": "Evaluatie Jeugdzorg 2025",
    "soort": "volgens_regeling",
    "uitvoerder": "Rekenkamer Twente",
    "uitgevoerd_op": "15-06-2025",
    "aanleiding": "Artikel 40 van de regeling: evaluatie elke vier jaar.",
    "methode": "Dossieronderzoek en twaalf interviews.",
}
PUBLICATIE = {
    "titel": "Samenwerken in de regio",
    "soort": "onderzoek",
    "status": "gepubliceerd",
    "samenvatting": "Wat gemeenten leren van tien jaar samenwerking.",
    "inhoud": "De tekst van het onderzoek.",
    "verschenen_op": "01-03-2024",
}


def fill(data: FormData, values: dict) -> None:
    for name, value in values.items():
        data[name] = value


def fill_verband(world, data: FormData) -> None:
    fill(data, {k: v for k, v in VERBAND_VELDEN.items() if k != "versie" and v})
    for i, row in enumerate(DRIE_DEELNEMERS):
        fill(data, {f"deelnames-{i}-{k}": v for k, v in row.items()})


@dataclass(frozen=True, repr=False)
class FormSpec(ShortRepr):
    name: str
    url: Callable  # world -> the form's address
    role: str | None = "adviseur"  # attribute of ``World``; None is an anonymous visitor
    fill: Callable | None = None  # (world, data): fields the page leaves empty
    start: Callable | None = None  # (world, client): a request that must come first

    def __repr__(self) -> str:
        return self.name

    def user(self, world):
        return getattr(world, self.role) if self.role else None

    def client(self, world):
        """A client of this form's role that has made the requests the form needs first."""
        client = new_client(self.user(world))
        if self.start:
            self.start(world, client)
        return client

    def read(self, world) -> FormPage:
        page = read_form(self.client(world), self.url(world), real_ids=world.real_ids())
        if self.fill:
            self.fill(world, page.data)
        return page


def reset_link(world) -> tuple[str, str]:
    user = world.adviseur
    uid = urlsafe_base64_encode(force_bytes(user.pk))
    return uid, default_token_generator.make_token(user)


def start_reset(world, client) -> None:
    """The link from the mail puts the token in the session and redirects to set-password."""
    uid, token = reset_link(world)
    response = client.get(f"/account/herstellen/{uid}/{token}/")
    assert response.status_code == 302, response.status_code


STAPPEN = ["basis", "scores", "bevindingen", "aanbevelingen", "controle"]

SITE_FORMS = [
    FormSpec("verband_create", lambda w: "/verbanden/nieuw/", fill=fill_verband),
    FormSpec("verband_update", lambda w: f"/verbanden/{w.verband.slug}/bewerken/"),
    FormSpec(
        "evaluatie_create",
        lambda w: f"/verbanden/{w.verband.slug}/evaluaties/nieuw/",
        fill=lambda w, data: fill(data, BASIS),
    ),
    *[
        FormSpec(
            f"evaluatie_{stap}", lambda w, stap=stap: f"/evaluaties/{w.evaluatie.pk}/stap/{stap}/"
        )
        for stap in STAPPEN
    ],
    FormSpec(
        "publicatie_create", lambda w: "/kennisbank/nieuw/", fill=lambda w, d: fill(d, PUBLICATIE)
    ),
    FormSpec("publicatie_update", lambda w: f"/kennisbank/{w.publicatie.slug}/bewerken/"),
    FormSpec(
        "login",
        lambda w: "/account/inloggen/",
        role=None,
        fill=lambda w, d: fill(d, {"username": w.adviseur.username, "password": PASSWORD}),
    ),
    FormSpec(
        "password_change",
        lambda w: "/account/wachtwoord-wijzigen/",
        fill=lambda w, d: fill(
            d,
            {
                "old_password": PASSWORD,
                "new_password1": NEW_PASSWORD,
                "new_password2": NEW_PASSWORD,
            },
        ),
    ),
    FormSpec(
        "password_reset",
        lambda w: "/account/wachtwoord-vergeten/",
        role=None,
        fill=lambda w, d: fill(d, {"email": w.adviseur.email}),
    ),
    FormSpec(
        "password_reset_confirm",
        lambda w: f"/account/herstellen/{reset_link(w)[0]}/set-password/",
        role=None,
        start=start_reset,
        fill=lambda w, d: fill(d, {"new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD}),
    ),
]

# Confirmation forms without fields of their own: only extra fields and other roles to try.
DELETE_FORMS = [
    FormSpec("verband_delete", lambda w: f"/verbanden/{w.verband.slug}/verwijderen/"),
    FormSpec("evaluatie_delete", lambda w: f"/evaluaties/{w.evaluatie.pk}/verwijderen/"),
    FormSpec("publicatie_delete", lambda w: f"/kennisbank/{w.publicatie.slug}/verwijderen/"),
]
