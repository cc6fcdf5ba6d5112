from django.apps import AppConfig


class EvaluatiesConfig(AppConfig):
    """Evaluations of verbanden: scores on the randvoorwaarden, bevindingen, aanbevelingen."""

    name = "evaluaties"
    verbose_name = "Evaluaties"

    def ready(self) -> None:
        # Signals connect; sections fill slots on the registry's pages.
        from . import sections, signals  # noqa: F401
