"""The registry: gemeenten, domeinen, samenwerkingsverbanden and who takes part in them."""

from __future__ import annotations

import datetime

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator, RegexValidator
from django.db import models
from django.db.models import Case, Count, Exists, F, OuterRef, Q, Subquery, Value, When
from django.db.models.functions import Coalesce
from django.urls import reverse
from django.utils import timezone
from simple_history.models import HistoricalRecords

from samenwerking.bookkeeping import HISTORY_EXCLUDED_FIELDS, EditedInSite, created_by
from samenwerking.dates import registry_date
from samenwerking.search.indexed import SearchIndexed, SearchIndexedManager
from samenwerking.slugs import UniqueSlugMixin

from . import choices

cbs_code_validator = RegexValidator(
    r"^\d{4}$", "Een CBS-gemeentecode bestaat uit precies vier cijfers, bijvoorbeeld 0363."
)


# ---------------------------------------------------------------------------------------------
# Gemeenten and provincies (reference data, see ``import_gemeenten``)


class Provincie(models.Model):
    """One of the twelve provincies, by CBS code (PV20-PV31)."""

    code = models.CharField("CBS-code", max_length=4, unique=True)
    naam = models.CharField("naam", max_length=100, unique=True)
    slug = models.SlugField("slug", max_length=100, unique=True)

    class Meta:
        verbose_name = "provincie"
        verbose_name_plural = "provincies"
        ordering = ["naam"]

    def __str__(self) -> str:
        return self.naam


class GemeenteQuerySet(models.QuerySet["Gemeente"]):
    def current(self) -> GemeenteQuerySet:
        """Gemeenten that exist today (not merged away in a herindeling)."""
        return self.filter(opgeheven_op__isnull=True)

    def dissolved(self) -> GemeenteQuerySet:
        return self.filter(opgeheven_op__isnull=False)

    def match(self, code_or_naam: str) -> Gemeente | None:
        """The gemeente with this CBS code ("0193", "GM0193") or name, also a merged-away one."""
        term = code_or_naam.strip()
        code = term.upper().removeprefix("GM")
        lookup = Q(code=code.zfill(4)) if code.isdigit() else Q(naam__iexact=term)
        # A current gemeente wins over an old one with the same name.
        return self.filter(lookup).order_by(F("opgeheven_op").asc(nulls_first=True)).first()

    def resolve(self, code_or_naam: str) -> Gemeente | None:
        """Today's gemeente for a code or name, also when that code or name was merged away."""
        gemeente = self.match(code_or_naam)
        return gemeente.current_gemeente() if gemeente else None


class Gemeente(SearchIndexed):
    """A Dutch gemeente as registered by CBS, including those merged away since 2012."""

    code = models.CharField(
        "CBS-gemeentecode",
        max_length=4,
        unique=True,
        validators=[cbs_code_validator],
        help_text="Vier cijfers, met voorloopnullen (0363 is Amsterdam).",
    )
    naam = models.CharField("naam", max_length=100)
    slug = models.SlugField("slug", max_length=120, unique=True)
    provincie = models.ForeignKey(
        Provincie,
        verbose_name="provincie",
        on_delete=models.PROTECT,
        related_name="gemeenten",
        null=True,
        blank=True,
        help_text="Leeg voor opgeheven gemeenten: de bron noemt hun provincie niet.",
    )
    inwoners = models.PositiveIntegerField("inwoners", null=True, blank=True)
    opgeheven_op = models.DateField(
        "opgeheven op", null=True, blank=True, validators=[registry_date]
    )
    opgegaan_in = models.ForeignKey(
        "self",
        verbose_name="opgegaan in",
        on_delete=models.PROTECT,
        related_name="voorgangers",
        null=True,
        blank=True,
    )

    objects = SearchIndexedManager.from_queryset(GemeenteQuerySet)()

    class Meta:
        verbose_name = "gemeente"
        verbose_name_plural = "gemeenten"
        ordering = ["naam"]
        constraints = [
            models.CheckConstraint(
                name="%(app_label)s_%(class)s_opgeheven_heeft_opvolger",
                condition=Q(opgeheven_op__isnull=True, opgegaan_in__isnull=True)
                | Q(opgeheven_op__isnull=False, opgegaan_in__isnull=False),
                violation_error_message=(
                    "Een opgeheven gemeente heeft een datum van opheffing én een gemeente "
                    "waarin zij is opgegaan; een bestaande gemeente heeft geen van beide."
                ),
            ),
        ]

    def __str__(self) -> str:
        return self.naam

    def get_absolute_url(self) -> str:
        return reverse("verbanden:gemeente_detail", kwargs={"slug": self.slug})

    search_fuzzy_fields = ("naam",)

    def search_sections(self) -> dict[str, list[str]]:
        return {"A": [self.naam], "B": [self.code, self.cbs_statcode]}

    @property
    def cbs_statcode(self) -> str:
        return f"GM{self.code}"

    @property
    def is_dissolved(self) -> bool:
        return self.opgeheven_op is not None

    def current_gemeente(self) -> Gemeente:
        """Follow the herindelingen to the gemeente that exists today."""
        gemeente, seen = self, {self.pk}
        while gemeente.opgegaan_in_id and gemeente.opgegaan_in_id not in seen:
            seen.add(gemeente.opgegaan_in_id)
            gemeente = gemeente.opgegaan_in
        return gemeente


# ---------------------------------------------------------------------------------------------
# Domeinen


class Domein(models.Model):
    """A policy area (BBV taakveld main group or a common tag such as Jeugd or ICT)."""

    naam = models.CharField("naam", max_length=100, unique=True)
    slug = models.SlugField("slug", max_length=100, unique=True)
    taakveld = models.CharField(
        "BBV-taakveld",
        max_length=10,
        blank=True,
        help_text="Hoofdtaakveld uit het Besluit begroting en verantwoording, bijvoorbeeld 6.",
    )
    hoofddomein = models.ForeignKey(
        "self",
        verbose_name="hoofddomein",
        on_delete=models.PROTECT,
        related_name="subdomeinen",
        null=True,
        blank=True,
    )
    omschrijving = models.TextField("omschrijving", blank=True)
    volgorde = models.PositiveSmallIntegerField("volgorde", default=100)

    class Meta:
        verbose_name = "domein"
        verbose_name_plural = "domeinen"
        ordering = ["volgorde", "naam"]

    def __str__(self) -> str:
        return self.naam


# ---------------------------------------------------------------------------------------------
# Samenwerkingsverbanden


def active_q(on: datetime.date | None = None, prefix: str = "") -> Q:
    """Deelnames (reached through ``prefix``) that have started and not ended on ``on``."""
    on = on or timezone.localdate()
    return (
        Q(**{f"{prefix}toegetreden_op__isnull": True}) | Q(**{f"{prefix}toegetreden_op__lte": on})
    ) & (Q(**{f"{prefix}uitgetreden_op__isnull": True}) | Q(**{f"{prefix}uitgetreden_op__gt": on}))


class DeelnameQuerySet(models.QuerySet):
    def active(self, on: datetime.date | None = None):
        """Deelnames that have started and not ended on ``on`` (default: today)."""
        return self.filter(active_q(on))


class VerbandQuerySet(models.QuerySet["Samenwerkingsverband"]):
    def with_schaal(self, on: datetime.date | None = None) -> VerbandQuerySet:
        """Annotate ``aantal_gemeenten``, ``aantal_provincies`` and the derived ``schaal``.

        Counted over the active deelnemers on ``on`` (default today), or for an ended verband
        over the deelnemers it had when it ended.

        Subqueries rather than joins, so that other filters (domeinen, gemeenten) cannot
        multiply the counts.
        """
        on = on or timezone.localdate()
        # An ended verband keeps the schaal of its last deelnemers: those who stayed until the end.
        active = (
            Deelname.objects.filter(verband=OuterRef("pk"))
            .filter(Q(toegetreden_op__isnull=True) | Q(toegetreden_op__lte=on))
            .filter(
                Q(uitgetreden_op__isnull=True)
                | Q(uitgetreden_op__gt=on)
                | Q(uitgetreden_op__gte=OuterRef("opgeheven_op"))
            )
            .values("verband")
        )
        provincie_omvang = (
            Gemeente.objects.current()
            .filter(provincie=OuterRef("eerste_provincie"))
            .values("provincie")
            .annotate(n=Count("pk"))
            .values("n")
        )
        return self.annotate(
            aantal_gemeenten=Coalesce(
                Subquery(active.annotate(n=Count("gemeente", distinct=True)).values("n")), 0
            ),
            aantal_provincies=Coalesce(
                Subquery(
                    active.annotate(n=Count("gemeente__provincie", distinct=True)).values("n")
                ),
                0,
            ),
            eerste_provincie=Subquery(
                active.filter(gemeente__provincie__isnull=False).values("gemeente__provincie")[:1]
            ),
            provincie_omvang=Subquery(provincie_omvang),
            schaal=Case(
                When(aantal_gemeenten=0, then=Value(choices.Schaal.ONBEKEND)),
                When(aantal_provincies__gt=1, then=Value(choices.Schaal.BOVENPROVINCIAAL)),
                When(
                    aantal_gemeenten=F("provincie_omvang"), then=Value(choices.Schaal.PROVINCIAAL)
                ),
                When(
                    aantal_gemeenten__lte=choices.SUBREGIONAAL_MAX_GEMEENTEN,
                    then=Value(choices.Schaal.SUBREGIONAAL),
                ),
                default=Value(choices.Schaal.REGIONAAL),
                output_field=models.CharField(),
            ),
        )

    def for_list(self) -> VerbandQuerySet:
        """What a list of verbanden shows, in a fixed number of queries."""
        return self.with_schaal().prefetch_related("domeinen").order_by("naam", "pk")

    def with_gemeente(self, gemeente: Gemeente) -> VerbandQuerySet:
        """Verbanden in which ``gemeente`` takes part today."""
        return self.filter(
            Exists(Deelname.objects.active().filter(verband=OuterRef("pk"), gemeente=gemeente))
        )


class Samenwerkingsverband(UniqueSlugMixin, EditedInSite, SearchIndexed):
    """A cooperation of gemeenten: a gemeenschappelijke regeling, a private-law body or a network."""

    naam = models.CharField("naam", max_length=255)
    slug = models.SlugField("slug", max_length=220, unique=True, blank=True)
    afkorting = models.CharField("afkorting", max_length=50, blank=True)
    omschrijving = models.TextField("omschrijving", blank=True)
    website = models.URLField("website", blank=True)
    bron_url = models.URLField(
        "vindplaats regeling",
        max_length=500,
        blank=True,
        help_text="Bijvoorbeeld de publicatie in het Gemeenteblad of op lokaleregelgeving.overheid.nl.",
    )

    # Typology
    taaktype = models.CharField("taaktype", max_length=20, choices=choices.Taaktype.choices)
    aantal_taken = models.CharField(
        "aantal taken", max_length=10, choices=choices.AantalTaken.choices
    )
    besturingsniveau = models.CharField(
        "besturingsniveau", max_length=20, choices=choices.Besturingsniveau.choices
    )
    organisatievorm = models.CharField(
        "organisatievorm", max_length=10, choices=choices.Organisatievorm.choices
    )
    organisatiestructuur = models.CharField(
        "organisatiestructuur", max_length=10, choices=choices.Organisatiestructuur.choices
    )
    juridische_vorm = models.CharField(
        "juridische vorm", max_length=30, choices=choices.JuridischeVorm.choices
    )
    initiatief = models.CharField(
        "initiatief", max_length=10, choices=choices.Initiatief.choices, default="vrijwillig"
    )
    domeinen = models.ManyToManyField(
        Domein, verbose_name="domeinen", related_name="verbanden", blank=True
    )
    fase = models.CharField("fase", max_length=20, choices=choices.Fase.choices)

    # Governance
    besturingsmodel = models.CharField(
        "besturingsmodel", max_length=30, choices=choices.Besturingsmodel.choices
    )
    gezamenlijk_opdrachtgeverschap = models.BooleanField(
        "gezamenlijk opdrachtgeverschap", default=False
    )
    gemeenschappelijke_adviescommissie = models.BooleanField(
        "gemeenschappelijke adviescommissie",
        default=False,
        help_text="Ingesteld op grond van de Wgr (sinds 1 juli 2022), uit raadsleden van de deelnemers.",
    )
    evaluatietermijn_jaren = models.PositiveSmallIntegerField(
        "evaluatietermijn (jaren)",
        null=True,
        blank=True,
        validators=[MinValueValidator(1), MaxValueValidator(20)],
        help_text="Om de hoeveel jaar de regeling volgens haar evaluatiebepaling wordt geëvalueerd.",
    )
    governance_toelichting = models.TextField("toelichting governance", blank=True)

    # Art. 27 Wgr register: lid 2 asks for the address and place of establishment.
    adres = models.CharField(
        "adres", max_length=200, blank=True, help_text="Straat en huisnummer van de vestiging."
    )
    postcode = models.CharField(
        "postcode",
        max_length=7,
        blank=True,
        validators=[
            RegexValidator(
                r"^[1-9][0-9]{3} ?[A-Z]{2}$", "Een postcode is vier cijfers en twee hoofdletters."
            )
        ],
    )
    vestigingsplaats = models.CharField("vestigingsplaats", max_length=100, blank=True)
    wettelijke_voorschriften = models.TextField("wettelijke voorschriften", blank=True)
    overgedragen_bevoegdheden = models.TextField("overgedragen bevoegdheden", blank=True)
    in_werking_op = models.DateField(
        "in werking getreden op",
        null=True,
        blank=True,
        validators=[registry_date],
        help_text="De datum waarop de regeling in werking trad.",
    )
    extern_kenmerk = models.CharField(
        "extern kenmerk",
        max_length=100,
        blank=True,
        help_text="Kenmerk in een ander register, bijvoorbeeld de CBS-code (GR0316) of het "
        "nummer in het register gemeenschappelijke regelingen van overheid.nl.",
    )

    opgericht_op = models.DateField(
        "opgericht op", null=True, blank=True, validators=[registry_date]
    )
    opgeheven_op = models.DateField(
        "opgeheven op", null=True, blank=True, validators=[registry_date]
    )
    betrokken_adviseurs = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        verbose_name="betrokken adviseurs",
        related_name="betrokken_verbanden",
        blank=True,
    )
    aangemaakt_door = created_by("aangemaakte_verbanden")

    gemeenten = models.ManyToManyField(
        Gemeente, through="Deelname", related_name="verbanden", verbose_name="gemeenten"
    )

    history = HistoricalRecords(
        m2m_fields=[domeinen, betrokken_adviseurs],
        excluded_fields=HISTORY_EXCLUDED_FIELDS,
        verbose_name="historie van samenwerkingsverband",
    )

    objects = SearchIndexedManager.from_queryset(VerbandQuerySet)()

    class Meta:
        verbose_name = "samenwerkingsverband"
        verbose_name_plural = "samenwerkingsverbanden"
        ordering = ["naam"]
        constraints = [
            models.CheckConstraint(
                name="%(app_label)s_%(class)s_opheffing_na_oprichting",
                condition=Q(opgeheven_op__isnull=True)
                | Q(opgericht_op__isnull=True)
                | Q(opgeheven_op__gte=F("opgericht_op")),
                violation_error_message="De datum van opheffing ligt vóór de datum van oprichting.",
            ),
            models.CheckConstraint(
                name="%(app_label)s_%(class)s_evaluatietermijn_bereik",
                condition=Q(evaluatietermijn_jaren__isnull=True)
                | Q(evaluatietermijn_jaren__gte=1, evaluatietermijn_jaren__lte=20),
                violation_error_message="De evaluatietermijn ligt tussen 1 en 20 jaar.",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.naam} ({self.afkorting})" if self.afkorting else self.naam

    def get_absolute_url(self) -> str:
        return reverse("verbanden:verband_detail", kwargs={"slug": self.slug})

    # Search: names weigh most and may match approximately ("ODRU", "Groninegn").
    search_fuzzy_fields = ("naam", "afkorting")
    search_snippet_fields = ("omschrijving", "governance_toelichting")

    def search_sections(self) -> dict[str, list[str]]:
        return {
            "A": [self.naam, self.afkorting],
            "B": [self.omschrijving, *(domein.naam for domein in self.domeinen.all())],
            "C": [
                self.governance_toelichting,
                self.overgedragen_bevoegdheden,
                self.wettelijke_voorschriften,
                self.vestigingsplaats,
            ],
        }

    @classmethod
    def search_index_queryset(cls):
        return super().search_index_queryset().prefetch_related("domeinen")

    @property
    def juridische_categorie(self) -> choices.JuridischeCategorie:
        return choices.JuridischeVorm(self.juridische_vorm).categorie

    @property
    def is_wgr(self) -> bool:
        return choices.JuridischeVorm(self.juridische_vorm).is_wgr

    def get_schaal_display(self) -> str:
        """Label of the annotated ``schaal``; the queryset must come from ``with_schaal()``."""
        return choices.Schaal(self.schaal).label

    def centrumgemeente_fouten(self, deelnames: list[Deelname]) -> list[str]:
        """Dutch messages when the deelnames break a centrumgemeente rule.

        Any verband has at most one centrumgemeente without a date of uittreding (the database
        enforces it too); a centrumgemeenteconstructie has exactly one active one. Takes the
        (unsaved) deelnames so that forms and admin inlines can check before saving.
        """
        if self.juridische_vorm == choices.JuridischeVorm.CENTRUMGEMEENTECONSTRUCTIE and deelnames:
            today = timezone.localdate()
            centrum = [
                d for d in deelnames if d.rol == choices.Rol.CENTRUMGEMEENTE and d.is_active(today)
            ]
            if not centrum:
                return [
                    "Een centrumgemeenteconstructie heeft één actieve centrumgemeente; "
                    "er is er nu geen."
                ]
            if len(centrum) > 1:
                return [
                    "Een centrumgemeenteconstructie heeft precies één actieve centrumgemeente; "
                    f"er zijn er nu {len(centrum)}."
                ]
        lopend = [
            d
            for d in deelnames
            if d.rol == choices.Rol.CENTRUMGEMEENTE and d.uitgetreden_op is None
        ]
        if len(lopend) > 1:
            namen = ", ".join(sorted(d.gemeente.naam for d in lopend))
            return [
                "Een samenwerkingsverband heeft hoogstens één centrumgemeente zonder datum van "
                f"uittreding; nu zijn dat er {len(lopend)} ({namen}). Kies bij de andere de rol "
                "deelnemer of vul de datum van uittreding in."
            ]
        return []


class Lidmaatschap(models.Model):
    """What a gemeente's and a partner's participation in a verband have in common."""

    toegetreden_op = models.DateField(
        "toegetreden op", null=True, blank=True, validators=[registry_date]
    )
    uitgetreden_op = models.DateField(
        "uitgetreden op", null=True, blank=True, validators=[registry_date]
    )
    bijdrage = models.DecimalField(
        "bijdrage per jaar (EUR)",
        max_digits=14,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(0)],
    )
    toelichting = models.CharField("toelichting", max_length=255, blank=True)

    objects = DeelnameQuerySet.as_manager()

    class Meta:
        abstract = True
        constraints = [
            models.CheckConstraint(
                name="%(app_label)s_%(class)s_uittreding_na_toetreding",
                condition=Q(uitgetreden_op__isnull=True)
                | Q(toegetreden_op__isnull=True)
                | Q(uitgetreden_op__gte=F("toegetreden_op")),
                violation_error_message="De datum van uittreding ligt vóór de datum van toetreding.",
            ),
            models.CheckConstraint(
                name="%(app_label)s_%(class)s_bijdrage_niet_negatief",
                condition=Q(bijdrage__isnull=True) | Q(bijdrage__gte=0),
                violation_error_message="De bijdrage kan niet negatief zijn.",
            ),
        ]

    def is_active(self, on: datetime.date | None = None) -> bool:
        on = on or timezone.localdate()
        return (self.toegetreden_op is None or self.toegetreden_op <= on) and (
            self.uitgetreden_op is None or self.uitgetreden_op > on
        )


def one_open_row_per(member: str, message: str) -> models.UniqueConstraint:
    """A gemeente (or partner) takes part in a verband at most once without an end date."""
    return models.UniqueConstraint(
        fields=["verband", member],
        condition=Q(uitgetreden_op__isnull=True),
        name=f"%(app_label)s_%(class)s_een_lopende_deelname_per_{member}",
        violation_error_message=message,
    )


class Deelname(Lidmaatschap):
    """A gemeente taking part in a samenwerkingsverband, with its role and yearly contribution."""

    verband = models.ForeignKey(
        Samenwerkingsverband,
        verbose_name="samenwerkingsverband",
        on_delete=models.CASCADE,
        related_name="deelnames",
    )
    gemeente = models.ForeignKey(
        Gemeente, verbose_name="gemeente", on_delete=models.PROTECT, related_name="deelnames"
    )
    rol = models.CharField("rol", max_length=20, choices=choices.Rol.choices, default="deelnemer")

    history = HistoricalRecords(verbose_name="historie van deelname")

    class Meta(Lidmaatschap.Meta):
        verbose_name = "deelname"
        verbose_name_plural = "deelnames"
        ordering = ["gemeente__naam", "toegetreden_op"]
        constraints = [
            *Lidmaatschap.Meta.constraints,
            one_open_row_per(
                "gemeente", "Deze gemeente neemt al deel aan dit samenwerkingsverband."
            ),
            models.UniqueConstraint(
                fields=["verband"],
                condition=Q(rol="centrumgemeente", uitgetreden_op__isnull=True),
                name="%(app_label)s_%(class)s_een_centrumgemeente_per_verband",
                violation_error_message="Dit samenwerkingsverband heeft al een centrumgemeente.",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.gemeente} in {self.verband}"


class Partner(UniqueSlugMixin, models.Model):
    """A non-municipal party in verbanden: provincie, waterschap, Rijk or a private party."""

    naam = models.CharField("naam", max_length=200, unique=True)
    slug = models.SlugField("slug", max_length=220, unique=True, blank=True)
    soort = models.CharField("soort", max_length=20, choices=choices.PartnerSoort.choices)
    website = models.URLField("website", blank=True)

    class Meta:
        verbose_name = "partner"
        verbose_name_plural = "partners"
        ordering = ["naam"]

    def __str__(self) -> str:
        return self.naam


class Partnerdeelname(Lidmaatschap):
    """A non-municipal partner taking part in a samenwerkingsverband."""

    verband = models.ForeignKey(
        Samenwerkingsverband,
        verbose_name="samenwerkingsverband",
        on_delete=models.CASCADE,
        related_name="partnerdeelnames",
    )
    partner = models.ForeignKey(
        Partner, verbose_name="partner", on_delete=models.PROTECT, related_name="deelnames"
    )
    rol = models.CharField(
        "rol", max_length=20, choices=choices.PartnerRol.choices, default="deelnemer"
    )

    history = HistoricalRecords(verbose_name="historie van partnerdeelname")

    class Meta(Lidmaatschap.Meta):
        verbose_name = "partnerdeelname"
        verbose_name_plural = "partnerdeelnames"
        ordering = ["partner__naam"]
        constraints = [
            *Lidmaatschap.Meta.constraints,
            one_open_row_per("partner", "Deze partner neemt al deel aan dit samenwerkingsverband."),
        ]

    def __str__(self) -> str:
        return f"{self.partner} in {self.verband}"
