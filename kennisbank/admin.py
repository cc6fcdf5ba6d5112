from django.contrib import admin
from django.db.models import Count
from simple_history.admin import SimpleHistoryAdmin

from samenwerking.admin import BOOKKEEPING_FIELDS, EditedInSiteAdminMixin, PortalAdminMixin

from .forms import PublicatieForm
from .models import Publicatie, Thema


@admin.register(Thema)
class ThemaAdmin(PortalAdminMixin, admin.ModelAdmin):
    list_display = ["naam", "slug", "aantal_publicaties"]
    search_fields = ["naam", "omschrijving"]
    prepopulated_fields = {"slug": ["naam"]}

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(aantal=Count("publicaties"))

    @admin.display(description="publicaties", ordering="aantal")
    def aantal_publicaties(self, obj) -> int:
        return obj.aantal


class PublicatieAdminForm(PublicatieForm):
    """The site's form (PDF check and text extraction), plus the slug and who made it."""

    class Meta(PublicatieForm.Meta):
        fields = [*PublicatieForm.Meta.fields, "slug", "aangemaakt_door"]


@admin.register(Publicatie)
class PublicatieAdmin(EditedInSiteAdminMixin, PortalAdminMixin, SimpleHistoryAdmin):
    form = PublicatieAdminForm
    list_display = ["titel", "soort", "status", "verschenen_op", "uitgever"]
    list_filter = ["status", "soort", "themas", "domeinen"]
    search_fields = ["titel", "samenvatting", "auteurs", "uitgever"]
    date_hierarchy = "verschenen_op"
    prepopulated_fields = {"slug": ["titel"]}
    autocomplete_fields = ["aangemaakt_door"]
    fieldsets = [
        (None, {"fields": ["titel", "slug", "soort", "status", "verschenen_op"]}),
        ("Inhoud", {"fields": ["samenvatting", "inhoud", "auteurs", "uitgever"]}),
        ("Bestand en link", {"fields": ["bestand", "externe_url"]}),
        ("Onderwerpen", {"fields": ["themas", "domeinen", "verbanden", "gemeenten"]}),
        ("Beheer", {"fields": BOOKKEEPING_FIELDS}),
    ]

    def get_queryset(self, request):
        return super().get_queryset(request).defer("bestand_tekst", "zoektermen", "zoekvector")
