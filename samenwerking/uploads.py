"""Checks for uploaded PDFs, one for every upload of the site and the admin.

The content decides the type (not the name or the browser's content type), size is bounded,
and the file must be a PDF that can be read: a broken or password-protected PDF is refused
with a Dutch message, whether it is an evaluation's rapport or a publicatie.
"""

from __future__ import annotations

import logging

import filetype
from django.conf import settings
from django.core.exceptions import ValidationError
from django.http import FileResponse, Http404
from django.template.defaultfilters import filesizeformat
from pypdf import PdfReader
from pypdf.errors import PdfReadError

logger = logging.getLogger(__name__)

# Enough for any report; a 5,000-page PDF would keep a request busy for minutes.
MAX_PAGES = 1_000
MAX_CHARS = 1_000_000
# What pypdf raises on damaged files besides its own error.
UNREADABLE = (PdfReadError, ValueError, KeyError, TypeError, AttributeError, RecursionError)


def validate_pdf(upload) -> None:
    """Refuse anything that is not a readable PDF of acceptable size, with a Dutch message.

    A renamed executable named rapport.pdf is refused because its first bytes are not those
    of a PDF; a truncated or encrypted PDF because pypdf cannot read its pages.
    """
    if getattr(upload, "_committed", False):
        return  # a stored file (a model being cleaned again) was checked when it was uploaded
    if upload.size == 0:
        raise ValidationError("Het bestand is leeg. Kies een PDF-bestand met inhoud.", code="empty")
    limit = settings.MAX_UPLOAD_SIZE
    if upload.size > limit:
        raise ValidationError(
            f"Het bestand is {filesizeformat(upload.size)}; het maximum is {filesizeformat(limit)}.",
            code="too_large",
        )
    position = upload.tell() if hasattr(upload, "tell") else 0
    upload.seek(0)
    head = upload.read(262)
    upload.seek(position)
    kind = filetype.guess(head)
    if kind is None or kind.mime != "application/pdf":
        raise ValidationError(
            "Dit bestand is geen PDF. Upload het rapport als PDF-bestand.", code="not_pdf"
        )
    _read_pdf(upload, text=False)


def pdf_text(upload) -> str:
    """All text of the PDF in ``upload`` for search, or ValidationError if unreadable.

    A scanned PDF without a text layer gives "", which is fine: it is still downloadable.
    """
    return _read_pdf(upload, text=True)


def _read_pdf(upload, *, text: bool) -> str:
    position = upload.tell() if hasattr(upload, "tell") else 0
    upload.seek(0)
    try:
        reader = PdfReader(upload)
        if reader.is_encrypted:
            raise ValidationError(
                "Dit PDF-bestand is beveiligd met een wachtwoord. Upload een onbeveiligde versie.",
                code="encrypted",
            )
        pieces, total = [], 0
        for page in reader.pages[:MAX_PAGES]:
            if not text:
                continue  # walking the page tree is the check
            piece = page.extract_text() or ""
            pieces.append(piece)
            total += len(piece)
            if total >= MAX_CHARS:
                break
    except ValidationError:
        raise
    except UNREADABLE as error:
        logger.info("Unreadable PDF upload: %s", error)
        raise ValidationError(
            "Dit PDF-bestand is beschadigd of kan niet worden gelezen. Sla het opnieuw op als PDF "
            "en probeer het nog eens.",
            code="unreadable",
        ) from error
    finally:
        upload.seek(position)
    # PostgreSQL text cannot hold NUL characters.
    return "\n".join(pieces)[:MAX_CHARS].replace("\x00", "")


def pdf_download(bestand, filename: str, *, what: str) -> FileResponse:
    """The stored PDF ``bestand`` as a download named ``filename``; a 404 naming ``what``
    ("het rapport van deze evaluatie") when there is none or its file is gone.

    Always an attachment, never shown inline: a PDF may carry JavaScript (README, "Uploads").
    Views call this only after their own visibility check: media is never served directly.
    """
    if not bestand:
        raise Http404(f"Er is geen bestand: {what} ontbreekt.")
    try:
        handle = bestand.open("rb")
    except FileNotFoundError:
        raise Http404(f"Het bestand is niet gevonden: {what} ontbreekt.") from None
    return FileResponse(
        handle, as_attachment=True, content_type="application/pdf", filename=filename
    )
