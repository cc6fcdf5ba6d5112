from django.apps import AppConfig


class KennisbankConfig(AppConfig):
    """What is known about intergemeentelijke samenwerking: publicaties and their themas."""

    name = "kennisbank"
    verbose_name = "Kennisbank"

    def ready(self) -> None:
        from . import signals  # noqa: F401
