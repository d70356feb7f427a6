from .cache import Cache


class ForgetfulCache(Cache):
    """Cache.warm_up() with the event set at the end of the try, not in a finally."""

    async def warm_up(self) -> None:
        try:
            self._data = await self._load()
            self._loaded.set()  # never reached when the load fails
        except Exception as error:
            self._error = error
            raise
