"""One form per step of an evaluation: basis, scores, bevindingen, aanbevelingen, controle."""

from __future__ import annotations

from django import forms
from django.conf import settings

from samenwerking.fields import DutchDateField
from samenwerking.formsets import row_formset
from samenwerking.uploads import validate_pdf

from . import choices
from .models import Aanbeveling, Beoordeling, Bevinding, Criterium, Evaluatie


class BasisForm(forms.ModelForm):
    uitgevoerd_op = DutchDateField(label="Uitgevoerd op")
    rapport = forms.FileField(
        label="Rapport (PDF)",
        required=False,
        validators=[validate_pdf],
        widget=forms.ClearableFileInput(attrs={"accept": "application/pdf"}),
        help_text=(
            f"Een PDF-bestand van ten hoogste {settings.MAX_UPLOAD_SIZE // (1024 * 1024)} MB. "
            "Het rapport is alleen te openen voor wie de evaluatie mag zien."
        ),
    )

    class Meta:
        model = Evaluatie
        fields = [
            "titel",
            "soort",
            "uitvoerder",
            "uitgevoerd_op",
            "aanleiding",
            "methode",
            "rapport",
        ]
        widgets = {
            "aanleiding": forms.Textarea(attrs={"rows": 3}),
            "methode": forms.Textarea(attrs={"rows": 3}),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["soort"].choices = [("", "Kies de soort evaluatie"), *choices.Soort.choices]


SCORE_CHOICES = [
    ("", "Nog niet beoordeeld"),
    *[(str(k), v) for k, v in choices.SCORE_LABELS.items()],
]


class ScoresForm(forms.Form):
    """A score (1-5) and explanation for each criterium; built from the criteria in use."""

    def __init__(self, *args, evaluatie: Evaluatie, **kwargs):
        super().__init__(*args, **kwargs)
        self.evaluatie = evaluatie
        self.existing = existing = {
            b.criterium_id: b for b in evaluatie.beoordelingen.select_related("criterium")
        }
        self.criteria = list(Criterium.objects.filter(actief=True)) + [
            b.criterium for b in existing.values() if not b.criterium.actief
        ]
        for criterium in self.criteria:
            beoordeling = existing.get(criterium.pk)
            self.fields[f"score_{criterium.pk}"] = forms.TypedChoiceField(
                label=f"Score: {criterium.naam}",
                help_text=criterium.omschrijving,
                choices=SCORE_CHOICES,
                coerce=int,
                empty_value=None,
                required=False,
                widget=forms.RadioSelect,
                initial=str(beoordeling.score) if beoordeling else "",
            )
            self.fields[f"toelichting_{criterium.pk}"] = forms.CharField(
                label=f"Toelichting bij {criterium.naam.lower()}",
                required=False,
                widget=forms.Textarea(attrs={"rows": 2}),
                initial=beoordeling.toelichting if beoordeling else "",
            )

    def differences(self) -> list[tuple[str, str, str]]:
        """(label, typed, stored) where the scores typed differ from those stored now (the
        form was built from the stored beoordelingen), for the conflict page."""
        labels = dict(SCORE_CHOICES)
        rows = []
        for name in self.changed_data:
            if name in self.errors:
                continue
            field = self.fields[name]
            typed, stored = self.data.get(self.add_prefix(name), ""), field.initial or ""
            if name.startswith("score_"):
                typed, stored = labels.get(typed, typed), labels.get(str(stored), stored)
            rows.append((field.label, typed or "—", stored or "—"))
        return rows

    def rows(self):
        """[(criterium, score field, toelichting field)] for the template."""
        return [(c, self[f"score_{c.pk}"], self[f"toelichting_{c.pk}"]) for c in self.criteria]

    def clean(self):
        cleaned = super().clean()
        for criterium in self.criteria:
            if (
                self.evaluatie.is_final
                and criterium.actief
                and cleaned.get(f"score_{criterium.pk}") is None
            ):
                self.add_error(
                    f"score_{criterium.pk}",
                    "Deze evaluatie is definitief en houdt een score voor elk criterium.",
                )
            elif (
                cleaned.get(f"toelichting_{criterium.pk}")
                and cleaned.get(f"score_{criterium.pk}") is None
            ):
                self.add_error(
                    f"score_{criterium.pk}",
                    "Geef een score bij deze toelichting, of laat de toelichting leeg.",
                )
        return cleaned

    def save(self) -> None:
        """Writes only the scores that changed: an untouched score gets no history record."""
        for criterium in self.criteria:
            score = self.cleaned_data.get(f"score_{criterium.pk}")
            toelichting = self.cleaned_data.get(f"toelichting_{criterium.pk}", "")
            stored = self.existing.get(criterium.pk)
            if score is None:
                if stored is not None:
                    stored.delete()
            elif stored is None:
                Beoordeling.objects.create(
                    evaluatie=self.evaluatie,
                    criterium=criterium,
                    score=score,
                    toelichting=toelichting,
                )
            elif (stored.score, stored.toelichting) != (score, toelichting):
                stored.score, stored.toelichting = score, toelichting
                stored.save()


class BevindingForm(forms.ModelForm):
    class Meta:
        model = Bevinding
        fields = ["soort", "aspect", "tekst"]
        widgets = {"tekst": forms.Textarea(attrs={"rows": 2})}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["soort"].choices = [
            ("", "Kies glans of schuur"),
            *choices.BevindingSoort.choices,
        ]
        self.fields["aspect"].choices = [("", "Kies een aspect"), *choices.Aspect.choices]


# Far more than any report has; a bound for a tampered row count.
MAX_ROWS = 100

BevindingFormSet = row_formset(
    Evaluatie, Bevinding, max_rows=MAX_ROWS, form=BevindingForm, extra=3, can_delete=True
)

AanbevelingFormSet = row_formset(
    Evaluatie,
    Aanbeveling,
    max_rows=MAX_ROWS,
    fields=["tekst", "prioriteit", "status"],
    widgets={"tekst": forms.Textarea(attrs={"rows": 2})},
    extra=3,
    can_delete=True,
)


class OpvolgingForm(forms.Form):
    """What became of one open aanbeveling of the previous evaluation."""

    status = forms.ChoiceField(
        label="Wat is ermee gedaan?",
        choices=[("", "Nog niet vastgelegd"), *choices.AanbevelingStatus.choices],
        required=False,
    )
    toelichting = forms.CharField(
        label="Toelichting", required=False, widget=forms.Textarea(attrs={"rows": 2})
    )

    def __init__(self, *args, vorige: Aanbeveling, vervolg: Aanbeveling | None, **kwargs):
        kwargs.setdefault("prefix", f"opvolging-{vorige.pk}")
        super().__init__(*args, **kwargs)
        self.vorige = vorige
        self.vervolg = vervolg
        if vervolg is not None and not self.is_bound:
            eigen_tekst = vervolg.tekst != self.standaard_tekst
            self.initial = {
                "status": vervolg.status,
                "toelichting": vervolg.tekst if eigen_tekst else "",
            }

    @property
    def standaard_tekst(self) -> str:
        """The follow-up's text when the evaluator gave no explanation."""
        # Not the earlier text itself: that evaluation may be less public than this one.
        return "Opvolging van een aanbeveling uit de vorige evaluatie (zonder toelichting)."

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("toelichting") and not cleaned.get("status"):
            self.add_error("status", "Kies wat er met deze aanbeveling is gedaan.")
        return cleaned

    def save(self, evaluatie: Evaluatie) -> None:
        status = self.cleaned_data.get("status")
        if not status:
            if self.vervolg is not None:
                self.vervolg.delete()
            return
        tekst = self.cleaned_data.get("toelichting") or self.standaard_tekst
        if self.vervolg is not None and (self.vervolg.status, self.vervolg.tekst) == (
            status,
            tekst,
        ):
            return  # unchanged: no write, no empty history record
        Aanbeveling.objects.update_or_create(
            evaluatie=evaluatie,
            vervolg_op=self.vorige,
            defaults={"tekst": tekst, "status": status, "prioriteit": self.vorige.prioriteit},
        )


class ControleForm(forms.ModelForm):
    class Meta:
        model = Evaluatie
        fields = ["samenvatting", "conclusies", "status", "openbaar"]
        widgets = {
            "samenvatting": forms.Textarea(attrs={"rows": 4}),
            "conclusies": forms.Textarea(attrs={"rows": 4}),
            "status": forms.RadioSelect,
        }

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("status") == choices.Status.DEFINITIEF:
            gescoord = set(self.instance.beoordelingen.values_list("criterium_id", flat=True))
            ontbrekend = Criterium.objects.filter(actief=True).exclude(pk__in=gescoord)
            if ontbrekend.exists():
                namen = ", ".join(c.naam for c in ontbrekend)
                self.add_error(
                    "status",
                    f"Een definitieve evaluatie heeft een score voor elk criterium. Nog niet gescoord: {namen}.",
                )
            if not cleaned.get("samenvatting"):
                self.add_error("samenvatting", "Een definitieve evaluatie heeft een samenvatting.")
        return cleaned
