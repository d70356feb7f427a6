# --8<-- [start:sample]
from decimal import Decimal

import pytest

from .fakes import (
    FakeEmailClient,
    FakePaymentClient,
    InMemoryProductRepository,
    InMemoryUserRepository,
)
from .orders import Customer, Product
from .published_orders import OrderService


@pytest.mark.asyncio
async def test_the_confirmation_is_sent():
    emails = FakeEmailClient()
    service = OrderService(
        InMemoryUserRepository([Customer(1, "ada@example.com")]),
        InMemoryProductRepository([Product(1, "Widget", Decimal("9.99"), 5)]),
        FakePaymentClient(),
        emails,
    )

    await service.place_order(user_id=1, product_id=1, quantity=2)

    assert emails.sent == [("ada@example.com", "Widget", 2)]


# --8<-- [end:sample]


# Expected outcome, checked by the test suite (the page does not show this part).
test_the_confirmation_is_sent = pytest.mark.xfail(
    raises=AssertionError,
    strict=True,
    reason="the email task has not run yet",
)(test_the_confirmation_is_sent)
