"""Registering, editing and deleting verbanden in the browser, with a version check on save."""

from __future__ import annotations

from django.contrib import messages
from django.db.models import F
from django.forms.utils import ErrorDict, ErrorList
from django.http import Http404, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.urls import reverse_lazy
from django.views.generic import DeleteView, TemplateView
from rules.contrib.views import PermissionRequiredMixin

from samenwerking.formsets import more_rows_total
from samenwerking.history import form_differences
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

    def build(self, data=None, instance=None, extra=None):
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
        return form, deelnames, partners

    def get(self, request, *args, **kwargs):
        form, deelnames, partners = self.build()
        return self.render(form, deelnames, partners)

    def post(self, request, *args, **kwargs):
        if "meer_rijen" in request.POST:
            return self.more_rows(request)
        form, deelnames, partners = self.build(request.POST)
        # The form first: the formsets check the centrumgemeente rule against its juridische vorm.
        if form.is_valid() and deelnames.is_valid() and partners.is_valid():
            return self.save(form, deelnames, partners)
        messages.error(request, "Het formulier bevat fouten; ze staan hieronder bij de velden.")
        return self.render(form, deelnames, partners)

    def more_rows(self, request):
        data = request.POST.copy()
        for prefix, max_rows in (("deelnames", MAX_DEELNAMES), ("partners", MAX_PARTNERS)):
            data[f"{prefix}-TOTAL_FORMS"] = more_rows_total(
                data, prefix, more=MORE_ROWS, max_rows=max_rows
            )
        form, deelnames, partners = self.build(data)
        for part in (form, deelnames, partners):
            _without_validation(part)
        return self.render(form, deelnames, partners, focus_new_row=True)

    def render(self, form, deelnames, partners, status=200, **extra):
        context = self.get_context_data(form=form, deelnames=deelnames, partners=partners, **extra)
        return self.render_to_response(context, status=status)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["verband"] = self.object
        context["gemeente_namen"] = Gemeente.objects.huidige().values_list("naam", flat=True)
        context["partner_namen"] = Partner.objects.values_list("naam", flat=True)
        return context


class VerbandCreateView(VerbandEditMixin, TemplateView):
    permission_required = "verbanden.add_samenwerkingsverband"
    extra_rows = EXTRA_ROWS_NEW

    def get_permission_object(self):
        return None

    def save(self, form, deelnames, partners):
        verband = form.save(commit=False)
        verband.aangemaakt_door = self.request.user
        verband.save()
        form.save_m2m()
        # The adviseur who registers a verband stays involved, and so may keep editing it.
        if is_adviseur(self.request.user):
            verband.betrokken_adviseurs.add(self.request.user)
        for formset in (deelnames, partners):
            formset.instance = verband
            formset.save()
        messages.success(self.request, f"Samenwerkingsverband ‘{verband.naam}’ is geregistreerd.")
        return HttpResponseRedirect(verband.get_absolute_url())


class VerbandUpdateView(VerbandEditMixin, TemplateView):
    permission_required = "verbanden.change_samenwerkingsverband"

    def dispatch(self, request, *args, **kwargs):
        self.object = get_object_or_404(Samenwerkingsverband, slug=kwargs["slug"])
        return super().dispatch(request, *args, **kwargs)

    def get_permission_object(self):
        return self.object

    def post(self, request, *args, **kwargs):
        # Check the version before validating: rows someone else deleted in the meantime would
        # otherwise surface as a puzzling error on a hidden field instead of the conflict page.
        if "meer_rijen" not in request.POST:
            try:
                loaded = int(request.POST.get("versie", ""))
            except ValueError:
                loaded = 0
            if loaded != self.object.versie:
                return self.conflict(loaded)
        return super().post(request, *args, **kwargs)

    def save(self, form, deelnames, partners):
        loaded = form.cleaned_data.get("versie") or 0
        # One conditional UPDATE decides who was first; atomic on SQLite and PostgreSQL alike.
        won = Samenwerkingsverband.objects.filter(pk=self.object.pk, versie=loaded).update(
            versie=F("versie") + 1
        )
        if not won:
            return self.conflict(loaded)
        verband = form.save(commit=False)
        verband.versie = loaded + 1
        verband.save()
        form.save_m2m()
        for formset in (deelnames, partners):
            formset.save()
        messages.success(self.request, f"De wijzigingen in ‘{verband.naam}’ zijn opgeslagen.")
        return HttpResponseRedirect(verband.get_absolute_url())

    def conflict(self, loaded_version: int):
        """Someone else saved first: show what changed in between and keep what this user typed."""
        current = Samenwerkingsverband.objects.filter(pk=self.object.pk).first()
        if current is None:
            raise Http404("Dit samenwerkingsverband is intussen verwijderd.")
        # Changes in between start with the first save of a newer version than the one loaded.
        competing_save = (
            Samenwerkingsverband.history.filter(id=current.pk, versie__gt=loaded_version)
            .order_by("history_date")
            .values_list("history_date", flat=True)
            .first()
        )
        self.object = current
        data = self.request.POST.copy()
        data["versie"] = str(current.versie)  # saving again now deliberately overrides
        # The form gets its own copy: validating writes the typed values into its instance,
        # and ``current`` must keep showing what is stored.
        editable = Samenwerkingsverband.objects.get(pk=current.pk)
        form, deelnames, partners = self.build(data, instance=editable)
        form.is_valid()
        return self.render(
            form,
            deelnames,
            partners,
            status=409,
            conflict=True,
            tussentijdse_wijzigingen=(
                verband_changes(current.pk, since=competing_save) if competing_save else []
            ),
            verschillen=form_differences(
                form, current, [n for n in form.changed_data if n != "versie"]
            ),
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


class VerbandHistoryView(TemplateView):
    """What changed in a verband and its deelnames, by whom and when. Public, like the verband."""

    template_name = "verbanden/verband_history.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        verband = get_object_or_404(Samenwerkingsverband, slug=kwargs["slug"])
        context["verband"] = verband
        context["wijzigingen"] = verband_changes(verband.pk)
        return context
