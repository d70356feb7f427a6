# --8<-- [start:sample]
import asyncio

import pytest

from .broken_limiters import gather_one_at_a_time, gather_unlimited
from .gate import Gate


@pytest.mark.asyncio
@pytest.mark.looptime
@pytest.mark.parametrize("gather_limited", [gather_unlimited, gather_one_at_a_time])
async def test_two_operations_run_at_once_and_no_more(gather_limited):
    gate = Gate()
    running = asyncio.create_task(gather_limited([gate.pass_through] * 5, limit=2))
    async with asyncio.timeout(1):
        await gate.wait_until_inside(2)
    assert gate.inside == 2
    gate.open()
    await running
    assert gate.max_inside == 2


# --8<-- [end:sample]


# Expected outcome, checked by the test suite (the page does not show this part).
pytestmark = pytest.mark.xfail(
    raises=(AssertionError, TimeoutError),
    strict=True,
    reason="five get in at once; or one at a time, so two never do",
)
