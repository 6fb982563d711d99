"""Kombu's Redis transport, mended so that a worker which loses Redis while it holds
unacknowledged messages reconnects instead of stalling.

When the connection drops, the Celery consumer closes the old channel and connects a new one.
Two things still touch the old channel afterwards: closing it hands the messages it had taken
back to the queue, and a grading task that finishes after the drop acknowledges its message on
it. Kombu tears the old transport down first, so both raise AttributeError (from a transport
or channel whose connection was cleared), or a connection error while Redis is away. Celery
calls that unrecoverable, and the worker process stays up consuming nothing. The Redis fault
test in ops/tests/test_faults.py caught it: answers sent after a Redis restart stayed queued
for good. celery/celery#8030 and #9054 describe the same stall.

Nothing is lost by skipping that work on a dead connection. If Redis kept the messages, they
stay in its unacknowledged set, and kombu hands them back after the visibility timeout. Every
accepted answer is in PostgreSQL, and the grading sweep (exercises.tasks.submissions_requeue)
sends any answer still waiting again long before that. A grade is recorded once whatever
happens to the message (exercises.tasks.grade_submission claims the answer in the database).

Used through CELERY_BROKER_TRANSPORT = "common.broker:Transport".
"""

import logging
from typing import Any

from kombu.transport import redis, virtual

log = logging.getLogger(__name__)

REDIS_AWAY: tuple[type[BaseException], ...] = (OSError, *redis.Transport.connection_errors)


class QoS(redis.QoS):
    def _connection_gone(self) -> bool:
        """True once kombu has torn down the transport this channel belonged to."""
        transport = self.channel.connection
        return transport is None or transport.client is None

    def _forget(self, what: str, count: int, reason: str) -> None:
        log.warning(
            "Could not %s %d message(s) on a lost Redis connection (%s); they are redelivered "
            "after the visibility timeout, and waiting answers by the grading sweep",
            what,
            count,
            reason,
        )

    def restore_unacked(self, client: Any = None) -> None:
        delivered = self._delivered if self._delivered is not None else {}
        if client is None and self._connection_gone():
            self._forget("hand back", len(delivered), "connection closed")
            delivered.clear()
            return
        try:
            super().restore_unacked(client)
        except REDIS_AWAY as exc:
            self._forget("hand back", len(delivered), f"{type(exc).__name__}: {exc}")
            delivered.clear()

    def _drop(self, what: str, delivery_tag: str) -> None:
        """Forget a message locally; warn unless closing the channel already handed it back."""
        if self._delivered is not None and delivery_tag in self._delivered:
            self._forget(what, 1, "connection closed")
        virtual.QoS.ack(self, delivery_tag)

    def ack(self, delivery_tag: str) -> None:
        if self._connection_gone():
            self._drop("acknowledge", delivery_tag)
        else:
            super().ack(delivery_tag)

    def reject(self, delivery_tag: str, requeue: bool = False) -> None:
        if self._connection_gone():
            self._drop("reject", delivery_tag)
        else:
            super().reject(delivery_tag, requeue=requeue)


class Channel(redis.Channel):
    QoS = QoS


class Transport(redis.Transport):
    Channel = Channel
