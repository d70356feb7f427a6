from unittest.mock import AsyncMock, call, patch

import pytest

from .rates import get_rate_with_retry


@pytest.mark.asyncio
async def test_backs_off_between_attempts():
    api = AsyncMock()
    api.get_rate.side_effect = [ConnectionError(), ConnectionError(), 1.25]

    # asyncio.sleep is a coroutine function, so patch() replaces it with an AsyncMock:
    # the test does not wait 3 seconds, and it can check the delays.
    with patch("asyncio.sleep") as sleep:
        assert await get_rate_with_retry(api, "EUR", "USD") == 1.25

    assert sleep.await_args_list == [call(1), call(2)]
