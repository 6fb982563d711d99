from django.apps import AppConfig


class PlacementConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "placement"
    verbose_name = "Placement and test-out quizzes"
