from typing import Any

from django.db import transaction

from exercises.signals import submission_graded

from . import services


def _record(sender: Any, submission_id: str, **kwargs: Any) -> None:
    # A savepoint: if recording fails, the verdict saved around it still commits.
    with transaction.atomic():
        services.attempt_record(submission_id=submission_id)


def connect() -> None:
    submission_graded.connect(_record, dispatch_uid="learning.attempt_record")
