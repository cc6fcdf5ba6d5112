"""Beheer of evaluations: criteria, and evaluaties with their scores, bevindingen and aanbevelingen."""

from django import forms
from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from samenwerking.admin import BOOKKEEPING_FIELDS, EditedInSiteAdminMixin, PortalAdminMixin
from samenwerking.formsets import RowFormSet
from samenwerking.uploads import validate_pdf

from .models import Aanbeveling, Beoordeling, Bevinding, Criterium, Evaluatie


def vervolg_op_error(evaluatie: Evaluatie, vorige: Aanbeveling) -> str | None:
    """Why ``evaluatie`` cannot follow up ``vorige``, if it cannot: an aanbeveling follows up one
    from another evaluation of the same verband."""
    if evaluatie.pk and vorige.evaluatie_id == evaluatie.pk:
        return "Kies een aanbeveling uit een eerdere evaluatie, niet uit deze evaluatie."
    if vorige.evaluatie.verband_id != evaluatie.verband_id:
        return "Deze aanbeveling hoort bij een evaluatie van een ander samenwerkingsverband."
    return None


def textarea(rows: int, cols: int) -> forms.Textarea:
    # Inlines show the default 10-row textarea as a very tall cell.
    return forms.Textarea(attrs={"rows": rows, "cols": cols})


@admin.register(Criterium)
class CriteriumAdmin(PortalAdminMixin, admin.ModelAdmin):
    list_display = ["naam", "volgorde", "actief"]
    list_editable = ["volgorde", "actief"]
    list_filter = ["actief"]
    search_fields = ["naam", "omschrijving"]


class BeoordelingInline(admin.TabularInline):
    """One row per criterium: the rows for unscored active criteria come with it chosen."""

    model = Beoordeling
    # Bounded and checked like the site's rows (samenwerking/formsets.py).
    formset = RowFormSet
    fields = ["criterium", "score", "toelichting"]

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        if db_field.name == "toelichting":
            kwargs["widget"] = textarea(2, 60)
        return super().formfield_for_dbfield(db_field, request, **kwargs)

    def ontbrekende_criteria(self, obj) -> list[Criterium]:
        criteria = Criterium.objects.filter(actief=True)
        if obj is not None and obj.pk:
            criteria = criteria.exclude(beoordelingen__evaluatie=obj)
        return list(criteria)

    def get_extra(self, request, obj=None, **kwargs):
        # At least one empty row, so a criterium added later by a beheerder can be scored.
        return max(len(self.ontbrekende_criteria(obj)), 1)


class BevindingInline(admin.TabularInline):
    model = Bevinding
    formset = RowFormSet
    extra = 1
    fields = ["soort", "aspect", "tekst"]

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        if db_field.name == "tekst":
            kwargs["widget"] = textarea(2, 70)
        return super().formfield_for_dbfield(db_field, request, **kwargs)


class AanbevelingFormSet(RowFormSet):
    """An aanbeveling can only follow up one from another evaluation of the same verband."""

    def clean(self):
        super().clean()
        for form in self.forms:
            if not form.cleaned_data or form.cleaned_data.get("DELETE"):
                continue
            vorige = form.cleaned_data.get("vervolg_op")
            if vorige is not None and (error := vervolg_op_error(self.instance, vorige)):
                form.add_error("vervolg_op", error)


class AanbevelingInline(admin.StackedInline):
    model = Aanbeveling
    fk_name = "evaluatie"
    formset = AanbevelingFormSet
    extra = 1
    fields = [("prioriteit", "status"), "tekst", "vervolg_op"]
    autocomplete_fields = ["vervolg_op"]

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        if db_field.name == "tekst":
            kwargs["widget"] = textarea(2, 80)
        return super().formfield_for_dbfield(db_field, request, **kwargs)

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        field = super().formfield_for_foreignkey(db_field, request, **kwargs)
        if db_field.name == "vervolg_op":
            # Its label (str) names the evaluation it comes from, so a choice is unambiguous.
            field.queryset = field.queryset.select_related("evaluatie")
            field.help_text = (
                "De aanbeveling uit een eerdere evaluatie van dit verband die hiermee wordt "
                "opgevolgd. Zoek op de tekst, de titel van die evaluatie of de naam van het verband."
            )
        return field


@admin.register(Evaluatie)
class EvaluatieAdmin(EditedInSiteAdminMixin, PortalAdminMixin, SimpleHistoryAdmin):
    list_display = ["titel", "verband", "soort", "uitgevoerd_op", "status", "openbaar"]
    list_filter = ["soort", "status", "openbaar", "verband__domeinen"]
    search_fields = ["titel", "verband__naam", "verband__afkorting", "uitvoerder"]
    date_hierarchy = "uitgevoerd_op"
    list_select_related = ["verband"]
    autocomplete_fields = ["verband", "aangemaakt_door"]
    inlines = [BeoordelingInline, BevindingInline, AanbevelingInline]
    fieldsets = [
        ("Basis", {"fields": ["verband", "titel", "soort", "uitvoerder", "uitgevoerd_op"]}),
        ("Inhoud", {"fields": ["aanleiding", "methode", "samenvatting", "conclusies"]}),
        ("Rapport en status", {"fields": ["rapport", "status", "openbaar", *BOOKKEEPING_FIELDS]}),
    ]

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        field = super().formfield_for_dbfield(db_field, request, **kwargs)
        if db_field.name == "rapport":
            # Checked by content and size, as in the site; runs only for a newly uploaded file.
            field.validators.append(validate_pdf)
            field.help_text = "Alleen PDF-bestanden."
        return field

    def get_formset_kwargs(self, request, obj, inline, prefix):
        kwargs = super().get_formset_kwargs(request, obj, inline, prefix)
        if isinstance(inline, BeoordelingInline):
            kwargs["initial"] = [{"criterium": c.pk} for c in inline.ontbrekende_criteria(obj)]
        return kwargs


class AanbevelingAdminForm(forms.ModelForm):
    class Meta:
        model = Aanbeveling
        fields = ["evaluatie", "prioriteit", "status", "tekst", "vervolg_op"]

    def clean(self):
        cleaned = super().clean()
        evaluatie, vorige = cleaned.get("evaluatie"), cleaned.get("vervolg_op")
        if evaluatie is not None and vorige is not None:
            if error := vervolg_op_error(evaluatie, vorige):
                self.add_error("vervolg_op", error)
        return cleaned


@admin.register(Aanbeveling)
class AanbevelingAdmin(PortalAdminMixin, admin.ModelAdmin):
    """Mostly edited with their evaluatie; registered for the overview and the autocomplete."""

    form = AanbevelingAdminForm
    list_display = ["tekst_kort", "evaluatie", "prioriteit", "status", "vervolg_op"]
    list_filter = ["status", "prioriteit", "evaluatie__soort"]
    search_fields = [
        "tekst",
        "evaluatie__titel",
        "evaluatie__verband__naam",
        "evaluatie__verband__afkorting",
    ]
    ordering = ["-evaluatie__uitgevoerd_op", "pk"]
    list_select_related = ["evaluatie", "vervolg_op__evaluatie"]
    autocomplete_fields = ["evaluatie", "vervolg_op"]
    fields = ["evaluatie", ("prioriteit", "status"), "tekst", "vervolg_op"]

    def get_search_results(self, request, queryset, search_term):
        # The autocomplete shows str(aanbeveling), which names its evaluatie: fetch it along.
        queryset, may_have_duplicates = super().get_search_results(request, queryset, search_term)
        return queryset.select_related("evaluatie"), may_have_duplicates

    @admin.display(description="aanbeveling", ordering="tekst")
    def tekst_kort(self, obj: Aanbeveling) -> str:
        return obj.tekst[:100]

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        field = super().formfield_for_foreignkey(db_field, request, **kwargs)
        if db_field.name == "vervolg_op":
            field.queryset = field.queryset.select_related("evaluatie")  # named in its label
        return field


@admin.register(Bevinding)
class BevindingAdmin(PortalAdminMixin, admin.ModelAdmin):
    """Across evaluations: what shines and what chafes, per aspect."""

    list_display = ["tekst_kort", "soort", "aspect", "evaluatie"]
    list_filter = ["soort", "aspect", "evaluatie__verband__domeinen"]
    search_fields = ["tekst", "evaluatie__titel", "evaluatie__verband__naam"]
    list_select_related = ["evaluatie"]
    autocomplete_fields = ["evaluatie"]
    fields = ["evaluatie", ("soort", "aspect"), "tekst"]

    @admin.display(description="bevinding", ordering="tekst")
    def tekst_kort(self, obj: Bevinding) -> str:
        return obj.tekst[:100]
