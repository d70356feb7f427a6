import aiohttp


async def send_webhook(session: aiohttp.ClientSession, url: str, event: dict) -> None:
    """POST one event to a subscriber's URL; a subscriber must answer with a 2xx status."""
    async with session.post(
        url, json=event, headers={"X-Event": event["type"]}
    ) as response:
        response.raise_for_status()
