import asyncio

import pytest

from .orders import save_order


class FakeDatabase:
    """Commits only when the test says so, and tells the test where it is."""

    def __init__(self) -> None:
        self.committing = asyncio.Event()
        self.may_finish = asyncio.Event()
        self.finished = asyncio.Event()
        self.committed: list[str] = []

    async def validate(self, order: str) -> None:
        await asyncio.sleep(0)

    async def commit(self, order: str) -> None:
        self.committing.set()
        await self.may_finish.wait()
        self.committed.append(order)
        self.finished.set()


@pytest.mark.asyncio
async def test_a_cancelled_caller_does_not_cut_the_commit_short(cancel):
    db = FakeDatabase()
    task = asyncio.create_task(save_order(db, "order-1"))
    await db.committing.wait()

    await cancel(task)  # the caller is cancelled at once...
    assert db.committed == []

    db.may_finish.set()
    await db.finished.wait()  # ...and the shielded commit still runs to its end
    assert db.committed == ["order-1"]
