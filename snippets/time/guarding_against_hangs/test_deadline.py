# --8<-- [start:sample]
import asyncio

import pytest


async def wait_for_reply(replies: asyncio.Queue) -> str:
    return await replies.get()  # a reply that never comes


@pytest.mark.asyncio
@pytest.mark.looptime
@pytest.mark.deadline(30)  # 30 s of loop time: in virtual time, that costs no real time
async def test_reply_arrives():
    replies = asyncio.Queue()
    assert await wait_for_reply(replies) == "pong"


# --8<-- [end:sample]


pytestmark = pytest.mark.xfail(
    raises=TimeoutError,
    strict=True,
    reason="the deadline cancels the test where it waits",
)
