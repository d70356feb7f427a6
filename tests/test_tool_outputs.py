"""The outputs tool's own logic (tools/outputs.py), on small inline inputs: every rule of the
normaliser, how it reads an output's command, and which runs it keeps out of the suite's process."""

import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

from tools import outputs

PROJECT = Path("/tmp/tmpabc123/project")
STDLIB = sysconfig.get_paths()["stdlib"]
SITE_PACKAGES = sysconfig.get_paths()["purelib"]


@pytest.mark.parametrize(
    ("raw", "normalised"),
    [
        # where the reader's project and pytest's tmp_path are
        (f"rootdir: {PROJECT}", "rootdir: /home/reader/project"),
        (
            f"{PROJECT.parent}/basetemp/test_x0/f.txt",
            "/tmp/pytest-of-reader/pytest-0/test_x0/f.txt",
        ),
        (
            "/tmp/pytest-of-root/pytest-17/test_x0",
            "/tmp/pytest-of-reader/pytest-0/test_x0",
        ),
        (f"{PROJECT.parent}/other", "/tmp/other"),
        # the virtual environment, the standard library, pytest's relative paths to them
        (
            f"{SITE_PACKAGES}/aiohttp/client.py",
            "/venv/lib/python3/site-packages/aiohttp/client.py",
        ),
        (
            "../../../root/.venv/lib/python3.11/site-packages/yarl/_url.py",
            "/venv/lib/python3/site-packages/yarl/_url.py",
        ),
        # the patch release: standard-library line numbers, and the version pytest prints
        (
            f"{STDLIB}/asyncio/base_events.py:653: in run_until_complete",
            "/usr/lib/python3/asyncio/base_events.py:NNN: in run_until_complete",
        ),
        (
            f'  File "{STDLIB}/asyncio/runners.py", line 118, in run',
            '  File "/usr/lib/python3/asyncio/runners.py", line NNN, in run',
        ),
        (
            "platform linux -- Python 3.11.9, pytest-9.2.0",
            "platform linux -- Python 3.11.x, pytest-9.2.0",
        ),
        # what changes on every run
        ("===== 1 passed in 3.57s =====", "===== 1 passed in 0.12s ====="),
        ("0.31s call     test_x.py::test_a", "0.01s call     test_x.py::test_a"),
        ("GET http://127.0.0.1:41873/users", "GET http://127.0.0.1:54321/users"),
        (
            "<Task at 0x7f3a2b1c9d80> <Future at 0x7f3a2b1c9e10> <Task at 0x7f3a2b1c9d80>",
            "<Task at 0x000000000001> <Future at 0x000000000002> <Task at 0x000000000001>",
        ),
        (
            "plugins: respx-0.23.1, anyio-4.16.0, asyncio-1.5.0",
            "plugins: anyio-4.16.0, asyncio-1.5.0, respx-0.23.1",
        ),
        # trailing spaces and blank lines
        ("line   \n\n\n", "line"),
    ],
)
def test_normaliser_rule(raw, normalised):
    assert outputs.normalise(raw, PROJECT) == normalised + "\n"


def test_two_patch_releases_give_the_same_output():
    """What 3.11.7 and 3.11.9 print differs in standard-library line numbers; the outputs do not."""
    older = f'{STDLIB}/asyncio/base_events.py:653: in run_until_complete\n  File "{STDLIB}/asyncio/runners.py", line 118\n'
    newer = f'{STDLIB}/asyncio/base_events.py:691: in run_until_complete\n  File "{STDLIB}/asyncio/runners.py", line 120\n'
    assert outputs.normalise(older, PROJECT) == outputs.normalise(newer, PROJECT)


def test_wall_clock_figures_only_where_the_command_says_so():
    text = "fetched 100 in 1.9 ms, p95 23ms, total 0.8 s\nloop time: 5.0"
    assert (
        outputs.normalise(text, PROJECT, timings=True)
        == "fetched 100 in 0.12 ms, p95 0.12ms, total 0.12 s\nloop time: 5.0\n"
    )
    assert outputs.normalise(text, PROJECT) == text + "\n"


def output_file(
    tmp_path, first_line: str, config: str = "", sample: str = ""
) -> outputs.Output:
    path = tmp_path / "x.out"
    path.write_text(first_line + "\nbody\n", encoding="utf-8")
    if config:
        (tmp_path / "pyproject.toml").write_text(config, encoding="utf-8")
    if sample:
        (tmp_path / "test_x.py").write_text(sample, encoding="utf-8")
    return outputs.Output(path)


def test_the_command_is_the_first_line_and_a_comment_is_kept(tmp_path):
    output = output_file(tmp_path, "$ python bench.py --fast  # timings vary")
    assert output.command == ["python", "bench.py", "--fast"]
    assert output.timings_vary
    assert not output_file(tmp_path, "$ pytest test_x.py -q").timings_vary


@pytest.mark.parametrize("first_line", ["pytest test_x.py", "$ rm -rf /"])
def test_a_bad_first_line_names_the_file(tmp_path, first_line):
    with pytest.raises(ValueError, match=r"x\.out"):
        _ = output_file(tmp_path, first_line).command


def test_tooling_plugins_are_off_unless_the_reader_uses_them(tmp_path):
    hidden = outputs.hidden_pytest_args(output_file(tmp_path, "$ pytest test_x.py"))
    assert {"no:xdist", "no:randomly", "no:socket"} <= set(hidden)
    hidden = outputs.hidden_pytest_args(
        output_file(tmp_path, "$ pytest -n 2 -p randomly test_x.py")
    )
    assert (
        "no:xdist" not in hidden
        and "no:randomly" not in hidden
        and "no:socket" in hidden
    )
    hidden = outputs.hidden_pytest_args(
        output_file(
            tmp_path, "$ pytest test_x.py", config='addopts = ["--disable-socket"]'
        )
    )
    assert "no:socket" not in hidden


def test_runs_that_would_end_the_suite_run_in_a_subprocess(tmp_path):
    assert not outputs.runs_only_in_a_subprocess(
        output_file(tmp_path, "$ pytest test_x.py")
    )
    assert outputs.runs_only_in_a_subprocess(
        output_file(tmp_path, "$ pytest -n 2 test_x.py")
    )
    assert outputs.runs_only_in_a_subprocess(
        output_file(
            tmp_path,
            "$ pytest test_x.py",
            config='[tool.pytest]\ntimeout = 0.2\ntimeout_method = "thread"\n',
        )
    )
    assert outputs.runs_only_in_a_subprocess(
        output_file(tmp_path, "$ pytest --timeout=1 test_x.py")
    )
    assert outputs.runs_only_in_a_subprocess(
        output_file(
            tmp_path,
            "$ pytest test_x.py",
            sample='@pytest.mark.timeout(0.1, method="thread")\n',
        )
    )


def test_a_thread_ident_is_normalised_and_the_title_stays_centred():
    raw = "~~~~~~~~~~~~~~~~~~~~ Stack of MainThread (140622914698112) ~~~~~~~~~~~~~~~~~~~~~"
    other = (
        "~~~~~~~~~~~~~~~~~~~~~ Stack of MainThread (99622914698) ~~~~~~~~~~~~~~~~~~~~~~"
    )
    assert outputs.normalise(raw, PROJECT) == outputs.normalise(other, PROJECT)
    assert len(outputs.normalise(raw, PROJECT).rstrip("\n")) in (79, 80)


def test_counts_are_normalised_only_where_the_command_says_so():
    text = "E       assert (66363 - 61800) < 1000\ncollected 12 items"
    assert outputs.normalise(text, PROJECT, counts=True) == (
        "E       assert (NNNNN - NNNNN) < 1000\ncollected 12 items\n"
    )
    assert outputs.normalise(text, PROJECT) == text + "\n"


PREIMPORT_CHECK = """
import importlib, sys, warnings
from _pytest.pytester import SysModulesSnapshot
from tools.outputs import PRELOADED

warnings.simplefilter("error")
for name in PRELOADED:
    importlib.import_module(name)
from sqlalchemy.ext.asyncio import create_async_engine

for attempt in range(2):
    # What an in-process output run does: whatever it imported is gone when it ends.
    snapshot = SysModulesSnapshot()
    importlib.import_module("sqlalchemy.dialects.postgresql.asyncpg")
    importlib.import_module("sqlalchemy.dialects.sqlite.aiosqlite")
    create_async_engine("postgresql+asyncpg://postgres@127.0.0.1/test")
    create_async_engine("sqlite+aiosqlite://")
    snapshot.restore()
print("ok")
"""


def run_in_a_new_python(code: str) -> subprocess.CompletedProcess:
    """A process whose modules this suite has not imported yet."""
    return subprocess.run(
        [sys.executable, "-c", code],
        cwd=outputs.pages.ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_what_an_in_process_run_imports_again_does_no_harm():
    """A sample's imports, undone after an in-process output run and done again in the suite's
    process, neither crash it nor warn (a warning is an error there)."""
    result = run_in_a_new_python(PREIMPORT_CHECK)
    assert result.stdout.strip() == "ok", result.stderr[-2000:]


@pytest.mark.parametrize(
    ("sample", "preloads"),
    [
        ("import fakeredis\n", True),  # fakeredis imports redis
        ('URL = "postgresql+asyncpg://postgres@127.0.0.1/test"\n', True),
        ("from sqlalchemy import text\n", True),
        ("import aiohttp\n", False),  # the suite's pytest-aiohttp has imported it
        ("import asyncio\n", False),
    ],
)
def test_only_an_output_that_names_a_module_imported_on_demand_preloads(
    tmp_path, sample, preloads
):
    (tmp_path / "helpers").mkdir()
    (tmp_path / "helpers" / "store.py").write_text(sample, encoding="utf-8")
    (tmp_path / "test_x.py").write_text("def test_x():\n    pass\n", encoding="utf-8")
    output = outputs.Output(tmp_path / "x.out")
    assert outputs.may_import_a_preloaded_module(output) is preloads


NOT_PRELOADED_CHECK = """
import sys
from tools.outputs import NotPreloaded

sys.meta_path.insert(0, NotPreloaded())
import colorsys  # anything else imports as usual
try:
    import sqlalchemy.ext.asyncio
except ImportError as error:
    print(error)
print("sqlalchemy" in sys.modules)
"""


def test_an_unnamed_module_imported_on_demand_fails_to_import_in_process():
    """A run without the preload cannot import SQLAlchemy for the first time (and leave it to be
    imported again): its output then differs, and check() takes the subprocess's."""
    result = run_in_a_new_python(NOT_PRELOADED_CHECK)
    assert result.stdout.splitlines() == [
        "sqlalchemy is imported by an in-process output run but was not preloaded "
        "(tools/outputs.py: IMPORTED_ON_DEMAND)",
        "False",
    ], result.stderr[-2000:]
