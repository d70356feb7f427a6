"""The suite runs samples with the configuration the Quickstart gives readers."""

import tomllib

from tools import outputs, pages

ASYNCIO_SETTINGS = ("asyncio_mode", "asyncio_default_fixture_loop_scope", "asyncio_default_test_loop_scope")


def test_suite_and_reader_share_the_asyncio_settings():
    project = tomllib.loads((pages.ROOT / "pyproject.toml").read_text())["tool"]["pytest"]
    reader = tomllib.loads(outputs.READER_CONFIG.read_text())["tool"]["pytest"]
    for key in ASYNCIO_SETTINGS:
        assert project.get(key) == reader.get(key), (
            f"pyproject.toml sets {key} = {project.get(key)!r} but the reader's configuration "
            f"({outputs.READER_CONFIG.relative_to(pages.ROOT)}) sets {reader.get(key)!r}")
