import asyncio


class QueueProcessor:
    """Processes items from an async queue"""

    def __init__(self):
        self.queue: asyncio.Queue = asyncio.Queue()
        self.results: list = []
        self.running = False

    async def producer(self, items: list):
        """Add items to the queue"""
        for item in items:
            await self.queue.put(item)
        # Signal completion
        await self.queue.put(None)

    async def consumer(self):
        """Process items from the queue"""
        self.running = True
        while self.running:
            item = await self.queue.get()
            if item is None:
                break

            # Process item
            await asyncio.sleep(0.01)
            result = f"processed_{item}"
            self.results.append(result)
            self.queue.task_done()

        self.running = False

    async def process_all(self, items: list):
        """Run producer and consumer concurrently"""
        producer_task = asyncio.create_task(self.producer(items))
        consumer_task = asyncio.create_task(self.consumer())

        await asyncio.gather(producer_task, consumer_task)
