import asyncio

import pytest


class AsyncResource:
    def __init__(self, name: str):
        self.name = name
        self.initialized = False

    async def __aenter__(self) -> "AsyncResource":
        await asyncio.sleep(0)  # stands in for async setup (connect, handshake)
        self.initialized = True
        return self

    async def __aexit__(self, exc_type, exc_val, exc_tb) -> bool:
        await asyncio.sleep(0)  # stands in for async cleanup
        self.initialized = False
        return False  # do not suppress the exception, if there is one

    async def process(self, data: str) -> str:
        if not self.initialized:
            raise RuntimeError("Resource not initialized")
        return f"processed: {data}"


@pytest.mark.asyncio
async def test_async_context_manager():
    resource = AsyncResource("test")
    async with resource as r:
        assert r.initialized is True
        assert await r.process("test data") == "processed: test data"
    assert resource.initialized is False  # cleaned up when the block ended


@pytest.mark.asyncio
async def test_cleanup_runs_when_the_block_raises():
    resource = AsyncResource("test")
    with pytest.raises(ValueError, match="Test exception"):
        async with resource:
            raise ValueError("Test exception")
    assert resource.initialized is False


@pytest.mark.asyncio
async def test_nested_async_context_managers():
    async with AsyncResource("outer") as outer:
        async with AsyncResource("inner") as inner:
            assert await outer.process("a") == "processed: a"
            assert await inner.process("b") == "processed: b"
        assert inner.initialized is False  # inner cleaned up, outer still open
        assert outer.initialized is True
    assert outer.initialized is False


@pytest.mark.asyncio
async def test_using_it_outside_the_block_fails():
    async with AsyncResource("test") as resource:
        pass
    with pytest.raises(RuntimeError, match="not initialized"):
        await resource.process("too late")
