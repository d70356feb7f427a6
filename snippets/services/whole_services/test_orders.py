from decimal import Decimal

import pytest
import pytest_asyncio

from .fakes import (
    FakeEmailClient,
    FakePaymentClient,
    InMemoryProductRepository,
    InMemoryUserRepository,
)
from .orders import Customer, OrderService, Product

ADA = Customer(id=1, email="ada@example.com")
WIDGET = Product(id=1, name="Widget", price=Decimal("9.99"), stock=5)


@pytest.fixture
def payments():
    return FakePaymentClient()


@pytest.fixture
def emails():
    return FakeEmailClient()


@pytest_asyncio.fixture
async def service(payments, emails):
    service = OrderService(
        InMemoryUserRepository([ADA]),
        InMemoryProductRepository([WIDGET]),
        payments,
        emails,
    )
    yield service
    await service.aclose()


@pytest.mark.asyncio
async def test_place_order(service, payments, emails):
    result = await service.place_order(user_id=1, product_id=1, quantity=3)

    assert result == {
        "order_id": "txn_1",
        "total": Decimal("29.97"),
        "status": "confirmed",
    }
    assert payments.charges == [(1, Decimal("29.97"))]
    await service.aclose()  # the confirmation goes out in the background
    assert emails.sent == [("ada@example.com", "Widget", 3)]


@pytest.mark.asyncio
async def test_unknown_user(service, payments):
    with pytest.raises(ValueError, match="User not found"):
        await service.place_order(user_id=999, product_id=1, quantity=1)
    assert payments.charges == []


@pytest.mark.asyncio
async def test_unknown_product(service):
    with pytest.raises(ValueError, match="Product not found"):
        await service.place_order(user_id=1, product_id=999, quantity=1)


@pytest.mark.asyncio
async def test_insufficient_stock(service, payments):
    with pytest.raises(ValueError, match="Insufficient stock"):
        await service.place_order(user_id=1, product_id=1, quantity=6)
    assert payments.charges == []


@pytest.mark.asyncio
async def test_payment_declined(service, payments, emails):
    payments.limit = Decimal("10.00")
    with pytest.raises(RuntimeError, match="Payment failed"):
        await service.place_order(user_id=1, product_id=1, quantity=2)
    await service.aclose()
    assert emails.sent == []
