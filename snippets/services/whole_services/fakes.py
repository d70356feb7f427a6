"""In-memory fakes of the OrderService's dependencies, for fast unit tests."""

from decimal import Decimal

from .orders import Customer, PaymentResult, Product


class InMemoryUserRepository:
    def __init__(self, customers: list[Customer]):
        self.customers = {customer.id: customer for customer in customers}

    async def get_by_id(self, user_id: int) -> Customer | None:
        return self.customers.get(user_id)


class InMemoryProductRepository:
    def __init__(self, products: list[Product]):
        self.products = {product.id: product for product in products}

    async def get_by_id(self, product_id: int) -> Product | None:
        return self.products.get(product_id)


class FakePaymentClient:
    """Approves charges up to `limit`, declines larger ones, and records every charge."""

    def __init__(self, limit: Decimal = Decimal("1000.00")):
        self.limit = limit
        self.charges: list[tuple[int, Decimal]] = []

    async def charge(self, user_id: int, amount: Decimal) -> PaymentResult:
        self.charges.append((user_id, amount))
        if amount > self.limit:
            return PaymentResult(success=False, transaction_id="")
        return PaymentResult(success=True, transaction_id=f"txn_{len(self.charges)}")


class FakeEmailClient:
    def __init__(self):
        self.sent: list[tuple[str, str, int]] = []

    async def send_order_confirmation(
        self, email: str, product_name: str, quantity: int
    ) -> None:
        self.sent.append((email, product_name, quantity))
