"""The add and change form of every model in the beheer (/beheer/) survives hostile input.

The cases come from ``admin.site._registry`` itself, so a newly registered model is covered
without touching this file. As a superuser: GET the page, read its form (inlines and their
management forms included), change a few fields, POST, and check with ``harness.submit``;
and with every typed field, and every choice and id, hostile at once.
"""

from __future__ import annotations

import pytest
from django.apps import apps
from django.contrib import admin
from django.urls import reverse
from hypothesis import given
from hypothesis import strategies as st

from tests.helpers import FormData

from .harness import (
    FormPage,
    all_of,
    assert_no_server_error,
    describe,
    examples,
    isolated,
    new_client,
    read_form,
    submit,
)
from .strategies import SWEEPS, ShortRepr, submissions

ADMIN_MODELS = [model._meta.label for model in admin.site._registry]


def existing_object(world, model):
    """The world's own object of ``model`` where it has one, else the first row, or None."""
    own = {
        "samenwerking.User": world.adviseur,
        "verbanden.Samenwerkingsverband": world.verband,
        "evaluaties.Evaluatie": world.evaluatie,
        "kennisbank.Publicatie": world.publicatie,
        "kennisbank.Thema": world.thema,
    }
    return own.get(model._meta.label) or model._default_manager.order_by("pk").first()


@pytest.fixture
def failed_login(world):
    """One failed login, so that the login throttling tables have a row to change."""
    client = new_client()
    client.post("/account/inloggen/", {"username": world.adviseur.username, "password": "fout"})


def read_admin_page(world, url: str) -> FormPage:
    client = new_client(world.superuser)
    response = client.get(url)
    assert_no_server_error(response, f"GET {url}")
    if response.status_code != 200:
        # Not offered (read-only models, or no such row): a POST must be refused all the same.
        return FormPage(url=url, data=FormData(), kinds={}, real_ids=world.real_ids())
    return read_form(client, url, real_ids=world.real_ids())


class Pages(ShortRepr, tuple):
    def __repr__(self) -> str:
        return " and ".join(page.url for page in self)


@pytest.fixture(params=ADMIN_MODELS)
def admin_pages(request, world, failed_login) -> Pages:
    """The add page and the change page of one model, read once per test."""
    model = apps.get_model(request.param)
    info = f"admin:{model._meta.app_label}_{model._meta.model_name}"
    found = existing_object(world, model)
    # Without rows (some login throttling logs), the change page of an id that is not there.
    change = reverse(f"{info}_change", args=[found.pk if found else 1])
    return Pages(read_admin_page(world, url) for url in (reverse(f"{info}_add"), change))


def test_admin_forms_survive_hostile_input(world, admin_pages, baseline):
    """Every field of a kind hostile at once (``ADMIN_SWEEPS``), then Hypothesis' examples."""
    all_of(
        lambda: every_field_at_once(world, admin_pages, baseline),
        lambda: hostile_examples(world, admin_pages, baseline),
    )


ADMIN_SWEEPS = [
    "typed over the limit",
    "ids not a number",
    "ids beyond any database",
    "stored rows as new",
]


def every_field_at_once(world, pages, baseline) -> None:
    for page in pages:
        for sweep in ADMIN_SWEEPS:
            submission = page.every(*SWEEPS[sweep])
            with isolated():
                submit(
                    new_client(world.superuser),
                    page,
                    submission.apply(page.data),
                    describe("POST", page.url, world.superuser, f"{sweep}: {submission!r}"),
                    skip_rows_of=submission.tampered_prefixes,
                    before=baseline.get(),
                )


@examples(3)
@given(data=st.data())
def hostile_examples(world, pages, baseline, data) -> None:
    """Each example submits a hostile change to the add form and one to the change form."""
    drawn = [data.draw(submissions(page.shape()), label=page.url) for page in pages]
    for page, submission in zip(pages, drawn, strict=True):
        with isolated():
            submit(
                new_client(world.superuser),
                page,
                submission.apply(page.data),
                describe("POST", page.url, world.superuser, submission),
                skip_rows_of=submission.tampered_prefixes,
                before=baseline.get(),
            )
