import asyncio

import pytest

from .transfers import Account, transfer, transfer_in_order


@pytest.mark.asyncio
@pytest.mark.looptime
@pytest.mark.deadline(10)
async def test_transfers_both_ways_in_order():
    alice, bob = Account("alice", 100), Account("bob", 100)
    async with asyncio.TaskGroup() as tg:
        tg.create_task(transfer_in_order(alice, bob, 10))
        tg.create_task(transfer_in_order(bob, alice, 20))
    assert (alice.balance, bob.balance) == (110, 90)


@pytest.mark.asyncio
async def test_one_transfer_alone_never_deadlocked():
    alice, bob = Account("alice", 100), Account("bob", 100)
    await transfer(alice, bob, 10)
    assert (alice.balance, bob.balance) == (90, 110)
