"""Evaluations of a samenwerkingsverband: how well it works, and what was done with the advice."""

from __future__ import annotations

from django.core.validators import FileExtensionValidator, MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import F, Q
from django.urls import reverse
from simple_history.models import HistoricalRecords

from samenwerking import permissions
from samenwerking.bookkeeping import HISTORY_EXCLUDED_FIELDS, EditedInSite, created_by
from samenwerking.dates import report_date
from samenwerking.search.indexed import SearchIndexed, SearchIndexedManager
from verbanden.models import Samenwerkingsverband

from . import choices


class Criterium(models.Model):
    """A condition for effective cooperation on which evaluations score a verband (1-5)."""

    naam = models.CharField("naam", max_length=100, unique=True)
    omschrijving = models.TextField("omschrijving")
    volgorde = models.PositiveSmallIntegerField("volgorde", default=100)
    actief = models.BooleanField(
        "actief",
        default=True,
        help_text="Alleen actieve criteria worden in nieuwe evaluaties gescoord.",
    )

    class Meta:
        verbose_name = "criterium"
        verbose_name_plural = "criteria"
        ordering = ["volgorde", "naam"]

    def __str__(self) -> str:
        return self.naam


class EvaluatieQuerySet(permissions.VisibleQuerySet):
    visibility = staticmethod(permissions.evaluatie_visible_q)


class Evaluatie(EditedInSite, SearchIndexed):
    """One evaluation of a verband: a self-evaluation, research or the evaluation the regeling requires."""

    verband = models.ForeignKey(
        Samenwerkingsverband,
        verbose_name="samenwerkingsverband",
        on_delete=models.CASCADE,
        related_name="evaluaties",
    )
    titel = models.CharField("titel", max_length=255)
    soort = models.CharField("soort", max_length=30, choices=choices.Soort.choices)
    uitvoerder = models.CharField(
        "uitvoerder",
        max_length=200,
        help_text="Wie de evaluatie uitvoerde, bijvoorbeeld een bureau of rekenkamer.",
    )
    uitgevoerd_op = models.DateField("uitgevoerd op", validators=[report_date])
    aanleiding = models.TextField("aanleiding", blank=True)
    methode = models.TextField("methode", blank=True)
    samenvatting = models.TextField("samenvatting", blank=True)
    conclusies = models.TextField("conclusies", blank=True)
    rapport = models.FileField(
        "rapport (PDF)",
        upload_to="evaluaties/rapporten/%Y/",
        blank=True,
        validators=[FileExtensionValidator(["pdf"])],
    )
    status = models.CharField(
        "status", max_length=20, choices=choices.Status.choices, default=choices.Status.CONCEPT
    )
    openbaar = models.BooleanField(
        "openbaar",
        default=False,
        help_text="Een definitieve, openbare evaluatie is voor iedereen zichtbaar.",
    )
    aangemaakt_door = created_by("evaluaties")

    history = HistoricalRecords(
        excluded_fields=HISTORY_EXCLUDED_FIELDS, verbose_name="historie van evaluatie"
    )

    objects = SearchIndexedManager.from_queryset(EvaluatieQuerySet)()

    class Meta:
        verbose_name = "evaluatie"
        verbose_name_plural = "evaluaties"
        ordering = ["-uitgevoerd_op", "-pk"]
        indexes = [
            models.Index(fields=["verband", "uitgevoerd_op"], name="evaluaties_verband_datum")
        ]

    def __str__(self) -> str:
        return f"{self.titel} ({self.uitgevoerd_op:%Y})"

    def get_absolute_url(self) -> str:
        return reverse("evaluaties:evaluatie_detail", kwargs={"pk": self.pk})

    search_snippet_fields = ("samenvatting", "conclusies")

    def search_sections(self) -> dict[str, list[str]]:
        return {
            "A": [self.titel],
            "B": [self.verband.naam, self.verband.afkorting, self.samenvatting],
            "C": [
                self.conclusies,
                self.aanleiding,
                *(bevinding.tekst for bevinding in self.bevindingen.all()),
                *(aanbeveling.tekst for aanbeveling in self.aanbevelingen.all()),
            ],
            "D": [self.methode, self.uitvoerder],
        }

    @classmethod
    def search_index_queryset(cls):
        return (
            super()
            .search_index_queryset()
            .select_related("verband")
            .prefetch_related("bevindingen", "aanbevelingen")
        )

    @property
    def is_final(self) -> bool:
        return self.status == choices.Status.DEFINITIEF

    @property
    def is_public(self) -> bool:
        return self.is_final and self.openbaar


class Beoordeling(models.Model):
    """The score (1-5) of one evaluatie on one criterium, with its explanation."""

    evaluatie = models.ForeignKey(
        Evaluatie, verbose_name="evaluatie", on_delete=models.CASCADE, related_name="beoordelingen"
    )
    criterium = models.ForeignKey(
        Criterium, verbose_name="criterium", on_delete=models.PROTECT, related_name="beoordelingen"
    )
    score = models.PositiveSmallIntegerField(
        "score", validators=[MinValueValidator(1), MaxValueValidator(5)]
    )
    toelichting = models.TextField("toelichting", blank=True)

    history = HistoricalRecords(verbose_name="historie van beoordeling")

    class Meta:
        verbose_name = "beoordeling"
        verbose_name_plural = "beoordelingen"
        ordering = ["criterium__volgorde", "criterium__naam"]
        constraints = [
            models.CheckConstraint(
                name="%(app_label)s_%(class)s_score_1_tot_en_met_5",
                condition=Q(score__gte=1, score__lte=5),
                violation_error_message="Een score ligt tussen 1 en 5.",
            ),
            models.UniqueConstraint(
                fields=["evaluatie", "criterium"],
                name="%(app_label)s_%(class)s_een_score_per_criterium",
                violation_error_message="Deze evaluatie heeft al een score voor dit criterium.",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.criterium}: {self.score}"


class Bevinding(models.Model):
    """What shines (glans) or chafes (schuur) in the cooperation, on one aspect."""

    evaluatie = models.ForeignKey(
        Evaluatie, verbose_name="evaluatie", on_delete=models.CASCADE, related_name="bevindingen"
    )
    soort = models.CharField("soort", max_length=10, choices=choices.BevindingSoort.choices)
    aspect = models.CharField("aspect", max_length=20, choices=choices.Aspect.choices)
    tekst = models.TextField("bevinding")

    history = HistoricalRecords(verbose_name="historie van bevinding")

    class Meta:
        verbose_name = "bevinding"
        verbose_name_plural = "bevindingen"
        ordering = ["aspect", "soort", "pk"]

    def __str__(self) -> str:
        return f"{self.get_soort_display()}: {self.tekst[:60]}"


class Aanbeveling(models.Model):
    """Advice from an evaluation; the next evaluation records what became of it."""

    evaluatie = models.ForeignKey(
        Evaluatie, verbose_name="evaluatie", on_delete=models.CASCADE, related_name="aanbevelingen"
    )
    tekst = models.TextField("aanbeveling")
    prioriteit = models.CharField(
        "prioriteit",
        max_length=10,
        choices=choices.Prioriteit.choices,
        default=choices.Prioriteit.MIDDEL,
    )
    status = models.CharField(
        "status",
        max_length=20,
        choices=choices.AanbevelingStatus.choices,
        default=choices.AanbevelingStatus.OPEN,
    )
    vervolg_op = models.ForeignKey(
        "self",
        verbose_name="vervolg op",
        on_delete=models.SET_NULL,
        related_name="vervolgen",
        null=True,
        blank=True,
        help_text="De aanbeveling uit een eerdere evaluatie waarop deze voortbouwt.",
    )

    history = HistoricalRecords(verbose_name="historie van aanbeveling")

    class Meta:
        verbose_name = "aanbeveling"
        verbose_name_plural = "aanbevelingen"
        ordering = ["evaluatie", "pk"]
        constraints = [
            models.CheckConstraint(
                name="%(app_label)s_%(class)s_niet_vervolg_op_zichzelf",
                condition=~Q(vervolg_op=F("pk")),
                violation_error_message="Een aanbeveling kan geen vervolg op zichzelf zijn.",
            ),
        ]

    def __str__(self) -> str:
        # Names the evaluation: equal advice texts in different evaluations stay apart.
        return f"{self.evaluatie.titel}: {self.tekst[:80]}"
