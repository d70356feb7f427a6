from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import partial
from typing import Protocol


@dataclass(frozen=True)
class User:
    id: int
    email: str
    created_at: datetime


class UserRepository(Protocol):
    async def get_by_email(self, email: str) -> User | None:
        """The user with this email, or None."""

    async def add(self, email: str, created_at: datetime) -> User:
        """Store a new user; return it with its id."""


class EmailTaken(Exception):
    """Raised when an email address is already registered."""


class Accounts:
    def __init__(
        self,
        repo: UserRepository,
        clock: Callable[[], datetime] = partial(datetime.now, UTC),
    ):
        self.repo = repo  # seam: a real repository in production, a fake in tests
        self.clock = clock  # seam: tests pass a clock that returns a fixed time

    async def sign_up(self, email: str) -> User:
        email = email.strip().lower()
        if await self.repo.get_by_email(email) is not None:
            raise EmailTaken(email)
        return await self.repo.add(email, created_at=self.clock())
