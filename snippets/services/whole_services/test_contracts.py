"""One suite, run against the fake and against the real implementation: the fake cannot drift."""

from decimal import Decimal

import pytest
import pytest_asyncio

from .adapters import PostgresProductRepository, PostgresUserRepository
from .fakes import InMemoryProductRepository, InMemoryUserRepository
from .orders import Customer, Product
from .servers import needs_postgres

ADA = Customer(id=1, email="ada@example.com")
WIDGET = Product(id=1, name="Widget", price=Decimal("9.99"), stock=5)


@pytest.fixture
def in_memory():
    return InMemoryUserRepository([ADA]), InMemoryProductRepository([WIDGET])


@pytest_asyncio.fixture
async def postgres(pool):
    await pool.execute(
        "INSERT INTO users (id, email) VALUES ($1, $2)", ADA.id, ADA.email
    )
    await pool.execute(
        "INSERT INTO products VALUES ($1, $2, $3, $4)",
        WIDGET.id,
        WIDGET.name,
        WIDGET.price,
        WIDGET.stock,
    )
    return PostgresUserRepository(pool), PostgresProductRepository(pool)


@pytest.fixture(params=["in_memory", pytest.param("postgres", marks=needs_postgres)])
def repositories(request):
    """Each test below runs twice: with the fakes, then with the real repositories."""
    return request.getfixturevalue(request.param)


@pytest.fixture
def users(repositories):
    return repositories[0]


@pytest.fixture
def products(repositories):
    return repositories[1]


@pytest.mark.asyncio
async def test_a_user_by_id(users):
    assert await users.get_by_id(1) == ADA


@pytest.mark.asyncio
async def test_an_unknown_user_is_none(users):
    assert await users.get_by_id(999) is None


@pytest.mark.asyncio
async def test_a_product_by_id(products):
    assert await products.get_by_id(1) == WIDGET


@pytest.mark.asyncio
async def test_an_unknown_product_is_none(products):
    assert await products.get_by_id(999) is None


@pytest.mark.asyncio
async def test_prices_are_exact(products):
    assert (await products.get_by_id(1)).price * 3 == Decimal("29.97")
