import asyncio

import pytest


async def send_welcome_email(outbox: list[str], user: str) -> None:
    outbox.append(f"Welcome, {user}!")


@pytest.mark.asyncio
async def test_welcome_email_is_sent():
    outbox: list[str] = []
    task = asyncio.create_task(send_welcome_email(outbox, "Ada"))
    await task  # wait for the task itself: it has run to its end
    assert outbox == ["Welcome, Ada!"]


@pytest.mark.asyncio
async def test_sleep_zero_lets_ready_tasks_take_one_step():
    log: list[str] = []

    async def worker() -> None:
        log.append("first step")
        await asyncio.sleep(0)
        log.append("second step")

    task = asyncio.create_task(worker())
    assert log == []  # created, not started
    await asyncio.sleep(0)  # one pass of the loop: the worker runs up to its next await
    assert log == ["first step"]
    await task
    assert log == ["first step", "second step"]
