from django.apps import AppConfig


class VerbandenConfig(AppConfig):
    """The registry of samenwerkingsverbanden; other apps depend on it, never the reverse."""

    name = "verbanden"
    verbose_name = "Register"

    def ready(self) -> None:
        from . import signals  # noqa: F401
