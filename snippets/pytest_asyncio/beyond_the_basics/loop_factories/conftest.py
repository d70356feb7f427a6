import asyncio


def tracking_event_loop() -> asyncio.AbstractEventLoop:
    """A new event loop that records every task created on it."""
    loop = asyncio.new_event_loop()
    loop.created_tasks = []

    def create_task(loop, coro, **kwargs):
        task = asyncio.Task(coro, loop=loop, **kwargs)
        loop.created_tasks.append(task)
        return task

    loop.set_task_factory(create_task)
    return loop


def pytest_asyncio_loop_factories(config, item):
    # Every async test below this conftest.py runs once per factory.
    return {"default": asyncio.new_event_loop, "tracking": tracking_event_loop}
