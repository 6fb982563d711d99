"""Signals other apps listen to, so that exercises need not know about them."""

from django.dispatch import Signal

# Sent once per submission, when its verdict is saved; argument: submission_id.
submission_graded = Signal()
