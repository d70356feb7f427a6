import asyncio


def tracking_event_loop() -> asyncio.AbstractEventLoop:
    loop = asyncio.new_event_loop()
    loop.created_tasks = []
    return loop


def pytest_asyncio_loop_factories(config, item):
    if "tracking" in item.name:
        return {"tracking": tracking_event_loop}
    # Every other test: no return statement, so the hook returns None.
