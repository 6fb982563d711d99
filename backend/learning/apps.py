from django.apps import AppConfig


class LearningConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "learning"
    verbose_name = "Learning plans and mastery"

    def ready(self) -> None:
        from . import signals

        signals.connect()
