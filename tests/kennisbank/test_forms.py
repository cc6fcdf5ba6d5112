"""Adding and editing a publicatie the way a browser does: the form is read back from the
rendered page (``tests/helpers.parse_form``), filled in, and posted.

Verbanden and gemeenten are typed one per line (name, abbreviation, CBS code); unknown lines
are refused with a Dutch message and everything typed stays in the form. Two people editing the
same publicatie: the second save gets the conflict page (409) and nothing is overwritten.
"""

from __future__ import annotations

import datetime
from http import HTTPStatus

import pytest
from django.urls import reverse

from kennisbank.models import Publicatie
from tests.factories import AdviseurFactory, BeheerderFactory, VerbandFactory, gemeente
from tests.helpers import FormData, browser, main_text, parse_form, publicatie_form_data
from tests.kennisbank.factories import PublicatieFactory, ThemaFactory
from verbanden.models import Domein

pytestmark = pytest.mark.django_db

CREATE_URL = "/kennisbank/nieuw/"
GEEN_INHOUD = (
    "Voeg een PDF-bestand, een externe link of de inhoud zelf toe: een publicatie "
    "zonder een van die drie valt niet te lezen."
)
ONGELDIGE_DATUM = "Vul een geldige datum in als dag-maand-jaar, bijvoorbeeld 31-12-2024."


@pytest.fixture
def adviseur(db):
    return AdviseurFactory(first_name="Anna", last_name="Jansen")


@pytest.fixture
def onderwerpen(db):
    return {
        "odru": VerbandFactory(naam="Omgevingsdienst Regio Utrecht", afkorting="ODRU"),
        "ggd": VerbandFactory(naam="GGD Regio Utrecht", afkorting="GGDrU"),
        "governance": ThemaFactory(naam="Governance"),
        "vertrouwen": ThemaFactory(naam="Vertrouwen"),
    }


def new_form(client) -> FormData:
    response = client.get(CREATE_URL)
    assert response.status_code == HTTPStatus.OK
    return parse_form(response, containing="titel")


def filled(client, **velden) -> FormData:
    return publicatie_form_data(client, auteurs="A. Jansen", uitgever="VNG", **velden)


def errors(response) -> dict[str, list[str]]:
    return {name: list(errs) for name, errs in response.context["form"].errors.items()}


# ---------------------------------------------------------------------------------------------
# Adding


def test_create_with_verbanden_by_name_and_afkorting_and_gemeenten_by_name_and_code(
    adviseur, onderwerpen
):
    client = browser(adviseur)
    data = filled(
        client,
        verbanden="ODRU\nGGD Regio Utrecht\n",
        gemeenten="Zwolle\n0344\n  \nzwolle",  # Utrecht by CBS code; blank and repeated lines
        themas=[onderwerpen["governance"].pk, onderwerpen["vertrouwen"].pk],
        domeinen=[Domein.objects.get(slug="jeugd").pk],
    )

    response = client.post(CREATE_URL, data)

    assert response.status_code == HTTPStatus.FOUND, errors(response)
    publicatie = Publicatie.objects.get()
    assert (
        response.url == publicatie.get_absolute_url() == "/kennisbank/regionaal-opdrachtgeverschap/"
    )
    assert publicatie.aangemaakt_door == adviseur
    assert publicatie.titel == "Regionaal opdrachtgeverschap"
    assert publicatie.soort == "handreiking"
    assert publicatie.status == "gepubliceerd"
    assert publicatie.verschenen_op == datetime.date(2024, 12, 31)
    assert publicatie.auteurs == "A. Jansen"
    assert publicatie.versie == 1
    assert set(publicatie.verbanden.all()) == {onderwerpen["odru"], onderwerpen["ggd"]}
    assert set(publicatie.gemeenten.all()) == {gemeente("Zwolle"), gemeente("Utrecht")}
    assert set(publicatie.themas.values_list("naam", flat=True)) == {"Governance", "Vertrouwen"}
    assert list(publicatie.domeinen.values_list("slug", flat=True)) == ["jeugd"]

    # The detail page it redirects to says so, and shows what was linked.
    page = client.get(response.url)
    text = main_text(page)
    assert "Omgevingsdienst Regio Utrecht" in text
    assert "Utrecht" in text and "Zwolle" in text
    assert "is opgeslagen" in page.content.decode()


def test_create_with_only_an_external_link(adviseur):
    client = browser(adviseur)
    data = filled(client, inhoud="", externe_url="https://www.vng.nl/publicaties/samenwerken")
    response = client.post(CREATE_URL, data)
    assert response.status_code == HTTPStatus.FOUND, errors(response)
    assert Publicatie.objects.get().externe_url == "https://www.vng.nl/publicaties/samenwerken"


@pytest.mark.parametrize(
    ("datum", "verwacht"),
    [
        ("31-12-2024", datetime.date(2024, 12, 31)),
        ("1-3-2024", datetime.date(2024, 3, 1)),
        ("31/12/2024", datetime.date(2024, 12, 31)),
        ("31.12.2024", datetime.date(2024, 12, 31)),
        ("2024-12-31", datetime.date(2024, 12, 31)),
    ],
)
def test_dutch_date_accepted(adviseur, datum, verwacht):
    client = browser(adviseur)
    response = client.post(CREATE_URL, filled(client, verschenen_op=datum))
    assert response.status_code == HTTPStatus.FOUND, errors(response)
    assert Publicatie.objects.get().verschenen_op == verwacht


@pytest.mark.parametrize("datum", ["31-02-2024", "12/31/2024", "morgen", "32-1-2024", ""])
def test_bad_date_refused(adviseur, datum):
    client = browser(adviseur)
    response = client.post(CREATE_URL, filled(client, verschenen_op=datum))
    assert response.status_code == HTTPStatus.OK
    expected = "Dit veld is verplicht." if datum == "" else ONGELDIGE_DATUM
    assert errors(response) == {"verschenen_op": [expected]}
    assert expected in main_text(response)
    assert not Publicatie.objects.exists()
    assert parse_form(response, containing="titel").value("verschenen_op") == datum


def test_unknown_verband_and_gemeente_lines_refused_and_input_kept(adviseur, onderwerpen):
    client = browser(adviseur)
    data = filled(
        client,
        verbanden="ODRU\nRegionale Uitvoeringsdienst Nergensland",
        gemeenten="Zwolle\nAtlantis\n9999",
        themas=[onderwerpen["vertrouwen"].pk],
    )

    response = client.post(CREATE_URL, data)

    assert response.status_code == HTTPStatus.OK
    assert not Publicatie.objects.exists()
    found = errors(response)
    assert set(found) == {"verbanden", "gemeenten"}
    assert found["gemeenten"] == ["Onbekende gemeente ‘Atlantis’.", "Onbekende gemeente ‘9999’."]
    assert found["verbanden"] == [
        "Onbekend samenwerkingsverband ‘Regionale Uitvoeringsdienst Nergensland’."
    ]
    text = main_text(response)
    assert "Onbekende gemeente ‘Atlantis’." in text
    assert "Regionale Uitvoeringsdienst Nergensland" in text

    # Everything typed is still in the form, as typed.
    kept = parse_form(response, containing="titel")
    for name in ("titel", "soort", "status", "samenvatting", "inhoud", "auteurs", "uitgever"):
        assert kept.get(name) == data[name], name
    assert kept.value("verschenen_op") == "31-12-2024"
    assert kept.value("verbanden") == "ODRU\nRegionale Uitvoeringsdienst Nergensland"
    assert kept.value("gemeenten") == "Zwolle\nAtlantis\n9999"
    assert kept["themas"] == [str(onderwerpen["vertrouwen"].pk)]

    # Corrected and posted again: saved.
    kept["verbanden"] = "ODRU"
    kept["gemeenten"] = "Zwolle"
    response = client.post(CREATE_URL, kept)
    assert response.status_code == HTTPStatus.FOUND, errors(response)
    publicatie = Publicatie.objects.get()
    assert list(publicatie.verbanden.all()) == [onderwerpen["odru"]]
    assert list(publicatie.gemeenten.all()) == [gemeente("Zwolle")]
    assert list(publicatie.themas.all()) == [onderwerpen["vertrouwen"]]


def test_ambiguous_afkorting_refused(adviseur):
    VerbandFactory(naam="Regionale Sociale Dienst Noord", afkorting="RSD")
    VerbandFactory(naam="Regionale Sociale Dienst Zuid", afkorting="RSD")
    client = browser(adviseur)
    response = client.post(CREATE_URL, filled(client, verbanden="RSD"))
    assert response.status_code == HTTPStatus.OK
    (fout,) = errors(response)["verbanden"]
    assert fout.startswith("‘RSD’ past op meer dan één samenwerkingsverband")
    assert "Regionale Sociale Dienst Noord" in fout and "Regionale Sociale Dienst Zuid" in fout
    # The full name settles it.
    response = client.post(CREATE_URL, filled(client, verbanden="Regionale Sociale Dienst Zuid"))
    assert response.status_code == HTTPStatus.FOUND


def test_merged_away_gemeente_by_old_name(adviseur):
    """A gemeente that no longer exists is still the gemeente a publicatie was about."""
    client = browser(adviseur)
    response = client.post(CREATE_URL, filled(client, gemeenten="Haren"))
    assert response.status_code == HTTPStatus.FOUND, errors(response)
    (linked,) = Publicatie.objects.get().gemeenten.all()
    assert linked.naam == "Haren"
    assert linked.opgeheven_op is not None


@pytest.mark.parametrize("inhoud", ["", "   \n  "])
def test_nothing_to_read_refused(adviseur, inhoud):
    client = browser(adviseur)
    data = filled(client, inhoud=inhoud, externe_url="")
    response = client.post(CREATE_URL, data)
    assert response.status_code == HTTPStatus.OK
    assert set(response.context["form"].non_field_errors()) == {GEEN_INHOUD}
    assert set(errors(response)) == {"__all__"}
    assert GEEN_INHOUD in main_text(response)
    assert not Publicatie.objects.exists()
    assert parse_form(response, containing="titel").value("titel") == "Regionaal opdrachtgeverschap"


def test_nothing_to_read_message_shown_once(adviseur):
    client = browser(adviseur)
    response = client.post(CREATE_URL, filled(client, inhoud="", externe_url=""))
    assert response.context["form"].non_field_errors() == [GEEN_INHOUD]
    assert main_text(response).count(GEEN_INHOUD) == 1


def test_required_fields(adviseur):
    client = browser(adviseur)
    data = new_form(client)
    data["soort"] = ""
    response = client.post(CREATE_URL, data)
    assert response.status_code == HTTPStatus.OK
    found = errors(response)
    for name in ("titel", "soort", "samenvatting", "verschenen_op"):
        assert found[name] == ["Dit veld is verplicht."], name
    assert not Publicatie.objects.exists()


def test_too_many_lines_refused(adviseur):
    client = browser(adviseur)
    regels = "\n".join(["Zwolle"] * 50 + [f"Gemeente {i}" for i in range(101)])
    response = client.post(CREATE_URL, filled(client, gemeenten=regels))
    assert response.status_code == HTTPStatus.OK
    assert errors(response)["gemeenten"] == ["Noem hoogstens 100 gemeenten."]
    assert not Publicatie.objects.exists()


def test_hundred_lines_after_removing_repeats_accepted(adviseur):
    client = browser(adviseur)
    response = client.post(CREATE_URL, filled(client, gemeenten="\n".join(["Zwolle"] * 150)))
    assert response.status_code == HTTPStatus.FOUND, errors(response)
    assert [g.naam for g in Publicatie.objects.get().gemeenten.all()] == ["Zwolle"]


# ---------------------------------------------------------------------------------------------
# Editing


def update_url(publicatie) -> str:
    return reverse("kennisbank:publicatie_update", kwargs={"slug": publicatie.slug})


@pytest.fixture
def publicatie(adviseur, onderwerpen):
    return PublicatieFactory(
        titel="Sturen op samenwerking",
        samenvatting="Oorspronkelijke samenvatting.",
        inhoud="Oorspronkelijke tekst.",
        aangemaakt_door=adviseur,
        verschenen_op=datetime.date(2023, 6, 1),
        verbanden=[onderwerpen["odru"]],
        gemeenten=["Utrecht"],
        themas=[onderwerpen["governance"]],
    )


def test_edit_form_shows_stored_values_and_saves_unchanged(adviseur, publicatie):
    client = browser(adviseur)
    data = parse_form(client.get(update_url(publicatie)), containing="titel")
    assert data.value("versie") == "1"
    assert data.value("verschenen_op") == "01-06-2023"
    assert data.value("verbanden") == "Omgevingsdienst Regio Utrecht"
    assert data.value("gemeenten") == "Utrecht"
    response = client.post(update_url(publicatie), data)
    assert response.status_code == HTTPStatus.FOUND, errors(response)
    publicatie.refresh_from_db()
    assert publicatie.versie == 2
    assert publicatie.titel == "Sturen op samenwerking"
    assert publicatie.slug == "sturen-op-samenwerking"
    assert publicatie.aangemaakt_door == adviseur
    assert [v.naam for v in publicatie.verbanden.all()] == ["Omgevingsdienst Regio Utrecht"]
    assert [g.naam for g in publicatie.gemeenten.all()] == ["Utrecht"]


def test_edit_by_beheerder_keeps_the_maker(adviseur, publicatie):
    client = browser(BeheerderFactory())
    data = parse_form(client.get(update_url(publicatie)), containing="titel")
    data["titel"] = "Sturen op samenwerking (herzien)"
    assert client.post(update_url(publicatie), data).status_code == HTTPStatus.FOUND
    publicatie.refresh_from_db()
    assert publicatie.titel == "Sturen op samenwerking (herzien)"
    assert publicatie.aangemaakt_door == adviseur


def test_stale_versie_gives_conflict_and_saves_nothing(adviseur, publicatie, onderwerpen):
    anna, bea = browser(adviseur), browser(BeheerderFactory(first_name="Bea"))
    form_a = parse_form(anna.get(update_url(publicatie)), containing="titel")
    form_b = parse_form(bea.get(update_url(publicatie)), containing="titel")
    assert form_a.value("versie") == form_b.value("versie") == "1"

    form_a["titel"] = "Sturen op samenwerking (Anna)"
    form_a["verbanden"] = ""
    assert anna.post(update_url(publicatie), form_a).status_code == HTTPStatus.FOUND

    form_b["titel"] = "Sturen op samenwerking (Bea)"
    form_b["samenvatting"] = "Bea schreef dit."
    form_b["gemeenten"] = "Utrecht\nZwolle"
    second = bea.post(update_url(publicatie), form_b)

    assert second.status_code == HTTPStatus.CONFLICT
    # Anna's save stands; nothing of Bea's was saved.
    publicatie.refresh_from_db()
    assert publicatie.titel == "Sturen op samenwerking (Anna)"
    assert publicatie.samenvatting == "Oorspronkelijke samenvatting."
    assert list(publicatie.verbanden.all()) == []
    assert [g.naam for g in publicatie.gemeenten.all()] == ["Utrecht"]
    assert publicatie.versie == 2

    # The differences between what Bea typed and what is stored now.
    verschillen = {label: (typed, stored) for label, typed, stored in second.context["verschillen"]}
    assert verschillen == {
        "Titel": ("Sturen op samenwerking (Bea)", "Sturen op samenwerking (Anna)"),
        "Samenvatting": ("Bea schreef dit.", "Oorspronkelijke samenvatting."),
        "Over deze samenwerkingsverbanden": ("Omgevingsdienst Regio Utrecht (ODRU)", "—"),
        "Over deze gemeenten": ("Utrecht, Zwolle", "Utrecht"),
    }
    text = main_text(second)
    assert "Iemand anders heeft deze publicatie gewijzigd nadat u het formulier opende" in text
    assert "Wijzigingen sinds u het formulier opende" in text
    assert "Sturen op samenwerking (Bea)" in text and "Sturen op samenwerking (Anna)" in text

    # Everything Bea typed is still in the form, now with the current version.
    shown = parse_form(second, containing="titel")
    assert shown.value("versie") == "2"
    for name, values in form_b.items():
        if name not in {"versie", "csrfmiddlewaretoken"}:
            assert shown.get(name) == values, name

    # Saving the conflict page saves Bea's version deliberately.
    third = bea.post(update_url(publicatie), shown)
    assert third.status_code == HTTPStatus.FOUND, errors(third)
    publicatie.refresh_from_db()
    assert publicatie.titel == "Sturen op samenwerking (Bea)"
    assert publicatie.samenvatting == "Bea schreef dit."
    assert [v.naam for v in publicatie.verbanden.all()] == ["Omgevingsdienst Regio Utrecht"]
    assert sorted(g.naam for g in publicatie.gemeenten.all()) == ["Utrecht", "Zwolle"]
    assert publicatie.versie == 3

    # Anna's form is stale now.
    assert anna.post(update_url(publicatie), form_a).status_code == HTTPStatus.CONFLICT


def test_double_submit_conflicts(adviseur, publicatie):
    client = browser(adviseur)
    form = parse_form(client.get(update_url(publicatie)), containing="titel")
    form["titel"] = "Eerste keer"
    assert client.post(update_url(publicatie), form).status_code == HTTPStatus.FOUND
    form["titel"] = "Tweede keer"
    assert client.post(update_url(publicatie), form).status_code == HTTPStatus.CONFLICT
    publicatie.refresh_from_db()
    assert publicatie.titel == "Eerste keer"


@pytest.mark.parametrize(
    ("versie", "status"),
    [
        (None, HTTPStatus.CONFLICT),
        ("", HTTPStatus.CONFLICT),
        ("0", HTTPStatus.CONFLICT),
        ("99", HTTPStatus.CONFLICT),
        ("abc", HTTPStatus.CONFLICT),
    ],
)
def test_missing_or_tampered_versie_does_not_overwrite(adviseur, publicatie, versie, status):
    client = browser(adviseur)
    form = parse_form(client.get(update_url(publicatie)), containing="titel")
    form["titel"] = "Zonder geldige versie"
    if versie is None:
        del form["versie"]
    else:
        form["versie"] = versie
    response = client.post(update_url(publicatie), form)
    assert response.status_code == status
    publicatie.refresh_from_db()
    assert publicatie.titel == "Sturen op samenwerking"
    assert publicatie.versie == 1


def test_conflict_after_change_in_beheer(adviseur, publicatie, superuser):
    """A save in /beheer/ raises the version too, so an open site form is stale."""
    client = browser(adviseur)
    form = parse_form(client.get(update_url(publicatie)), containing="titel")
    admin = browser(superuser)
    admin_url = reverse("admin:kennisbank_publicatie_change", args=[publicatie.pk])
    admin_form = parse_form(admin.get(admin_url), containing="titel")
    admin_form["titel"] = "Gewijzigd in beheer"
    admin_form["_save"] = "Opslaan"
    assert admin.post(admin_url, admin_form).status_code == HTTPStatus.FOUND

    form["samenvatting"] = "Op de site gewijzigd."
    assert client.post(update_url(publicatie), form).status_code == HTTPStatus.CONFLICT
    publicatie.refresh_from_db()
    assert publicatie.titel == "Gewijzigd in beheer"
    assert publicatie.samenvatting == "Oorspronkelijke samenvatting."


def test_stale_and_invalid_input_gets_the_conflict_page_with_its_errors(adviseur, publicatie):
    """The version is checked first (the same on every edit page); the conflict page shows the
    errors of the input too, and saving the corrected page is the deliberate override."""
    anna, bea = browser(adviseur), browser(BeheerderFactory())
    form_b = parse_form(bea.get(update_url(publicatie)), containing="titel")
    form_a = parse_form(anna.get(update_url(publicatie)), containing="titel")
    form_a["titel"] = "Door Anna"
    assert anna.post(update_url(publicatie), form_a).status_code == HTTPStatus.FOUND

    form_b["titel"] = "Door Bea"
    form_b["verschenen_op"] = "31-02-2024"
    first = bea.post(update_url(publicatie), form_b)
    assert first.status_code == HTTPStatus.CONFLICT
    assert errors(first) == {"verschenen_op": [ONGELDIGE_DATUM]}
    kept = parse_form(first, containing="titel")
    assert kept.value("titel") == "Door Bea"
    assert kept.value("versie") == "2"  # the current version: saving again overrides
    publicatie.refresh_from_db()
    assert publicatie.titel == "Door Anna"

    kept["verschenen_op"] = "28-02-2024"
    second = bea.post(update_url(publicatie), kept)
    assert second.status_code == HTTPStatus.FOUND
    publicatie.refresh_from_db()
    assert publicatie.titel == "Door Bea"
    assert publicatie.verschenen_op == datetime.date(2024, 2, 28)


def test_save_after_someone_deleted_it_is_404(adviseur, publicatie):
    anna, bea = browser(adviseur), browser(BeheerderFactory())
    form = parse_form(anna.get(update_url(publicatie)), containing="titel")
    delete_url = reverse("kennisbank:publicatie_delete", kwargs={"slug": publicatie.slug})
    assert bea.post(delete_url).status_code == HTTPStatus.FOUND
    form["titel"] = "Te laat"
    assert anna.post(update_url(publicatie), form).status_code == HTTPStatus.NOT_FOUND
    assert not Publicatie.objects.exists()
