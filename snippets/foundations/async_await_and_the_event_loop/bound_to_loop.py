import asyncio


async def hand_over(jobs: asyncio.Queue) -> str:
    consumer = asyncio.create_task(jobs.get())
    await asyncio.sleep(0)  # the consumer starts and waits on the empty queue
    await jobs.put("job")
    return await consumer


jobs = asyncio.Queue()  # not bound to any loop yet

with asyncio.Runner() as runner:  # one loop for several run() calls
    print("1st run:", runner.run(hand_over(jobs)))  # binds jobs to this loop
    print("2nd run:", runner.run(hand_over(jobs)))  # the same loop: fine

try:
    asyncio.run(hand_over(jobs))  # asyncio.run() makes a new loop every time
except RuntimeError as exc:
    print("new loop:", exc)

with asyncio.Runner() as runner:
    # a future belongs to its loop from the start
    reply = runner.get_loop().create_future()


async def wait_for_reply() -> str:
    return await reply


try:
    asyncio.run(wait_for_reply())
except RuntimeError as exc:
    print("new loop:", exc)
