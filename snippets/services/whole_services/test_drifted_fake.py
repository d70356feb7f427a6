# --8<-- [start:sample]
import pytest

from .fakes import InMemoryProductRepository
from .orders import Product
from .test_contracts import (  # run here, on this `products`
    test_a_product_by_id,
    test_prices_are_exact,
)


@pytest.fixture
def products():
    # The fake as the tutorial wrote it: a price as a float.
    return InMemoryProductRepository(
        [Product(id=1, name="Widget", price=9.99, stock=5)]
    )


# --8<-- [end:sample]


# Expected outcome, checked by the test suite (the page does not show this part).
pytestmark = pytest.mark.xfail(
    raises=AssertionError, strict=True, reason="the fake's price is a float"
)
