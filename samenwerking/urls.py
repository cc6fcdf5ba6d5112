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

urlpatterns = [
    path("", views.HomeView.as_view(), name="home"),
    path(
        "toegankelijkheid/",
        TemplateView.as_view(template_name="samenwerking/toegankelijkheid.html"),
        name="toegankelijkheid",
    ),
    path("zoeken/", views.ZoekView.as_view(), name="zoeken"),
    path("beheer/", admin.site.urls),
    # Accounts, with Dutch paths; the names are Django's own, which its views redirect to.
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
    path("account/uitloggen/", auth_views.LogoutView.as_view(), name="logout"),
    path(
        "account/wachtwoord-wijzigen/",
        auth_views.PasswordChangeView.as_view(),
        name="password_change",
    ),
    path(
        "account/wachtwoord-wijzigen/gelukt/",
        auth_views.PasswordChangeDoneView.as_view(),
        name="password_change_done",
    ),
    path(
        "account/wachtwoord-vergeten/",
        auth_views.PasswordResetView.as_view(),
        name="password_reset",
    ),
    path(
        "account/wachtwoord-vergeten/verstuurd/",
        auth_views.PasswordResetDoneView.as_view(),
        name="password_reset_done",
    ),
    path(
        "account/herstellen/<uidb64>/<token>/",
        auth_views.PasswordResetConfirmView.as_view(),
        name="password_reset_confirm",
    ),
    path(
        "account/herstellen/gelukt/",
        auth_views.PasswordResetCompleteView.as_view(),
        name="password_reset_complete",
    ),
    path("", include("verbanden.urls")),
    path("", include("evaluaties.urls")),
    path("kennisbank/", include("kennisbank.urls")),
]
