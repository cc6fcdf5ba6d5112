"""Kennisbank pages: browse and search with facets, detail with download, and editing."""

from __future__ import annotations

from django.contrib import messages
from django.db import transaction
from django.db.models import Exists, OuterRef
from django.http import HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.urls import reverse_lazy
from django.views.generic import DeleteView, DetailView, TemplateView, View
from rules.contrib.views import PermissionRequiredMixin

from samenwerking import search
from samenwerking.editing import VersionedEditMixin, saved_and_shown
from samenwerking.history import HistoryView
from samenwerking.lists import FilteredListView
from samenwerking.uploads import pdf_download
from verbanden.models import Gemeente, Samenwerkingsverband

from .exports import PUBLICATIE_COLUMNS, PUBLICATIE_PREFETCH
from .filters import PublicatieFilterSet
from .forms import PublicatieForm
from .history import publicatie_changes
from .models import Publicatie, Thema

RELATED = 5


class PublicatieListView(FilteredListView):
    """Browse and search the kennisbank: facets with counts, snippets, paging."""

    filterset_class = PublicatieFilterSet
    template_name = "kennisbank/publicatie_list.html"
    context_object_name = "publicaties"
    search_in_filters = False  # the search box stands above the results
    export_title = "Publicaties"
    export_filename = "publicaties"

    def export_columns(self) -> list:
        return PUBLICATIE_COLUMNS

    def export_rows(self, queryset):
        return super().export_rows(queryset.prefetch_related(*PUBLICATIE_PREFETCH))

    def get_queryset(self):
        return Publicatie.objects.visible_to(self.request.user).prefetch_related("themas")

    def decorate(self, rows: list) -> list:
        query = self.filterset.query
        snippets = search.snippets(Publicatie, [p.pk for p in rows], query) if query else {}
        for publicatie in rows:
            publicatie.snippet = snippets.get(publicatie.pk)
        return rows

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        over_param = next(
            (name for name in ("verband", "gemeente") if self.request.GET.get(name)), None
        )
        over = None
        if over_param == "verband":
            over = Samenwerkingsverband.objects.filter(slug=self.request.GET["verband"]).first()
        elif over_param == "gemeente":
            over = Gemeente.objects.filter(slug=self.request.GET["gemeente"]).first()
        context.update(
            over=over,
            over_param=over_param,
            q=self.request.GET.get("q", ""),
            sortering=self.filterset.chosen_order,
            sorteringen=self.filterset.order_choices,
        )
        return context


class PublicatieDetailView(DetailView):
    template_name = "kennisbank/publicatie_detail.html"
    context_object_name = "publicatie"

    def get_queryset(self):
        return Publicatie.objects.visible_to(self.request.user).prefetch_related(
            "themas", "domeinen", "verbanden", "gemeenten"
        )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        publicatie = self.object
        others = Publicatie.objects.visible_to(self.request.user).exclude(pk=publicatie.pk)
        zelfde_verbanden = list(
            others.filter(
                Exists(
                    Publicatie.verbanden.through.objects.filter(
                        publicatie=OuterRef("pk"),
                        samenwerkingsverband__in=[v.pk for v in publicatie.verbanden.all()],
                    )
                )
            ).order_by("-verschenen_op", "pk")[:RELATED]
        )
        zelfde_thema = list(
            others.exclude(pk__in=[p.pk for p in zelfde_verbanden])
            .filter(
                Exists(
                    Publicatie.themas.through.objects.filter(
                        publicatie=OuterRef("pk"), thema__in=[t.pk for t in publicatie.themas.all()]
                    )
                )
            )
            .order_by("-verschenen_op", "pk")[:RELATED]
        )
        context.update(zelfde_verbanden=zelfde_verbanden, zelfde_thema=zelfde_thema)
        return context


class PublicatieBestandView(View):
    """The PDF, only for those who may see the publicatie (media is never served directly)."""

    def get(self, request, slug):
        publicatie = get_object_or_404(Publicatie.objects.visible_to(request.user), slug=slug)
        return pdf_download(
            publicatie.bestand, f"{publicatie.slug}.pdf", what="het bestand van deze publicatie"
        )


# ---------------------------------------------------------------------------------------------
# Editing


def remove_file_after_commit(bestand) -> None:
    """Delete a replaced or orphaned PDF, only once the change is committed: a rolled-back
    request keeps its file."""
    name, storage = bestand.name, bestand.storage
    transaction.on_commit(lambda: storage.delete(name))


class PublicatieEditMixin(PermissionRequiredMixin):
    model = Publicatie
    template_name = "kennisbank/publicatie_form.html"
    object = None

    def get_permission_object(self):
        # The object being edited; None on the page that creates one.
        return self.object

    def build(self, data=None, files=None, instance=None) -> dict:
        if instance is None:
            # Its own copy: validation writes the typed values into the instance.
            instance = Publicatie.objects.get(pk=self.object.pk) if self.object else Publicatie()
        return {"form": PublicatieForm(data, files, instance=instance)}

    def render(self, built: dict, status: int = 200, **extra):
        context = {"publicatie": self.object, "view": self, **built, **extra}
        return self.response_class(
            request=self.request,
            template=[self.template_name],
            context=context,
            using=self.template_engine,
            status=status,
        )


class PublicatieCreateView(PublicatieEditMixin, TemplateView):
    permission_required = "kennisbank.add_publicatie"

    def get(self, request, *args, **kwargs):
        return self.render(self.build())

    def post(self, request, *args, **kwargs):
        built = self.build(request.POST, request.FILES)
        form = built["form"]
        if not form.is_valid():
            return self.render(built)
        publicatie = form.save(commit=False)
        publicatie.aangemaakt_door = self.request.user
        publicatie.save()
        form.save_m2m()
        return saved_and_shown(
            self.request, publicatie, f"De publicatie ‘{publicatie.titel}’ is opgeslagen."
        )


class PublicatieUpdateView(PublicatieEditMixin, VersionedEditMixin, TemplateView):
    permission_required = "kennisbank.change_publicatie"
    conflict_onderwerp = "deze publicatie"
    history_changes = staticmethod(publicatie_changes)
    history_url_name = "kennisbank:publicatie_history"

    def edit_queryset(self):
        return Publicatie.objects.visible_to(self.request.user)

    def save_parts(self, built: dict) -> None:
        vorig_bestand = self.object.bestand
        publicatie = built["form"].save()
        if vorig_bestand and vorig_bestand.name != publicatie.bestand.name:
            remove_file_after_commit(vorig_bestand)

    def saved(self, built: dict):
        publicatie = built["form"].instance
        return saved_and_shown(
            self.request, publicatie, f"De wijzigingen in ‘{publicatie.titel}’ zijn opgeslagen."
        )


class PublicatieDeleteView(PermissionRequiredMixin, DeleteView):
    permission_required = "kennisbank.delete_publicatie"
    template_name = "kennisbank/publicatie_confirm_delete.html"
    context_object_name = "publicatie"
    success_url = reverse_lazy("kennisbank:publicatie_list")

    def get_queryset(self):
        return Publicatie.objects.visible_to(self.request.user)

    def form_valid(self, form):
        titel, bestand = self.object.titel, self.object.bestand
        response = super().form_valid(form)
        if bestand:
            remove_file_after_commit(bestand)
        messages.success(self.request, f"De publicatie ‘{titel}’ is verwijderd.")
        return response


class PublicatieHistoryView(HistoryView):
    """What changed in a publicatie, by whom and when: for those who may see the publicatie."""

    lijst = ("Kennisbank", "kennisbank:publicatie_list")
    omschrijving = "Alle wijzigingen in deze publicatie en de onderwerpen waaraan zij is gekoppeld."

    def get_object(self):
        return get_object_or_404(
            Publicatie.objects.visible_to(self.request.user), slug=self.kwargs["slug"]
        )

    def get_changes(self, obj):
        return publicatie_changes(obj.pk)


class ThemaView(View):
    """A thema's own address: the list filtered on it (a thema has no page beyond its list)."""

    def get(self, request, slug):
        thema = get_object_or_404(Thema, slug=slug)
        return HttpResponseRedirect(thema.get_absolute_url())
