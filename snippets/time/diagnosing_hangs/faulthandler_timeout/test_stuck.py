import asyncio
import threading

import pytest


async def wait_for_reply(replies: asyncio.Queue) -> str:
    return await replies.get()  # a reply that never comes


@pytest.mark.asyncio
async def test_stuck_in_an_await():
    replies = asyncio.Queue()
    with pytest.raises(TimeoutError):
        async with asyncio.timeout(0.3):  # ends the wait after 0.3 s
            await wait_for_reply(replies)


def load_settings(ready: threading.Event) -> dict:
    # A blocking call: the whole event loop stops here for 0.3 s.
    ready.wait(timeout=0.3)
    return {}


@pytest.mark.asyncio
async def test_stuck_in_a_blocking_call():
    assert load_settings(threading.Event()) == {}
