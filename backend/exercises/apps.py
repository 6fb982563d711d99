from django.apps import AppConfig


class ExercisesConfig(AppConfig):
    name = "exercises"

    def ready(self) -> None:
        from . import generators

        generators.load_all()
