from decimal import Decimal

import pytest

from .composition import Settings, order_service
from .fake_apis import CHARGES, EMAILS
from .servers import needs_postgres

pytestmark = needs_postgres


@pytest.fixture
def settings(database_url, apis_url):
    # A schema of the test's own, and the fake APIs on loopback: the same code as in production.
    return Settings(
        database_url=database_url, payments_url=apis_url, emails_url=apis_url
    )


@pytest.mark.asyncio
async def test_an_order_from_end_to_end(settings, pool, apis):
    await pool.execute("INSERT INTO users (id, email) VALUES (1, 'ada@example.com')")
    await pool.execute("INSERT INTO products VALUES (1, 'Widget', 9.99, 5)")

    async with order_service(settings) as service:
        result = await service.place_order(user_id=1, product_id=1, quantity=3)

    assert result == {
        "order_id": "txn_1",
        "total": Decimal("29.97"),
        "status": "confirmed",
    }
    assert apis.app[CHARGES] == [{"user_id": 1, "amount": "29.97"}]
    assert apis.app[EMAILS] == [  # sent before order_service() closed its sessions
        {
            "to": "ada@example.com",
            "template": "order_confirmation",
            "product": "Widget",
            "quantity": 3,
        }
    ]


@pytest.mark.asyncio
async def test_a_declined_payment(settings, pool, apis):
    await pool.execute("INSERT INTO users (id, email) VALUES (1, 'ada@example.com')")
    await pool.execute("INSERT INTO products VALUES (2, 'Piano', 999.99, 5)")

    async with order_service(settings) as service:
        with pytest.raises(RuntimeError, match="Payment failed"):
            # 1999.98 is over the limit
            await service.place_order(user_id=1, product_id=2, quantity=2)

    assert apis.app[EMAILS] == []
