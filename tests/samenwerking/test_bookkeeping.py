"""The bookkeeping every object edited in the site shares (``samenwerking.bookkeeping``), and
how beheer shows it (``samenwerking.admin``)."""

from __future__ import annotations

import pytest
from django.contrib import admin
from django.test import RequestFactory

from evaluaties.models import Evaluatie
from kennisbank.models import Publicatie
from samenwerking.admin import BOOKKEEPING_FIELDS
from samenwerking.bookkeeping import EditedInSite
from verbanden.models import Partner, Samenwerkingsverband

EDITED_IN_SITE = [Samenwerkingsverband, Evaluatie, Publicatie]


@pytest.mark.parametrize("model", EDITED_IN_SITE)
def test_objects_edited_in_the_site_share_their_bookkeeping(model):
    assert issubclass(model, EditedInSite)
    names = {f.name for f in model._meta.get_fields()}
    assert set(BOOKKEEPING_FIELDS) <= names
    # Each keeps its own reverse name on the user, as in the migrations.
    assert model._meta.get_field("aangemaakt_door").null


@pytest.mark.parametrize("model", EDITED_IN_SITE)
def test_history_keeps_the_version_but_not_the_change_time_or_search_index(model):
    in_history = {f.name for f in model.history.model._meta.fields}
    assert {"versie", "aangemaakt_door", "aangemaakt_op"} <= in_history
    assert not {"gewijzigd_op", "zoekvector", "zoektermen"} & in_history


@pytest.mark.parametrize("model", EDITED_IN_SITE)
def test_beheer_shows_the_bookkeeping_last_and_read_only_but_the_maker(model):
    model_admin = admin.site._registry[model]
    request = RequestFactory().get("/")
    fieldsets = model_admin.get_fieldsets(request)
    assert fieldsets[-1][1]["fields"][-len(BOOKKEEPING_FIELDS) :] == BOOKKEEPING_FIELDS
    assert set(model_admin.get_readonly_fields(request)) == set(BOOKKEEPING_FIELDS) - {
        "aangemaakt_door"
    }


@pytest.mark.parametrize("model", [Partner, Samenwerkingsverband])
def test_beheer_reads_a_web_address_without_scheme_as_https(model):
    form_field = admin.site._registry[model].formfield_for_dbfield(
        model._meta.get_field("website"), RequestFactory().get("/")
    )
    assert form_field.clean("example.nl") == "https://example.nl"
