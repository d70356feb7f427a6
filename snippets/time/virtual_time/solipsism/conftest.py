import async_solipsism


def pytest_asyncio_loop_factories(config, item):
    # Every async test below this conftest.py runs on async-solipsism's event loop.
    return {"solipsism": async_solipsism.EventLoop}
