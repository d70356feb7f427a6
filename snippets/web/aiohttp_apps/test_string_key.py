# --8<-- [start:sample]
from aiohttp import web


def test_string_key():
    app = web.Application()
    app["store"] = {}  # a plain string as key, as older tutorials do


# --8<-- [end:sample]


# Expected outcome, checked by the test suite (the page does not show this part).
import pytest  # noqa: E402

pytestmark = pytest.mark.xfail(
    raises=web.NotAppKeyWarning, strict=True, reason="warnings are errors"
)
