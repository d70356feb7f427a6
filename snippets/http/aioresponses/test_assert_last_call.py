# --8<-- [start:sample]
import aiohttp
import pytest


@pytest.mark.asyncio
async def test_alice_was_created(mock_aiohttp):
    mock_aiohttp.post("https://api.test/users", payload={}, repeat=True)

    async with aiohttp.ClientSession() as session:
        (await session.post("https://api.test/users", json={"name": "Alice"})).release()
        (await session.post("https://api.test/users", json={"name": "Bob"})).release()

    mock_aiohttp.assert_called_with(
        "https://api.test/users", method="POST", json={"name": "Alice"}
    )


# --8<-- [end:sample]


# Expected outcome, checked by the test suite (the page does not show this part).
pytestmark = pytest.mark.xfail(
    raises=AssertionError, strict=True, reason="checks the last call"
)
