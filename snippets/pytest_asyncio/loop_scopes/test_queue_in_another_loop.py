# --8<-- [start:sample]
import asyncio

import pytest
import pytest_asyncio


class EventBus:
    """Hands each published event to the next subscriber waiting for one."""

    def __init__(self) -> None:
        self._events: asyncio.Queue[str] = asyncio.Queue()

    async def publish(self, event: str) -> None:
        await self._events.put(event)

    async def next_event(self) -> str:
        return await self._events.get()


@pytest_asyncio.fixture(scope="session", loop_scope="session")
async def bus():
    bus = EventBus()
    # A smoke test before any test uses the bus: a subscriber waits, an event arrives.
    subscriber = asyncio.create_task(bus.next_event())
    await asyncio.sleep(0)  # let the subscriber start waiting
    await bus.publish("bus-ready")
    assert await subscriber == "bus-ready"
    yield bus


@pytest.mark.asyncio  # the test runs in its own function-scoped loop
async def test_subscriber_receives_event(bus):
    subscriber = asyncio.create_task(bus.next_event())
    await asyncio.sleep(0)
    await bus.publish("order-created")
    assert await subscriber == "order-created"


# --8<-- [end:sample]


# Expected outcome, checked by the test suite (the page does not show this part).
pytestmark = pytest.mark.xfail(
    raises=RuntimeError,
    strict=True,
    reason="the queue is bound to the session loop",
)
