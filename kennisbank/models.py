"""Publicaties (research, whitepapers, handreikingen, praktijkverhalen ...) and their themas."""

from __future__ import annotations

from django.core.validators import FileExtensionValidator
from django.db import models
from django.db.models import Exists, OuterRef, Q
from django.urls import reverse
from simple_history.models import HistoricalRecords

from samenwerking import permissions
from samenwerking.bookkeeping import HISTORY_EXCLUDED_FIELDS, EditedInSite, created_by
from samenwerking.dates import report_date
from samenwerking.search.indexed import SearchIndexed, SearchIndexedManager
from samenwerking.slugs import UniqueSlugMixin
from samenwerking.uploads import validate_pdf
from verbanden.models import Deelname, Domein, Gemeente, Samenwerkingsverband

from . import choices

# Path segments under /kennisbank/ that are pages of their own, never a publicatie's slug.
RESERVED_SLUGS = frozenset({"nieuw", "feed", "thema", "domein", "gemeente"})


class Thema(models.Model):
    """A theme of cooperation: governance, vertrouwen, opdrachtgeverschap, stelselregie, ..."""

    naam = models.CharField("naam", max_length=100, unique=True)
    slug = models.SlugField("slug", max_length=100, unique=True)
    omschrijving = models.TextField("omschrijving", blank=True)

    class Meta:
        verbose_name = "thema"
        verbose_name_plural = "thema's"
        ordering = ["naam"]

    def __str__(self) -> str:
        return self.naam

    def get_absolute_url(self) -> str:
        return f"{reverse('kennisbank:publicatie_list')}?thema={self.slug}"


class PublicatieQuerySet(permissions.VisibleQuerySet):
    visibility = staticmethod(permissions.publicatie_visible_q)

    def about_verband(self, verband) -> PublicatieQuerySet:
        through = Publicatie.verbanden.through
        return self.filter(
            Exists(through.objects.filter(publicatie=OuterRef("pk"), samenwerkingsverband=verband))
        )

    def about_gemeente(self, gemeente) -> PublicatieQuerySet:
        """About the gemeente itself or about a verband it takes part in now."""
        direct = Exists(
            Publicatie.gemeenten.through.objects.filter(
                publicatie=OuterRef("pk"), gemeente=gemeente
            )
        )
        via_verband = Exists(
            Publicatie.verbanden.through.objects.filter(
                publicatie=OuterRef("pk"),
                samenwerkingsverband__in=Deelname.objects.active()
                .filter(gemeente=gemeente)
                .values("verband"),
            )
        )
        return self.filter(direct | via_verband)


class Publicatie(UniqueSlugMixin, EditedInSite, SearchIndexed):
    slug_source = "titel"
    reserved_slugs = RESERVED_SLUGS

    titel = models.CharField("titel", max_length=255)
    slug = models.SlugField(
        "slug",
        max_length=200,
        unique=True,
        blank=True,
        help_text="Het laatste deel van het webadres; leeg laten om het uit de titel te maken.",
    )
    soort = models.CharField("soort", max_length=20, choices=choices.Soort.choices)
    samenvatting = models.TextField(
        "samenvatting", help_text="Waar gaat het over en wat is de belangrijkste conclusie?"
    )
    inhoud = models.TextField(
        "inhoud",
        blank=True,
        help_text="De tekst zelf, voor artikelen, nieuws en praktijkverhalen zonder PDF.",
    )
    auteurs = models.CharField("auteurs", max_length=300, blank=True)
    uitgever = models.CharField(
        "uitgever", max_length=200, blank=True, help_text="Bijvoorbeeld BZK, VNG of een bureau."
    )
    verschenen_op = models.DateField("verschenen op", validators=[report_date])
    bestand = models.FileField(
        "bestand (PDF)",
        upload_to="kennisbank/%Y/",
        blank=True,
        validators=[FileExtensionValidator(["pdf"]), validate_pdf],
    )
    # Filled from the PDF when it is uploaded; searchable, never shown as such.
    bestand_tekst = models.TextField("tekst uit het bestand", blank=True, editable=False)
    externe_url = models.URLField("externe link", max_length=500, blank=True)
    status = models.CharField(
        "status",
        max_length=20,
        choices=choices.Status.choices,
        default=choices.Status.CONCEPT,
        help_text="Alleen gepubliceerde publicaties zijn zichtbaar voor bezoekers.",
    )

    themas = models.ManyToManyField(
        Thema, verbose_name="thema's", related_name="publicaties", blank=True
    )
    verbanden = models.ManyToManyField(
        Samenwerkingsverband,
        verbose_name="samenwerkingsverbanden",
        related_name="publicaties",
        blank=True,
    )
    gemeenten = models.ManyToManyField(
        Gemeente, verbose_name="gemeenten", related_name="publicaties", blank=True
    )
    domeinen = models.ManyToManyField(
        Domein, verbose_name="domeinen", related_name="publicaties", blank=True
    )

    aangemaakt_door = created_by("publicaties")

    history = HistoricalRecords(
        m2m_fields=[themas, verbanden, gemeenten, domeinen],
        excluded_fields=[*HISTORY_EXCLUDED_FIELDS, "bestand_tekst"],
        verbose_name="historie van publicatie",
    )

    objects = SearchIndexedManager.from_queryset(PublicatieQuerySet)()

    class Meta:
        verbose_name = "publicatie"
        verbose_name_plural = "publicaties"
        ordering = ["-verschenen_op", "titel"]
        indexes = [
            models.Index(fields=["status", "-verschenen_op"], name="kennisbank_status_datum")
        ]
        constraints = [
            models.CheckConstraint(
                name="%(app_label)s_%(class)s_heeft_inhoud",
                condition=~Q(bestand="") | ~Q(externe_url="") | ~Q(inhoud=""),
                violation_error_message=(
                    "Voeg een PDF-bestand, een externe link of de inhoud zelf toe: een publicatie "
                    "zonder een van die drie valt niet te lezen."
                ),
            ),
        ]

    def __str__(self) -> str:
        return self.titel

    def get_absolute_url(self) -> str:
        return reverse("kennisbank:publicatie_detail", kwargs={"slug": self.slug})

    @property
    def is_published(self) -> bool:
        return self.status == choices.Status.GEPUBLICEERD

    # Search: the title weighs most, a PDF's text least. Titles are not names, so there is no
    # approximate match: without it PostgreSQL answers from the GIN index alone.
    search_snippet_fields = ("samenvatting", "inhoud", "bestand_tekst")
    search_deferred_fields = ("zoekvector", "zoektermen", "bestand_tekst")

    def search_sections(self) -> dict[str, list[str]]:
        return {
            "A": [self.titel],
            "B": [
                self.samenvatting,
                self.auteurs,
                self.uitgever,
                *(thema.naam for thema in self.themas.all()),
            ],
            "C": [
                self.inhoud,
                *(v.naam for v in self.verbanden.all()),
                *(v.afkorting for v in self.verbanden.all()),
                *(g.naam for g in self.gemeenten.all()),
            ],
            "D": [self.bestand_tekst],
        }

    @classmethod
    def search_index_queryset(cls):
        return super().search_index_queryset().prefetch_related("themas", "verbanden", "gemeenten")

    @property
    def bestand_grootte(self) -> int | None:
        """Size of the PDF in bytes, or None when there is none or it is missing from storage."""
        if not self.bestand:
            return None
        try:
            return self.bestand.size
        except OSError:
            return None
