# --8<-- [start:sample]
import asyncio

import pytest

from .transfers import Account, transfer


@pytest.mark.asyncio
@pytest.mark.looptime
@pytest.mark.deadline(10)
async def test_transfers_both_ways():
    alice, bob = Account("alice", 100), Account("bob", 100)
    async with asyncio.TaskGroup() as tg:
        tg.create_task(transfer(alice, bob, 10), name="alice->bob")
        tg.create_task(transfer(bob, alice, 20), name="bob->alice")
    assert (alice.balance, bob.balance) == (110, 90)


# --8<-- [end:sample]


pytestmark = pytest.mark.xfail(
    raises=pytest.fail.Exception,
    strict=True,
    reason="each transfer holds one lock and waits for the other",
)
