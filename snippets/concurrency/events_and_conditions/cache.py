import asyncio
from collections.abc import Awaitable, Callable


class CacheUnavailable(Exception):
    """The cache could not be loaded."""


class Cache:
    """Answers lookups once it has been loaded; lookups that arrive earlier wait for it."""

    def __init__(self, load: Callable[[], Awaitable[dict[str, str]]]) -> None:
        self._load = load
        self._loaded = asyncio.Event()
        self._data: dict[str, str] = {}
        self._error: Exception | None = None

    async def warm_up(self) -> None:
        try:
            self._data = await self._load()
        except Exception as error:
            self._error = error
            raise
        finally:
            self._loaded.set()  # wake the waiters whatever happened, or they wait forever

    async def get(self, key: str) -> str:
        await self._loaded.wait()
        if self._error is not None:
            raise CacheUnavailable("the cache could not be loaded") from self._error
        return self._data[key]
