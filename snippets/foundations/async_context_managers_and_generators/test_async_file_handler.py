from pathlib import Path

import aiofiles
import pytest


class AsyncFileHandler:
    """Handles async file operations"""

    async def read_lines(self, filepath: Path) -> list[str]:
        async with aiofiles.open(filepath, encoding="utf-8") as f:
            contents = await f.read()
        return contents.splitlines()

    async def write_lines(self, filepath: Path, lines: list[str]) -> None:
        async with aiofiles.open(filepath, mode="w", encoding="utf-8") as f:
            await f.write("\n".join(lines))


@pytest.mark.asyncio
async def test_read_write_lines(tmp_path: Path):
    handler = AsyncFileHandler()
    path = tmp_path / "lines.txt"  # a fresh directory for each test, kept by pytest
    lines = ["Line 1", "Line 2", "Line 3"]

    await handler.write_lines(path, lines)

    assert path.read_text(encoding="utf-8") == "Line 1\nLine 2\nLine 3"
    assert await handler.read_lines(path) == lines


@pytest.mark.asyncio
async def test_reading_a_missing_file(tmp_path: Path):
    with pytest.raises(FileNotFoundError):
        await AsyncFileHandler().read_lines(tmp_path / "missing.txt")
