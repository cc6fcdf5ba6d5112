from django.apps import AppConfig


class SamenwerkingConfig(AppConfig):
    """The project package: users and roles, the home page and site-wide pages."""

    name = "samenwerking"
    verbose_name = "Samenwerkingsportaal"
