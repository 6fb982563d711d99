"""The mended Redis transport (common/broker.py), against a real redis-server of its own."""

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest
from kombu import Connection, Message, Queue

from ops.stack import Redis

pytestmark = pytest.mark.services

TRANSPORT = "common.broker:Transport"


@pytest.fixture
def redis_server(tmp_path: Path) -> Iterator[Redis]:
    server = Redis(tmp_path / "redis")
    server.start()
    yield server
    server.stop()


def take_one_unacknowledged(connection: Connection, queue: Queue) -> Message:
    with connection.Producer() as producer:
        producer.publish({"answer": "2"}, routing_key=queue.name, declare=[queue])
    message = queue(connection.default_channel).get(no_ack=False)
    assert message is not None
    assert message.payload == {"answer": "2"}
    return message


def test_the_settings_use_the_mended_transport(settings):
    assert settings.CELERY_BROKER_TRANSPORT in (TRANSPORT, None)  # None: in-memory, no Redis


def test_unacknowledged_messages_go_back_to_the_queue_when_redis_is_there(redis_server: Redis):
    queue = Queue("handback")
    first = Connection(redis_server.url, transport=TRANSPORT)
    take_one_unacknowledged(first, queue)
    first.release()  # closing the channel hands the message back

    with Connection(redis_server.url, transport=TRANSPORT) as second:
        again = queue(second.default_channel).get(no_ack=True)
        assert again is not None
        assert again.payload == {"answer": "2"}


@pytest.mark.parametrize("transport_torn_down", [False, True])
def test_closing_after_redis_died_does_not_raise(
    redis_server: Redis, transport_torn_down: bool, caplog: pytest.LogCaptureFixture
):
    """Redis dies while a message is taken but not acknowledged. Closing must not raise, or the
    worker's consumer gives up for good. With the transport already torn down (the state kombu's
    Connection._do_close_transport leaves, seen in the worker log of the Redis fault test), the
    stock transport raises AttributeError here."""
    connection = Connection(redis_server.url, transport=TRANSPORT)
    take_one_unacknowledged(connection, Queue("lost"))
    redis_server.stop()
    if transport_torn_down:
        connection.transport.client = None

    with caplog.at_level(logging.WARNING, logger="common.broker"):
        connection.release()

    assert "Could not hand back 1 message(s) on a lost Redis connection" in caplog.text


def test_a_task_finishing_after_redis_died_can_still_acknowledge(redis_server: Redis):
    """A grading task that ends after the connection dropped acknowledges on the old channel:
    that must not raise either (the stock transport raises a connection error here)."""
    connection = Connection(redis_server.url, transport=TRANSPORT)
    message = take_one_unacknowledged(connection, Queue("late"))
    redis_server.stop()
    connection.release()

    message.ack()

    assert message.acknowledged
