import aiohttp
import pytest
import pytest_asyncio
from aiohttp.test_utils import TestServer

from .service import create_app

servers_started = []


@pytest_asyncio.fixture(scope="session")
async def api(worker_id):
    # worker_id comes with pytest-xdist: "gw0", "gw1", ... in a worker, "master" without workers.
    servers_started.append(worker_id)
    async with TestServer(
        create_app(), host="127.0.0.1"
    ) as server:  # port 0: any free port
        async with aiohttp.ClientSession(base_url=server.make_url("/")) as session:
            yield session


# Reporting how many servers the run started. A worker's fixtures run in the worker's process,
# so each worker hands its list to the controller when it finishes (as pytest-cov does with
# coverage data), and the controller prints the total.
def pytest_sessionfinish(session):
    if hasattr(session.config, "workeroutput"):  # in a pytest-xdist worker
        session.config.workeroutput["servers_started"] = servers_started


@pytest.hookimpl(optionalhook=True)
def pytest_testnodedown(node):  # pytest-xdist: in the controller, a worker has finished
    servers_started.extend(node.workeroutput.get("servers_started", []))


def pytest_terminal_summary(terminalreporter):
    names = ", ".join(sorted(servers_started))
    terminalreporter.write_line(f"servers started: {len(servers_started)} ({names})")
