"""factory_boy factories for evaluations.

Criteria are never made up: the five randvoorwaarden come from the data migration; a test that
needs another criterium adds it the way a beheerder would (``CriteriumFactory``).

``EvaluatieFactory()`` is a *hidden* evaluation (a concept) unless ``openbaar=True`` is asked for:
``EvaluatieFactory(openbaar=True)`` is definitief and public, ``EvaluatieFactory(besloten=True)``
definitief but not public. ``scores=[3, 4, 2, 5, 1]`` scores the active criteria in order.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable

import factory
from factory.django import DjangoModelFactory

from evaluaties import choices
from evaluaties.models import Aanbeveling, Beoordeling, Bevinding, Criterium, Evaluatie
from tests.factories import VerbandFactory


def criteria() -> list[Criterium]:
    """The active criteria, in the order the forms show them."""
    return list(Criterium.objects.filter(actief=True))


class CriteriumFactory(DjangoModelFactory):
    class Meta:
        model = Criterium

    naam = factory.Sequence(lambda n: f"Extra criterium {n:03d}")
    omschrijving = "Een criterium dat een beheerder toevoegde."
    volgorde = 200


class EvaluatieFactory(DjangoModelFactory):
    class Meta:
        model = Evaluatie
        skip_postgeneration_save = True

    verband = factory.SubFactory(VerbandFactory)
    titel = factory.Sequence(lambda n: f"Evaluatie {n:04d}")
    soort = choices.Soort.ZELFEVALUATIE
    uitvoerder = "Bureau Samenwerken B.V."
    uitgevoerd_op = datetime.date(2022, 6, 15)
    aanleiding = "De regeling schrijft elke vier jaar een evaluatie voor."
    methode = "Interviews en een enquête onder de deelnemers."
    openbaar = False
    # ``openbaar=True`` alone means what a reader means by it: definitief and public.
    status = factory.LazyAttribute(
        lambda o: choices.Status.DEFINITIEF if o.openbaar else choices.Status.CONCEPT
    )

    class Params:
        # Definitief and public: visible to everyone.
        openbaar_definitief = factory.Trait(status=choices.Status.DEFINITIEF, openbaar=True)
        # Definitief, not public: visible only to those involved.
        besloten = factory.Trait(status=choices.Status.DEFINITIEF, openbaar=False)

    @factory.post_generation
    def scores(self, create: bool, extracted: Iterable[int | None] | None, **kwargs):
        """``scores=[3, 4, None, 5, 1]``: one Beoordeling per active criterium (None skips one)."""
        if not create or extracted is None:
            return
        for criterium, score in zip(criteria(), extracted, strict=False):
            if score is not None:
                Beoordeling.objects.create(
                    evaluatie=self,
                    criterium=criterium,
                    score=score,
                    toelichting=f"Toelichting bij {criterium.naam.lower()}: {score}.",
                )


class BeoordelingFactory(DjangoModelFactory):
    class Meta:
        model = Beoordeling

    evaluatie = factory.SubFactory(EvaluatieFactory)
    criterium = factory.LazyFunction(lambda: criteria()[0])
    score = 3
    toelichting = "Redelijk, met ruimte voor verbetering."


class BevindingFactory(DjangoModelFactory):
    class Meta:
        model = Bevinding

    evaluatie = factory.SubFactory(EvaluatieFactory)
    soort = choices.BevindingSoort.GLANS
    aspect = choices.Aspect.BESLUITVORMING
    tekst = factory.Sequence(lambda n: f"Bevinding {n:04d}: het algemeen bestuur besluit snel.")


class AanbevelingFactory(DjangoModelFactory):
    class Meta:
        model = Aanbeveling

    evaluatie = factory.SubFactory(EvaluatieFactory)
    tekst = factory.Sequence(lambda n: f"Aanbeveling {n:04d}: leg de taakverdeling vast.")
    prioriteit = choices.Prioriteit.MIDDEL
    status = choices.AanbevelingStatus.OPEN


ASPECTEN = [choices.Aspect.ORGANISATIE, choices.Aspect.FINANCIEN, choices.Aspect.CULTUUR]


def volledige_evaluatie(
    verband=None,
    *,
    scores: Iterable[int] = (3, 4, 2, 5, 3),
    bevindingen: int = 3,
    aanbevelingen: int = 3,
    **kwargs,
) -> Evaluatie:
    """An evaluation with a score on every active criterium, bevindingen and aanbevelingen."""
    if verband is not None:
        kwargs["verband"] = verband
    evaluatie = EvaluatieFactory(scores=list(scores), **kwargs)
    for i in range(bevindingen):
        BevindingFactory(
            evaluatie=evaluatie,
            soort=choices.BevindingSoort.GLANS if i % 2 == 0 else choices.BevindingSoort.SCHUUR,
            aspect=ASPECTEN[i % len(ASPECTEN)],
        )
    AanbevelingFactory.create_batch(aanbevelingen, evaluatie=evaluatie)
    return evaluatie


def pdf_bytes(tekst: str = "Evaluatierapport", *, size: int | None = None) -> bytes:
    """A small but valid PDF (one page with one line of text), built byte by byte.

    ``size`` pads it with comment lines to exactly that many bytes.
    """
    content = _pdf(tekst, 0)
    if size is not None:
        assert size >= len(content), f"a PDF is at least {len(content)} bytes"
        padding = size - len(content)
        while len(content) != size:  # the offsets in the trailer may grow by a digit
            content = _pdf(tekst, padding)
            padding += size - len(content)
    return content


def _pdf(tekst: str, padding: int) -> bytes:
    stream = f"BT /F1 12 Tf 72 720 Td ({tekst}) Tj ET".encode("latin-1")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
        b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    while padding > 0:
        n = min(padding, 80)
        if padding - n == 1:
            n -= 1
        out += b"\n" if n == 1 else b"%" + b"x" * (n - 2) + b"\n"
        padding -= n
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)
