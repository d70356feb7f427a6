import pytest


@pytest.mark.asyncio
async def test_search_users(
    authenticated_client,
):  # the same fixture, in another module
    results = await authenticated_client.search_users("john")
    assert [user["name"] for user in results] == ["John Smith"]
