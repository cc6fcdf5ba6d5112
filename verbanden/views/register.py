"""The art. 27 Wgr register of a gemeente: a page, an embeddable table, CSV, XLSX and a PDF."""

from __future__ import annotations

from csp.decorators import csp_replace
from django.http import HttpResponse
from django.shortcuts import get_object_or_404
from django.template.loader import render_to_string
from django.utils.decorators import method_decorator
from django.views.decorators.clickjacking import xframe_options_exempt
from django.views.generic import TemplateView

from samenwerking.exports import FORMAT_PARAM, Export, export_response

from ..models import Gemeente
from ..register import REGISTER_COLUMNS, register_of


class GemeenteRegisterView(TemplateView):
    """The register on its own stable address, with downloads (``?formaat=xlsx|csv|json|pdf``)."""

    template_name = "verbanden/gemeente_register.html"

    def get(self, request, *args, **kwargs):
        gemeente = get_object_or_404(Gemeente, slug=kwargs["slug"])
        self.register = register_of(gemeente)
        if request.GET.get(FORMAT_PARAM) == "pdf":
            return self.pdf()
        export = Export(
            title="Register art. 27 Wgr",
            filename=f"register-gemeenschappelijke-regelingen-{gemeente.slug}-"
            f"{self.register.peildatum:%Y-%m-%d}",
            columns=REGISTER_COLUMNS,
            rows=self.register.rows,
            filters=[
                ("Gemeente", f"{gemeente.naam} ({gemeente.code})"),
                ("Peildatum", f"{self.register.peildatum:%d-%m-%Y}"),
            ],
            source=request.build_absolute_uri(request.path),
        )
        return export_response(request, export) or super().get(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(
            register=self.register,
            gemeente=self.register.gemeente,
            links=True,
            register_formats=[("xlsx", "XLSX"), ("csv", "CSV"), ("pdf", "PDF (toegankelijk)")],
        )
        return context

    def pdf(self) -> HttpResponse:
        # Imported here: WeasyPrint loads Pango, which only a PDF download needs.
        from weasyprint import HTML

        html = render_to_string(
            "verbanden/gemeente_register_pdf.html",
            {
                "register": self.register,
                "gemeente": self.register.gemeente,
                "bron": self.request.build_absolute_uri(self.request.path),
            },
            request=self.request,
        )
        # pdf_tags: a tagged PDF (headings, tables) that screen readers can follow.
        pdf = HTML(string=html, base_url=self.request.build_absolute_uri("/")).write_pdf(
            pdf_tags=True
        )
        response = HttpResponse(pdf, content_type="application/pdf")
        filename = (
            f"register-gemeenschappelijke-regelingen-{self.register.gemeente.slug}-"
            f"{self.register.peildatum:%Y-%m-%d}.pdf"
        )
        response["Content-Disposition"] = f'attachment; filename="{filename}"'
        return response


@method_decorator(xframe_options_exempt, name="dispatch")
@method_decorator(csp_replace({"frame-ancestors": ["*"]}), name="dispatch")
class GemeenteRegisterEmbedView(TemplateView):
    """The register's table only, without the site around it, for an iframe on any site
    (a gemeente's own website): the only page that may be framed."""

    template_name = "verbanden/gemeente_register_embed.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        gemeente = get_object_or_404(Gemeente, slug=kwargs["slug"])
        context.update(register=register_of(gemeente), gemeente=gemeente, links=True, embed=True)
        return context
