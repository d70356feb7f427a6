import asyncio

import pytest

background_tasks = set()  # the event loop keeps only weak references to tasks


async def notify(outbox: list, message: str) -> None:
    """Code under test: sends in the background, without waiting."""

    async def send():
        await asyncio.sleep(0)
        outbox.append(message)

    task = asyncio.create_task(send())
    background_tasks.add(task)  # keep the task until it is done
    task.add_done_callback(background_tasks.discard)


@pytest.mark.asyncio
async def test_runs_on_every_loop():
    outbox = []
    await notify(outbox, "hello")
    assert outbox == []  # returned before the message was sent


@pytest.mark.asyncio(loop_factories=["tracking"])
async def test_waits_for_the_background_task():
    outbox = []
    await notify(outbox, "hello")
    loop = asyncio.get_running_loop()
    background = [t for t in loop.created_tasks if t is not asyncio.current_task()]
    await asyncio.gather(*background)  # no guessing: wait for exactly those tasks
    assert outbox == ["hello"]
