# --8<-- [start:sample]
import uuid

import pytest
import redis.asyncio as redis

from .servers import REDIS_URL, needs_redis

pytestmark = needs_redis


@pytest.mark.asyncio
async def test_calls_from_older_tutorials():
    client = redis.Redis.from_url(REDIS_URL, decode_responses=True)
    key = f"test:{uuid.uuid4().hex}"
    await client.setex(key, 60, "cached")  # today: set(key, value, ex=60)
    assert await client.get(key) == "cached"
    await client.delete(key)
    await client.close()  # today: aclose()


# --8<-- [end:sample]


# Expected outcome, checked by the test suite (the page does not show this part).
# The sample shows redis-py's two deprecation warnings on purpose.
pytestmark = [
    needs_redis,
    pytest.mark.filterwarnings("ignore:Call to deprecated:DeprecationWarning"),
]
