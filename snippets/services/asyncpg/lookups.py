import asyncio

from .repository import User, UserRepository


async def get_many(repo: UserRepository, user_ids: list[int]) -> list[User | None]:
    """Look users up concurrently, as a service might."""
    async with asyncio.TaskGroup() as tg:
        lookups = [tg.create_task(repo.get_by_id(user_id)) for user_id in user_ids]
    return [lookup.result() for lookup in lookups]
