from typing import Any

from django.apps import AppConfig


class CommonConfig(AppConfig):
    name = "common"

    def ready(self) -> None:
        from celery.signals import task_failure

        task_failure.connect(_count_failure, dispatch_uid="common.count_task_failure", weak=False)


def _count_failure(sender: Any = None, **kwargs: Any) -> None:
    from .health import record_failure

    record_failure(getattr(sender, "name", str(sender)))
