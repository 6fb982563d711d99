from typing import Any

from exercises.signals import submission_graded

from . import services


def _record(sender: Any, submission_id: str, **kwargs: Any) -> None:
    services.attempt_record(submission_id=submission_id)


def connect() -> None:
    submission_graded.connect(_record, dispatch_uid="learning.attempt_record")
