"""Site-wide pages: the home page."""

from django.db.models import Count
from django.views.generic import TemplateView

from verbanden.choices import JuridischeVorm
from verbanden.models import Deelname, Domein, Samenwerkingsverband


class HomeView(TemplateView):
    """What the portal is, a few figures and the ways in."""

    template_name = "samenwerking/home.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        per_vorm = dict(
            Samenwerkingsverband.objects.values_list("juridische_vorm")
            .annotate(n=Count("pk"))
            .order_by()
        )
        context["per_juridische_vorm"] = [
            (vorm, per_vorm[vorm.value]) for vorm in JuridischeVorm if per_vorm.get(vorm.value)
        ]
        context["per_domein"] = (
            Domein.objects.annotate(aantal=Count("verbanden"))
            .filter(aantal__gt=0)
            .order_by("-aantal", "naam")[:12]
        )
        context["aantal_verbanden"] = sum(per_vorm.values())
        context["aantal_gemeenten"] = (
            Deelname.objects.active().values("gemeente").distinct().count()
        )
        return context
