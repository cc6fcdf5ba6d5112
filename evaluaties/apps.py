from django.apps import AppConfig


class EvaluatiesConfig(AppConfig):
    """Evaluations of verbanden: scores on the randvoorwaarden, bevindingen, aanbevelingen."""

    name = "evaluaties"
    verbose_name = "Evaluaties"

    def ready(self) -> None:
        from . import signals  # noqa: F401
