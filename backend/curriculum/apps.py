from django.apps import AppConfig


class CurriculumConfig(AppConfig):
    name = "curriculum"

    def ready(self) -> None:
        from . import cached

        cached.connect()
