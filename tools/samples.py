"""How the suite runs the samples under snippets/ (a pytest plugin)."""

from __future__ import annotations

import asyncio
import gc
import sys
from typing import TYPE_CHECKING

import pytest

from tools import pages

if TYPE_CHECKING:
    import coverage


def is_sample(item: pytest.Item) -> bool:
    return pages.SNIPPETS in item.path.parents


def has_own_config(directory) -> bool:
    """A sample directory with its own pytest configuration (e.g. auto mode), other than the
    reader's Quickstart configuration."""
    from tools.outputs import CONFIG_FILES, READER_CONFIG

    return directory != READER_CONFIG.parent and any(
        (directory / name).is_file() for name in CONFIG_FILES
    )


def pytest_ignore_collect(collection_path, config):
    # Such samples run only as the reader runs them, with their own configuration, through their
    # outputs (tests/test_outputs.py); under the suite's configuration they would behave otherwise.
    if (
        pages.SNIPPETS in collection_path.parents
        and collection_path.is_dir()
        and has_own_config(collection_path)
    ):
        return True
    return None


FAILED_ON_PURPOSE = pytest.StashKey[bool]()


def pytest_configure(config: pytest.Config) -> None:
    # No implicit event loops in this process. On Python 3.11, pytest-asyncio's temporary-loop
    # helper calls asyncio.get_event_loop(), which creates a loop that nobody closes when none was
    # ever set; with warnings as errors, its ResourceWarning fails an unrelated later test.
    asyncio.set_event_loop(None)


@pytest.hookimpl(tryfirst=True, optionalhook=True)
def pytest_xdist_auto_num_workers(config: pytest.Config) -> int | None:
    """`-n auto` (pyproject.toml): the whole suite runs on every core; a run of named files or
    tests stays in one process, where it starts faster and a debugger works."""
    if (
        config.args_source != pytest.Config.ArgsSource.TESTPATHS
        and not config.getoption("update_outputs")
    ):
        return 0
    return None  # xdist counts the cores


def pytest_collection_finish(session: pytest.Session) -> None:
    # Everything imported and collected so far lives until the end of the run: move it out of the
    # garbage collector's sight, so each collection below (after a sample that failed on purpose,
    # after an output run) only scans what the tests created (here: ~50 ms each before, ~10 ms after).
    gc.freeze()


@pytest.hookimpl(wrapper=True)
def pytest_runtest_call(item: pytest.Item):
    try:
        return (yield)
    finally:
        if is_sample(item) and hasattr(sys, "last_value"):
            # pytest keeps the last failure (sys.last_value) for post-mortem debugging. For a sample
            # that fails on purpose, that keeps its frames (coroutines, loops, sockets) alive until a
            # later test fails, and their warnings would surface there. Free them in this test.
            for name in ("last_type", "last_value", "last_traceback", "last_exc"):
                if hasattr(sys, name):
                    delattr(sys, name)
            item.stash[FAILED_ON_PURPOSE] = True


@pytest.hookimpl(trylast=True)
def pytest_runtest_teardown(item: pytest.Item, nextitem):
    # After the fixtures' teardown, inside pytest's unraisable-exception check: what the failure
    # left behind (a never-awaited coroutine, an unclosed loop) is reported on this test.
    if item.stash.get(FAILED_ON_PURPOSE, False):
        gc.collect()


# -- every sample line runs ----------------------------------------------------------------------
# A full run of the suite (`uv run pytest`, no selection) measures which lines of snippets/ ran
# (samples in the suite, scripts in the output checks) and fails if any did not. Exclusions are
# listed, each with its reason, in pyproject.toml ([tool.coverage.*]).

COVERAGE: pytest.StashKey[coverage.Coverage] = pytest.StashKey()
COVERAGE_REPORT = pytest.StashKey[str]()


def is_full_run(config: pytest.Config) -> bool:
    """A run that verifies everything: no selection, and no earlier verification to rely on."""
    from tools import incremental

    option = config.option
    return (
        config.args_source == pytest.Config.ArgsSource.TESTPATHS
        and not incremental.may_leave_out(config)
        and not option.keyword
        and not option.markexpr
        and not option.deselect
        and not getattr(option, "lf", False)
        and not getattr(option, "stepwise", False)
        and not option.collectonly
    )


def is_worker(config: pytest.Config) -> bool:
    return hasattr(config, "workerinput")


def distributed(config: pytest.Config) -> bool:
    return not is_worker(config) and getattr(config.option, "dist", "no") != "no"


def new_coverage(data_file: str | None, **kwargs):
    import tomllib

    import coverage

    listed = tomllib.loads((pages.ROOT / "pyproject.toml").read_text())["tool"][
        "coverage"
    ]["run"]["omit"]
    # Directories with their own configuration run only through their outputs, in copies.
    own_config = [
        f"{d}/*" for d in pages.SNIPPETS.rglob("*") if d.is_dir() and has_own_config(d)
    ]
    return coverage.Coverage(
        source=[str(pages.SNIPPETS)],
        data_file=data_file,
        omit=[*listed, *own_config],
        config_file=str(pages.ROOT / "pyproject.toml"),
        **kwargs,
    )


COVERAGE_DIR = pytest.StashKey[str]()


@pytest.hookimpl(tryfirst=True)
def pytest_sessionstart(session: pytest.Session) -> None:
    config = session.config
    if is_worker(config):
        # A worker of a distributed full run measures what it runs; the controller combines.
        if directory := config.workerinput.get("samples_coverage"):  # type: ignore[attr-defined]
            cov = new_coverage(f"{directory}/samples", data_suffix=True)
            cov.start()
            config.stash[COVERAGE] = cov
    elif is_full_run(config):
        if distributed(config):
            import tempfile

            config.stash[COVERAGE_DIR] = tempfile.mkdtemp(prefix="samples-coverage-")
        else:
            cov = new_coverage(None)
            cov.start()
            config.stash[COVERAGE] = cov


@pytest.hookimpl(optionalhook=True)
def pytest_configure_node(node) -> None:
    if directory := node.config.stash.get(COVERAGE_DIR, None):
        node.workerinput["samples_coverage"] = directory


@pytest.hookimpl(trylast=True)
def pytest_sessionfinish(session: pytest.Session, exitstatus) -> None:
    config = session.config
    if (cov := config.stash.get(COVERAGE, None)) is not None:
        cov.stop()
        if is_worker(config):
            cov.save()  # into the controller's directory
            return
        missing, total = unrun_lines(cov)
    elif directory := config.stash.get(COVERAGE_DIR, None):
        import shutil

        try:
            cov = new_coverage(f"{directory}/samples")
            cov.combine([directory])
            missing, total = unrun_lines(cov)
        finally:
            shutil.rmtree(directory, ignore_errors=True)
    else:
        return
    if missing or not total:
        config.stash[COVERAGE_REPORT] = (
            "These sample lines never ran (every line of snippets/ must run, or be excluded with a "
            "reason in pyproject.toml [tool.coverage]):\n"
            + "\n".join(missing or ["  (nothing was measured)"])
        )
        session.exitstatus = pytest.ExitCode.TESTS_FAILED
    else:
        config.stash[COVERAGE_REPORT] = f"all {total} statements of snippets/ ran"


def unrun_lines(cov) -> tuple[list[str], int]:
    missing, total = [], 0
    for path in sorted(cov.get_data().measured_files()):
        _, statements, _, lines, missing_text = cov.analysis2(path)
        total += len(statements)
        if lines:
            missing.append(
                f"  {pages.Path(path).relative_to(pages.ROOT)}: lines {missing_text}"
            )
    return missing, total


def pytest_terminal_summary(terminalreporter, config) -> None:
    if report := config.stash.get(COVERAGE_REPORT, None):
        terminalreporter.section("samples: every line runs")
        terminalreporter.write_line(report)
