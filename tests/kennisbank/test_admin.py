"""The kennisbank in /beheer/: pages render for a beheerder, publicaties are added and changed
with the same checks as on the site (PDF content, text extraction), themas are managed."""

from __future__ import annotations

import datetime
from http import HTTPStatus

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from kennisbank.models import Publicatie, Thema
from tests.evaluaties.factories import pdf_bytes
from tests.factories import AdviseurFactory, BeheerderFactory, VerbandFactory
from tests.helpers import parse_form
from tests.kennisbank.factories import PublicatieFactory, ThemaFactory

pytestmark = pytest.mark.django_db

TEKST = "Samenwerkingsverbanden in Fryslan"


@pytest.fixture
def media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT


@pytest.fixture
def data(db):
    thema = ThemaFactory(naam="Governance", omschrijving="Sturing en toezicht.")
    verband = VerbandFactory(naam="Omgevingsdienst Regio Utrecht", afkorting="ODRU")
    publicatie = PublicatieFactory(
        titel="Handreiking verbonden partijen",
        themas=[thema],
        verbanden=[verband],
        gemeenten=["Utrecht"],
        domeinen=["omgevingsdienst"],
        aangemaakt_door=AdviseurFactory(),
    )
    PublicatieFactory(titel="Concept in beheer", status="concept")
    return {"publicatie": publicatie, "thema": thema}


@pytest.fixture
def beheer(client):
    beheerder = BeheerderFactory()
    client.force_login(beheerder)
    client.user = beheerder
    return client


def admin_url(model: str, view: str, *args) -> str:
    return reverse(f"admin:kennisbank_{model}_{view}", args=args)


@pytest.mark.parametrize("model", ["publicatie", "thema"])
def test_pages_render_for_beheerder(beheer, data, model):
    obj = data[model]
    for url in [
        admin_url(model, "changelist"),
        admin_url(model, "add"),
        admin_url(model, "change", obj.pk),
        admin_url(model, "delete", obj.pk),
    ]:
        response = beheer.get(url)
        assert response.status_code == HTTPStatus.OK, url
    # The changelist with search, and with each filter of the sidebar.
    term = {"publicatie": "verbonden", "thema": "governance"}[model]
    response = beheer.get(admin_url(model, "changelist"), {"q": term})
    assert response.status_code == HTTPStatus.OK
    assert [str(o) for o in response.context["cl"].result_list] == [str(obj)]
    for spec in response.context["cl"].filter_specs:
        for choice in spec.choices(response.context["cl"]):
            query = choice["query_string"]
            assert beheer.get(admin_url(model, "changelist") + query).status_code == 200, query


def test_changelist_lists_concepts_too(beheer, data):
    response = beheer.get(admin_url("publicatie", "changelist"))
    titels = {p.titel for p in response.context["cl"].result_list}
    assert titels == {"Handreiking verbonden partijen", "Concept in beheer"}


def test_thema_changelist_counts_publicaties(beheer, data):
    response = beheer.get(admin_url("thema", "changelist"))
    html = response.content.decode()
    assert "Governance" in html
    assert response.context["cl"].result_list[0].publicaties.count() == 1


def test_history_page(beheer, data):
    url = reverse("admin:kennisbank_publicatie_history", args=[data["publicatie"].pk])
    assert beheer.get(url).status_code == HTTPStatus.OK


def add_form(client) -> dict:
    form = parse_form(client.get(admin_url("publicatie", "add")), containing="titel")
    form.update(
        {
            "titel": ["Rapport uit beheer"],
            "slug": [""],
            "soort": ["onderzoek"],
            "status": ["gepubliceerd"],
            "verschenen_op": ["15-4-2024"],
            "samenvatting": ["Toegevoegd door een beheerder."],
            "inhoud": [""],
            "verbanden": ["ODRU"],
            "gemeenten": ["Zwolle"],
            "_save": ["Opslaan"],
        }
    )
    return form


def test_add_with_pdf_extracts_text(beheer, data, media_root):
    form = add_form(beheer)
    response = beheer.post(
        admin_url("publicatie", "add"),
        {**form, "bestand": SimpleUploadedFile("rapport.pdf", pdf_bytes(TEKST))},
    )
    assert response.status_code == HTTPStatus.FOUND, response.context["adminform"].form.errors
    publicatie = Publicatie.objects.get(titel="Rapport uit beheer")
    assert publicatie.bestand_tekst == TEKST
    assert publicatie.slug == "rapport-uit-beheer"
    assert publicatie.verschenen_op == datetime.date(2024, 4, 15)
    assert publicatie.aangemaakt_door == beheer.user
    assert [v.naam for v in publicatie.verbanden.all()] == ["Omgevingsdienst Regio Utrecht"]
    assert [g.naam for g in publicatie.gemeenten.all()] == ["Zwolle"]
    with publicatie.bestand.open("rb") as stored:
        assert stored.read() == pdf_bytes(TEKST)
    # Findable by the text of the PDF.
    response = beheer.get("/kennisbank/", {"q": "fryslan"})
    assert [p.titel for p in response.context["publicaties"]] == ["Rapport uit beheer"]


def test_add_with_bad_pdf_refused(beheer, data, media_root):
    form = add_form(beheer)
    response = beheer.post(
        admin_url("publicatie", "add"),
        {**form, "bestand": SimpleUploadedFile("rapport.pdf", b"MZ\x90\x00" + b"\x00" * 300)},
    )
    assert response.status_code == HTTPStatus.OK
    assert response.context["adminform"].form.errors["bestand"] == [
        "Dit bestand is geen PDF. Upload het rapport als PDF-bestand."
    ]
    assert not Publicatie.objects.filter(titel="Rapport uit beheer").exists()


def test_change_saves_back_unchanged_and_raises_versie(beheer, data):
    publicatie = data["publicatie"]
    maker = publicatie.aangemaakt_door
    url = admin_url("publicatie", "change", publicatie.pk)
    form = parse_form(beheer.get(url), containing="titel")
    assert form.value("verbanden") == "Omgevingsdienst Regio Utrecht"
    assert form.value("gemeenten") == "Utrecht"
    form["titel"] = "Handreiking verbonden partijen (herzien)"
    form["_save"] = "Opslaan"
    response = beheer.post(url, form)
    assert response.status_code == HTTPStatus.FOUND, response.context["adminform"].form.errors
    publicatie.refresh_from_db()
    assert publicatie.titel == "Handreiking verbonden partijen (herzien)"
    assert publicatie.versie == 2
    assert publicatie.aangemaakt_door == maker
    assert [t.naam for t in publicatie.themas.all()] == ["Governance"]
    assert [v.naam for v in publicatie.verbanden.all()] == ["Omgevingsdienst Regio Utrecht"]
    assert [g.naam for g in publicatie.gemeenten.all()] == ["Utrecht"]
    assert [d.slug for d in publicatie.domeinen.all()] == ["omgevingsdienst"]


def test_change_with_new_pdf_replaces_text(beheer, data, media_root):
    """The changelist defers bestand_tekst; a new PDF's text must still be saved."""
    publicatie = data["publicatie"]
    url = admin_url("publicatie", "change", publicatie.pk)
    form = parse_form(beheer.get(url), containing="titel")
    form["_save"] = "Opslaan"
    response = beheer.post(
        url,
        {**form, "bestand": SimpleUploadedFile("nieuw.pdf", pdf_bytes("Tekst uit Terschelling"))},
    )
    assert response.status_code == HTTPStatus.FOUND, response.context["adminform"].form.errors
    publicatie.refresh_from_db()
    assert publicatie.bestand_tekst == "Tekst uit Terschelling"
    assert publicatie.versie == 2
    response = beheer.get("/kennisbank/", {"q": "terschelling"})
    assert [p.titel for p in response.context["publicaties"]] == ["Handreiking verbonden partijen"]


def test_change_without_anything_to_read_refused(beheer, data):
    publicatie = data["publicatie"]
    url = admin_url("publicatie", "change", publicatie.pk)
    form = parse_form(beheer.get(url), containing="titel")
    form["inhoud"] = ""
    form["externe_url"] = ""
    form["_save"] = "Opslaan"
    response = beheer.post(url, form)
    assert response.status_code == HTTPStatus.OK
    assert "Voeg een PDF-bestand, een externe link of de inhoud zelf toe" in str(
        response.context["adminform"].form.non_field_errors()
    )
    publicatie.refresh_from_db()
    assert publicatie.inhoud == "De tekst van de publicatie."


def test_thema_added_and_renamed(beheer, data):
    response = beheer.post(
        admin_url("thema", "add"),
        {"naam": "Stelselregie", "slug": "stelselregie", "omschrijving": "", "_save": "Opslaan"},
    )
    assert response.status_code == HTTPStatus.FOUND
    assert Thema.objects.filter(slug="stelselregie").exists()

    thema = data["thema"]
    url = admin_url("thema", "change", thema.pk)
    form = parse_form(beheer.get(url), containing="naam")
    form["naam"] = "Bestuur en governance"
    form["_save"] = "Opslaan"
    assert beheer.post(url, form).status_code == HTTPStatus.FOUND
    # The publicatie is found by the new name of its thema.
    response = beheer.get("/kennisbank/", {"q": "bestuur governance"})
    assert [p.titel for p in response.context["publicaties"]] == ["Handreiking verbonden partijen"]


@pytest.mark.parametrize("who", ["adviseur", "anoniem"])
def test_admin_closed_to_others(client, data, who):
    if who == "adviseur":
        client.force_login(AdviseurFactory())
    response = client.get(admin_url("publicatie", "changelist"))
    assert response.status_code == HTTPStatus.FOUND
    assert response.url.startswith(reverse("admin:login"))
