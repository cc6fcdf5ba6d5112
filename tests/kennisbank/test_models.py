"""The publicatie model: slugs, the "something to read" constraint, and who sees what.

``visible_to`` is the one place that decides which publicaties a person may see (lists, detail,
download, search, feeds all use it or ``published()``), so it is tested per role here and
per page in ``test_permissions.py``.
"""

from __future__ import annotations

import datetime

import pytest
from django.contrib.auth.models import AnonymousUser
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from kennisbank import choices
from kennisbank.models import RESERVED_SLUGS, Publicatie
from samenwerking import search
from tests.factories import (
    AdviseurFactory,
    BeheerderFactory,
    GemeenteMedewerkerFactory,
    UserFactory,
)
from tests.kennisbank.factories import PublicatieFactory, ThemaFactory

pytestmark = pytest.mark.django_db

GEEN_INHOUD = (
    "Voeg een PDF-bestand, een externe link of de inhoud zelf toe: een publicatie "
    "zonder een van die drie valt niet te lezen."
)


# ---------------------------------------------------------------------------------------------
# Slugs


def test_slug_made_from_title():
    publicatie = PublicatieFactory(titel="Regionale samenwerking in het sociaal domein")
    assert publicatie.slug == "regionale-samenwerking-in-het-sociaal-domein"
    assert publicatie.get_absolute_url() == (
        "/kennisbank/regionale-samenwerking-in-het-sociaal-domein/"
    )


def test_slug_unique_for_same_title():
    eerste = PublicatieFactory(titel="Handreiking governance")
    tweede = PublicatieFactory(titel="Handreiking governance")
    derde = PublicatieFactory(titel="Handreiking Governance!")
    assert [eerste.slug, tweede.slug, derde.slug] == [
        "handreiking-governance",
        "handreiking-governance-2",
        "handreiking-governance-3",
    ]


def test_slug_kept_when_saved_again():
    publicatie = PublicatieFactory(titel="Vertrouwen in de regio")
    PublicatieFactory(titel="Vertrouwen in de regio")
    publicatie.samenvatting = "Anders."
    publicatie.save()
    publicatie.refresh_from_db()
    assert publicatie.slug == "vertrouwen-in-de-regio"


def test_given_slug_kept():
    publicatie = PublicatieFactory(titel="Iets", slug="eigen-adres")
    assert publicatie.slug == "eigen-adres"


@pytest.mark.parametrize(
    "titel", ["Nieuw", "Feed", "nieuw!", "FEED", "Thema", "Domein", "Gemeente"]
)
def test_reserved_word_never_a_slug(titel):
    """/kennisbank/nieuw/ and /kennisbank/feed/ are pages; a publicatie called so gets another."""
    publicatie = PublicatieFactory(titel=titel)
    assert publicatie.slug not in RESERVED_SLUGS
    assert publicatie.slug == f"{titel.strip('!').lower()}-2"
    # And its address is its own page, not the page of the reserved word.
    assert publicatie.get_absolute_url() == f"/kennisbank/{publicatie.slug}/"


@pytest.mark.parametrize("slug", ["nieuw", "feed"])
def test_reserved_slug_given_explicitly_replaced(slug):
    publicatie = PublicatieFactory(titel="Opdrachtgeverschap in de praktijk", slug=slug)
    assert publicatie.slug == "opdrachtgeverschap-in-de-praktijk"


def test_reserved_word_twice_still_unique():
    eerste, tweede = PublicatieFactory(titel="Nieuw"), PublicatieFactory(titel="Nieuw")
    assert {eerste.slug, tweede.slug} == {"nieuw-2", "nieuw-3"}


def test_long_title_twice_gives_slug_within_its_length():
    """The slug column holds 200 characters; a long title used twice must still fit."""
    titel = "Samenwerking " * 19  # 247 characters
    slugs = [PublicatieFactory(titel=titel).slug for _ in range(3)]
    assert len(set(slugs)) == 3
    assert all(len(slug) <= Publicatie._meta.get_field("slug").max_length for slug in slugs)
    assert slugs[1].endswith("-2") and slugs[2].endswith("-3")
    assert Publicatie.objects.filter(slug__in=slugs).count() == 3


# ---------------------------------------------------------------------------------------------
# Something to read: a PDF, an external link or the text itself


def kale_publicatie(**kwargs) -> Publicatie:
    velden = {
        "titel": "Zonder inhoud",
        "soort": choices.Soort.ARTIKEL,
        "samenvatting": "Kort.",
        "verschenen_op": datetime.date(2024, 1, 1),
        "inhoud": "",
        "externe_url": "",
        "bestand": "",
        **kwargs,
    }
    return Publicatie(**velden)


def test_constraint_refuses_publicatie_without_anything_to_read():
    with pytest.raises(IntegrityError), transaction.atomic():
        kale_publicatie().save()
    assert not Publicatie.objects.filter(titel="Zonder inhoud").exists()


def test_constraint_gives_dutch_message_in_full_clean():
    publicatie = kale_publicatie()
    with pytest.raises(ValidationError) as error:
        publicatie.full_clean()
    assert GEEN_INHOUD in error.value.messages


@pytest.mark.parametrize(
    "velden",
    [
        {"inhoud": "De tekst zelf."},
        {"externe_url": "https://www.vng.nl/publicaties/samenwerken"},
        {"bestand": "kennisbank/2024/rapport.pdf"},
    ],
    ids=["inhoud", "externe_url", "bestand"],
)
def test_constraint_accepts_any_one_of_the_three(velden):
    publicatie = kale_publicatie(**velden)
    if "bestand" not in velden:  # validating a file reads it; the database check is enough
        publicatie.full_clean()
    publicatie.save()
    assert Publicatie.objects.get(pk=publicatie.pk).titel == "Zonder inhoud"


def test_constraint_on_update_too():
    publicatie = PublicatieFactory(inhoud="Tekst", externe_url="")
    with pytest.raises(IntegrityError), transaction.atomic():
        Publicatie.objects.filter(pk=publicatie.pk).update(inhoud="")
    publicatie.refresh_from_db()
    assert publicatie.inhoud == "Tekst"


# ---------------------------------------------------------------------------------------------
# Who sees what


@pytest.fixture
def drie():
    """A gepubliceerde publicatie and two concepts, one by Anna, one by Bert."""
    anna, bert = AdviseurFactory(), AdviseurFactory()
    return {
        "anna": anna,
        "bert": bert,
        "gepubliceerd": PublicatieFactory(titel="Gepubliceerd", aangemaakt_door=bert),
        "concept_anna": PublicatieFactory(
            titel="Concept van Anna", status=choices.Status.CONCEPT, aangemaakt_door=anna
        ),
        "concept_bert": PublicatieFactory(
            titel="Concept van Bert", status=choices.Status.CONCEPT, aangemaakt_door=bert
        ),
    }


def gebruiker(rol: str, drie):
    return {
        "anoniem": lambda: AnonymousUser(),
        "ingelogd": lambda: UserFactory(),
        "gemeente-medewerker": lambda: GemeenteMedewerkerFactory(),
        "adviseur-anna": lambda: drie["anna"],
        "adviseur-ander": lambda: AdviseurFactory(),
        "beheerder": lambda: BeheerderFactory(),
        "superuser": lambda: UserFactory(is_staff=True, is_superuser=True),
        "beheerder-inactief": lambda: BeheerderFactory(is_active=False),
    }[rol]()


@pytest.mark.parametrize(
    ("rol", "verwacht"),
    [
        ("anoniem", {"Gepubliceerd"}),
        ("ingelogd", {"Gepubliceerd"}),
        ("gemeente-medewerker", {"Gepubliceerd"}),
        ("adviseur-anna", {"Gepubliceerd", "Concept van Anna"}),
        ("adviseur-ander", {"Gepubliceerd"}),
        ("beheerder", {"Gepubliceerd", "Concept van Anna", "Concept van Bert"}),
        ("superuser", {"Gepubliceerd", "Concept van Anna", "Concept van Bert"}),
        ("beheerder-inactief", {"Gepubliceerd"}),
    ],
)
def test_visible_to(drie, rol, verwacht):
    user = gebruiker(rol, drie)
    assert set(Publicatie.objects.visible_to(user).values_list("titel", flat=True)) == verwacht


def test_visible_to_does_not_duplicate_rows(drie):
    """The OR of two conditions must not repeat a publicatie that meets both."""
    PublicatieFactory(titel="Gepubliceerd door Anna", aangemaakt_door=drie["anna"])
    titels = list(Publicatie.objects.visible_to(drie["anna"]).values_list("titel", flat=True))
    assert sorted(titels) == ["Concept van Anna", "Gepubliceerd", "Gepubliceerd door Anna"]


def test_gepubliceerd(drie):
    assert list(Publicatie.objects.public()) == [drie["gepubliceerd"]]
    assert drie["gepubliceerd"].is_published
    assert not drie["concept_anna"].is_published


def test_gepubliceerd_is_chainable_and_ordered_newest_first():
    oud = PublicatieFactory(titel="Oud", verschenen_op=datetime.date(2019, 1, 1))
    nieuw = PublicatieFactory(titel="Nieuw rapport", verschenen_op=datetime.date(2024, 6, 1))
    PublicatieFactory(
        titel="Nieuwer concept",
        verschenen_op=datetime.date(2025, 1, 1),
        status=choices.Status.CONCEPT,
    )
    assert list(Publicatie.objects.public()) == [nieuw, oud]
    assert list(Publicatie.objects.public().filter(verschenen_op__year=2019)) == [oud]


# ---------------------------------------------------------------------------------------------
# The search index follows the themas


def found(text: str) -> set[str]:
    return set(
        search.search(Publicatie.objects.all(), search.parse(text)).values_list("titel", flat=True)
    )


def test_thema_added_and_renamed_updates_search_index():
    thema = ThemaFactory(naam="Opdrachtgeverschap")
    publicatie = PublicatieFactory(titel="Rapport over de regio")
    assert "Rapport over de regio" not in found("opdrachtgeverschap")

    publicatie.themas.add(thema)
    assert found("opdrachtgeverschap") == {"Rapport over de regio"}

    thema.naam = "Stelselregie"
    thema.save()
    assert found("stelselregie") == {"Rapport over de regio"}
    assert found("opdrachtgeverschap") == set()

    publicatie.themas.remove(thema)
    assert found("stelselregie") == set()
