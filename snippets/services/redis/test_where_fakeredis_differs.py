import time
import uuid

import fakeredis
import pytest
import time_machine
from redis.exceptions import ResponseError

from .servers import REDIS_URL


@pytest.mark.asyncio
async def test_a_minute_later(client, prefix):
    await client.set(f"{prefix}greeting", "hello", ex=60)
    with time_machine.travel(
        time.time() + 61, tick=False
    ):  # Python's clock, one minute later
        value = await client.get(f"{prefix}greeting")
    # fakeredis reads Python's clock; a real server keeps its own.
    assert value == (None if isinstance(client, fakeredis.FakeAsyncRedis) else "hello")


@pytest.mark.asyncio
async def test_commands_fakeredis_does_not_have(client):
    if isinstance(client, fakeredis.FakeAsyncRedis):
        with pytest.raises(ResponseError, match="unknown command 'info'"):
            await client.info()
        with pytest.raises(
            ResponseError, match="unknown command 'eval'"
        ):  # Lua needs fakeredis[lua]
            await client.eval("return 1", 0)
    else:
        assert "redis_version" in await client.info()
        assert await client.eval("return 1", 0) == 1


@pytest.mark.asyncio
async def test_fakes_made_from_one_url_share_one_server():
    key = f"test:{uuid.uuid4().hex}"
    first = fakeredis.FakeAsyncRedis.from_url(REDIS_URL, decode_responses=True)
    second = fakeredis.FakeAsyncRedis.from_url(REDIS_URL, decode_responses=True)
    alone = fakeredis.FakeAsyncRedis(decode_responses=True)
    try:
        await first.set(key, "yes")
        assert await second.get(key) == "yes"  # also in the next test, and the next...
        assert await alone.get(key) is None
    finally:
        await first.delete(key)
        for fake in (first, second, alone):
            await fake.aclose()
