import asyncio

from leaky_api_client import LeakyAPIClient


async def main() -> None:
    client = LeakyAPIClient("http://127.0.0.1:8080")  # no request is made
    await client.connect()
    del client  # the last reference: the session is freed here, unclosed


# debug mode: aiohttp records where each session is created
asyncio.run(main(), debug=True)
