# --8<-- [start:sample]
import asyncio

import pytest


@pytest.mark.asyncio
async def test_waits_for_a_reply_that_never_comes():
    replies = asyncio.Queue()
    await replies.get()  # no task will ever put anything


# --8<-- [end:sample]


from async_solipsism import SleepForeverError  # noqa: E402

pytestmark = pytest.mark.xfail(
    raises=SleepForeverError,
    strict=True,
    reason="nothing can ever wake the loop up, and async-solipsism says so",
)
