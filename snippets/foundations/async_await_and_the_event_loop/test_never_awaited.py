# --8<-- [start:sample]
import asyncio

import pytest


class Repository:
    def __init__(self) -> None:
        self.saved: list[dict] = []

    async def save(self, record: dict) -> None:
        await asyncio.sleep(0)  # stands in for a database write
        self.saved.append(record)


async def register(repo: Repository, name: str) -> None:
    await repo.save({"user": name})
    repo.save({"audit": f"registered {name}"})  # no await: this write never happens


@pytest.mark.asyncio
async def test_register_saves_the_user():
    repo = Repository()
    await register(repo, "Ada")
    assert {"user": "Ada"} in repo.saved


# --8<-- [end:sample]


# Expected outcome, checked by the test suite (the page does not show this part): the test
# passes, with the warning, which this suite (warnings are errors) is told to ignore.
pytestmark = pytest.mark.filterwarnings(
    "ignore:coroutine 'Repository.save' was never awaited:RuntimeWarning"
)
