import pytest


@pytest.mark.asyncio
@pytest.mark.parametrize("user_id", [1, 2, 3, 4, 5, 6])
async def test_get_user(api, user_id):
    async with api.get(f"/users/{user_id}") as response:
        assert (await response.json())["id"] == user_id
