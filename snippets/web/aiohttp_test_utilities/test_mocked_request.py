import json

import pytest
from aiohttp import web
from aiohttp.test_utils import make_mocked_request

from .tasks_app import create_app, get_task

AUTH = {"Authorization": "Bearer s3cret"}


@pytest.mark.asyncio
async def test_get_task_without_a_server():
    request = make_mocked_request(
        "GET",
        "/tasks/2",
        headers=AUTH,
        match_info={
            "task_id": "2"
        },  # no router runs: give the path's parameters yourself
        app=create_app(),  # the handler reads request.app[API_TOKEN] and request.app[TASKS]
    )

    response = await get_task(request)  # the handler is just a coroutine function

    assert response.status == 200
    assert json.loads(response.text) == {"id": 2, "title": "run them"}


@pytest.mark.asyncio
async def test_wrong_token_raises():
    request = make_mocked_request(
        "GET",
        "/tasks/2",
        headers={"Authorization": "Bearer nope"},
        match_info={"task_id": "2"},
        app=create_app(),
    )

    # No server turns the exception into a 401 response: the test receives the exception.
    with pytest.raises(web.HTTPUnauthorized) as excinfo:
        await get_task(request)
    assert excinfo.value.status == 401
    assert excinfo.value.text == "missing or wrong token"
