import asyncio


async def save_order(db, order: str) -> None:
    await db.validate(order)
    await asyncio.shield(db.commit(order))  # once the commit has started, let it finish
