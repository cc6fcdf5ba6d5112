"""Public pages of the registry: verbanden list and detail, gemeenten and their profile."""

from __future__ import annotations

from collections import Counter, defaultdict
from decimal import Decimal

from django.db.models import Count, F, Prefetch
from django.views.generic import DetailView

from samenwerking.exports import CHUNK_SIZE, ROWS_PARAM
from samenwerking.lists import FilteredListView

from .. import choices
from ..exports import DEELNAME_COLUMNS, VERBAND_COLUMNS, deelnames_of
from ..filters import GemeenteFilterSet, VerbandFilterSet
from ..models import Deelname, Gemeente, Partnerdeelname, Samenwerkingsverband, active_q


class VerbandListView(FilteredListView):
    """All verbanden with filters, facets, sorting and pagination."""

    filterset_class = VerbandFilterSet
    template_name = "verbanden/verband_list.html"
    context_object_name = "verbanden"
    # PostgreSQL would otherwise compute the schaal subqueries for every row before the OFFSET
    # (3 s for page 100 of 10,000).
    page_by_pk = True

    def get_queryset(self):
        return Samenwerkingsverband.objects.for_list()

    # Downloads: the verbanden, or with ``rijen=deelnames`` their deelnames, one row each.
    @property
    def exports_deelnames(self) -> bool:
        return self.request.GET.get(ROWS_PARAM) == "deelnames"

    @property
    def export_title(self) -> str:
        return "Deelnames" if self.exports_deelnames else "Samenwerkingsverbanden"

    @property
    def export_filename(self) -> str:
        return "deelnames" if self.exports_deelnames else "samenwerkingsverbanden"

    def export_columns(self) -> list:
        return DEELNAME_COLUMNS if self.exports_deelnames else VERBAND_COLUMNS

    def export_rows(self, queryset):
        if self.exports_deelnames:
            return deelnames_of(queryset).iterator(chunk_size=CHUNK_SIZE)
        return super().export_rows(queryset)


class VerbandDetailView(DetailView):
    """One verband: typology, governance, deelnemers and partners."""

    template_name = "verbanden/verband_detail.html"
    context_object_name = "verband"

    def get_queryset(self):
        return Samenwerkingsverband.objects.with_schaal().prefetch_related(
            "domeinen",
            "betrokken_adviseurs",
            Prefetch(
                "deelnames",
                queryset=Deelname.objects.select_related(
                    "gemeente__provincie", "gemeente__opgegaan_in"
                ).order_by("uitgetreden_op", "gemeente__naam"),
            ),
            Prefetch(
                "partnerdeelnames", queryset=Partnerdeelname.objects.select_related("partner")
            ),
        )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        verband = self.object
        deelnames = list(verband.deelnames.all())
        context["actieve_deelnames"] = [d for d in deelnames if d.is_active()]
        context["eerdere_deelnames"] = [d for d in deelnames if not d.is_active()]
        context["totale_bijdrage"] = sum(
            (d.bijdrage for d in context["actieve_deelnames"] if d.bijdrage), Decimal(0)
        )
        context["centrumgemeente_fouten"] = verband.centrumgemeente_fouten(deelnames)
        return context


class GemeenteListView(FilteredListView):
    """All gemeenten per provincie, searchable, with how many verbanden each takes part in."""

    filterset_class = GemeenteFilterSet
    template_name = "verbanden/gemeente_list.html"
    context_object_name = "gemeenten"
    # A page holds a few provincies; all 342 gemeenten of today fit on the largest page.
    page_sizes = (50, 100, 400)
    paginate_by = 100

    def get_queryset(self):
        return (
            Gemeente.objects.select_related("provincie", "opgegaan_in")
            .annotate(
                aantal_verbanden=Count(
                    "deelnames__verband",
                    filter=active_q(prefix="deelnames__"),
                    distinct=True,
                )
            )
            .order_by(F("provincie__naam").asc(nulls_last=True), "naam", "pk")
        )


class GemeenteDetailView(DetailView):
    """The samenwerkingsprofiel: everything a gemeente needs for stelselregie on one page."""

    template_name = "verbanden/gemeente_detail.html"
    context_object_name = "gemeente"
    queryset = Gemeente.objects.select_related("provincie", "opgegaan_in").prefetch_related(
        "voorgangers"
    )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        gemeente = self.object
        verbanden = list(
            Samenwerkingsverband.objects.with_gemeente(gemeente).for_list().order_by("naam")
        )
        eigen_deelnames = {
            d.verband_id: d
            for d in Deelname.objects.active().filter(gemeente=gemeente, verband__in=verbanden)
        }
        for verband in verbanden:
            verband.eigen_deelname = eigen_deelnames.get(verband.pk)

        context.update(
            verbanden=verbanden,
            per_domein=self._per_domein(verbanden),
            per_juridische_vorm=self._per_juridische_vorm(verbanden),
            per_schaal=self._per_schaal(verbanden),
            partnergemeenten=self._partnergemeenten(gemeente, verbanden),
            partnerorganisaties=self._partnerorganisaties(verbanden),
            totale_bijdrage=sum(
                (d.bijdrage for d in eigen_deelnames.values() if d.bijdrage), Decimal(0)
            ),
            aantal_zonder_bijdrage=sum(1 for d in eigen_deelnames.values() if d.bijdrage is None),
        )
        return context

    @staticmethod
    def _per_domein(verbanden):
        """[(domein or None, [verbanden])]; a verband with several domeinen appears under each."""
        groups: dict = defaultdict(list)
        for verband in verbanden:
            domeinen = list(verband.domeinen.all()) or [None]
            for domein in domeinen:
                groups[domein].append(verband)
        return sorted(
            groups.items(),
            key=lambda item: (
                item[0] is None,
                item[0].volgorde if item[0] else 0,
                item[0].naam if item[0] else "",
            ),
        )

    @staticmethod
    def _per_juridische_vorm(verbanden):
        """[(categorie label, [(vorm label, [verbanden])])] in the order of the choices."""
        by_vorm: dict = defaultdict(list)
        for verband in verbanden:
            by_vorm[verband.juridische_vorm].append(verband)
        result = []
        for categorie in choices.JuridischeCategorie:
            vormen = [
                (vorm.label, by_vorm[vorm.value])
                for vorm in choices.JuridischeVorm
                if vorm.categorie == categorie and by_vorm[vorm.value]
            ]
            if vormen:
                result.append((categorie.label, vormen))
        return result

    @staticmethod
    def _per_schaal(verbanden):
        counts = Counter(v.schaal for v in verbanden)
        return [(s.label, counts[s.value]) for s in choices.Schaal if counts[s.value]]

    @staticmethod
    def _partnergemeenten(gemeente, verbanden):
        """Other gemeenten in the same verbanden, with how many verbanden each shares."""
        return (
            Deelname.objects.active()
            .filter(verband__in=verbanden)
            .exclude(gemeente=gemeente)
            .values("gemeente__naam", "gemeente__slug")
            .annotate(gedeeld=Count("verband", distinct=True))
            .order_by("-gedeeld", "gemeente__naam")
        )

    @staticmethod
    def _partnerorganisaties(verbanden):
        return (
            Partnerdeelname.objects.active()
            .filter(verband__in=verbanden)
            .values("partner__naam", "partner__soort")
            .annotate(gedeeld=Count("verband", distinct=True))
            .order_by("-gedeeld", "partner__naam")
        )
