"""Atom feeds of new publicaties: all, per thema, per domein (with its subdomeinen) and per
gemeente (about the gemeente itself or a verband it takes part in today).

Feeds are public and never contain a concept, whoever asks. Each feed is parsed as XML and
checked against what RFC 4287 requires of a feed and its entries.
"""

from __future__ import annotations

import datetime
import re
import xml.etree.ElementTree as ET
from http import HTTPStatus

import pytest
from django.urls import reverse
from django.utils import timezone

from kennisbank import choices
from kennisbank.feeds import FEED_SIZE
from tests.factories import (
    AdviseurFactory,
    BeheerderFactory,
    DeelnameFactory,
    VerbandFactory,
    gemeente,
)
from tests.kennisbank.factories import PublicatieFactory, ThemaFactory

pytestmark = pytest.mark.django_db

ATOM = "http://www.w3.org/2005/Atom"
NS = {"atom": ATOM}
ALTERNATE = '<link rel="alternate" type="application/atom+xml"'


def feed(client, url: str) -> ET.Element:
    response = client.get(url)
    assert response.status_code == HTTPStatus.OK, url
    assert response["Content-Type"].startswith("application/atom+xml")
    root = ET.fromstring(response.content)
    assert root.tag == f"{{{ATOM}}}feed"
    # What every Atom feed must have.
    for name in ("id", "title", "updated"):
        element = root.find(f"atom:{name}", NS)
        assert element is not None and (element.text or "").strip(), name
    self_links = [link for link in root.findall("atom:link", NS) if link.get("rel") == "self"]
    assert len(self_links) == 1
    assert self_links[0].get("href") == f"http://testserver{url}"
    # ... and every entry.
    for entry in root.findall("atom:entry", NS):
        for name in ("id", "title", "updated", "summary"):
            element = entry.find(f"atom:{name}", NS)
            assert element is not None and (element.text or "").strip(), name
        links = entry.findall("atom:link", NS)
        assert links and links[0].get("href", "").startswith("http://testserver/kennisbank/")
    return root


def titles(root: ET.Element) -> list[str]:
    return [entry.findtext("atom:title", namespaces=NS) for entry in root.findall("atom:entry", NS)]


def concept(**kwargs):
    return PublicatieFactory(
        status=choices.Status.CONCEPT, aangemaakt_door=AdviseurFactory(), **kwargs
    )


# ---------------------------------------------------------------------------------------------
# All publicaties


def test_main_feed_lists_gepubliceerde_newest_first(client):
    PublicatieFactory(titel="Oud onderzoek", verschenen_op=datetime.date(2018, 5, 1))
    PublicatieFactory(titel="Recente handreiking", verschenen_op=datetime.date(2024, 9, 1))
    concept(titel="Geheim concept", verschenen_op=datetime.date(2025, 1, 1))

    root = feed(client, reverse("kennisbank:feed"))

    assert titles(root) == ["Recente handreiking", "Oud onderzoek"]
    assert root.findtext("atom:title", namespaces=NS) == "Nieuwe publicaties in de kennisbank"
    assert b"Geheim concept" not in ET.tostring(root)


def test_main_feed_entry_content(client):
    thema = ThemaFactory(naam="Governance")
    publicatie = PublicatieFactory(
        titel="Sturen op afstand & <dichtbij>",
        samenvatting="Raden sturen op verbonden partijen.",
        auteurs="J. Jansen",
        verschenen_op=datetime.date(2024, 2, 29),
        themas=[thema],
    )
    root = feed(client, reverse("kennisbank:feed"))
    (entry,) = root.findall("atom:entry", NS)
    url = f"http://testserver{publicatie.get_absolute_url()}"
    assert entry.findtext("atom:title", namespaces=NS) == "Sturen op afstand & <dichtbij>"
    assert entry.findtext("atom:summary", namespaces=NS) == "Raden sturen op verbonden partijen."
    assert entry.findtext("atom:id", namespaces=NS) == url
    assert entry.find("atom:link", NS).get("href") == url
    assert entry.findtext("atom:published", namespaces=NS).startswith("2024-02-29")
    assert entry.findtext("atom:author/atom:name", namespaces=NS) == "J. Jansen"
    assert [c.get("term") for c in entry.findall("atom:category", NS)] == ["Governance"]
    alternate = [link for link in root.findall("atom:link", NS) if link.get("rel") == "alternate"]
    assert alternate[0].get("href") == "http://testserver/kennisbank/"


def test_main_feed_never_shows_a_concept_even_to_its_maker_or_a_beheerder(client):
    maker = AdviseurFactory()
    PublicatieFactory(titel="Concept van de maker", status="concept", aangemaakt_door=maker)
    PublicatieFactory(titel="Gepubliceerd stuk")
    for user in (maker, BeheerderFactory()):
        client.force_login(user)
        assert titles(feed(client, reverse("kennisbank:feed"))) == ["Gepubliceerd stuk"]


def test_main_feed_is_valid_without_entries(client):
    concept(titel="Alleen een concept")
    root = feed(client, reverse("kennisbank:feed"))
    assert titles(root) == []


def test_main_feed_holds_at_most_feed_size_entries(client):
    for i in range(FEED_SIZE + 1):
        PublicatieFactory(
            titel=f"Stuk {i:03d}",
            verschenen_op=datetime.date(2000, 1, 1) + datetime.timedelta(days=i),
        )
    shown = titles(feed(client, reverse("kennisbank:feed")))
    assert len(shown) == FEED_SIZE
    assert shown[0] == f"Stuk {FEED_SIZE:03d}"
    assert "Stuk 000" not in shown


# ---------------------------------------------------------------------------------------------
# Per thema


def test_thema_feed(client):
    governance, vertrouwen = ThemaFactory(naam="Governance"), ThemaFactory(naam="Vertrouwen")
    PublicatieFactory(titel="Over governance", themas=[governance])
    PublicatieFactory(titel="Over beide", themas=[governance, vertrouwen])
    PublicatieFactory(titel="Over vertrouwen", themas=[vertrouwen])
    PublicatieFactory(titel="Zonder thema")
    concept(titel="Concept over governance", themas=[governance])

    url = reverse("kennisbank:thema_feed", kwargs={"slug": governance.slug})
    root = feed(client, url)

    assert sorted(titles(root)) == ["Over beide", "Over governance"]
    assert root.findtext("atom:title", namespaces=NS) == "Nieuwe publicaties over governance"


# ---------------------------------------------------------------------------------------------
# Per domein, subdomeinen included


def test_domein_feed_includes_subdomeinen(client):
    PublicatieFactory(titel="Over het sociaal domein", domeinen=["sociaal-domein"])
    PublicatieFactory(titel="Over jeugd", domeinen=["jeugd"])
    PublicatieFactory(titel="Over jeugd en wmo", domeinen=["jeugd", "wmo"])
    PublicatieFactory(titel="Over afval", domeinen=["afval"])
    concept(titel="Concept over jeugd", domeinen=["jeugd"])

    root = feed(client, reverse("kennisbank:domein_feed", kwargs={"slug": "sociaal-domein"}))
    # Each once, also the one in two subdomeinen.
    assert sorted(titles(root)) == ["Over het sociaal domein", "Over jeugd", "Over jeugd en wmo"]

    sub = feed(client, reverse("kennisbank:domein_feed", kwargs={"slug": "jeugd"}))
    assert sorted(titles(sub)) == ["Over jeugd", "Over jeugd en wmo"]


# ---------------------------------------------------------------------------------------------
# Per gemeente: directly and through a verband it takes part in today


@pytest.fixture
def verbanden():
    today = timezone.localdate()
    huidig = VerbandFactory(naam="Regio Zwolle")
    DeelnameFactory(verband=huidig, gemeente=gemeente("Zwolle"))
    DeelnameFactory(verband=huidig, gemeente=gemeente("Kampen"))
    vroeger = VerbandFactory(naam="Oude regeling")
    DeelnameFactory(
        verband=vroeger,
        gemeente=gemeente("Zwolle"),
        toegetreden_op=datetime.date(2010, 1, 1),
        uitgetreden_op=datetime.date(2020, 1, 1),
    )
    straks = VerbandFactory(naam="Toekomstige regeling")
    DeelnameFactory(
        verband=straks,
        gemeente=gemeente("Zwolle"),
        toegetreden_op=today + datetime.timedelta(days=30),
    )
    zonder = VerbandFactory(naam="Regio Utrecht")
    DeelnameFactory(verband=zonder, gemeente=gemeente("Utrecht"))
    return {"huidig": huidig, "vroeger": vroeger, "straks": straks, "zonder": zonder}


def test_gemeente_feed_direct_and_via_verband(client, verbanden):
    PublicatieFactory(titel="Over Zwolle", gemeenten=["Zwolle"])
    PublicatieFactory(titel="Over Regio Zwolle", verbanden=[verbanden["huidig"]])
    PublicatieFactory(
        titel="Over Zwolle en Regio Zwolle", gemeenten=["Zwolle"], verbanden=[verbanden["huidig"]]
    )
    PublicatieFactory(titel="Over de oude regeling", verbanden=[verbanden["vroeger"]])
    PublicatieFactory(titel="Over de toekomstige regeling", verbanden=[verbanden["straks"]])
    PublicatieFactory(titel="Over Utrecht", gemeenten=["Utrecht"], verbanden=[verbanden["zonder"]])
    concept(titel="Concept over Zwolle", gemeenten=["Zwolle"])
    concept(titel="Concept over Regio Zwolle", verbanden=[verbanden["huidig"]])

    zwolle = gemeente("Zwolle")
    root = feed(client, reverse("kennisbank:gemeente_feed", kwargs={"slug": zwolle.slug}))
    assert sorted(titles(root)) == [
        "Over Regio Zwolle",
        "Over Zwolle",
        "Over Zwolle en Regio Zwolle",
    ]
    assert "Zwolle" in root.findtext("atom:title", namespaces=NS)

    kampen = feed(
        client, reverse("kennisbank:gemeente_feed", kwargs={"slug": gemeente("Kampen").slug})
    )
    assert sorted(titles(kampen)) == ["Over Regio Zwolle", "Over Zwolle en Regio Zwolle"]


# ---------------------------------------------------------------------------------------------
# Unknown slugs


@pytest.mark.parametrize("name", ["thema_feed", "domein_feed", "gemeente_feed"])
def test_unknown_slug_is_404(client, name):
    ThemaFactory(naam="Governance")
    response = client.get(reverse(f"kennisbank:{name}", kwargs={"slug": "bestaat-niet"}))
    assert response.status_code == HTTPStatus.NOT_FOUND


# ---------------------------------------------------------------------------------------------
# Pages announce their feed


def alternate_links(response) -> list[str]:
    html = response.content.decode()
    assert response.status_code == HTTPStatus.OK
    return [
        line.strip()
        for line in html.replace(">", ">\n").splitlines()
        if line.strip().startswith(ALTERNATE)
    ]


def test_list_page_announces_main_feed(client):
    PublicatieFactory()
    links = alternate_links(client.get(reverse("kennisbank:publicatie_list")))
    assert any(f'href="{reverse("kennisbank:feed")}"' in link for link in links), links


def test_list_page_filtered_on_thema_announces_thema_feed(client):
    thema = ThemaFactory(naam="Vertrouwen")
    PublicatieFactory(themas=[thema])
    links = alternate_links(
        client.get(reverse("kennisbank:publicatie_list"), {"thema": thema.slug})
    )
    assert links, "no feed announced"


def test_detail_page_announces_a_feed(client):
    publicatie = PublicatieFactory()
    links = alternate_links(client.get(publicatie.get_absolute_url()))
    assert any("/kennisbank/" in link and "feed/" in link for link in links), links


def test_gemeente_page_announces_gemeente_feed(client):
    zwolle = gemeente("Zwolle")
    links = alternate_links(client.get(zwolle.get_absolute_url()))
    url = reverse("kennisbank:gemeente_feed", kwargs={"slug": zwolle.slug})
    assert any(f'href="{url}"' in link for link in links), links


@pytest.mark.django_db
def test_list_links_the_feeds_of_the_chosen_thema_and_domein(client):
    thema = ThemaFactory(naam="Stelselregie")
    PublicatieFactory(themas=[thema], domeinen=["jeugd"])
    response = client.get(
        reverse("kennisbank:publicatie_list"), {"thema": thema.slug, "domein": "jeugd"}
    )
    html = response.content.decode()
    for url in (
        reverse("kennisbank:feed"),
        reverse("kennisbank:thema_feed", kwargs={"slug": thema.slug}),
        reverse("kennisbank:domein_feed", kwargs={"slug": "jeugd"}),
    ):
        pattern = rf'<link rel="alternate" type="application/atom\+xml"[^>]*href="{re.escape(url)}"'
        assert re.search(pattern, html), url
