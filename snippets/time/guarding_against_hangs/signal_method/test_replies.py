import asyncio

import pytest


async def wait_for_reply(replies: asyncio.Queue) -> str:
    return await replies.get()  # a reply that never comes


@pytest.mark.asyncio
async def test_reply_arrives():
    replies = asyncio.Queue()
    assert await wait_for_reply(replies) == "pong"


def test_the_next_test():
    assert True
