import pytest

from .retry import with_retries


@pytest.mark.asyncio
async def test_retries_after_a_connection_error():
    calls = 0

    async def flaky_operation():
        nonlocal calls
        calls += 1
        if calls == 1:
            raise ConnectionError("refused")
        return "ok"

    assert await with_retries(flaky_operation) == "ok"
    assert calls == 2
