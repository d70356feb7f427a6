"""One Chromium serves the browser tests that run one after another, across modules, and is closed
before a test of another module that needs none (tests/conftest.py): that test's asyncio.run()
must not find Playwright's event loop running in the thread, nor must the session's event loop
when it is closed at the end of the run."""

import sys
import types
from pathlib import Path

import pytest

from .conftest import CHROMIUM

pytestmark = pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="no Chromium here")

# Each browser test keeps the browser it was given (the objects, not their ids: a closed browser's
# id may be reused), in a module both runs can reach.
BROWSER_TEST = """
import sys


def test_{name}(browser):
    assert browser.is_connected()
    sys.modules["seen_browsers"].browsers.append(browser)
"""

NO_BROWSER_TEST = """
import asyncio


def test_asyncio_run_works_after_a_browser_test():
    assert asyncio.run(asyncio.sleep(0, result="ran")) == "ran"
"""


def run_modules(pytester, monkeypatch, **modules: str):
    """Run the test modules, in their order, with this project's browser fixtures: the run's result,
    and the browsers the browser tests were given."""
    seen = types.ModuleType("seen_browsers")
    seen.browsers = []
    monkeypatch.setitem(sys.modules, "seen_browsers", seen)
    pytester.makeini("[pytest]\nasyncio_default_fixture_loop_scope = function\n")
    pytester.makepyfile(**modules)
    result = pytester.runpytest_inprocess(
        "-p", "tests.conftest", "-p", "no:randomly", "-p", "no:cacheprovider"
    )
    return result, seen.browsers


def test_consecutive_browser_tests_share_one_chromium_and_others_get_none(
    pytester, monkeypatch
):
    result, browsers = run_modules(
        pytester,
        monkeypatch,
        test_1_first=BROWSER_TEST.format(name="first"),
        test_2_second=BROWSER_TEST.format(name="second"),
        test_3_no_browser=NO_BROWSER_TEST,
        test_4_third=BROWSER_TEST.format(name="third"),
    )
    result.assert_outcomes(passed=4)
    first, second, third = browsers
    assert first is second, "two modules one after another started two browsers"
    assert third is not first, "the browser stayed open over a test that needs none"
    assert not third.is_connected(), "the browser outlived the run"


SESSION_LOOP_TEST = """
import pytest
import pytest_asyncio


@pytest_asyncio.fixture(scope="session", loop_scope="session")
async def resource():
    yield "open"


@pytest.mark.asyncio(loop_scope="session")
async def test_on_the_session_loop(resource):
    assert resource == "open"
"""


def test_a_run_that_ends_with_a_browser_test_closes_the_session_loop_cleanly(
    pytester, monkeypatch
):
    """The session's event loop and its async fixture, set up after the browser started, are
    closed after the last test: by then the browser is closed (an error at teardown otherwise)."""
    result, browsers = run_modules(
        pytester,
        monkeypatch,
        test_1_first=BROWSER_TEST.format(name="first"),
        test_2_session_loop=SESSION_LOOP_TEST,
        test_3_last=BROWSER_TEST.format(name="last"),
    )
    result.assert_outcomes(passed=3)
    assert not any(browser.is_connected() for browser in browsers)
