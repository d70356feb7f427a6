import asyncio

import pytest

from .backoff import retry


class FlakyService:
    """A fake that fails `failures` times, then answers; it notes the loop time of each call."""

    def __init__(self, failures: int) -> None:
        self.failures = failures
        self.calls: list[float] = []

    async def __call__(self) -> str:
        self.calls.append(asyncio.get_running_loop().time())
        if len(self.calls) <= self.failures:
            raise ConnectionError("try again")
        return "ok"


@pytest.mark.asyncio
@pytest.mark.looptime(start=0)  # the loop's clock reads 0 when the test starts
async def test_backoff_doubles_the_wait():
    service = FlakyService(failures=2)
    assert await retry(service) == "ok"
    assert service.calls == [0, 1, 3]  # waited 1 s, then 2 s


@pytest.mark.asyncio
@pytest.mark.looptime(start=0)
async def test_gives_up_after_the_last_attempt():
    service = FlakyService(failures=10)
    with pytest.raises(ConnectionError):
        await retry(service, attempts=4)
    assert service.calls == [0, 1, 3, 7]  # no wait after the last attempt


@pytest.mark.asyncio
@pytest.mark.looptime(start=0)
async def test_jitter_is_injected():
    service = FlakyService(failures=10)
    with pytest.raises(ConnectionError):
        await retry(service, attempts=4, jitter=lambda delay: delay / 2)
    assert service.calls == [0, 0.5, 1.5, 3.5]
