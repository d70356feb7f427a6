import pytest


class Pages:
    """The pages of a paginated API, each fetched when the loop asks for it."""

    def __init__(self, fetch_page):
        self._fetch_page = fetch_page  # async (number) -> (items, has_more)
        self._number = 1
        self._done = False

    def __aiter__(self) -> "Pages":
        return self

    async def __anext__(self) -> list[str]:
        if self._done:
            raise StopAsyncIteration
        items, has_more = await self._fetch_page(self._number)
        self._number += 1  # only after a successful fetch
        self._done = not has_more
        return items


def fake_api(pages: int, fail_once_on: int | None = None):
    """A fake fetch_page; it records each call and fails once on page `fail_once_on`."""
    calls: list[int] = []

    async def fetch_page(number: int) -> tuple[list[str], bool]:
        calls.append(number)
        if number == fail_once_on and calls.count(number) == 1:
            raise ConnectionError("connection reset")
        return [f"item {number}"], number < pages

    return fetch_page, calls


@pytest.mark.asyncio
async def test_all_pages():
    fetch_page, calls = fake_api(pages=3)
    assert [page async for page in Pages(fetch_page)] == [
        ["item 1"],
        ["item 2"],
        ["item 3"],
    ]
    assert calls == [1, 2, 3]


@pytest.mark.asyncio
async def test_a_failed_page_can_be_retried():
    fetch_page, calls = fake_api(pages=3, fail_once_on=2)
    pages = Pages(fetch_page)
    got = []
    with pytest.raises(ConnectionError):
        async for page in pages:
            got.append(page)
    assert got == [["item 1"]]

    async for page in pages:  # unlike a generator, the object kept its place
        got.append(page)
    assert got == [["item 1"], ["item 2"], ["item 3"]]
    assert calls == [1, 2, 2, 3]
