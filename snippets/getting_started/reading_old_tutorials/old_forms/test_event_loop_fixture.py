import asyncio


async def fetch_greeting(name: str) -> str:
    await asyncio.sleep(0.01)  # stands in for real I/O
    return f"Hello, {name}!"


def test_fetch_greeting(event_loop):
    greeting = event_loop.run_until_complete(fetch_greeting("Ada"))
    assert greeting == "Hello, Ada!"
