import os

from celery import Celery
from celery.signals import worker_process_init

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")

app = Celery("lemma")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()


@worker_process_init.connect
def _limit_worker_process(**kwargs: object) -> None:
    """Each worker child gets memory and CPU ceilings, so one answer can't take the host down."""
    from exercises.sandbox import apply_process_limits

    apply_process_limits()
