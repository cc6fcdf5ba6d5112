"""Helpers for tests that post forms the way a browser does.

``parse_form`` reads a rendered form back into the data a browser would submit (hidden fields
such as ``versie`` and the formset management forms included), so that edit tests start from
what the page actually shows. ``verband_form_data`` builds the data of the new-verband form
from scratch, with rows for the deelnames and partners formsets.
"""

from __future__ import annotations

import re
from html import unescape
from html.parser import HTMLParser

from django.test import Client

# ---------------------------------------------------------------------------------------------
# Form data


class FormData(dict):
    """name -> [values], as a browser submits a form; pass it straight to ``client.post``.

    ``data["naam"] = "X"`` sets a single value, ``data["domeinen"] = ["1", "2"]`` several,
    ``del data["x"]`` or ``data.pop("x")`` leaves a field out (an unchecked checkbox).
    """

    def __init__(self, pairs=()):
        super().__init__()
        for name, value in pairs.items() if isinstance(pairs, dict) else pairs:
            self.add(name, value)

    def __setitem__(self, name, value):
        if isinstance(value, list | tuple):
            super().__setitem__(name, [str(v) for v in value])
        else:
            super().__setitem__(name, [str(value)])

    def add(self, name, value) -> None:
        if value is None:
            return
        if isinstance(value, list | tuple):
            for v in value:
                self.add(name, v)
        else:
            self.setdefault(name, []).append(str(value))

    def value(self, name) -> str:
        """The single value of ``name``."""
        values = self[name]
        assert len(values) == 1, f"{name} has {len(values)} values: {values}"
        return values[0]

    def copy(self) -> FormData:
        return FormData([(name, list(values)) for name, values in self.items()])


class _FormParser(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.forms: list[dict] = []
        self._form: dict | None = None
        self._select: dict | None = None
        self._option: dict | None = None
        self._textarea: dict | None = None

    def handle_starttag(self, tag, attrs):
        a = {k: ("" if v is None else v) for k, v in attrs}
        if tag == "form":
            self._form = {"attrs": a, "fields": [], "buttons": [], "names": set()}
            self.forms.append(self._form)
            return
        if self._form is None:
            return
        name = a.get("name")
        if tag == "input" and name:
            self._form["names"].add(name)
            kind = a.get("type", "text").lower()
            if "disabled" in a or kind in ("file", "reset", "image"):
                return
            if kind in ("submit", "button"):
                self._form["buttons"].append((name, a.get("value", "")))
            elif kind in ("checkbox", "radio"):
                if "checked" in a:
                    self._form["fields"].append((name, a.get("value", "on")))
            else:
                self._form["fields"].append((name, a.get("value", "")))
        elif tag == "button" and name:
            self._form["buttons"].append((name, a.get("value", "")))
        elif tag == "textarea" and name:
            self._form["names"].add(name)
            self._textarea = {"name": name, "text": [], "disabled": "disabled" in a}
        elif tag == "select" and name:
            self._form["names"].add(name)
            self._select = {
                "name": name,
                "multiple": "multiple" in a,
                "options": [],
                "disabled": "disabled" in a,
            }
        elif tag == "option" and self._select is not None:
            self._option = {"value": a.get("value"), "selected": "selected" in a, "text": []}
            self._select["options"].append(self._option)

    def handle_data(self, data):
        if self._textarea is not None:
            self._textarea["text"].append(data)
        elif self._option is not None:
            self._option["text"].append(data)

    def handle_endtag(self, tag):
        if tag == "form":
            self._form = None
        elif tag == "textarea" and self._textarea is not None:
            text = "".join(self._textarea["text"])
            # Browsers drop the newline that directly follows <textarea>.
            text = text.removeprefix("\r\n").removeprefix("\n")
            if not self._textarea["disabled"] and self._form is not None:
                self._form["fields"].append((self._textarea["name"], text))
            self._textarea = None
        elif tag == "option":
            self._option = None
        elif tag == "select" and self._select is not None:
            select, self._select = self._select, None
            if select["disabled"] or self._form is None:
                return
            options = select["options"]
            chosen = [o for o in options if o["selected"]]
            if not chosen and not select["multiple"] and options:
                chosen = options[:1]  # a single select submits its first option
            for option in chosen:
                value = option["value"]
                if value is None:
                    value = "".join(option["text"]).strip()
                self._form["fields"].append((select["name"], value))


def parse_form(html: str, *, containing: str = "naam") -> FormData:
    """The data the (first) form with a field named ``containing`` would submit unchanged."""
    if not isinstance(html, str):  # a response
        html = html.content.decode()
    parser = _FormParser()
    parser.feed(html)
    for form in parser.forms:
        if containing in form["names"]:
            data = FormData(form["fields"])
            data.buttons = form["buttons"]
            data.attrs = form["attrs"]
            return data
    raise AssertionError(f"no form with a field {containing!r} on the page")


# ---------------------------------------------------------------------------------------------
# The verband form

VERBAND_VELDEN = {
    "naam": "Regionale Uitvoeringsdienst IJsselland",
    "afkorting": "RUD IJ",
    "omschrijving": "Vergunningverlening, toezicht en handhaving voor de regio.",
    "website": "https://www.rud-ijsselland.example.nl/",
    "bron_url": "",
    "juridische_vorm": "openbaar_lichaam",
    "taaktype": "uitvoering",
    "aantal_taken": "meerdere",
    "besturingsniveau": "tactisch",
    "organisatievorm": "nieuw",
    "organisatiestructuur": "centraal",
    "initiatief": "vrijwillig",
    "fase": "implementatie",
    "besturingsmodel": "ab_db",
    "evaluatietermijn_jaren": "4",
    "governance_toelichting": "",
    "vestigingsplaats": "Zwolle",
    "wettelijke_voorschriften": "",
    "overgedragen_bevoegdheden": "",
    "opgericht_op": "1-1-2015",
    "opgeheven_op": "",
}

DEELNAME_LEEG = {
    "gemeente": "",
    "rol": "deelnemer",
    "toegetreden_op": "",
    "uitgetreden_op": "",
    "bijdrage": "",
}
PARTNER_LEEG = {
    "partner_naam": "",
    "partner_soort": "",
    "rol": "deelnemer",
    "toegetreden_op": "",
    "uitgetreden_op": "",
    "bijdrage": "",
}

DRIE_DEELNEMERS = [
    {"gemeente": "Zwolle", "rol": "penvoerder", "toegetreden_op": "1-1-2015", "bijdrage": "12.500"},
    {"gemeente": "Kampen", "toegetreden_op": "1-1-2015", "bijdrage": "8.000,50"},
    {"gemeente": "Dalfsen", "toegetreden_op": "1-1-2016"},
]


def formset_data(
    prefix: str, rows: list[dict], *, empty: dict, initial: int = 0, extra: int = 2
) -> FormData:
    """Management form plus ``rows`` (missing keys as in an empty row) plus ``extra`` empty rows."""
    data = FormData()
    all_rows = [{**empty, **row} for row in rows] + [dict(empty) for _ in range(extra)]
    data[f"{prefix}-TOTAL_FORMS"] = len(all_rows)
    data[f"{prefix}-INITIAL_FORMS"] = initial
    data[f"{prefix}-MIN_NUM_FORMS"] = 0
    data[f"{prefix}-MAX_NUM_FORMS"] = 1000
    for i, row in enumerate(all_rows):
        for key, value in row.items():
            if key == "DELETE":
                if value:
                    data[f"{prefix}-{i}-DELETE"] = "on"
            elif value is not None:
                data[f"{prefix}-{i}-{key}"] = value
    return data


def verband_form_data(
    deelnames: list[dict] | None = None, partners: list[dict] | None = None, **velden
) -> FormData:
    """The new-verband form filled in: the verband fields (override with keywords), three
    deelnemers unless ``deelnames`` says otherwise, and the given partners."""
    data = FormData({**VERBAND_VELDEN, **velden})
    rows = DRIE_DEELNEMERS if deelnames is None else deelnames
    data.update(formset_data("deelnames", rows, empty=DEELNAME_LEEG))
    data.update(formset_data("partners", partners or [], empty=PARTNER_LEEG, extra=1))
    return data


# ---------------------------------------------------------------------------------------------
# Pages


def page_text(response_or_html) -> str:
    """The visible text of a page (tags removed, whitespace collapsed), for phrase checks."""
    html = (
        response_or_html if isinstance(response_or_html, str) else response_or_html.content.decode()
    )
    html = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", html)
    html = re.sub(r"(?s)<!--.*?-->", " ", html)
    text = unescape(re.sub(r"<[^>]+>", " ", html))
    return re.sub(r"\s+", " ", text).strip()


def main_text(response) -> str:
    """The visible text inside <main>."""
    html = response.content.decode()
    match = re.search(r"(?s)<main\b.*?</main>", html)
    assert match, "no <main> on the page"
    return page_text(match.group(0))


# A valid new publicatie, for tests of the kennisbank form (``publicatie_form_data``).
PUBLICATIE_VELDEN = {
    "titel": "Regionaal opdrachtgeverschap",
    "soort": "handreiking",
    "status": "gepubliceerd",
    "samenvatting": "Hoe gemeenten samen opdrachtgever zijn.",
    "inhoud": "De tekst van de handreiking.",
    "verschenen_op": "31-12-2024",
}


def publicatie_form_data(client, **velden) -> FormData:
    """The new-publicatie form as its page shows it, filled in with a valid publicatie."""
    data = parse_form(client.get("/kennisbank/nieuw/"), containing="titel")
    data.update(FormData({**PUBLICATIE_VELDEN, **velden}))
    return data


def browser(user=None, **client_kwargs) -> Client:
    """A person's own browser: a test client, logged in as ``user`` (None: a visitor)."""
    client = Client(**client_kwargs)
    if user is not None:
        client.force_login(user)
    return client
