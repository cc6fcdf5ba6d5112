"""The text of an uploaded PDF, for search. A PDF pypdf cannot read is refused with a message."""

from __future__ import annotations

import logging

from django.core.exceptions import ValidationError
from pypdf import PdfReader
from pypdf.errors import PdfReadError

logger = logging.getLogger(__name__)

# Enough for any report; a 5,000-page PDF would keep a request busy for minutes.
MAX_PAGES = 1_000
MAX_CHARS = 1_000_000


def extract_text(upload) -> str:
    """All text of the PDF in ``upload`` (a file object), or ValidationError if unreadable.

    A scanned PDF without a text layer gives "", which is fine: it is still downloadable.
    """
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
            text = page.extract_text() or ""
            pieces.append(text)
            total += len(text)
            if total >= MAX_CHARS:
                break
    except ValidationError:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, AttributeError, RecursionError) as error:
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
