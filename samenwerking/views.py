"""Site-wide pages: the home page and the site-wide search."""

from django.core.paginator import Paginator
from django.db.models import Count
from django.shortcuts import render
from django.views.generic import TemplateView

from kennisbank.models import Publicatie
from verbanden.choices import JuridischeVorm
from verbanden.models import Deelname, Domein, Samenwerkingsverband

from . import search, sitesearch
from .filters import PAGE_PARAM
from .lists import chosen_page_size
from .pagination import nearest_page

# Results per kind on the overview; a kind opened on its own pages by this many.
GROUP_SIZE = 5
PAGE_SIZE = 25


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
        context["recente_publicaties"] = Publicatie.objects.public().order_by(
            "-verschenen_op", "pk"
        )[:5]
        return context


class ZoekView(TemplateView):
    """Search everything at once; ``?in=publicaties`` shows one kind with paging."""

    template_name = "samenwerking/zoeken.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        request = self.request
        q = request.GET.get("q", "")
        query = search.parse(q)
        only = sitesearch.KINDS_BY_KEY.get(request.GET.get("in", ""))
        groups = []
        if query:
            for kind in [only] if only else sitesearch.KINDS:
                results = sitesearch.results(kind, request.user, q)
                if only:
                    size = chosen_page_size(request, default=PAGE_SIZE)
                    page = nearest_page(Paginator(results, size), request.GET.get(PAGE_PARAM))
                    items, total = list(page.object_list), page.paginator.count
                else:
                    page, total = None, results.count()
                    items = list(results[:GROUP_SIZE]) if total else []
                groups.append(
                    {
                        "kind": kind,
                        "total": total,
                        "items": sitesearch.with_snippets(kind, items, query),
                        "page_obj": page,
                    }
                )
        context.update(
            q=q,
            query=query,
            only=only,
            groups=groups,
            total=sum(group["total"] for group in groups),
            kinds=sitesearch.KINDS,
        )
        return context


def csrf_failure(request, reason=""):
    """The Dutch page for a refused form submission (CSRF_FAILURE_VIEW).

    Mostly a session that expired while someone filled in a long form, or cookies that are
    blocked; the page says what happened and that the browser's Back button keeps the input.
    """
    return render(request, "403_csrf.html", {"reden": reason}, status=403)
