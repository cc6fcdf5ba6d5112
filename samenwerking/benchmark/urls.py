"""The site's URLs plus the framework floor: a view that does no work of its own, behind the same
middleware, so the report can say how much of a page's time is the page's own."""

from django.http import HttpResponse
from django.urls import include, path


def floor(request):
    return HttpResponse("ok", content_type="text/plain")


urlpatterns = [
    path("__benchmark_floor__/", floor, name="benchmark_floor"),
    path("", include("samenwerking.urls")),
]
