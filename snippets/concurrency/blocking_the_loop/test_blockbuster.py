# --8<-- [start:sample]
import asyncio

import pytest

from .blocking_api_client import BlockingAPIClient


@pytest.mark.asyncio
@pytest.mark.usefixtures("blockbuster")
async def test_concurrent_fetch_with_blocking(base_url):
    client = BlockingAPIClient(base_url)

    await asyncio.gather(
        client.fetch_user_with_processing(1),
        client.fetch_user_with_processing(2),
    )


# --8<-- [end:sample]

from blockbuster import BlockingError  # noqa: E402

# Expected outcome, checked by the test suite (the page does not show this part).
pytestmark = pytest.mark.xfail(
    raises=BlockingError, strict=True, reason="enrich() calls time.sleep in the loop"
)
