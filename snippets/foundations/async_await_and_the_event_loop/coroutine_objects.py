import asyncio
import inspect


async def greet(name: str) -> str:
    await asyncio.sleep(0)  # a point where the coroutine may pause
    return f"Hello, {name}!"


print("coroutine function:", inspect.iscoroutinefunction(greet))
coro = greet("Ada")  # runs none of greet's body
print("calling it returns:", type(coro).__name__)
print("state:", inspect.getcoroutinestate(coro))
print("result:", asyncio.run(coro))  # a loop drives the coroutine to its end
print("state:", inspect.getcoroutinestate(coro))
try:
    asyncio.run(coro)  # a coroutine object runs once
except RuntimeError as exc:
    print("second run:", exc)
