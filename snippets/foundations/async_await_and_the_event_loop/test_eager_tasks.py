import asyncio
import sys

import pytest
import pytest_asyncio

pytestmark = pytest.mark.skipif(
    sys.version_info < (3, 12),
    reason="asyncio.eager_task_factory is new in Python 3.12",
)


async def send_welcome_email(outbox: list[str], user: str) -> None:
    outbox.append(f"Welcome, {user}!")


async def import_orders(steps: list[str]) -> None:
    steps.append("started")
    await asyncio.sleep(0)  # the first await that waits
    steps.append("finished")


@pytest_asyncio.fixture
async def eager_loop():
    loop = asyncio.get_running_loop()
    loop.set_task_factory(asyncio.eager_task_factory)
    yield loop
    loop.set_task_factory(None)


@pytest.mark.asyncio
async def test_a_task_that_never_waits_is_done_at_once(eager_loop):
    outbox: list[str] = []
    task = asyncio.create_task(send_welcome_email(outbox, "Ada"))
    assert outbox == ["Welcome, Ada!"]
    assert task.done()


@pytest.mark.asyncio
async def test_a_task_runs_up_to_its_first_wait(eager_loop):
    steps: list[str] = []
    task = asyncio.create_task(import_orders(steps))
    assert steps == ["started"]
    await task
    assert steps == ["started", "finished"]
