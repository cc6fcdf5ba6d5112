"""The site's URLs plus a page that fails, for the test of the 500 page."""

from django.urls import path

from samenwerking.urls import urlpatterns as site_urlpatterns


def kapot(request):
    raise RuntimeError("Een fout om de foutpagina te testen")


urlpatterns = [path("kapot/", kapot), *site_urlpatterns]
