"""Evaluations: the step-by-step form, detail, report download, overview, compare and 'verwacht'."""

from __future__ import annotations

from django.contrib import messages
from django.db.models import Prefetch
from django.http import Http404, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.views.generic import DeleteView, DetailView, TemplateView, View
from rules.contrib.views import PermissionRequiredMixin

from samenwerking.editing import VersionedEditMixin, saved_and_shown
from samenwerking.history import HistoryView
from samenwerking.lists import FilteredListView
from samenwerking.uploads import pdf_download
from verbanden.models import Samenwerkingsverband

from . import choices
from .exports import evaluatie_columns, with_scores
from .filters import EvaluatieFilterSet
from .forms import (
    AanbevelingFormSet,
    BasisForm,
    BevindingFormSet,
    ControleForm,
    OpvolgingForm,
    ScoresForm,
)
from .history import evaluatie_changes
from .models import Aanbeveling, Beoordeling, Criterium, Evaluatie
from .verwacht import evaluatie_verwacht

STAPPEN = [
    ("basis", "Basis"),
    ("scores", "Scores"),
    ("bevindingen", "Bevindingen"),
    ("aanbevelingen", "Aanbevelingen"),
    ("controle", "Controle en afronden"),
]
STAP_NAMEN = [naam for naam, _ in STAPPEN]


def visible_evaluaties(user):
    return Evaluatie.objects.visible_to(user).select_related("verband")


def detail_queryset(user):
    # Follow-ups link evaluations; only those the user may see are fetched, so a public page
    # never names a concept or non-public evaluation (the missing link is simply None).
    visible = Evaluatie.objects.visible_to(user)
    linked = Aanbeveling.objects.filter(evaluatie__in=visible).select_related("evaluatie")
    return visible_evaluaties(user).prefetch_related(
        Prefetch("beoordelingen", queryset=Beoordeling.objects.select_related("criterium")),
        "bevindingen",
        Prefetch(
            "aanbevelingen",
            queryset=Aanbeveling.objects.prefetch_related(
                Prefetch("vervolg_op", queryset=linked), Prefetch("vervolgen", queryset=linked)
            ),
        ),
    )


# ---------------------------------------------------------------------------------------------
# Reading


class EvaluatieListView(FilteredListView):
    """All evaluations the user may see, with filters; hidden ones are simply not there."""

    filterset_class = EvaluatieFilterSet
    template_name = "evaluaties/evaluatie_list.html"
    context_object_name = "evaluaties"
    export_title = "Evaluaties"
    export_filename = "evaluaties"

    def export_columns(self) -> list:
        return evaluatie_columns()

    def export_rows(self, queryset):
        return super().export_rows(with_scores(queryset))

    def get_queryset(self):
        return visible_evaluaties(self.request.user).prefetch_related("verband__domeinen")


class EvaluatieDetailView(DetailView):
    template_name = "evaluaties/evaluatie_detail.html"
    context_object_name = "evaluatie"

    def get_queryset(self):
        return detail_queryset(self.request.user)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        evaluatie = self.object
        context["bevindingen_per_aspect"] = per_aspect([evaluatie])
        return context


class EvaluatieRapportView(View):
    """The report PDF, only for those who may see the evaluation (media is never served directly)."""

    def get(self, request, pk):
        evaluatie = get_object_or_404(Evaluatie.objects.visible_to(request.user), pk=pk)
        return pdf_download(
            evaluatie.rapport,
            f"{evaluatie.verband.slug}-{evaluatie.uitgevoerd_op:%Y}-rapport.pdf",
            what="het rapport van deze evaluatie",
        )


class EvaluatieCompareView(TemplateView):
    """Two or more evaluations side by side: scores, bevindingen per aspect, aanbevelingen."""

    template_name = "evaluaties/evaluatie_compare.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        try:
            ids = sorted({int(v) for v in self.request.GET.getlist("evaluatie")})
        except ValueError:
            raise Http404("Ongeldige evaluatie in de vergelijking.") from None
        evaluaties = list(
            detail_queryset(self.request.user).filter(pk__in=ids).order_by("uitgevoerd_op")
        )
        if len(evaluaties) != len(ids):
            # One of them does not exist or is hidden: it must not leak, so the whole page is 404.
            raise Http404("Niet alle gekozen evaluaties bestaan.")
        criteria = Criterium.objects.filter(beoordelingen__evaluatie__in=evaluaties).distinct()
        scores = {
            (b.evaluatie_id, b.criterium_id): b for e in evaluaties for b in e.beoordelingen.all()
        }
        context.update(
            evaluaties=evaluaties,
            genoeg=len(evaluaties) >= 2,
            score_rijen=[(c, [scores.get((e.pk, c.pk)) for e in evaluaties]) for c in criteria],
            bevindingen_per_aspect=per_aspect(evaluaties),
        )
        return context


def per_aspect(evaluaties):
    """[(aspect label, [[bevindingen of evaluatie 1], [of evaluatie 2], ...])], aspects in order."""
    rows = []
    for aspect in choices.Aspect:
        cells = [[b for b in e.bevindingen.all() if b.aspect == aspect] for e in evaluaties]
        if any(cells):
            rows.append((aspect.label, cells))
    return rows


class EvaluatieVerwachtView(TemplateView):
    """Verbanden whose last evaluation is older than their evaluatietermijn."""

    template_name = "evaluaties/evaluatie_verwacht.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["verwacht"] = evaluatie_verwacht(self.request.user)
        return context


# ---------------------------------------------------------------------------------------------
# Writing, in steps


class EvaluatieCreateView(PermissionRequiredMixin, TemplateView):
    """Step 1 of a new evaluation; saving creates a concept and continues with the scores."""

    permission_required = "evaluaties.add_evaluatie"
    template_name = "evaluaties/evaluatie_stap.html"

    def dispatch(self, request, *args, **kwargs):
        self.verband = get_object_or_404(Samenwerkingsverband, slug=kwargs["slug"])
        return super().dispatch(request, *args, **kwargs)

    def get_permission_object(self):
        return self.verband

    def get(self, request, *args, **kwargs):
        return self.render(BasisForm())

    def post(self, request, *args, **kwargs):
        form = BasisForm(request.POST, request.FILES, instance=Evaluatie(verband=self.verband))
        if not form.is_valid():
            return self.render(form)
        evaluatie = form.save(commit=False)
        evaluatie.aangemaakt_door = request.user
        evaluatie.save()
        if request.POST.get("richting") == "klaar":
            return saved_and_shown(request, evaluatie, "De evaluatie is als concept opgeslagen.")
        messages.success(
            request, "De evaluatie is als concept opgeslagen. Ga verder met de scores."
        )
        return HttpResponseRedirect(stap_url(evaluatie, "scores"))

    def render(self, form):
        return self.render_to_response(
            self.get_context_data(
                form=form, stap="basis", stappen=STAPPEN, verband=self.verband, evaluatie=None
            )
        )


def stap_url(evaluatie: Evaluatie, stap: str) -> str:
    return reverse("evaluaties:evaluatie_stap", kwargs={"pk": evaluatie.pk, "stap": stap})


def vorige_evaluatie(evaluatie: Evaluatie, user) -> Evaluatie | None:
    """The definitive evaluation of the same verband just before this one, whose advice it
    follows up; only one ``user`` may see (an adviseur may add an evaluation to a verband they
    registered without seeing its non-public evaluations)."""
    return (
        Evaluatie.objects.visible_to(user)
        .filter(
            verband=evaluatie.verband,
            uitgevoerd_op__lte=evaluatie.uitgevoerd_op,
            status=choices.Status.DEFINITIEF,
        )
        .exclude(pk=evaluatie.pk)
        .order_by("-uitgevoerd_op", "-pk")
        .first()
    )


class EvaluatieStapView(PermissionRequiredMixin, VersionedEditMixin, TemplateView):
    """One step of an existing evaluation. Every step saves; 'Vorige stap' saves and goes back.

    Every step is conflict-safe (samenwerking/editing.py): the evaluation's version is checked
    whatever the step changes, its fields, its scores or its rows.
    """

    permission_required = "evaluaties.change_evaluatie"
    template_name = "evaluaties/evaluatie_stap.html"
    model = Evaluatie
    conflict_onderwerp = "deze evaluatie"
    history_changes = staticmethod(evaluatie_changes)
    history_url_name = "evaluaties:evaluatie_history"
    lookup_field = "pk"

    def dispatch(self, request, *args, **kwargs):
        if kwargs["stap"] not in STAP_NAMEN:
            raise Http404("Deze stap bestaat niet.")
        self.stap = kwargs["stap"]
        return super().dispatch(request, *args, **kwargs)

    def edit_queryset(self):
        return visible_evaluaties(self.request.user)

    def get_permission_object(self):
        return self.object

    # Each step: build its forms, save them, and what the template needs.
    def build(self, data=None, files=None, instance=None) -> dict:
        evaluatie = instance if instance is not None else self.object
        if self.stap == "basis":
            return {"form": BasisForm(data, files, instance=evaluatie)}
        if self.stap == "scores":
            return {"form": ScoresForm(data, evaluatie=evaluatie)}
        if self.stap == "bevindingen":
            return {"formset": BevindingFormSet(data, instance=evaluatie, prefix="bevindingen")}
        if self.stap == "aanbevelingen":
            vorige = vorige_evaluatie(evaluatie, self.request.user)
            vervolgen = {
                a.vervolg_op_id: a for a in evaluatie.aanbevelingen.filter(vervolg_op__isnull=False)
            }
            open_vorige = (
                vorige.aanbevelingen.exclude(status=choices.AanbevelingStatus.AFGEROND)
                if vorige
                else []
            )
            return {
                "vorige": vorige,
                "opvolging": [
                    OpvolgingForm(data, vorige=a, vervolg=vervolgen.get(a.pk)) for a in open_vorige
                ],
                "formset": AanbevelingFormSet(
                    data,
                    instance=evaluatie,
                    prefix="aanbevelingen",
                    queryset=Aanbeveling.objects.filter(vervolg_op__isnull=True),
                ),
            }
        return {"form": ControleForm(data, instance=evaluatie)}

    def parts(self, built: dict) -> list:
        """Everything in a step that validates and saves."""
        return [built[key] for key in ("form", "formset") if key in built] + built.get(
            "opvolging", []
        )

    def save_parts(self, built: dict) -> None:
        for part in self.parts(built):
            if isinstance(part, OpvolgingForm):
                part.save(self.object)
            else:
                part.save()

    def saved(self, built: dict):
        request, evaluatie = self.request, self.object
        index = STAP_NAMEN.index(self.stap)
        if request.POST.get("richting") == "meer":
            # Saved; the same step again shows the saved rows plus new empty ones.
            return HttpResponseRedirect(stap_url(evaluatie, self.stap))
        if request.POST.get("richting") == "vorige" and index > 0:
            return HttpResponseRedirect(stap_url(evaluatie, STAP_NAMEN[index - 1]))
        if self.stap == "controle" or request.POST.get("richting") == "klaar":
            evaluatie.refresh_from_db()
            messages.success(
                request,
                "De evaluatie is definitief gemaakt."
                if evaluatie.is_final
                else "De evaluatie is opgeslagen als concept.",
            )
            return HttpResponseRedirect(evaluatie.get_absolute_url())
        return HttpResponseRedirect(stap_url(evaluatie, STAP_NAMEN[index + 1]))

    def render(self, built: dict, status: int = 200, **extra):
        context = self.get_context_data(
            stap=self.stap,
            stappen=STAPPEN,
            evaluatie=self.object,
            verband=self.object.verband,
            **built,
            **extra,
        )
        if self.stap == "controle":
            context["overzicht"] = detail_queryset(self.request.user).get(pk=self.object.pk)
        return self.render_to_response(context, status=status)


class EvaluatieHistoryView(HistoryView):
    """Who changed what in an evaluation, its scores and its rows: for those who may see it."""

    lijst = ("Evaluaties", "evaluaties:evaluatie_list")
    omschrijving = (
        "Alle wijzigingen in deze evaluatie, de scores, de bevindingen en de aanbevelingen."
    )

    def get_object(self):
        return get_object_or_404(visible_evaluaties(self.request.user), pk=self.kwargs["pk"])

    def get_changes(self, obj):
        return evaluatie_changes(obj.pk)


class EvaluatieDeleteView(PermissionRequiredMixin, DeleteView):
    permission_required = "evaluaties.delete_evaluatie"
    template_name = "evaluaties/evaluatie_confirm_delete.html"
    context_object_name = "evaluatie"

    def get_queryset(self):
        return visible_evaluaties(self.request.user)

    def get_success_url(self):
        return self.object.verband.get_absolute_url()

    def form_valid(self, form):
        messages.success(self.request, f"De evaluatie ‘{self.object.titel}’ is verwijderd.")
        return super().form_valid(form)
