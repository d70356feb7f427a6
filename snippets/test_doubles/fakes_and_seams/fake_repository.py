from datetime import datetime

from .accounts import User


class FakeUserRepository:
    """An in-memory UserRepository: the same methods, a dict instead of a database."""

    def __init__(self):
        self.users: dict[int, User] = {}

    async def get_by_email(self, email: str) -> User | None:
        return next((user for user in self.users.values() if user.email == email), None)

    async def add(self, email: str, created_at: datetime) -> User:
        user = User(id=len(self.users) + 1, email=email, created_at=created_at)
        self.users[user.id] = user
        return user
