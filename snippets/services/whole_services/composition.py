"""The composition root: the one place that builds the real dependencies, and closes them."""

import contextlib
from collections.abc import AsyncIterator
from dataclasses import dataclass

import aiohttp
import asyncpg

from .adapters import (
    HttpEmailClient,
    HttpPaymentClient,
    PostgresProductRepository,
    PostgresUserRepository,
)
from .orders import OrderService


@dataclass(frozen=True)
class Settings:
    database_url: str
    payments_url: str
    emails_url: str
    connect_timeout: float = 5


@contextlib.asynccontextmanager
async def order_service(settings: Settings) -> AsyncIterator[OrderService]:
    async with (
        asyncpg.create_pool(
            settings.database_url,
            min_size=1,
            max_size=4,
            timeout=settings.connect_timeout,
        ) as pool,
        aiohttp.ClientSession(base_url=settings.payments_url) as payments,
        aiohttp.ClientSession(base_url=settings.emails_url) as emails,
    ):
        service = OrderService(
            PostgresUserRepository(pool),
            PostgresProductRepository(pool),
            HttpPaymentClient(payments),
            HttpEmailClient(emails),
        )
        try:
            yield service
        finally:
            await service.aclose()  # the last emails go out before their session closes
