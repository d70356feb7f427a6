import pytest


class SuppressValueError:
    def __init__(self) -> None:
        self.suppressed: list[str] = []

    async def __aenter__(self) -> "SuppressValueError":
        return self

    async def __aexit__(self, exc_type, exc_val, exc_tb) -> bool:
        if isinstance(exc_val, ValueError):
            self.suppressed.append(str(exc_val))
            return True  # a true value swallows the exception
        return False  # anything else goes on


@pytest.mark.asyncio
async def test_value_error_is_suppressed():
    async with SuppressValueError() as ctx:
        raise ValueError("swallowed")
    assert ctx.suppressed == ["swallowed"]  # no exception reached the test


@pytest.mark.asyncio
async def test_other_errors_propagate():
    with pytest.raises(RuntimeError, match="not swallowed"):
        async with SuppressValueError():
            raise RuntimeError("not swallowed")
