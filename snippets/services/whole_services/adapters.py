"""The real implementations of the OrderService's dependencies."""

from decimal import Decimal

import aiohttp
import asyncpg

from .orders import Customer, PaymentResult, Product


class PostgresUserRepository:
    def __init__(self, pool: asyncpg.Pool):
        self.pool = pool

    async def get_by_id(self, user_id: int) -> Customer | None:
        row = await self.pool.fetchrow(
            "SELECT id, email FROM users WHERE id = $1", user_id
        )
        return None if row is None else Customer(**dict(row))


class PostgresProductRepository:
    def __init__(self, pool: asyncpg.Pool):
        self.pool = pool

    async def get_by_id(self, product_id: int) -> Product | None:
        row = await self.pool.fetchrow(
            "SELECT id, name, price, stock FROM products WHERE id = $1", product_id
        )
        # price: numeric, read as a Decimal
        return None if row is None else Product(**dict(row))


class HttpPaymentClient:
    def __init__(self, session: aiohttp.ClientSession):
        self.session = session  # its base_url is the payment provider's

    async def charge(self, user_id: int, amount: Decimal) -> PaymentResult:
        async with self.session.post(
            "/charges", json={"user_id": user_id, "amount": str(amount)}
        ) as response:
            response.raise_for_status()
            body = await response.json()
        return PaymentResult(
            success=body["success"], transaction_id=body["transaction_id"]
        )


class HttpEmailClient:
    def __init__(self, session: aiohttp.ClientSession):
        self.session = session  # its base_url is the email provider's

    async def send_order_confirmation(
        self, email: str, product_name: str, quantity: int
    ) -> None:
        message = {
            "to": email,
            "template": "order_confirmation",
            "product": product_name,
            "quantity": quantity,
        }
        async with self.session.post("/emails", json=message) as response:
            response.raise_for_status()
