import asyncio
from collections.abc import Callable
from datetime import UTC, datetime


def utc_now() -> datetime:
    return datetime.now(UTC)


async def send_reminders(
    outbox: list,
    names: list[str],
    pause: float = 1.0,
    now: Callable[[], datetime] = utc_now,
) -> None:
    """Send one reminder per name, `pause` seconds apart, each stamped with the time it was sent."""
    for name in names:
        outbox.append((name, now()))
        await asyncio.sleep(pause)
