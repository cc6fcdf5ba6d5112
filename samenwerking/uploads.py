"""Checks for uploaded files: the content decides the type, and size is bounded."""

from __future__ import annotations

import filetype
from django.conf import settings
from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat


def validate_pdf(upload) -> None:
    """Refuse anything that is not a real PDF of acceptable size, with a Dutch message.

    The extension and the browser's content type are ignored: a renamed executable named
    rapport.pdf is refused because its first bytes are not those of a PDF.
    """
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
