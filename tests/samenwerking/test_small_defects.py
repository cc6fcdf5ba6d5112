"""Small defects, each answered in Dutch instead of with a server error or a surprise.

- a very long line in the publicatie form's verbanden and gemeenten fields
- a damaged or password-protected PDF as the rapport of an evaluatie (one check for both apps)
- uploaded PDFs are served as downloads, never shown inline
- amounts: only the digits and notations people type for euro
- paging of the evaluaties: any page number shows the nearest page
- a form submitted without a valid CSRF token gets a Dutch page that says what to do
"""

from __future__ import annotations

import datetime
import io
from decimal import Decimal
from http import HTTPStatus

import pytest
from django import forms
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse
from pypdf import PdfWriter

from evaluaties.models import Evaluatie
from kennisbank.models import Publicatie
from samenwerking.fields import EuroField, parse_euro
from tests.evaluaties.factories import EvaluatieFactory, pdf_bytes
from tests.factories import AdviseurFactory, DeelnameFactory, VerbandFactory, gemeente
from tests.helpers import (
    browser,
    main_text,
    page_text,
    parse_form,
    publicatie_form_data,
    verband_form_data,
)
from tests.kennisbank.factories import PublicatieFactory
from verbanden.models import Deelname, Samenwerkingsverband

pytestmark = pytest.mark.django_db

BESCHADIGD = (
    "Dit PDF-bestand is beschadigd of kan niet worden gelezen. Sla het opnieuw op als PDF "
    "en probeer het nog eens."
)
BEVEILIGD = "Dit PDF-bestand is beveiligd met een wachtwoord. Upload een onbeveiligde versie."
ONGELDIG_BEDRAG = "Vul een bedrag in euro in, bijvoorbeeld 12.500 of 12.500,50."


@pytest.fixture
def media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT


def files_in(root) -> list:
    return sorted(p for p in root.rglob("*") if p.is_file()) if root.exists() else []


# ---------------------------------------------------------------------------------------------
# (a) A very long line in the publicatie form


@pytest.mark.parametrize("field", ["verbanden", "gemeenten"])
@pytest.mark.parametrize("length", [300, 60_000])
def test_publicatie_form_refuses_a_very_long_line(adviseur, field, length):
    client = browser(adviseur)
    regel = "Omgevingsdienst " + "x" * (length - 16)
    data = publicatie_form_data(
        client, **{field: f"Zwolle\n{regel}" if field == "gemeenten" else regel}
    )

    response = client.post("/kennisbank/nieuw/", data)

    assert response.status_code == HTTPStatus.OK
    errors = response.context["form"].errors
    assert list(errors) == [field]
    (message,) = errors[field]
    if length == 300:
        assert message == (
            "De regel ‘Omgevingsdienst xxxxxxxxxxxxxxxxxxxxxxxx…’ is te lang voor een naam: "
            "hoogstens 255 tekens."
        )
    else:
        typed = len(data.value(field))
        assert message == (
            f"Zorg dat deze waarde niet meer dan 25600 tekens bevat (het zijn er nu {typed})."
        )
    assert message in main_text(response)
    assert not Publicatie.objects.exists()
    # What was typed is kept, and the rest of the form too.
    kept = parse_form(response, containing="titel")
    assert kept.value("titel") == "Regionaal opdrachtgeverschap"


def test_publicatie_form_names_of_normal_length_still_found(adviseur):
    VerbandFactory(naam="Omgevingsdienst IJsselland", afkorting="ODIJ")
    client = browser(adviseur)
    data = publicatie_form_data(client, verbanden="ODIJ", gemeenten="Zwolle")
    response = client.post("/kennisbank/nieuw/", data)
    assert response.status_code == HTTPStatus.FOUND
    publicatie = Publicatie.objects.get()
    assert [v.naam for v in publicatie.verbanden.all()] == ["Omgevingsdienst IJsselland"]


# The same SQLite limit (LIKE patterns up to 50,000 characters) elsewhere: a long search text
# is "nothing found" or a Dutch message, never a server error.
@pytest.mark.parametrize(
    "url",
    [
        "/gemeenten/?q=",
        "/verbanden/?q=",
        "/evaluaties/?q=",
        "/kennisbank/?q=",
        "/zoeken/?q=",
        "/kennisbank/?verband=",
        "/kennisbank/?gemeente=",
    ],
)
def test_lists_with_a_very_long_search_text(url):
    # Rows to compare with: SQLite checks the pattern only when it meets a row.
    verband = VerbandFactory.met_deelnemers(2, naam="Omgevingsdienst IJsselland")
    EvaluatieFactory(verband=verband, openbaar=True)
    PublicatieFactory(verbanden=[verband], gemeenten=["Zwolle"])
    response = browser(raise_request_exception=False).get(url + "x" * 60_000)
    assert response.status_code == HTTPStatus.OK


def test_admin_search_with_a_very_long_text(superuser):
    VerbandFactory.met_deelnemers(2, naam="Omgevingsdienst IJsselland")
    client = browser(superuser, raise_request_exception=False)
    lang = "x" * 60_000
    failures = {}
    for url in (
        reverse("admin:verbanden_samenwerkingsverband_changelist") + f"?q={lang}",
        reverse("admin:verbanden_gemeente_changelist") + f"?q={lang}",
        reverse("admin:autocomplete")
        + f"?app_label=verbanden&model_name=deelname&field_name=gemeente&term={lang}",
    ):
        status = client.get(url).status_code
        if status >= 500:
            failures[url.split("?")[0]] = status
    assert not failures, failures


# ---------------------------------------------------------------------------------------------
# (b) Damaged and encrypted PDFs as the rapport of an evaluatie


def written_pdf(tekst: str = "Evaluatierapport") -> bytes:
    writer = PdfWriter(clone_from=io.BytesIO(pdf_bytes(tekst)))
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def truncated_pdf() -> bytes:
    """A PDF cut off halfway, as an interrupted download leaves it: the header is still there."""
    content = written_pdf()
    return content[: len(content) // 2]


def encrypted_pdf() -> bytes:
    writer = PdfWriter(clone_from=io.BytesIO(pdf_bytes("Vertrouwelijk rapport")))
    writer.encrypt("geheim", algorithm="RC4-128")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


BAD_PDFS = {"afgebroken": (truncated_pdf, BESCHADIGD), "versleuteld": (encrypted_pdf, BEVEILIGD)}


@pytest.fixture
def evaluatie_scene(db):
    adviseur = AdviseurFactory()
    verband = VerbandFactory(
        naam="Veiligheidsregio Noord", wgr=True, betrokken_adviseurs=[adviseur]
    )
    DeelnameFactory(verband=verband, gemeente=gemeente("Groningen"))
    return adviseur, verband


def test_built_bad_pdfs_look_like_pdfs():
    assert truncated_pdf().startswith(b"%PDF-")
    assert encrypted_pdf().startswith(b"%PDF-")
    assert b"/Encrypt" in encrypted_pdf()


@pytest.mark.parametrize("bad", list(BAD_PDFS))
def test_bad_pdf_refused_as_rapport_of_a_new_evaluatie(evaluatie_scene, media_root, bad):
    adviseur, verband = evaluatie_scene
    make, message = BAD_PDFS[bad]
    client = browser(adviseur)
    url = reverse("evaluaties:evaluatie_create", kwargs={"slug": verband.slug})
    data = {
        "titel": "Evaluatie Veiligheidsregio 2024",
        "soort": "extern_onderzoek",
        "uitvoerder": "Onderzoeksbureau Noord",
        "uitgevoerd_op": "3-4-2024",
        "richting": "volgende",
        "rapport": SimpleUploadedFile("rapport.pdf", make()),
    }

    response = client.post(url, data)

    assert response.status_code == HTTPStatus.OK
    assert dict(response.context["form"].errors) == {"rapport": [message]}
    assert message in main_text(response)
    assert not Evaluatie.objects.exists()
    assert files_in(media_root) == []
    assert parse_form(response, containing="titel").value("titel") == data["titel"]


@pytest.mark.parametrize("bad", list(BAD_PDFS))
def test_bad_pdf_refused_in_basis_step_keeps_old_rapport(evaluatie_scene, media_root, bad):
    adviseur, verband = evaluatie_scene
    make, message = BAD_PDFS[bad]
    evaluatie = EvaluatieFactory(verband=verband, titel="Oude titel")
    evaluatie.rapport.save("rapport.pdf", ContentFile(pdf_bytes("Oud")))
    before = files_in(media_root)
    client = browser(adviseur)
    url = reverse("evaluaties:evaluatie_stap", kwargs={"pk": evaluatie.pk, "stap": "basis"})
    data = parse_form(client.get(url), containing="titel")
    data["titel"] = "Nieuwe titel"
    data["richting"] = "volgende"

    response = client.post(url, {**data, "rapport": SimpleUploadedFile("nieuw.pdf", make())})

    assert response.status_code == HTTPStatus.OK
    assert dict(response.context["form"].errors) == {"rapport": [message]}
    evaluatie.refresh_from_db()
    assert evaluatie.titel == "Oude titel"
    assert files_in(media_root) == before


@pytest.mark.parametrize("bad", list(BAD_PDFS))
def test_bad_pdf_refused_in_the_evaluatie_admin(superuser, evaluatie_scene, media_root, bad):
    _, verband = evaluatie_scene
    make, message = BAD_PDFS[bad]
    evaluatie = EvaluatieFactory(verband=verband, titel="Oude titel")
    client = browser(superuser)
    url = reverse("admin:evaluaties_evaluatie_change", args=[evaluatie.pk])
    data = parse_form(client.get(url), containing="titel")
    data["titel"] = "Nieuwe titel"

    response = client.post(url, {**data, "rapport": SimpleUploadedFile("r.pdf", make())})

    assert response.status_code == HTTPStatus.OK
    assert message in page_text(response)
    evaluatie.refresh_from_db()
    assert (evaluatie.titel, evaluatie.rapport.name) == ("Oude titel", "")
    assert files_in(media_root) == []


@pytest.mark.parametrize("bad", list(BAD_PDFS))
def test_bad_pdf_refused_for_a_publicatie_too(adviseur, media_root, bad):
    make, message = BAD_PDFS[bad]
    client = browser(adviseur)
    data = publicatie_form_data(client)
    response = client.post(
        "/kennisbank/nieuw/", {**data, "bestand": SimpleUploadedFile("r.pdf", make())}
    )
    assert response.status_code == HTTPStatus.OK
    assert dict(response.context["form"].errors) == {"bestand": [message]}
    assert not Publicatie.objects.exists()
    assert files_in(media_root) == []


def test_a_pdf_written_by_pypdf_is_accepted_as_rapport(evaluatie_scene, media_root):
    adviseur, verband = evaluatie_scene
    client = browser(adviseur)
    url = reverse("evaluaties:evaluatie_create", kwargs={"slug": verband.slug})
    response = client.post(
        url,
        {
            "titel": "Evaluatie Veiligheidsregio 2024",
            "soort": "extern_onderzoek",
            "uitvoerder": "Onderzoeksbureau Noord",
            "uitgevoerd_op": "3-4-2024",
            "richting": "volgende",
            "rapport": SimpleUploadedFile("rapport.pdf", written_pdf()),
        },
    )
    assert response.status_code == HTTPStatus.FOUND
    assert Evaluatie.objects.get().rapport


# ---------------------------------------------------------------------------------------------
# (c) PDFs are downloads


def test_evaluatie_rapport_is_served_as_attachment(client, evaluatie_scene, media_root):
    _, verband = evaluatie_scene
    evaluatie = EvaluatieFactory(
        verband=verband, openbaar=True, uitgevoerd_op=datetime.date(2024, 4, 3)
    )
    evaluatie.rapport.save("rapport.pdf", ContentFile(pdf_bytes()))

    response = client.get(reverse("evaluaties:evaluatie_rapport", args=[evaluatie.pk]))

    assert response.status_code == HTTPStatus.OK
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"] == (
        'attachment; filename="veiligheidsregio-noord-2024-rapport.pdf"'
    )
    assert b"".join(response.streaming_content) == pdf_bytes()


def test_publicatie_pdf_is_served_as_attachment(client, media_root):
    publicatie = PublicatieFactory(titel="Samenwerken in het noorden")
    publicatie.bestand.save("r.pdf", ContentFile(pdf_bytes()))

    response = client.get(reverse("kennisbank:publicatie_bestand", args=[publicatie.slug]))

    assert response.status_code == HTTPStatus.OK
    assert response["Content-Type"] == "application/pdf"
    assert (
        response["Content-Disposition"] == 'attachment; filename="samenwerken-in-het-noorden.pdf"'
    )
    assert b"".join(response.streaming_content) == pdf_bytes()


# ---------------------------------------------------------------------------------------------
# (d) Amounts


@pytest.mark.parametrize(
    ("typed", "amount"),
    [
        ("1.234,56", Decimal("1234.56")),
        ("€ 12.500", Decimal("12500")),
        ("€\u00a012.500,-", Decimal("12500")),
        ("EUR 100", Decimal("100")),
        ("0,5", Decimal("0.5")),
        ("12,50", Decimal("12.50")),
        ("1234.56", Decimal("1234.56")),
        ("1.234.567,89", Decimal("1234567.89")),
        ("12500", Decimal("12500")),
        (".5", Decimal("0.5")),
    ],
)
def test_amounts_people_type_are_accepted(typed, amount):
    assert parse_euro(typed) == amount
    assert EuroField(required=False, min_value=0).clean(typed) == amount


@pytest.mark.parametrize(
    "typed",
    [
        "1e5",
        "1E5",
        "2,5e3",
        "١٢٣",  # Arabic-Indic digits
        "٣,٥٠",
        "９９",  # full-width digits
        "１.２３４",
        "NaN",
        "nan",
        "sNaN",
        "Infinity",
        "-Infinity",
        "inf",
        "1_000",
        "0x10",
        "12,5,0",
        "1.2.3",
        "abc",
        "€",
    ],
)
def test_other_notations_are_refused(typed):
    with pytest.raises(ValueError):
        parse_euro(typed)
    with pytest.raises(forms.ValidationError) as raised:
        EuroField(required=False, min_value=0).clean(typed)
    assert raised.value.messages == [ONGELDIG_BEDRAG]


@pytest.mark.parametrize("typed", ["1e5", "NaN", "Infinity", "١٢٣", "９９"])
def test_verband_form_refuses_such_a_bijdrage(adviseur, typed):
    client = browser(adviseur)
    data = verband_form_data()
    data["deelnames-0-bijdrage"] = typed
    data["partners-TOTAL_FORMS"] = "1"
    data["partners-0-partner_naam"] = "Provincie Overijssel"
    data["partners-0-partner_soort"] = "provincie"
    data["partners-0-bijdrage"] = typed
    before = (Samenwerkingsverband.objects.count(), Deelname.objects.count())

    response = client.post("/verbanden/nieuw/", data)

    assert response.status_code == HTTPStatus.OK
    assert response.context["deelnames"].forms[0].errors["bijdrage"] == [ONGELDIG_BEDRAG]
    assert response.context["partners"].forms[0].errors["bijdrage"] == [ONGELDIG_BEDRAG]
    assert ONGELDIG_BEDRAG in main_text(response)
    assert (Samenwerkingsverband.objects.count(), Deelname.objects.count()) == before
    assert parse_form(response).value("deelnames-0-bijdrage") == typed


def test_verband_form_accepts_a_dutch_bijdrage(adviseur):
    client = browser(adviseur)
    data = verband_form_data()
    data["deelnames-0-bijdrage"] = "€ 1.234,56"
    response = client.post("/verbanden/nieuw/", data)
    assert response.status_code == HTTPStatus.FOUND
    assert Deelname.objects.get(gemeente__naam="Zwolle").bijdrage == Decimal("1234.56")


# ---------------------------------------------------------------------------------------------
# (e) Paging of the evaluaties


@pytest.fixture
def dertig_evaluaties(db):
    verband = VerbandFactory(naam="Regio Pagina's")
    EvaluatieFactory.create_batch(30, verband=verband, openbaar=True)


@pytest.mark.parametrize(
    ("pagina", "number"),
    [
        ("abc", 1),
        ("-1", 1),
        ("0", 1),
        ("", 1),
        ("1.5", 1),
        ("2", 2),
        ("99999", 2),
        (str(2**63), 2),
        ("last", 2),
    ],
)
def test_evaluaties_list_shows_the_nearest_page(client, dertig_evaluaties, pagina, number):
    response = client.get("/evaluaties/", {"pagina": pagina})
    assert response.status_code == HTTPStatus.OK
    page = response.context["page_obj"]
    assert page.number == number
    assert len(response.context["evaluaties"]) == (25 if number == 1 else 5)


def test_evaluaties_list_without_evaluaties_any_page(client, db):
    for pagina in ("abc", "-1", "99999"):
        assert client.get("/evaluaties/", {"pagina": pagina}).status_code == HTTPStatus.OK


# ---------------------------------------------------------------------------------------------
# (f) A form without a valid CSRF token


def test_form_without_csrf_token_gets_the_dutch_page(adviseur):
    client = browser(adviseur, enforce_csrf_checks=True)
    before = Samenwerkingsverband.objects.count()

    response = client.post("/verbanden/nieuw/", verband_form_data())

    assert response.status_code == HTTPStatus.FORBIDDEN
    assert "403_csrf.html" in [t.name for t in response.templates]
    text = main_text(response)
    assert "Het formulier is niet verwerkt" in text
    assert "Er is niets opgeslagen, maar uw invoer is niet verloren." in text
    assert "Ga met de knop Vorige (of Terug) van uw browser terug naar het formulier" in text
    assert "Laad de pagina van het formulier opnieuw" in text
    assert "CSRF" not in text  # no jargon, no English
    assert Samenwerkingsverband.objects.count() == before


def test_form_with_a_stale_csrf_token_gets_the_dutch_page(adviseur):
    client = browser(adviseur, enforce_csrf_checks=True)
    client.get("/verbanden/nieuw/")  # sets the cookie
    data = verband_form_data()
    data["csrfmiddlewaretoken"] = "x" * 64
    response = client.post("/verbanden/nieuw/", data)
    assert response.status_code == HTTPStatus.FORBIDDEN
    assert "Het formulier is niet verwerkt" in main_text(response)
    assert not Samenwerkingsverband.objects.exists()


def test_login_without_csrf_token_says_log_in_again(db):
    client = Client(enforce_csrf_checks=True)
    response = client.post(
        reverse("login"), {"username": "iemand", "password": "geheim-wachtwoord"}
    )
    assert response.status_code == HTTPStatus.FORBIDDEN
    text = main_text(response)
    assert "Het formulier is niet verwerkt" in text
    assert "Log opnieuw in" in text
    assert "Vorige" in text


def test_form_with_its_csrf_token_still_works(adviseur):
    client = browser(adviseur, enforce_csrf_checks=True)
    form = parse_form(client.get("/verbanden/nieuw/"))
    data = verband_form_data()
    data["csrfmiddlewaretoken"] = form.value("csrfmiddlewaretoken")
    response = client.post("/verbanden/nieuw/", data)
    assert response.status_code == HTTPStatus.FOUND
    assert Samenwerkingsverband.objects.count() == 1


def test_login_with_a_huge_username_is_refused_in_dutch(client, db):
    """Django checks the username's length only in the browser; the throttle's column is 255."""
    response = client.post(
        reverse("login"), {"username": "x" * 100_000, "password": "geheim-wachtwoord"}
    )
    assert response.status_code == HTTPStatus.OK
    assert "niet meer dan 150 tekens" in response.content.decode()
