# --8<-- [start:sample]
import aiohttp
import pytest


@pytest.mark.asyncio
async def test_alice_was_created(mock_aiohttp):
    mock_aiohttp.post("https://api.test/users", payload={})

    async with aiohttp.ClientSession() as session:
        timeout = aiohttp.ClientTimeout(total=5)
        await session.post(
            "https://api.test/users", json={"name": "Alice"}, timeout=timeout
        )

    mock_aiohttp.assert_called_once_with(
        "https://api.test/users", method="POST", json={"name": "Alice"}
    )


# --8<-- [end:sample]


# Expected outcome, checked by the test suite (the page does not show this part).
pytestmark = pytest.mark.xfail(
    raises=AssertionError, strict=True, reason="compares all kwargs"
)
