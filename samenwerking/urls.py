"""Root URLconf: Dutch paths for people, namespaced names for code."""

from django.conf import settings
from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import include, path
from django.views.generic import TemplateView

from . import views
from .account_forms import LoginForm

admin.site.site_header = "Samenwerkingsportaal: beheer"
admin.site.site_title = "Samenwerkingsportaal beheer"
admin.site.index_title = "Beheer van register en kennisbank"

# Accounts, with Dutch paths; the names are Django's own, which its views redirect to. Logging
# in, with options of its own, comes first in ``urlpatterns``.
ACCOUNT_PAGES = [
    ("uitloggen/", auth_views.LogoutView, "logout"),
    ("wachtwoord-wijzigen/", auth_views.PasswordChangeView, "password_change"),
    ("wachtwoord-wijzigen/gelukt/", auth_views.PasswordChangeDoneView, "password_change_done"),
    ("wachtwoord-vergeten/", auth_views.PasswordResetView, "password_reset"),
    ("wachtwoord-vergeten/verstuurd/", auth_views.PasswordResetDoneView, "password_reset_done"),
    ("herstellen/<uidb64>/<token>/", auth_views.PasswordResetConfirmView, "password_reset_confirm"),
    ("herstellen/gelukt/", auth_views.PasswordResetCompleteView, "password_reset_complete"),
]

urlpatterns = [
    path("", views.HomeView.as_view(), name="home"),
    path(
        "toegankelijkheid/",
        TemplateView.as_view(template_name="samenwerking/toegankelijkheid.html"),
        name="toegankelijkheid",
    ),
    path("zoeken/", views.ZoekView.as_view(), name="zoeken"),
    path("beheer/", admin.site.urls),
    path(
        "account/inloggen/",
        # LoginView puts the request's domain in "site_name"; keep the portal's name instead.
        auth_views.LoginView.as_view(
            authentication_form=LoginForm,
            redirect_authenticated_user=True,
            extra_context={"site_name": settings.SITE_NAME},
        ),
        name="login",
    ),
    *(path(f"account/{route}", view.as_view(), name=name) for route, view, name in ACCOUNT_PAGES),
    path("", include("verbanden.urls")),
    path("", include("evaluaties.urls")),
    path("kennisbank/", include("kennisbank.urls")),
]
