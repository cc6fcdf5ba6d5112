"""Forms for registering and editing verbanden with their deelnames and partners."""

from __future__ import annotations

import datetime

from django import forms
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError

from samenwerking.fields import DutchDateField, EuroField
from samenwerking.formsets import RowFormSet, row_formset
from samenwerking.permissions import ADVISEUR

from . import choices
from .models import Deelname, Domein, Gemeente, Partner, Partnerdeelname, Samenwerkingsverband

# The parts of a verband's typology, governance and Wgr register, here and in beheer.
TYPERING_FIELDS = [
    "juridische_vorm",
    "taaktype",
    "aantal_taken",
    "besturingsniveau",
    "organisatievorm",
    "organisatiestructuur",
    "initiatief",
    "domeinen",
    "fase",
]
GOVERNANCE_FIELDS = [
    "besturingsmodel",
    "gezamenlijk_opdrachtgeverschap",
    "gemeenschappelijke_adviescommissie",
    "evaluatietermijn_jaren",
    "governance_toelichting",
]
REGISTER_FIELDS = [
    "adres",
    "postcode",
    "vestigingsplaats",
    "in_werking_op",
    "wettelijke_voorschriften",
    "overgedragen_bevoegdheden",
    "extern_kenmerk",
]

# Sections of the form, for fieldsets in the template.
VERBAND_SECTIONS = [
    ("Algemeen", ["naam", "afkorting", "omschrijving", "website", "bron_url"]),
    ("Typering", TYPERING_FIELDS),
    ("Governance", GOVERNANCE_FIELDS),
    ("Register (artikel 27 Wgr)", REGISTER_FIELDS),
    ("Looptijd en betrokkenen", ["opgericht_op", "opgeheven_op", "betrokken_adviseurs"]),
]
VERBAND_FIELDS = [name for _, names in VERBAND_SECTIONS for name in names]


class VerbandForm(forms.ModelForm):
    """All typology, governance and register fields of a verband."""

    juridische_vorm = forms.ChoiceField(
        label="Juridische vorm",
        choices=[("", "Kies een juridische vorm"), *choices.grouped_juridische_vormen()],
    )
    domeinen = forms.ModelMultipleChoiceField(
        label="Domeinen",
        queryset=Domein.objects.select_related("hoofddomein"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text="Kies de beleidsterreinen waarop het verband werkt.",
    )
    betrokken_adviseurs = forms.ModelMultipleChoiceField(
        label="Betrokken adviseurs",
        queryset=get_user_model()
        .objects.filter(groups__name=ADVISEUR, is_active=True)
        .order_by("first_name", "last_name", "username"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text="Betrokken adviseurs mogen dit verband bewerken.",
    )
    opgericht_op = DutchDateField(label="Opgericht op", required=False)
    opgeheven_op = DutchDateField(label="Opgeheven op", required=False)
    in_werking_op = DutchDateField(
        label="In werking getreden op",
        required=False,
        help_text="De datum waarop de regeling in werking trad.",
    )
    website = forms.URLField(label="Website", required=False, assume_scheme="https")
    bron_url = forms.URLField(
        label="Vindplaats regeling",
        required=False,
        assume_scheme="https",
        max_length=500,
        help_text=Samenwerkingsverband._meta.get_field("bron_url").help_text,
    )

    def clean_postcode(self) -> str:
        # "1234ab" and "1234 AB" are the same postcode; stored the way the post writes it.
        postcode = self.cleaned_data["postcode"].upper().replace(" ", "")
        return f"{postcode[:4]} {postcode[4:]}" if len(postcode) == 6 else postcode

    class Meta:
        model = Samenwerkingsverband
        fields = VERBAND_FIELDS
        widgets = {
            "omschrijving": forms.Textarea(attrs={"rows": 4}),
            "governance_toelichting": forms.Textarea(attrs={"rows": 3}),
            "wettelijke_voorschriften": forms.Textarea(attrs={"rows": 2}),
            "overgedragen_bevoegdheden": forms.Textarea(attrs={"rows": 3}),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name in (
            "taaktype",
            "aantal_taken",
            "besturingsniveau",
            "organisatievorm",
            "organisatiestructuur",
            "fase",
            "besturingsmodel",
        ):
            self.fields[name].choices = [("", "Maak een keuze"), *self.fields[name].choices[1:]]

    def sections(self):
        """[(title, [bound fields])] for the template's fieldsets."""
        return [(title, [self[name] for name in names]) for title, names in VERBAND_SECTIONS]


class GemeenteField(forms.CharField):
    """A gemeente typed as its name or CBS code ("Zwolle", "0193", "GM0193")."""

    default_error_messages = {
        "onbekend": "Onbekende gemeente ‘%(value)s’. Vul de naam of de CBS-code (vier cijfers) in.",
    }

    def __init__(self, **kwargs):
        kwargs.setdefault("max_length", 100)
        super().__init__(**kwargs)

    def prepare_value(self, value):
        if isinstance(value, int):
            value = Gemeente.objects.filter(pk=value).first()
        return value.naam if isinstance(value, Gemeente) else value

    def has_changed(self, initial, data) -> bool:
        # The initial value is a gemeente, the typed value a name: compare them as names, so
        # an untouched row is not rewritten (and gets no empty history record).
        before = self.prepare_value(initial) or ""
        return before.strip().lower() != (data or "").strip().lower()

    def clean(self, value):
        text = super().clean(value)
        if not text:
            return None
        # The exact gemeente, also a merged-away one (historic deelnames), not its successor.
        gemeente = Gemeente.objects.match(text)
        if gemeente is None:
            raise ValidationError(
                self.error_messages["onbekend"], code="onbekend", params={"value": text.strip()}
            )
        return gemeente


# What a row of a deelnemer or partner shows after the gemeente or partner itself.
LIDMAATSCHAP_FIELDS = ["rol", "toegetreden_op", "uitgetreden_op", "bijdrage"]


class LidmaatschapForm(forms.ModelForm):
    """The dates and the contribution, typed the Dutch way, of a deelname or partnerdeelname."""

    toegetreden_op = DutchDateField(label="Toegetreden op", required=False)
    uitgetreden_op = DutchDateField(label="Uitgetreden op", required=False)
    bijdrage = EuroField(label="Bijdrage per jaar (€)", required=False, min_value=0)


class DeelnameForm(LidmaatschapForm):
    gemeente = GemeenteField(
        label="Gemeente",
        widget=forms.TextInput(attrs={"list": "gemeenten-lijst", "autocomplete": "off"}),
    )
    uitgetreden_op = DutchDateField(
        label="Uitgetreden op", required=False, help_text="Vul in om de deelname te beëindigen."
    )

    class Meta:
        model = Deelname
        fields = ["gemeente", *LIDMAATSCHAP_FIELDS]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.gemeente_id:
            # The gemeente object (select_related by the view), not its pk: no query per row.
            self.initial["gemeente"] = self.instance.gemeente


class PartnerdeelnameForm(LidmaatschapForm):
    """A non-municipal partner by name; an unknown name becomes a new partner of the chosen soort."""

    partner_naam = forms.CharField(
        label="Partner",
        max_length=200,
        widget=forms.TextInput(attrs={"list": "partners-lijst", "autocomplete": "off"}),
    )
    partner_soort = forms.ChoiceField(
        label="Soort partner",
        choices=[("", "Alleen voor een nieuwe partner"), *choices.PartnerSoort.choices],
        required=False,
    )

    class Meta:
        model = Partnerdeelname
        fields = LIDMAATSCHAP_FIELDS

    # The partner first, as the gemeente comes first in a deelname row.
    field_order = ["partner_naam", "partner_soort", *LIDMAATSCHAP_FIELDS]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.partner_id and not self.is_bound:
            self.initial["partner_naam"] = self.instance.partner.naam

    def clean(self):
        cleaned = super().clean()
        naam = (cleaned.get("partner_naam") or "").strip()
        if not naam:
            return cleaned
        partner = Partner.objects.filter(naam__iexact=naam).first()
        if partner is None:
            if not cleaned.get("partner_soort"):
                self.add_error("partner_soort", f"Kies de soort voor deze nieuwe partner ‘{naam}’.")
                return cleaned
            partner = Partner(naam=naam, soort=cleaned["partner_soort"])
        self.instance.partner = partner
        return cleaned

    def save(self, commit=True):
        if self.instance.partner.pk is None:
            self.instance.partner.save()
            self.instance.partner = self.instance.partner  # refresh partner_id
        return super().save(commit)


# Every gemeente (342) with room for historic deelnames; partners are fewer.
MAX_DEELNAMES = 400
MAX_PARTNERS = 100

# Held only inside one save by rows that are about to get their final values (see ``save``).
RELEASED = datetime.date.max


class LidmaatschapFormSet(RowFormSet):
    """Shared checks over all rows before anything is saved, and a save in any row order."""

    def save(self, commit=True):
        if commit:
            self.release_changed_rows()
        return super().save(commit)

    def release_changed_rows(self) -> None:
        """Take the rows this save changes or deletes out of the "one open row" rules first.

        Those rules (one open deelname per gemeente or partner, one centrumgemeente) are partial
        unique indexes, which neither database can defer to the commit. Saved one by one in the
        form's order, valid rows can collide midway: Almelo made centrumgemeente before Zwolle
        stops being it, or two rows that swap their gemeente. Marking the changed rows as ended
        first (one UPDATE, no history record) lets every row then be saved with its final
        values, whatever their order.
        """
        pks = [
            form.instance.pk
            for form in self.initial_forms
            if form.instance.pk and (form.has_changed() or self._should_delete_form(form))
        ]
        if pks:
            self.model._default_manager.filter(pk__in=pks, uitgetreden_op__isnull=True).update(
                uitgetreden_op=RELEASED
            )


class DeelnameFormSet(LidmaatschapFormSet):
    def clean(self):
        super().clean()
        if any(self.errors):
            return
        deelnames = self.kept_instances()
        open_per_gemeente: dict[int, int] = {}
        for deelname in deelnames:
            if deelname.uitgetreden_op is None:
                open_per_gemeente[deelname.gemeente_id] = (
                    open_per_gemeente.get(deelname.gemeente_id, 0) + 1
                )
        dubbel = [g for g, n in open_per_gemeente.items() if n > 1]
        if dubbel:
            namen = ", ".join(Gemeente.objects.filter(pk__in=dubbel).values_list("naam", flat=True))
            raise ValidationError(
                f"Deze gemeente staat meer dan eens als lopende deelnemer vermeld: {namen}."
            )
        if fouten := self.instance.centrumgemeente_fouten(deelnames):
            raise ValidationError(fouten)


class PartnerdeelnameFormSet(LidmaatschapFormSet):
    def clean(self):
        super().clean()
        if any(self.errors):
            return
        namen = [p.partner.naam.lower() for p in self.kept_instances() if p.uitgetreden_op is None]
        if len(namen) != len(set(namen)):
            raise ValidationError("Een partner staat meer dan eens als lopende deelnemer vermeld.")


def deelname_formset(extra: int):
    return row_formset(
        Samenwerkingsverband,
        Deelname,
        max_rows=MAX_DEELNAMES,
        form=DeelnameForm,
        formset=DeelnameFormSet,
        extra=extra,
        can_delete=True,
    )


def partnerdeelname_formset(extra: int):
    return row_formset(
        Samenwerkingsverband,
        Partnerdeelname,
        max_rows=MAX_PARTNERS,
        form=PartnerdeelnameForm,
        formset=PartnerdeelnameFormSet,
        extra=extra,
        can_delete=True,
    )
