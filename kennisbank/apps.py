from django.apps import AppConfig


class KennisbankConfig(AppConfig):
    """What is known about intergemeentelijke samenwerking: publicaties and their themas."""

    name = "kennisbank"
    verbose_name = "Kennisbank"

    def ready(self) -> None:
        # Signals connect; sections fill slots on the registry's pages.
        from . import sections, signals  # noqa: F401
