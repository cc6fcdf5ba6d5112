"""PDFs in the kennisbank: checked by their content, their text made searchable, and served only
to who may see the publicatie.

PDFs are built in the test: a one-page PDF with a line of text (``pdf_bytes``, written byte by
byte with a Helvetica text object), an encrypted copy made with pypdf, a PDF header followed by
garbage, and the magic bytes of other formats under a .pdf name. Uploads go to a temporary
MEDIA_ROOT.
"""

from __future__ import annotations

import datetime
import io
from http import HTTPStatus
from pathlib import Path

import pytest
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse
from pypdf import PdfReader, PdfWriter

from kennisbank.models import Publicatie
from tests.evaluaties.factories import pdf_bytes
from tests.factories import AdviseurFactory
from tests.helpers import main_text, parse_form
from tests.kennisbank.factories import PublicatieFactory

pytestmark = pytest.mark.django_db

CREATE_URL = "/kennisbank/nieuw/"
TEKST = "Samenwerkingsverbanden in Fryslan"

NIET_PDF = "Dit bestand is geen PDF. Upload het rapport als PDF-bestand."
BESCHADIGD = (
    "Dit PDF-bestand is beschadigd of kan niet worden gelezen. Sla het opnieuw op als PDF "
    "en probeer het nog eens."
)
BEVEILIGD = "Dit PDF-bestand is beveiligd met een wachtwoord. Upload een onbeveiligde versie."
LEEG = "Het verstuurde bestand is leeg."

PNG = (
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00"
    b"\x1f\x15\xc4\x89\x00\x00\x00\rIDATx\x9cc\xf8\xff\xff?\x00\x05\xfe\x02\xfe\xa7\x35\x81\x84"
    b"\x00\x00\x00\x00IEND\xaeB`\x82"
)
EXE = (
    b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff"
    + b"\x00" * 50
    + (b"This program cannot be run in DOS mode.\r\r\n$" + b"\x00" * 200 + b"PE\x00\x00")
)


def encrypted_pdf() -> bytes:
    writer = PdfWriter(clone_from=io.BytesIO(pdf_bytes(TEKST)))
    writer.encrypt("geheim", algorithm="RC4-128")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def pdf_without_xref(tekst: str) -> bytes:
    """A PDF as a careless tool writes it: no cross-reference table, a wrong startxref."""
    stream = f"BT /F1 12 Tf 72 712 Td ({tekst}) Tj ET".encode("latin-1")
    return (
        b"%PDF-1.4\n"
        b"1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
        b"2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
        b"3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
        b"/Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >> endobj\n"
        + b"4 0 obj << /Length %d >>\nstream\n" % len(stream)
        + stream
        + b"\nendstream endobj\n"
        b"5 0 obj << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> endobj\n"
        b"trailer << /Root 1 0 R /Size 6 >>\nstartxref\n9999\n%%EOF\n"
    )


BAD_FILES = {
    # id: (file name, content, expected message)
    "leeg": ("rapport.pdf", b"", LEEG),
    "png-als-pdf": ("rapport.pdf", PNG, NIET_PDF),
    "exe-als-pdf": ("rapport.pdf", EXE, NIET_PDF),
    "tekst-als-pdf": ("rapport.pdf", b"Dit is gewoon tekst, geen PDF.\n" * 10, NIET_PDF),
    "beschadigd": ("rapport.pdf", b"%PDF-1.4\n" + b"\x00garbage\xff" * 200, BESCHADIGD),
    "alleen-kop": ("rapport.pdf", b"%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\n", BESCHADIGD),
    "versleuteld": ("rapport.pdf", encrypted_pdf(), BEVEILIGD),
    "pdf-als-exe": ("rapport.exe", pdf_bytes(TEKST), "Bestandsextensie"),
}


@pytest.fixture
def media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT


@pytest.fixture
def adviseur(db):
    return AdviseurFactory()


@pytest.fixture
def ingelogd(adviseur):
    client = Client()
    client.force_login(adviseur)
    return client


def files_in(root) -> list:
    return sorted(p for p in root.rglob("*") if p.is_file()) if root.exists() else []


def create_data(client, **velden):
    data = parse_form(client.get(CREATE_URL), containing="titel")
    data.update(
        {
            "titel": ["Samenwerken in het noorden"],
            "soort": ["onderzoek"],
            "status": ["gepubliceerd"],
            "samenvatting": ["Een onderzoek naar regionale samenwerking."],
            "inhoud": [""],
            "verschenen_op": ["1-9-2024"],
        }
    )
    for name, value in velden.items():
        data[name] = value
    return data


def post_with_file(client, url, data, name: str, content: bytes):
    return client.post(url, {**data, "bestand": SimpleUploadedFile(name, content)})


def download(client, publicatie) -> bytes:
    """Reading the streamed content to the end closes the file; response.close() would also
    close the test's database connection (PostgreSQL)."""
    response = client.get(
        reverse("kennisbank:publicatie_bestand", kwargs={"slug": publicatie.slug})
    )
    assert response.status_code == HTTPStatus.OK
    assert response["Content-Type"] == "application/pdf"
    assert f'filename="{publicatie.slug}.pdf"' in response["Content-Disposition"]
    return b"".join(response.streaming_content)


# ---------------------------------------------------------------------------------------------
# The test PDFs themselves


def test_built_pdfs_have_extractable_text():
    for content in (pdf_bytes(TEKST), pdf_without_xref(TEKST)):
        reader = PdfReader(io.BytesIO(content))
        assert reader.pages[0].extract_text() == TEKST
    assert PdfReader(io.BytesIO(encrypted_pdf())).is_encrypted


# ---------------------------------------------------------------------------------------------
# A real PDF: stored, its text searchable, served


def test_pdf_uploaded_with_new_publicatie_text_extracted(ingelogd, adviseur, media_root):
    content = pdf_bytes(TEKST)
    response = post_with_file(ingelogd, CREATE_URL, create_data(ingelogd), "Rapport.pdf", content)

    assert response.status_code == HTTPStatus.FOUND, response.context["form"].errors
    publicatie = Publicatie.objects.get()
    assert publicatie.aangemaakt_door == adviseur
    assert publicatie.bestand_tekst == TEKST
    assert publicatie.bestand.name.startswith(f"kennisbank/{datetime.date.today().year}/")
    assert [p.read_bytes() for p in files_in(media_root)] == [content]
    assert download(ingelogd, publicatie) == content


def test_pdf_without_xref_accepted(ingelogd, media_root):
    content = pdf_without_xref("Gemeenschappelijke regelingen in Drenthe")
    response = post_with_file(ingelogd, CREATE_URL, create_data(ingelogd), "r.pdf", content)
    assert response.status_code == HTTPStatus.FOUND, response.context["form"].errors
    assert Publicatie.objects.get().bestand_tekst == "Gemeenschappelijke regelingen in Drenthe"


def test_pdf_text_findable_in_kennisbank_and_site_search(client, ingelogd, media_root):
    response = post_with_file(
        ingelogd, CREATE_URL, create_data(ingelogd), "r.pdf", pdf_bytes(TEKST)
    )
    assert response.status_code == HTTPStatus.FOUND
    PublicatieFactory(titel="Iets anders", inhoud="Over afval.")

    # The words occur only in the PDF, not in the title or summary.
    response = client.get("/kennisbank/", {"q": "fryslan"})
    assert [p.titel for p in response.context["publicaties"]] == ["Samenwerken in het noorden"]
    (gevonden,) = response.context["publicaties"]
    assert "<mark>Fryslan</mark>" in gevonden.snippet
    assert "<mark>Fryslan</mark>" in response.content.decode()

    response = client.get(reverse("zoeken"), {"q": "samenwerkingsverbanden fryslan"})
    groups = {group["kind"].key: group for group in response.context["groups"]}
    assert [p.titel for p in groups["publicaties"]["items"]] == ["Samenwerken in het noorden"]
    assert groups["publicaties"]["total"] == 1


def test_pdf_replaced_on_edit_replaces_text(ingelogd, adviseur, media_root):
    publicatie = PublicatieFactory(aangemaakt_door=adviseur, titel="Oud rapport")
    publicatie.bestand.save("oud.pdf", ContentFile(pdf_bytes("Oude tekst Vlieland")))
    Publicatie.objects.filter(pk=publicatie.pk).update(bestand_tekst="Oude tekst Vlieland")
    url = reverse("kennisbank:publicatie_update", kwargs={"slug": publicatie.slug})
    data = parse_form(ingelogd.get(url), containing="titel")

    response = post_with_file(
        ingelogd, url, data, "nieuw.pdf", pdf_bytes("Nieuwe tekst Terschelling")
    )

    assert response.status_code == HTTPStatus.FOUND, response.context["form"].errors
    publicatie.refresh_from_db()
    assert publicatie.bestand_tekst == "Nieuwe tekst Terschelling"
    assert download(ingelogd, publicatie) == pdf_bytes("Nieuwe tekst Terschelling")
    assert [
        p.titel for p in ingelogd.get("/kennisbank/", {"q": "terschelling"}).context["publicaties"]
    ] == ["Oud rapport"]
    assert list(ingelogd.get("/kennisbank/", {"q": "vlieland"}).context["publicaties"]) == []


def test_pdf_cleared_on_edit_clears_text(ingelogd, adviseur, media_root):
    publicatie = PublicatieFactory(aangemaakt_door=adviseur, inhoud="Eigen tekst.")
    url = reverse("kennisbank:publicatie_update", kwargs={"slug": publicatie.slug})
    data = parse_form(ingelogd.get(url), containing="titel")
    assert post_with_file(ingelogd, url, data, "r.pdf", pdf_bytes(TEKST)).status_code == 302
    publicatie.refresh_from_db()
    assert publicatie.bestand_tekst == TEKST

    data = parse_form(ingelogd.get(url), containing="titel")
    data["bestand-clear"] = "on"
    response = ingelogd.post(url, data)
    assert response.status_code == HTTPStatus.FOUND, response.context["form"].errors
    publicatie.refresh_from_db()
    assert not publicatie.bestand
    assert publicatie.bestand_tekst == ""
    assert list(ingelogd.get("/kennisbank/", {"q": "fryslan"}).context["publicaties"]) == []


def test_pdf_cleared_without_other_content_refused(ingelogd, adviseur, media_root):
    publicatie = PublicatieFactory(
        aangemaakt_door=adviseur, inhoud="", externe_url="", bestand="x.pdf"
    )
    publicatie.bestand.save("r.pdf", ContentFile(pdf_bytes(TEKST)))
    url = reverse("kennisbank:publicatie_update", kwargs={"slug": publicatie.slug})
    data = parse_form(ingelogd.get(url), containing="titel")
    data["bestand-clear"] = "on"
    response = ingelogd.post(url, data)
    assert response.status_code == HTTPStatus.OK
    assert "Voeg een PDF-bestand, een externe link of de inhoud zelf toe" in main_text(response)
    publicatie.refresh_from_db()
    assert publicatie.bestand


def test_pdf_just_under_the_limit_accepted(ingelogd, media_root, settings):
    settings.MAX_UPLOAD_SIZE = 1024
    content = pdf_bytes(TEKST, size=1024)
    response = post_with_file(ingelogd, CREATE_URL, create_data(ingelogd), "r.pdf", content)
    assert response.status_code == HTTPStatus.FOUND, response.context["form"].errors
    assert download(ingelogd, Publicatie.objects.get()) == content


# ---------------------------------------------------------------------------------------------
# Refused: a Dutch message, nothing saved, what was typed kept


def bestand_errors(response) -> list[str]:
    assert response.status_code == HTTPStatus.OK, "the upload was not refused"
    errors = response.context["form"].errors
    assert list(errors) == ["bestand"], errors
    return list(errors["bestand"])


@pytest.mark.parametrize("bad", list(BAD_FILES))
def test_bad_file_refused_with_new_publicatie(ingelogd, media_root, bad):
    name, content, message = BAD_FILES[bad]
    data = create_data(ingelogd, inhoud="Ook een eigen tekst.")

    response = post_with_file(ingelogd, CREATE_URL, data, name, content)

    errors = bestand_errors(response)
    assert len(errors) == 1 and errors[0].startswith(message), errors
    assert errors[0] in main_text(response)
    assert "Kies het PDF-bestand opnieuw" in main_text(response)
    assert not Publicatie.objects.exists()
    assert files_in(media_root) == []
    kept = parse_form(response, containing="titel")
    assert kept.value("titel") == "Samenwerken in het noorden"
    assert kept.value("inhoud") == "Ook een eigen tekst."
    assert kept.value("verschenen_op") == "1-9-2024"


@pytest.mark.parametrize("bad", list(BAD_FILES))
def test_bad_file_refused_on_edit_keeps_old_pdf(ingelogd, adviseur, media_root, bad):
    name, content, message = BAD_FILES[bad]
    publicatie = PublicatieFactory(aangemaakt_door=adviseur, titel="Oude titel")
    publicatie.bestand.save("oud.pdf", ContentFile(pdf_bytes("Oud")))
    Publicatie.objects.filter(pk=publicatie.pk).update(bestand_tekst="Oud")
    before = files_in(media_root)
    url = reverse("kennisbank:publicatie_update", kwargs={"slug": publicatie.slug})
    data = parse_form(ingelogd.get(url), containing="titel")
    data["titel"] = "Nieuwe titel"

    response = post_with_file(ingelogd, url, data, name, content)

    errors = bestand_errors(response)
    assert len(errors) == 1 and errors[0].startswith(message), errors
    publicatie.refresh_from_db()
    assert publicatie.titel == "Oude titel"
    assert publicatie.bestand_tekst == "Oud"
    assert publicatie.versie == 1
    assert files_in(media_root) == before
    assert download(ingelogd, publicatie) == pdf_bytes("Oud")


def test_oversized_pdf_refused(ingelogd, media_root, settings):
    settings.MAX_UPLOAD_SIZE = 1024
    content = pdf_bytes(TEKST, size=2560)
    assert content.startswith(b"%PDF-1.4") and len(content) == 2560
    data = create_data(ingelogd, inhoud="Ook een eigen tekst.")
    response = post_with_file(ingelogd, CREATE_URL, data, "groot.pdf", content)
    assert bestand_errors(response) == ["Het bestand is 2,5\xa0KB; het maximum is 1,0\xa0KB."]
    assert not Publicatie.objects.exists()
    assert files_in(media_root) == []


# ---------------------------------------------------------------------------------------------
# Download: only for who may see the publicatie


@pytest.fixture
def met_bestand(adviseur, media_root):
    gepubliceerd = PublicatieFactory(titel="Gepubliceerd met PDF", aangemaakt_door=adviseur)
    concept = PublicatieFactory(titel="Concept met PDF", status="concept", aangemaakt_door=adviseur)
    for publicatie in (gepubliceerd, concept):
        publicatie.bestand.save("rapport.pdf", ContentFile(pdf_bytes(publicatie.titel)))
    return {"gepubliceerd": gepubliceerd, "concept": concept}


def bestand_url(publicatie) -> str:
    return reverse("kennisbank:publicatie_bestand", kwargs={"slug": publicatie.slug})


def test_download_of_gepubliceerde_publicatie_for_everyone(client, met_bestand):
    publicatie = met_bestand["gepubliceerd"]
    assert download(client, publicatie) == pdf_bytes("Gepubliceerd met PDF")
    detail = client.get(publicatie.get_absolute_url()).content.decode()
    assert f'href="{bestand_url(publicatie)}"' in detail


def test_download_of_concept_only_for_maker(client, adviseur, met_bestand):
    concept = met_bestand["concept"]
    assert client.get(bestand_url(concept)).status_code == HTTPStatus.NOT_FOUND
    client.force_login(AdviseurFactory())
    assert client.get(bestand_url(concept)).status_code == HTTPStatus.NOT_FOUND
    client.force_login(adviseur)
    assert download(client, concept) == pdf_bytes("Concept met PDF")
    # Published: now everyone gets it.
    Publicatie.objects.filter(pk=concept.pk).update(status="gepubliceerd")
    client.logout()
    assert download(client, concept) == pdf_bytes("Concept met PDF")


def test_pdf_not_served_from_media_url(client, met_bestand):
    for publicatie in met_bestand.values():
        assert client.get(publicatie.bestand.url).status_code == HTTPStatus.NOT_FOUND


def test_no_bestand_is_404(client):
    publicatie = PublicatieFactory()
    assert client.get(bestand_url(publicatie)).status_code == HTTPStatus.NOT_FOUND


def test_missing_file_on_disk_is_404(client, met_bestand):
    publicatie = met_bestand["gepubliceerd"]
    publicatie.bestand.storage.delete(publicatie.bestand.name)
    assert client.get(bestand_url(publicatie)).status_code == HTTPStatus.NOT_FOUND
    # The detail page still renders.
    assert client.get(publicatie.get_absolute_url()).status_code == HTTPStatus.OK


def test_file_removed_with_its_publicatie(
    ingelogd, adviseur, met_bestand, media_root, django_capture_on_commit_callbacks
):
    publicatie = met_bestand["gepubliceerd"]
    other = met_bestand["concept"]
    path = media_root / publicatie.bestand.name
    assert path.exists()
    url = reverse("kennisbank:publicatie_delete", kwargs={"slug": publicatie.slug})
    with django_capture_on_commit_callbacks(execute=True):
        response = ingelogd.post(url)
    assert response.status_code == HTTPStatus.FOUND
    assert not Publicatie.objects.filter(pk=publicatie.pk).exists()
    assert not path.exists()
    assert [p.name for p in files_in(media_root)] == [other.bestand.name.rsplit("/", 1)[1]]


def test_refused_delete_keeps_the_file(
    client, met_bestand, media_root, django_capture_on_commit_callbacks
):
    publicatie = met_bestand["gepubliceerd"]
    client.force_login(AdviseurFactory())
    url = reverse("kennisbank:publicatie_delete", kwargs={"slug": publicatie.slug})
    with django_capture_on_commit_callbacks(execute=True):
        assert client.post(url).status_code == HTTPStatus.FORBIDDEN
    assert (media_root / publicatie.bestand.name).exists()


def test_replaced_pdf_is_removed_from_storage(
    ingelogd, adviseur, media_root, django_capture_on_commit_callbacks
):
    publicatie = PublicatieFactory(aangemaakt_door=adviseur, titel="Oud rapport")
    publicatie.bestand.save("oud.pdf", ContentFile(pdf_bytes("Oude tekst")))
    oud = publicatie.bestand.path
    url = reverse("kennisbank:publicatie_update", kwargs={"slug": publicatie.slug})
    data = parse_form(ingelogd.get(url), containing="titel")

    with django_capture_on_commit_callbacks(execute=True):
        response = post_with_file(ingelogd, url, data, "nieuw.pdf", pdf_bytes("Nieuwe tekst"))

    assert response.status_code == HTTPStatus.FOUND
    publicatie.refresh_from_db()
    assert Path(publicatie.bestand.path).exists()
    assert not Path(oud).exists()
