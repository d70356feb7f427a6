# --8<-- [start:sample]
import asyncio
import itertools
import time

import pytest


@pytest.fixture
def busy_machine(monkeypatch):
    """A busy CI runner, replayed: 3 seconds pass between two readings of the wall clock, as when
    the test process gets no CPU while its requests wait. The code does exactly the same work."""
    readings = itertools.count(1_700_000_000.0, 3.0)
    monkeypatch.setattr(time, "time", lambda: next(readings))


@pytest.mark.asyncio
@pytest.mark.usefixtures("busy_machine")
async def test_async_load_performance():
    """Test asynchronous load performance"""

    async def simulate_user_request(user_id: int):
        """Simulate user request"""
        await asyncio.sleep(0.01)  # Simulate processing time
        return {"user_id": user_id, "response_time": 0.01, "status": "success"}

    # Simulate 100 concurrent users
    concurrent_users = 100
    start_time = time.time()

    tasks = [simulate_user_request(i) for i in range(concurrent_users)]
    results = await asyncio.gather(*tasks)

    total_time = time.time() - start_time
    throughput = len(results) / total_time

    assert len(results) == concurrent_users
    assert all(result["status"] == "success" for result in results)
    assert throughput > 50  # Minimum 50 requests per second

    print(f"Load test: {concurrent_users} users, {throughput:.2f} req/s")


# --8<-- [end:sample]


# Expected outcome, checked by the test suite (the page does not show this part).
pytestmark = pytest.mark.xfail(
    raises=AssertionError,
    strict=True,
    reason="100 requests over 3 s of wall clock: 33 per second",
)
