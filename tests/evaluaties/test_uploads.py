"""The rapport (PDF) in the basis step: checked by content and size, served only to who may see.

Files are built in the test (``pdf_bytes``, magic bytes of other formats); uploads go to a
temporary MEDIA_ROOT.
"""

from __future__ import annotations

import datetime
from http import HTTPStatus

import pytest
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from evaluaties.models import Evaluatie
from tests.evaluaties.factories import EvaluatieFactory, pdf_bytes
from tests.factories import (
    AdviseurFactory,
    DeelnameFactory,
    GemeenteMedewerkerFactory,
    VerbandFactory,
    gemeente,
)
from tests.helpers import main_text, parse_form

pytestmark = pytest.mark.django_db

BASIS = {
    "titel": "Evaluatie Veiligheidsregio 2024",
    "soort": "extern_onderzoek",
    "uitvoerder": "Onderzoeksbureau Noord",
    "uitgevoerd_op": "3-4-2024",
    "aanleiding": "",
    "methode": "",
    "richting": "volgende",
}

PNG = (
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00"
    b"\x1f\x15\xc4\x89\x00\x00\x00\rIDATx\x9cc\xf8\xff\xff?\x00\x05\xfe\x02\xfe\xa7\x35\x81\x84"
    b"\x00\x00\x00\x00IEND\xaeB`\x82"
)
# A Windows executable: DOS header "MZ", the stub's famous sentence, a PE header further on.
EXE = (
    b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff"
    + b"\x00" * 50
    + (b"This program cannot be run in DOS mode.\r\r\n$" + b"\x00" * 200 + b"PE\x00\x00")
)
ELF = b"\x7fELF\x02\x01\x01\x00" + b"\x00" * 8 + b"\x02\x00\x3e\x00" + b"\x00" * 300

NIET_PDF = "Dit bestand is geen PDF. Upload het rapport als PDF-bestand."

BAD_FILES = {
    # id: (file name, content, expected message)
    "exe-als-pdf": ("rapport.pdf", EXE, NIET_PDF),
    "elf-als-pdf": ("rapport.pdf", ELF, NIET_PDF),
    "png-als-pdf": ("rapport.pdf", PNG, NIET_PDF),
    "tekst-als-pdf": ("rapport.pdf", b"Dit is gewoon tekst, geen PDF.\n" * 10, NIET_PDF),
    "leeg": ("rapport.pdf", b"", "Het verstuurde bestand is leeg."),
    "pdf-als-exe": ("rapport.exe", pdf_bytes(), "Bestandsextensie"),
}


@pytest.fixture
def adviseur(db):
    return AdviseurFactory()


@pytest.fixture
def verband(adviseur):
    verband = VerbandFactory(
        naam="Veiligheidsregio Noord", wgr=True, betrokken_adviseurs=[adviseur]
    )
    DeelnameFactory(verband=verband, gemeente=gemeente("Groningen"))
    return verband


@pytest.fixture
def ingelogd(client, adviseur):
    client.force_login(adviseur)
    return client


def create_url(verband) -> str:
    return reverse("evaluaties:evaluatie_create", kwargs={"slug": verband.slug})


def basis_url(evaluatie) -> str:
    return reverse("evaluaties:evaluatie_stap", kwargs={"pk": evaluatie.pk, "stap": "basis"})


def rapport_url(evaluatie) -> str:
    return reverse("evaluaties:evaluatie_rapport", args=[evaluatie.pk])


def files_in(root) -> list:
    return sorted(p for p in root.rglob("*") if p.is_file()) if root.exists() else []


def download(client, evaluatie) -> bytes:
    """The rapport as served. Reading the streamed content to the end closes the file; calling
    response.close() as well would fire request_finished and close the test's database
    connection (PostgreSQL)."""
    response = client.get(rapport_url(evaluatie))
    assert response.status_code == HTTPStatus.OK
    assert response["Content-Type"] == "application/pdf"
    return b"".join(response.streaming_content)


def rapport_error(response) -> list[str]:
    assert response.status_code == HTTPStatus.OK, "the upload was not refused"
    errors = response.context["form"].errors
    assert list(errors) == ["rapport"], errors
    return list(errors["rapport"])


# ---------------------------------------------------------------------------------------------
# A real PDF


def test_pdf_accepted_with_new_evaluation_and_served(ingelogd, verband, media_root):
    content = pdf_bytes("Rapport Veiligheidsregio Noord")
    response = ingelogd.post(
        create_url(verband), {**BASIS, "rapport": SimpleUploadedFile("Rapport 2024.pdf", content)}
    )
    assert response.status_code == HTTPStatus.FOUND
    evaluatie = Evaluatie.objects.get()
    assert evaluatie.rapport.name.startswith("evaluaties/rapporten/")
    assert evaluatie.rapport.name.endswith(".pdf")
    assert [p.read_bytes() for p in files_in(media_root)] == [content]

    assert download(ingelogd, evaluatie) == content
    response = ingelogd.get(rapport_url(evaluatie))
    assert "veiligheidsregio-noord-2024-rapport.pdf" in response["Content-Disposition"]
    assert b"".join(response.streaming_content) == content


def test_pdf_served_only_to_who_may_see_the_evaluation(client, verband, media_root):
    """A concept: the betrokken adviseur and a medewerker of a deelnemer get it, others 404."""
    evaluatie = EvaluatieFactory(verband=verband, uitgevoerd_op=datetime.date(2024, 4, 3))
    evaluatie.rapport.save("rapport.pdf", ContentFile(pdf_bytes()))
    betrokken = verband.betrokken_adviseurs.get()
    for user, expected in [
        (None, HTTPStatus.NOT_FOUND),
        (AdviseurFactory(), HTTPStatus.NOT_FOUND),
        (GemeenteMedewerkerFactory(gemeente=gemeente("Zwolle")), HTTPStatus.NOT_FOUND),
        (GemeenteMedewerkerFactory(gemeente=gemeente("Groningen")), HTTPStatus.OK),
        (betrokken, HTTPStatus.OK),
    ]:
        client.logout()
        if user is not None:
            client.force_login(user)
        response = client.get(rapport_url(evaluatie))
        assert response.status_code == expected, user
        if expected == HTTPStatus.OK:
            assert response["Content-Type"] == "application/pdf"
            assert b"".join(response.streaming_content) == pdf_bytes()

    # Made public: now everyone gets it.
    Evaluatie.objects.filter(pk=evaluatie.pk).update(status="definitief", openbaar=True)
    client.logout()
    assert download(client, evaluatie) == pdf_bytes()


def test_rapport_not_served_from_media_url(client, verband, media_root):
    evaluatie = EvaluatieFactory(verband=verband)
    evaluatie.rapport.save("rapport.pdf", ContentFile(pdf_bytes()))
    assert client.get(evaluatie.rapport.url).status_code == HTTPStatus.NOT_FOUND


def test_no_rapport_is_404(client, verband):
    evaluatie = EvaluatieFactory(verband=verband, openbaar=True)
    assert client.get(rapport_url(evaluatie)).status_code == HTTPStatus.NOT_FOUND


def test_pdf_replaced_in_basis_step(ingelogd, verband, media_root):
    evaluatie = EvaluatieFactory(verband=verband)
    evaluatie.rapport.save("rapport.pdf", ContentFile(pdf_bytes("Oud")))
    data = parse_form(ingelogd.get(basis_url(evaluatie)), containing="titel")
    data["richting"] = "volgende"
    response = ingelogd.post(
        basis_url(evaluatie),
        {**data, "rapport": SimpleUploadedFile("nieuw.pdf", pdf_bytes("Nieuw"))},
    )
    assert response.status_code == HTTPStatus.FOUND
    evaluatie.refresh_from_db()
    assert download(ingelogd, evaluatie) == pdf_bytes("Nieuw")


def test_pdf_removed_in_basis_step(ingelogd, verband, media_root):
    evaluatie = EvaluatieFactory(verband=verband)
    evaluatie.rapport.save("rapport.pdf", ContentFile(pdf_bytes()))
    response = ingelogd.get(basis_url(evaluatie))
    assert rapport_url(evaluatie) in response.content.decode()
    data = parse_form(response, containing="titel")
    data["rapport-clear"] = "on"
    data["richting"] = "volgende"
    assert ingelogd.post(basis_url(evaluatie), data).status_code == HTTPStatus.FOUND
    evaluatie.refresh_from_db()
    assert not evaluatie.rapport
    assert ingelogd.get(rapport_url(evaluatie)).status_code == HTTPStatus.NOT_FOUND


def test_pdf_just_under_the_limit_accepted(ingelogd, verband, media_root, settings):
    settings.MAX_UPLOAD_SIZE = 1024
    content = pdf_bytes(size=1024)
    assert len(content) == 1024
    response = ingelogd.post(
        create_url(verband), {**BASIS, "rapport": SimpleUploadedFile("r.pdf", content)}
    )
    assert response.status_code == HTTPStatus.FOUND
    assert download(ingelogd, Evaluatie.objects.get()) == content


# ---------------------------------------------------------------------------------------------
# Bad files: refused with a clear Dutch message, and nothing changes


@pytest.mark.parametrize("bad", list(BAD_FILES))
def test_bad_file_refused_with_new_evaluation(ingelogd, verband, media_root, bad):
    name, content, message = BAD_FILES[bad]
    response = ingelogd.post(
        create_url(verband), {**BASIS, "rapport": SimpleUploadedFile(name, content)}
    )
    errors = rapport_error(response)
    assert len(errors) == 1 and errors[0].startswith(message), errors
    assert errors[0] in main_text(response)
    assert "Kies het bestand opnieuw" in main_text(response)
    assert not Evaluatie.objects.exists()
    assert files_in(media_root) == []
    # What was typed is still there.
    kept = parse_form(response, containing="titel")
    assert kept.value("titel") == BASIS["titel"]
    assert kept.value("uitgevoerd_op") == BASIS["uitgevoerd_op"]


@pytest.mark.parametrize("bad", list(BAD_FILES))
def test_bad_file_refused_in_basis_step_keeps_old_rapport(ingelogd, verband, media_root, bad):
    name, content, message = BAD_FILES[bad]
    evaluatie = EvaluatieFactory(verband=verband, titel="Oude titel")
    evaluatie.rapport.save("rapport.pdf", ContentFile(pdf_bytes("Oud")))
    before = files_in(media_root)
    data = parse_form(ingelogd.get(basis_url(evaluatie)), containing="titel")
    data["titel"] = "Nieuwe titel"
    data["richting"] = "volgende"

    response = ingelogd.post(
        basis_url(evaluatie), {**data, "rapport": SimpleUploadedFile(name, content)}
    )

    errors = rapport_error(response)
    assert len(errors) == 1 and errors[0].startswith(message), errors
    evaluatie.refresh_from_db()
    assert evaluatie.titel == "Oude titel"
    assert files_in(media_root) == before
    assert download(ingelogd, evaluatie) == pdf_bytes("Oud")


@pytest.mark.parametrize("where", ["nieuw", "basis"])
def test_oversized_pdf_refused(ingelogd, verband, media_root, settings, where):
    settings.MAX_UPLOAD_SIZE = 1024
    content = pdf_bytes(size=2560)
    assert content.startswith(b"%PDF-1.4") and len(content) == 2560
    if where == "nieuw":
        url, data = create_url(verband), dict(BASIS)
    else:
        evaluatie = EvaluatieFactory(verband=verband)
        data = parse_form(ingelogd.get(basis_url(evaluatie)), containing="titel")
        data["richting"] = "volgende"
        url = basis_url(evaluatie)

    response = ingelogd.post(url, {**data, "rapport": SimpleUploadedFile("groot.pdf", content)})

    errors = rapport_error(response)
    assert errors == ["Het bestand is 2,5\xa0KB; het maximum is 1,0\xa0KB."]
    assert files_in(media_root) == []
    assert Evaluatie.objects.filter(rapport="").count() == Evaluatie.objects.count()
