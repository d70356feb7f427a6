# --8<-- [start:sample]
import fakeredis
import pytest

from .published_service import AsyncTestService
from .servers import needs_postgres

pytestmark = needs_postgres


@pytest.mark.asyncio
async def test_a_cache_miss_on_the_real_database(pool):
    user_id = await pool.fetchval(
        "INSERT INTO users (username, email) VALUES ('ada', 'ada@example.com') RETURNING id"
    )
    async with (
        fakeredis.FakeAsyncRedis() as cache
    ):  # empty, and this test's own: the database answers
        service = AsyncTestService(pool, cache, http_client=None)
        assert (await service.get_user_with_cache(user_id))["username"] == "ada"


# --8<-- [end:sample]


# Expected outcome, checked by the test suite (the page does not show this part).
test_a_cache_miss_on_the_real_database = pytest.mark.xfail(
    raises=TypeError,
    strict=True,
    reason="SELECT * returns created_at, a datetime json cannot encode",
)(test_a_cache_miss_on_the_real_database)
