import asyncio
import gc


class Notifier:
    """Sends messages from a worker task that it starts itself."""

    def __init__(self) -> None:
        self.queue: asyncio.Queue[str] = asyncio.Queue()
        self.sent: list[str] = []
        asyncio.create_task(self._worker())  # fire and forget: nobody keeps the task

    async def _worker(self) -> None:
        while True:
            message = await self.queue.get()
            self.sent.append(message)


async def main() -> None:
    notifier = Notifier()
    notifier.queue.put_nowait("hello")
    # the worker starts, sends "hello" and waits for the next message
    await asyncio.sleep(0)
    print("sent:", notifier.sent)

    del notifier  # now nothing refers to the notifier, its queue or its worker task
    gc.collect()  # the garbage collector runs when it decides to; here, now
    print("main() goes on")


asyncio.run(main())
