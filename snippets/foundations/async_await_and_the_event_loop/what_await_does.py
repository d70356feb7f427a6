import asyncio

log: list[str] = []


async def step(name: str) -> None:
    log.append(f"{name} starts")
    await asyncio.sleep(0)  # suspends: the loop may run another task here
    log.append(f"{name} ends")


async def main() -> None:
    await step("A")  # runs step("A") to its end before going on
    await step("B")
    print("awaited in turn:", ", ".join(log))

    log.clear()
    await asyncio.gather(step("C"), step("D"))  # two tasks: they take turns
    print("as two tasks:   ", ", ".join(log))


asyncio.run(main())
