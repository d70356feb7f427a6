import asyncio


class Account:
    def __init__(self, name: str, balance: int) -> None:
        self.name = name
        self.balance = balance
        self.lock = asyncio.Lock()


async def transfer(source: Account, target: Account, amount: int) -> None:
    """Move money between two accounts while holding both of their locks."""
    async with source.lock:
        await asyncio.sleep(0)  # e.g. writing to an audit log
        await credit(target, amount)
        source.balance -= amount


async def credit(account: Account, amount: int) -> None:
    async with account.lock:
        account.balance += amount


async def transfer_in_order(source: Account, target: Account, amount: int) -> None:
    """The fix: every transfer takes the two locks in the same order."""
    first, second = sorted([source, target], key=lambda account: account.name)
    async with first.lock, second.lock:
        source.balance -= amount
        target.balance += amount
