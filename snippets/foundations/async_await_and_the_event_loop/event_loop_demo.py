import asyncio


async def task_with_delay(name: str, delay: float) -> str:
    print(f"{name}: starting")
    await asyncio.sleep(delay)  # stands in for I/O; the loop runs other tasks meanwhile
    print(f"{name}: finished")
    return f"{name} result"


async def main() -> list[str]:
    # Scheduled now; they start when main() lets the loop run (at its first await).
    task1 = asyncio.create_task(task_with_delay("Task 1", 0.010))
    task2 = asyncio.create_task(task_with_delay("Task 2", 0.005))
    task3 = asyncio.create_task(task_with_delay("Task 3", 0.015))
    print("main: three tasks created")
    return await asyncio.gather(task1, task2, task3)


results = asyncio.run(main())
print(f"All results: {results}")
