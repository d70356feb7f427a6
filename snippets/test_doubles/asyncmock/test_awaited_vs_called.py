# --8<-- [start:sample]
from unittest.mock import AsyncMock

import pytest


async def send_receipt(mailer, address: str) -> None:
    # bug: never awaited, so nothing is sent
    mailer.send(address, "Thanks for your order")


@pytest.mark.asyncio
async def test_receipt_called():
    mailer = AsyncMock()
    await send_receipt(mailer, "ada@example.com")
    mailer.send.assert_called_once_with("ada@example.com", "Thanks for your order")


@pytest.mark.asyncio
async def test_receipt_awaited():
    mailer = AsyncMock()
    await send_receipt(mailer, "ada@example.com")
    mailer.send.assert_awaited_once_with("ada@example.com", "Thanks for your order")


# --8<-- [end:sample]


# Expected outcome, checked by the test suite (the page does not show this part).
# The sample calls the AsyncMock without await (the page's point): its coroutine is never awaited.
pytestmark = pytest.mark.filterwarnings(
    "ignore:coroutine 'AsyncMockMixin._execute_mock_call' was never awaited:RuntimeWarning"
)
test_receipt_awaited = pytest.mark.xfail(
    raises=AssertionError, strict=True, reason="the call is never awaited"
)(test_receipt_awaited)
