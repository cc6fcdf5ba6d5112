"""Beheer of the registry: search, filters, inlines for deelnames, autocomplete for gemeenten."""

from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from samenwerking.admin import BOOKKEEPING_FIELDS, EditedInSiteAdminMixin, PortalAdminMixin
from samenwerking.formsets import RowFormSet

from .forms import (
    GOVERNANCE_FIELDS,
    LIDMAATSCHAP_FIELDS,
    REGISTER_FIELDS,
    TYPERING_FIELDS,
    DeelnameFormSet,
)
from .models import (
    Deelname,
    Domein,
    Gemeente,
    Partner,
    Partnerdeelname,
    Provincie,
    Samenwerkingsverband,
)


@admin.register(Provincie)
class ProvincieAdmin(PortalAdminMixin, admin.ModelAdmin):
    list_display = ["naam", "code"]
    search_fields = ["naam", "code"]
    prepopulated_fields = {"slug": ["naam"]}


class OpgehevenFilter(admin.SimpleListFilter):
    title = "status"
    parameter_name = "status"

    def lookups(self, request, model_admin):
        return [("huidig", "Bestaande gemeenten"), ("opgeheven", "Opgeheven gemeenten")]

    def queryset(self, request, queryset):
        if self.value() == "huidig":
            return queryset.current()
        if self.value() == "opgeheven":
            return queryset.dissolved()
        return queryset


@admin.register(Gemeente)
class GemeenteAdmin(PortalAdminMixin, admin.ModelAdmin):
    list_display = ["naam", "code", "provincie", "opgeheven_op", "opgegaan_in"]
    list_filter = [OpgehevenFilter, "provincie"]
    search_fields = ["naam", "code"]
    list_select_related = ["provincie", "opgegaan_in"]
    autocomplete_fields = ["opgegaan_in"]
    prepopulated_fields = {"slug": ["naam"]}


@admin.register(Domein)
class DomeinAdmin(PortalAdminMixin, admin.ModelAdmin):
    list_display = ["naam", "taakveld", "hoofddomein", "volgorde"]
    list_filter = ["hoofddomein"]
    list_editable = ["volgorde"]
    search_fields = ["naam", "taakveld"]
    list_select_related = ["hoofddomein"]
    prepopulated_fields = {"slug": ["naam"]}


@admin.register(Partner)
class PartnerAdmin(PortalAdminMixin, admin.ModelAdmin):
    list_display = ["naam", "soort"]
    list_filter = ["soort"]
    search_fields = ["naam"]
    prepopulated_fields = {"slug": ["naam"]}


class DeelnameInline(admin.TabularInline):
    model = Deelname
    # The same checks as the site's form: one centrumgemeente, no gemeente listed twice.
    formset = DeelnameFormSet
    extra = 1
    autocomplete_fields = ["gemeente"]
    fields = ["gemeente", *LIDMAATSCHAP_FIELDS, "toelichting"]


class PartnerdeelnameInline(admin.TabularInline):
    model = Partnerdeelname
    # Bounded and checked like the site's rows (samenwerking/formsets.py).
    formset = RowFormSet
    extra = 0
    autocomplete_fields = ["partner"]
    fields = ["partner", *LIDMAATSCHAP_FIELDS, "toelichting"]


@admin.register(Samenwerkingsverband)
class SamenwerkingsverbandAdmin(EditedInSiteAdminMixin, PortalAdminMixin, SimpleHistoryAdmin):
    list_display = ["naam", "afkorting", "juridische_vorm", "taaktype", "fase", "opgericht_op"]
    list_filter = [
        "juridische_vorm",
        "taaktype",
        "fase",
        "initiatief",
        "besturingsmodel",
        "domeinen",
    ]
    search_fields = ["naam", "afkorting", "omschrijving", "deelnames__gemeente__naam"]
    date_hierarchy = "opgericht_op"
    prepopulated_fields = {"slug": ["naam"]}
    autocomplete_fields = ["betrokken_adviseurs", "aangemaakt_door"]
    filter_horizontal = ["domeinen"]
    history_list_display = ["versie", "fase", "juridische_vorm"]
    inlines = [DeelnameInline, PartnerdeelnameInline]
    fieldsets = [
        (None, {"fields": ["naam", "slug", "afkorting", "omschrijving", "website", "bron_url"]}),
        ("Typering", {"fields": TYPERING_FIELDS}),
        ("Governance", {"fields": GOVERNANCE_FIELDS}),
        ("Register (art. 27 Wgr)", {"fields": REGISTER_FIELDS}),
        (
            "Looptijd en betrokkenen",
            {
                "fields": [
                    "opgericht_op",
                    "opgeheven_op",
                    "betrokken_adviseurs",
                    *BOOKKEEPING_FIELDS,
                ]
            },
        ),
    ]

    def get_search_results(self, request, queryset, search_term):
        # Searching through deelnames joins rows; make each verband appear once.
        queryset, _ = super().get_search_results(request, queryset, search_term)
        return queryset, True


@admin.register(Deelname)
class DeelnameAdmin(PortalAdminMixin, SimpleHistoryAdmin):
    list_display = ["gemeente", "verband", *LIDMAATSCHAP_FIELDS]
    list_filter = ["rol", "gemeente__provincie"]
    search_fields = ["gemeente__naam", "gemeente__code", "verband__naam", "verband__afkorting"]
    autocomplete_fields = ["gemeente", "verband"]
    list_select_related = ["gemeente", "verband"]


@admin.register(Partnerdeelname)
class PartnerdeelnameAdmin(PortalAdminMixin, SimpleHistoryAdmin):
    list_display = ["partner", "verband", *LIDMAATSCHAP_FIELDS]
    list_filter = ["rol", "partner__soort"]
    search_fields = ["partner__naam", "verband__naam"]
    autocomplete_fields = ["partner", "verband"]
    list_select_related = ["partner", "verband"]
