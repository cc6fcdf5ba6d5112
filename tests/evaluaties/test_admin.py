"""The Django admin of evaluaties (/beheer/): pages render, inlines save, criteria can be added."""

from __future__ import annotations

import datetime
from http import HTTPStatus

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from evaluaties.models import Aanbeveling, Beoordeling, Criterium, Evaluatie
from tests.evaluaties.factories import (
    AanbevelingFactory,
    EvaluatieFactory,
    criteria,
    pdf_bytes,
    volledige_evaluatie,
)
from tests.factories import AdviseurFactory, BeheerderFactory, VerbandFactory
from tests.helpers import parse_form

pytestmark = pytest.mark.django_db

MODELS = ["evaluatie", "criterium", "aanbeveling", "bevinding", "beoordeling"]


@pytest.fixture
def data(db):
    verband = VerbandFactory(naam="Werkorganisatie De Wolden Hoogeveen")
    eerder = volledige_evaluatie(
        verband, titel="Eerste evaluatie", uitgevoerd_op=datetime.date(2019, 1, 1)
    )
    later = volledige_evaluatie(verband, titel="Tweede evaluatie", openbaar=True)
    vervolg = AanbevelingFactory(evaluatie=later, vervolg_op=eerder.aanbevelingen.first())
    return {
        "evaluatie": later,
        "criterium": criteria()[0],
        "aanbeveling": vervolg,
        "bevinding": later.bevindingen.first(),
        "beoordeling": later.beoordelingen.first(),
    }


def admin_url(model: str, view: str, *args) -> str:
    return reverse(f"admin:evaluaties_{model}_{view}", args=args)


def registered(model: str) -> bool:
    from django.contrib import admin

    return any(
        m._meta.app_label == "evaluaties" and m._meta.model_name == model
        for m in admin.site._registry
    )


@pytest.mark.parametrize("model", [m for m in MODELS if m != "beoordeling"])
@pytest.mark.parametrize("who", ["superuser", "beheerder"])
def test_changelist_add_and_change_pages(client, data, superuser, model, who):
    client.force_login(superuser if who == "superuser" else BeheerderFactory())
    obj = data[model]
    for url in [
        admin_url(model, "changelist"),
        admin_url(model, "add"),
        admin_url(model, "change", obj.pk),
        admin_url(model, "delete", obj.pk),
    ]:
        response = client.get(url)
        assert response.status_code == HTTPStatus.OK, url
    # The changelist with search, and with each filter of the sidebar.
    response = client.get(admin_url(model, "changelist"), {"q": "evaluatie"})
    assert response.status_code == HTTPStatus.OK
    for spec in response.context["cl"].filter_specs:
        for choice in spec.choices(response.context["cl"]):
            query = choice["query_string"]
            assert client.get(admin_url(model, "changelist") + query).status_code == 200, query


def test_beoordeling_only_through_its_evaluatie():
    """Beoordelingen are edited as an inline of their evaluatie, not on their own."""
    assert not registered("beoordeling")
    assert all(registered(m) for m in MODELS if m != "beoordeling")


def test_evaluatie_change_page_has_the_three_inlines(superuser_client, data):
    evaluatie = data["evaluatie"]
    response = superuser_client.get(admin_url("evaluatie", "change", evaluatie.pk))
    prefixes = {formset.formset.prefix for formset in response.context["inline_admin_formsets"]}
    assert prefixes == {"beoordelingen", "bevindingen", "aanbevelingen"}
    html = response.content.decode()
    for beoordeling in evaluatie.beoordelingen.all():
        assert beoordeling.toelichting in html
    for aanbeveling in evaluatie.aanbevelingen.all():
        assert aanbeveling.tekst in html


def test_evaluatie_saved_back_unchanged_from_the_admin(superuser_client, data):
    """Posting the change form as the browser would: inline rows included, nothing lost."""
    evaluatie = data["evaluatie"]
    url = admin_url("evaluatie", "change", evaluatie.pk)
    form = parse_form(superuser_client.get(url), containing="titel")
    form["titel"] = "Tweede evaluatie (herzien)"
    form["_save"] = "Opslaan"
    response = superuser_client.post(url, form)
    assert response.status_code == HTTPStatus.FOUND, response.context["adminform"].form.errors
    evaluatie.refresh_from_db()
    assert evaluatie.titel == "Tweede evaluatie (herzien)"
    assert evaluatie.beoordelingen.count() == 5
    assert evaluatie.bevindingen.count() == 3
    assert evaluatie.aanbevelingen.count() == 4
    assert evaluatie.aanbevelingen.filter(vervolg_op__isnull=False).count() == 1


def test_new_criterium_row_preselected_in_admin_inline(superuser_client, data):
    evaluatie = data["evaluatie"]
    nieuw = Criterium.objects.create(naam="Lerend vermogen", omschrijving="Leert van evaluaties.")
    response = superuser_client.get(admin_url("evaluatie", "change", evaluatie.pk))
    form = parse_form(response, containing="titel")
    rows = [
        key
        for key, values in form.items()
        if key.startswith("beoordelingen-")
        and key.endswith("-criterium")
        and values == [str(nieuw.pk)]
    ]
    assert len(rows) == 1


def test_bad_rapport_refused_in_admin(superuser_client, data, media_root):
    evaluatie = data["evaluatie"]
    url = admin_url("evaluatie", "change", evaluatie.pk)
    form = parse_form(superuser_client.get(url), containing="titel")
    form["_save"] = "Opslaan"
    exe = SimpleUploadedFile("rapport.pdf", b"MZ\x90\x00" + b"\x00" * 300)
    response = superuser_client.post(url, {**form, "rapport": exe})
    assert response.status_code == HTTPStatus.OK
    assert response.context["adminform"].form.errors["rapport"] == [
        "Dit bestand is geen PDF. Upload het rapport als PDF-bestand."
    ]
    evaluatie.refresh_from_db()
    assert not evaluatie.rapport
    ok = SimpleUploadedFile("rapport.pdf", pdf_bytes())
    response = superuser_client.post(url, {**form, "rapport": ok})
    assert response.status_code == HTTPStatus.FOUND
    evaluatie.refresh_from_db()
    assert evaluatie.rapport.read() == pdf_bytes()
    evaluatie.rapport.close()


@pytest.mark.parametrize(
    ("which", "message"),
    [
        ("zelfde", "Kies een aanbeveling uit een eerdere evaluatie, niet uit deze evaluatie."),
        (
            "ander_verband",
            "Deze aanbeveling hoort bij een evaluatie van een ander samenwerkingsverband.",
        ),
    ],
)
def test_aanbeveling_admin_refuses_wrong_vervolg_op(superuser_client, data, which, message):
    aanbeveling = data["aanbeveling"]
    if which == "zelfde":
        vorige = AanbevelingFactory(evaluatie=aanbeveling.evaluatie)
    else:
        vorige = AanbevelingFactory(evaluatie=EvaluatieFactory())
    url = admin_url("aanbeveling", "change", aanbeveling.pk)
    form = parse_form(superuser_client.get(url), containing="tekst")
    form["vervolg_op"] = vorige.pk
    form["_save"] = "Opslaan"
    response = superuser_client.post(url, form)
    assert response.status_code == HTTPStatus.OK
    assert response.context["adminform"].form.errors["vervolg_op"] == [message]
    aanbeveling.refresh_from_db()
    assert aanbeveling.vervolg_op_id != vorige.pk


def test_vervolg_op_autocomplete_finds_by_evaluation_title(superuser_client, data):
    response = superuser_client.get(
        reverse("admin:autocomplete"),
        {
            "app_label": "evaluaties",
            "model_name": "aanbeveling",
            "field_name": "vervolg_op",
            "term": "Eerste evaluatie",
        },
    )
    assert response.status_code == HTTPStatus.OK
    results = response.json()["results"]
    eerder = Evaluatie.objects.get(titel="Eerste evaluatie")
    assert {int(r["id"]) for r in results} == set(eerder.aanbevelingen.values_list("pk", flat=True))


def test_vervolg_op_autocomplete_names_the_evaluation(superuser_client, data):
    response = superuser_client.get(
        reverse("admin:autocomplete"),
        {"app_label": "evaluaties", "model_name": "aanbeveling", "field_name": "vervolg_op"},
    )
    results = response.json()["results"]
    assert results
    titels = set(Evaluatie.objects.values_list("titel", flat=True))
    assert all(r["text"].split(": ", 1)[0] in titels for r in results), results


@pytest.mark.parametrize("who", ["adviseur", "anoniem"])
def test_admin_closed_to_others(client, data, who):
    if who == "adviseur":
        client.force_login(AdviseurFactory())
    response = client.get(admin_url("evaluatie", "changelist"))
    assert response.status_code == HTTPStatus.FOUND
    assert response.url.startswith(reverse("admin:login"))


# ---------------------------------------------------------------------------------------------
# A beheerder adds a criterium; new evaluations are scored on it


def test_beheerder_adds_criterium_used_in_scores_step(client):
    beheerder = BeheerderFactory()
    client.force_login(beheerder)
    response = client.post(
        admin_url("criterium", "add"),
        {
            "naam": "Lerend vermogen",
            "omschrijving": "De samenwerking leert van evaluaties en stuurt bij.",
            "volgorde": "60",
            "actief": "on",
            "_save": "Opslaan",
        },
    )
    assert response.status_code == HTTPStatus.FOUND
    nieuw = Criterium.objects.get(naam="Lerend vermogen")
    assert nieuw.actief

    # A betrokken adviseur starts a new evaluation: the new criterium is in the scores step.
    adviseur = AdviseurFactory()
    verband = VerbandFactory(betrokken_adviseurs=[adviseur])
    client.force_login(adviseur)
    response = client.post(
        reverse("evaluaties:evaluatie_create", kwargs={"slug": verband.slug}),
        {
            "titel": "Evaluatie met nieuw criterium",
            "soort": "zelfevaluatie",
            "uitvoerder": "Het verband zelf",
            "uitgevoerd_op": "1-3-2025",
            "richting": "volgende",
        },
    )
    assert response.status_code == HTTPStatus.FOUND
    evaluatie = Evaluatie.objects.get(titel="Evaluatie met nieuw criterium")
    scores = client.get(response.url)
    html = scores.content.decode()
    assert "Lerend vermogen" in html
    assert f'name="score_{nieuw.pk}"' in html
    assert f'name="toelichting_{nieuw.pk}"' in html
    # Last in the order (volgorde 60 after 10..50).
    assert html.index(f'name="toelichting_{nieuw.pk}"') > max(
        html.index(f'name="toelichting_{c.pk}"') for c in criteria() if c != nieuw
    )

    # And it is needed to make the evaluation definitief.
    for criterium in criteria():
        if criterium != nieuw:
            Beoordeling.objects.create(evaluatie=evaluatie, criterium=criterium, score=3)
    controle = reverse("evaluaties:evaluatie_stap", kwargs={"pk": evaluatie.pk, "stap": "controle"})
    evaluatie.refresh_from_db()
    response = client.post(
        controle,
        {
            "samenvatting": "Klaar.",
            "status": "definitief",
            "richting": "volgende",
            "versie": evaluatie.versie,
        },
    )
    assert response.status_code == HTTPStatus.OK
    assert "Nog niet gescoord: Lerend vermogen." in response.context["form"].errors["status"][0]


def test_beheerder_may_deactivate_criterium_in_changelist(client):
    client.force_login(BeheerderFactory())
    criterium = criteria()[4]
    response = client.get(admin_url("criterium", "changelist"))
    form = parse_form(response, containing="form-TOTAL_FORMS")
    index = next(
        key.split("-")[1]
        for key, values in form.items()
        if key.endswith("-id") and values == [str(criterium.pk)]
    )
    form.pop(f"form-{index}-actief", None)
    form["_save"] = "Opslaan"
    response = client.post(admin_url("criterium", "changelist"), form)
    assert response.status_code == HTTPStatus.FOUND
    criterium.refresh_from_db()
    assert not criterium.actief
    assert criterium not in criteria()
    assert Aanbeveling.objects.count() == 0  # nothing else touched


@pytest.mark.parametrize(
    ("which", "message"),
    [
        ("zelfde", "Kies een aanbeveling uit een eerdere evaluatie, niet uit deze evaluatie."),
        (
            "ander_verband",
            "Deze aanbeveling hoort bij een evaluatie van een ander samenwerkingsverband.",
        ),
    ],
)
def test_aanbeveling_inline_refuses_wrong_vervolg_op(superuser_client, data, which, message):
    """The evaluatie's own aanbevelingen rows check their vervolg_op as the aanbeveling page does."""
    evaluatie = data["evaluatie"]
    if which == "zelfde":
        vorige = evaluatie.aanbevelingen.exclude(pk=data["aanbeveling"].pk).first()
    else:
        vorige = AanbevelingFactory(evaluatie=EvaluatieFactory())
    url = admin_url("evaluatie", "change", evaluatie.pk)
    form = parse_form(superuser_client.get(url), containing="titel")
    form["aanbevelingen-0-vervolg_op"] = vorige.pk
    form["_save"] = "Opslaan"
    response = superuser_client.post(url, form)
    assert response.status_code == HTTPStatus.OK
    formset = next(
        inline.formset
        for inline in response.context["inline_admin_formsets"]
        if inline.formset.prefix == "aanbevelingen"
    )
    assert formset.forms[0].errors["vervolg_op"] == [message]
