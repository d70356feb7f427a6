from aiohttp import web
from aiohttp.test_utils import AioHTTPTestCase

from .tasks_app import TASKS, create_app


class TasksTest(AioHTTPTestCase):
    async def get_application(self) -> web.Application:
        return create_app(token="t0ken")  # a new app for every test

    async def asyncSetUp(self):
        # builds self.app, self.server and self.client: keep it first
        await super().asyncSetUp()
        self.auth = {"Authorization": "Bearer t0ken"}

    # no decorator: each test runs in an event loop of its own
    async def test_get_task(
        self,
    ):
        async with self.client.get("/tasks/1", headers=self.auth) as resp:
            self.assertEqual(resp.status, 200)
            self.assertEqual(await resp.json(), {"id": 1, "title": "write tests"})

    async def test_unknown_task(self):
        async with self.client.get("/tasks/99", headers=self.auth) as resp:
            self.assertEqual(resp.status, 404)
            self.assertEqual(await resp.text(), "no task 99")

    async def test_wrong_token(self):
        async with self.client.get(
            "/tasks/1", headers={"Authorization": "Bearer nope"}
        ) as resp:
            self.assertEqual(resp.status, 401)
            self.assertEqual(await resp.text(), "missing or wrong token")

    async def test_state_is_per_test(self):
        self.app[TASKS][3] = "only in this test"  # self.app: this test's application
        async with self.client.get("/tasks/3", headers=self.auth) as resp:
            self.assertEqual(resp.status, 200)
