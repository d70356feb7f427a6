# --8<-- [start:sample]
import asyncio

import pytest


async def send_welcome_email(outbox: list[str], user: str) -> None:
    outbox.append(f"Welcome, {user}!")


@pytest.mark.asyncio
async def test_welcome_email_is_sent():
    outbox: list[str] = []
    asyncio.create_task(send_welcome_email(outbox, "Ada"))  # scheduled, not started
    assert outbox == ["Welcome, Ada!"]


# --8<-- [end:sample]


# Expected outcome, checked by the test suite (the page does not show this part).
pytestmark = pytest.mark.xfail(
    raises=AssertionError, strict=True, reason="the task has not run yet"
)
