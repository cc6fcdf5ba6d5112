import re
import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from tests.factories import AdviseurFactory, VerbandFactory
from tests.kennisbank.factories import PublicatieFactory, ThemaFactory
from tests.helpers import parse_form

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("m2m", [True, False])
def test_pub(client, m2m):
    a = AdviseurFactory()
    t1, t2 = ThemaFactory(), ThemaFactory()
    v1, v2 = VerbandFactory(naam="Regio A"), VerbandFactory(naam="Regio B")
    p = PublicatieFactory(aangemaakt_door=a, themas=[t1], verbanden=[v1], gemeenten=["Zwolle"])
    client.force_login(a)
    url = reverse("kennisbank:publicatie_update", args=[p.slug])
    data = parse_form(client.get(url), containing="titel")
    print(dict(data))
    data["titel"] = "Nieuwe titel"
    if m2m:
        data["themas"] = [t2.pk]
        data["verbanden"] = "Regio B"
        data["gemeenten"] = "Kampen\nZwolle"
    with CaptureQueriesContext(connection) as ctx:
        r = client.post(url, data)
    assert r.status_code == 302, r.content.decode()[:3000]
    print("\n", m2m, len(ctx.captured_queries))
    for q in ctx.captured_queries:
        s = q["sql"]
        if s.startswith(("UPDATE", "INSERT", "DELETE")):
            print("   ", s[:160].replace("\n", " "))
