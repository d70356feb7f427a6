# --8<-- [start:sample]
from aiohttp import web
from aiohttp.test_utils import AioHTTPTestCase

from .tasks_app import create_app


class TasksTest(AioHTTPTestCase):
    async def get_application(self) -> web.Application:
        return create_app(token="t0ken")

    async def asyncSetUp(self):
        self.auth = {"Authorization": "Bearer t0ken"}  # no `await super().asyncSetUp()`

    async def test_get_task(self):
        async with self.client.get("/tasks/1", headers=self.auth) as resp:
            self.assertEqual(resp.status, 200)


# --8<-- [end:sample]


# Expected outcome, checked by the test suite (the page does not show this part).
import pytest  # noqa: E402

pytestmark = pytest.mark.xfail(
    raises=AttributeError, strict=True, reason="no self.client without super()"
)
