"""Registering, editing and deleting verbanden in the browser, with a version check on save."""

from __future__ import annotations

from django.contrib import messages
from django.forms import all_valid
from django.forms.utils import ErrorDict, ErrorList
from django.shortcuts import get_object_or_404
from django.urls import reverse_lazy
from django.views.generic import DeleteView, TemplateView
from rules.contrib.views import PermissionRequiredMixin

from samenwerking.editing import VersionedEditMixin, posted_version, saved_and_shown
from samenwerking.formsets import more_rows_total
from samenwerking.history import HistoryView
from samenwerking.permissions import is_adviseur

from ..forms import (
    MAX_DEELNAMES,
    MAX_PARTNERS,
    VerbandForm,
    deelname_formset,
    partnerdeelname_formset,
)
from ..history import verband_changes
from ..models import Deelname, Gemeente, Partner, Partnerdeelname, Samenwerkingsverband

# Empty rows offered per form, and added by the "more rows" button (the form works without JS).
EXTRA_ROWS_NEW = 5
EXTRA_ROWS_EDIT = 2
MORE_ROWS = 3


def _without_validation(form_or_formset) -> None:
    """Show bound data without error messages (after "more rows", nothing was submitted yet).

    Django computes errors lazily; marking them as computed-and-empty keeps the typed values
    while the page does not accuse the user of mistakes they did not make.
    """
    if hasattr(form_or_formset, "forms"):
        form_or_formset._errors = []
        form_or_formset._non_form_errors = ErrorList()
        for form in form_or_formset.forms:
            _without_validation(form)
    else:
        form_or_formset._errors = ErrorDict()


class VerbandEditMixin(PermissionRequiredMixin):
    """The form page shared by create and update: the verband form plus two row formsets."""

    model = Samenwerkingsverband
    template_name = "verbanden/verband_form.html"
    extra_rows = EXTRA_ROWS_EDIT
    object = None

    def get_permission_object(self):
        # The object being edited; None on the page that creates one.
        return self.object

    def build(self, data=None, files=None, instance=None, extra=None) -> dict:
        instance = instance if instance is not None else (self.object or Samenwerkingsverband())
        form = VerbandForm(data, instance=instance)
        extra = self.extra_rows if extra is None else extra
        deelnames = deelname_formset(extra)(
            data,
            instance=form.instance,
            prefix="deelnames",
            queryset=Deelname.objects.select_related("gemeente").order_by(
                "uitgetreden_op", "gemeente__naam"
            ),
        )
        partners = partnerdeelname_formset(max(1, extra - 1))(
            data,
            instance=form.instance,
            prefix="partners",
            queryset=Partnerdeelname.objects.select_related("partner"),
        )
        return {"form": form, "deelnames": deelnames, "partners": partners}

    def post(self, request, *args, **kwargs):
        if "meer_rijen" in request.POST:
            return self.more_rows(request)
        return super().post(request, *args, **kwargs)

    def more_rows(self, request):
        """Offer empty rows, keep everything typed; nothing is saved or validated yet."""
        data = request.POST.copy()
        for prefix, max_rows in (("deelnames", MAX_DEELNAMES), ("partners", MAX_PARTNERS)):
            data[f"{prefix}-TOTAL_FORMS"] = more_rows_total(
                data, prefix, more=MORE_ROWS, max_rows=max_rows
            )
        built = self.build(data)
        for part in built.values():
            _without_validation(part)
        return self.render(built, focus_new_row=True, versie=posted_version(request))

    def render(self, built: dict, status=200, **extra):
        context = self.get_context_data(**built, **extra)
        return self.render_to_response(context, status=status)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["verband"] = self.object
        context["gemeente_namen"] = Gemeente.objects.current().values_list("naam", flat=True)
        context["partner_namen"] = Partner.objects.values_list("naam", flat=True)
        return context


class VerbandCreateView(VerbandEditMixin, TemplateView):
    permission_required = "verbanden.add_samenwerkingsverband"
    extra_rows = EXTRA_ROWS_NEW

    def get(self, request, *args, **kwargs):
        return self.render(self.build())

    def post(self, request, *args, **kwargs):
        if "meer_rijen" in request.POST:
            return self.more_rows(request)
        built = self.build(request.POST)
        # The form first: the formsets check the centrumgemeente rule against its juridische vorm.
        if not all_valid(built.values()):
            return self.render(built)
        form = built["form"]
        verband = form.save(commit=False)
        verband.aangemaakt_door = self.request.user
        verband.save()
        form.save_m2m()
        # The adviseur who registers a verband stays involved, and so may keep editing it.
        if is_adviseur(self.request.user):
            verband.betrokken_adviseurs.add(self.request.user)
        for formset in (built["deelnames"], built["partners"]):
            formset.instance = verband
            formset.save()
        return saved_and_shown(
            self.request, verband, f"Samenwerkingsverband ‘{verband.naam}’ is geregistreerd."
        )


class VerbandUpdateView(VerbandEditMixin, VersionedEditMixin, TemplateView):
    permission_required = "verbanden.change_samenwerkingsverband"
    conflict_onderwerp = "dit samenwerkingsverband"
    history_changes = staticmethod(verband_changes)
    history_url_name = "verbanden:verband_history"

    def save_parts(self, built: dict) -> None:
        built["form"].save()
        built["deelnames"].save()
        built["partners"].save()

    def saved(self, built: dict):
        verband = built["form"].instance
        return saved_and_shown(
            self.request, verband, f"De wijzigingen in ‘{verband.naam}’ zijn opgeslagen."
        )


class VerbandDeleteView(PermissionRequiredMixin, DeleteView):
    model = Samenwerkingsverband
    permission_required = "verbanden.delete_samenwerkingsverband"
    template_name = "verbanden/verband_confirm_delete.html"
    context_object_name = "verband"
    success_url = reverse_lazy("verbanden:verband_list")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["aantal_deelnames"] = self.object.deelnames.count()
        context["aantal_partnerdeelnames"] = self.object.partnerdeelnames.count()
        return context

    def form_valid(self, form):
        naam = self.object.naam
        response = super().form_valid(form)
        messages.success(self.request, f"Samenwerkingsverband ‘{naam}’ is verwijderd.")
        return response


class VerbandHistoryView(HistoryView):
    """What changed in a verband and its deelnames, by whom and when. Public, like the verband."""

    lijst = ("Samenwerkingsverbanden", "verbanden:verband_list")
    omschrijving = (
        "Alle wijzigingen in dit samenwerkingsverband, de deelnemende gemeenten en de andere "
        "partners."
    )

    def get_object(self):
        return get_object_or_404(Samenwerkingsverband, slug=self.kwargs["slug"])

    def get_changes(self, obj):
        return verband_changes(obj.pk)
