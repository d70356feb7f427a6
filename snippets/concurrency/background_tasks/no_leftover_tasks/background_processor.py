import asyncio


class BackgroundProcessor:
    """Processes items in the background"""

    def __init__(self):
        self.tasks: list[asyncio.Task] = []
        self.results: list[str] = []

    async def process_item(self, item: str):
        """Process a single item"""
        await asyncio.sleep(0.1)
        result = f"processed_{item}"
        self.results.append(result)
        return result

    def start_processing(self, items: list[str]):
        """Start processing items in background tasks"""
        for item in items:
            task = asyncio.create_task(self.process_item(item))
            self.tasks.append(task)

    async def wait_for_completion(self):
        """Wait for all background tasks to complete"""
        await asyncio.gather(*self.tasks)
