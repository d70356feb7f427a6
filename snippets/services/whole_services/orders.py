import asyncio
from dataclasses import dataclass
from decimal import Decimal
from typing import Protocol


@dataclass(frozen=True)
class Customer:
    id: int
    email: str


@dataclass(frozen=True)
class Product:
    id: int
    name: str
    price: Decimal
    stock: int


@dataclass(frozen=True)
class PaymentResult:
    success: bool
    transaction_id: str


# The four dependencies, as the service uses them. Each has a real implementation (adapters.py)
# and a fake (fakes.py).
class UserRepository(Protocol):
    async def get_by_id(self, user_id: int) -> Customer | None: ...


class ProductRepository(Protocol):
    async def get_by_id(self, product_id: int) -> Product | None: ...


class PaymentClient(Protocol):
    async def charge(self, user_id: int, amount: Decimal) -> PaymentResult: ...


class EmailClient(Protocol):
    async def send_order_confirmation(
        self, email: str, product_name: str, quantity: int
    ) -> None: ...


class OrderService:
    def __init__(
        self,
        user_repo: UserRepository,
        product_repo: ProductRepository,
        payment_client: PaymentClient,
        email_client: EmailClient,
    ):
        self.user_repo = user_repo
        self.product_repo = product_repo
        self.payment = payment_client
        self.email = email_client
        self._confirmations: set[asyncio.Task] = set()  # emails still being sent

    async def place_order(self, user_id: int, product_id: int, quantity: int) -> dict:
        # Fetch user and product concurrently
        user, product = await asyncio.gather(
            self.user_repo.get_by_id(user_id),
            self.product_repo.get_by_id(product_id),
        )

        if not user:
            raise ValueError("User not found")
        if not product:
            raise ValueError("Product not found")
        if product.stock < quantity:
            raise ValueError("Insufficient stock")

        total = product.price * quantity

        payment_result = await self.payment.charge(user.id, total)
        if not payment_result.success:
            raise RuntimeError("Payment failed")

        # The confirmation email does not hold up the order; the service keeps the task (aclose()).
        task = asyncio.create_task(
            self.email.send_order_confirmation(user.email, product.name, quantity)
        )
        self._confirmations.add(task)
        task.add_done_callback(self._confirmations.discard)

        return {
            "order_id": payment_result.transaction_id,
            "total": total,
            "status": "confirmed",
        }

    async def aclose(self) -> None:
        """Wait for the confirmation emails still being sent."""
        await asyncio.gather(*self._confirmations)
