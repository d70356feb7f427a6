import asyncio

import pytest


async def async_data_producer():
    for i in range(5):
        await asyncio.sleep(0)  # stands in for waiting on the next item
        yield i


async def failing_async_iterator():
    for i in range(3):
        await asyncio.sleep(0)
        if i == 2:
            raise ValueError("Iterator error")
        yield i


@pytest.mark.asyncio
async def test_async_generator():
    items = [item async for item in async_data_producer()]
    assert items == [0, 1, 2, 3, 4]


@pytest.mark.asyncio
async def test_async_generator_that_fails_midway():
    agen = failing_async_iterator()
    items = []
    with pytest.raises(ValueError, match="Iterator error"):
        async for item in agen:
            items.append(item)
    assert items == [0, 1]  # what it yielded before the error
    with pytest.raises(StopAsyncIteration):  # a generator that raised is finished
        await anext(agen)
