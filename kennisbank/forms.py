"""The publicatie form: links to verbanden and gemeenten typed one per line, PDFs read for search."""

from __future__ import annotations

from django import forms
from django.core.exceptions import ValidationError
from django.db.models import Q

from samenwerking.fields import DutchDateField
from samenwerking.uploads import pdf_text, validate_pdf
from verbanden.models import Domein, Gemeente, Samenwerkingsverband

from .models import Publicatie, Thema

MAX_LINES = 100
# The longest name of a verband; a longer line names nothing, and is not looked up (SQLite
# refuses LIKE patterns of tens of thousands of characters).
MAX_LINE_LENGTH = 255


class LinesField(forms.CharField):
    """Objects typed one per line in a textarea; every line must name exactly one object.

    A textarea rather than a select: there are thousands of verbanden, and a person knows the
    names. Unknown or ambiguous lines are all reported at once, with what was typed kept.
    """

    widget = forms.Textarea(attrs={"rows": 4})
    # Dutch needs the article's gender and the plural spelled out: "Onbekend
    # samenwerkingsverband", "Onbekende gemeente", "gemeenten".
    noun = "regel"
    plural = "regels"
    unknown = "Onbekende regel"

    def __init__(self, **kwargs):
        kwargs.setdefault("required", False)
        kwargs.setdefault("max_length", MAX_LINES * (MAX_LINE_LENGTH + 1))
        super().__init__(**kwargs)

    def label_of(self, obj) -> str:
        return str(obj)

    def prepare_value(self, value):
        if isinstance(value, str):
            return value
        return "\n".join(self.label_of(obj) for obj in value or [])

    def has_changed(self, initial, data) -> bool:
        return self.prepare_value(initial).strip() != (data or "").strip()

    def lookup(self, line: str) -> list:
        raise NotImplementedError

    def clean(self, value):
        text = super().clean(value)
        lines = list(dict.fromkeys(line.strip() for line in text.splitlines() if line.strip()))
        if len(lines) > MAX_LINES:
            raise ValidationError(f"Noem hoogstens {MAX_LINES} {self.plural}.", code="too_many")
        found, errors = [], []
        for line in lines:
            if len(line) > MAX_LINE_LENGTH:
                errors.append(
                    f"De regel ‘{line[:40]}…’ is te lang voor een naam: "
                    f"hoogstens {MAX_LINE_LENGTH} tekens."
                )
                continue
            matches = self.lookup(line)
            if len(matches) == 1:
                found.append(matches[0])
            elif not matches:
                errors.append(f"{self.unknown} ‘{line}’.")
            else:
                errors.append(
                    f"‘{line}’ past op meer dan één {self.noun} "
                    f"({', '.join(self.label_of(m) for m in matches[:3])}); "
                    "gebruik de volledige naam."
                )
        if errors:
            raise ValidationError(errors)
        return list(dict.fromkeys(found))


class VerbandenField(LinesField):
    noun = "samenwerkingsverband"
    plural = "samenwerkingsverbanden"
    unknown = "Onbekend samenwerkingsverband"

    def label_of(self, obj) -> str:
        return obj.naam

    def lookup(self, line: str) -> list:
        exact = list(Samenwerkingsverband.objects.filter(Q(naam__iexact=line) | Q(slug=line))[:3])
        return exact or list(Samenwerkingsverband.objects.filter(afkorting__iexact=line)[:3])


class GemeentenField(LinesField):
    noun = "gemeente"
    plural = "gemeenten"
    unknown = "Onbekende gemeente"

    def lookup(self, line: str) -> list:
        gemeente = Gemeente.objects.match(line)
        return [gemeente] if gemeente else []


class PublicatieForm(forms.ModelForm):
    verschenen_op = DutchDateField(label="Verschenen op")
    verbanden = VerbandenField(
        label="Over deze samenwerkingsverbanden",
        help_text="Eén per regel: de naam of de afkorting, bijvoorbeeld ‘ODRU’.",
    )
    gemeenten = GemeentenField(
        label="Over deze gemeenten",
        help_text="Eén per regel: de naam of de CBS-code, bijvoorbeeld ‘Zwolle’ of ‘0193’.",
    )
    externe_url = forms.URLField(
        label="Externe link",
        required=False,
        max_length=500,
        assume_scheme="https",
        help_text="Waar de publicatie ook te vinden is, bijvoorbeeld bij de uitgever.",
    )

    class Meta:
        model = Publicatie
        fields = [
            "titel",
            "soort",
            "status",
            "samenvatting",
            "inhoud",
            "auteurs",
            "uitgever",
            "verschenen_op",
            "bestand",
            "externe_url",
            "themas",
            "domeinen",
            "verbanden",
            "gemeenten",
        ]
        widgets = {
            "samenvatting": forms.Textarea(attrs={"rows": 4}),
            "inhoud": forms.Textarea(attrs={"rows": 10}),
            "themas": forms.CheckboxSelectMultiple,
            "domeinen": forms.CheckboxSelectMultiple,
            "bestand": forms.ClearableFileInput(attrs={"accept": "application/pdf,.pdf"}),
        }
        help_texts = {
            "bestand": "Een PDF-bestand; de tekst wordt doorzoekbaar gemaakt.",
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["themas"].queryset = Thema.objects.all()
        self.fields["domeinen"].queryset = Domein.objects.all()

    def clean_bestand(self):
        bestand = self.cleaned_data.get("bestand")
        if bestand is False:  # "Wissen" ticked: the text of the old file goes with it
            self.instance.bestand_tekst = ""
        elif bestand and "bestand" in self.changed_data:
            validate_pdf(bestand)
            self.instance.bestand_tekst = pdf_text(bestand)
        return bestand
