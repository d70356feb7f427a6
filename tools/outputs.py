"""Outputs shown on pages, produced by real runs of the samples.

An output file `snippets/<page>/<name>.out` sits beside the sample it runs. Its first line is the
command the page tells the reader to type (`$ pytest test_x.py -v` or `$ python x.py`); the rest
is what that command printed, normalised so that it does not depend on the machine.

    uv run pytest --update-outputs      # rewrite every output from a fresh run

A run copies the output's directory into an empty project directory, adds the reader's
configuration from the Quickstart when the directory has none, fixes the environment (terminal
width, no CI variables, no colours) and runs the command there. Each file is copied as the page
shows it (tools.pages.as_shown): a sample that fails on purpose declares its expected outcome
after its `sample` section, for the suite, and that declaration is not part of the reader's run.

Checking first runs pytest in-process (fast); only when that differs from the committed file does
it run the command in a subprocess, which is the ground truth and what `--update-outputs` uses.
"""

from __future__ import annotations

import contextlib
import difflib
import gc
import importlib.abc
import io
import os
import re
import runpy
import shlex
import subprocess
import sys
import sysconfig
import tempfile
import warnings
from dataclasses import dataclass
from pathlib import Path

import pytest

from tools import pages

# What a reader's project holds (tools/reader_project.py; the site's downloads use it too).
from tools.reader_project import CONFIG_FILES as CONFIG_FILES
from tools.reader_project import OPTIONAL_PLUGINS, TOOLING_PLUGINS, prepare_directory
from tools.reader_project import READER_CONFIG as READER_CONFIG

PROJECT_DIR = "/home/reader/project"  # what the reader's directory is called in outputs
TMP_PATH_BASE = (
    "/tmp/pytest-of-reader/pytest-0"  # where pytest's tmp_path directories are
)
# A tooling plugin stays on in a reader's run where the page's command or the sample's own
# configuration uses it (e.g. the pages about forbidding the network and about pytest-xdist).
KEPT_WHEN_USED = dict(OPTIONAL_PLUGINS.values())


def own_configuration(output: Output) -> str:
    return " ".join(
        p.read_text(encoding="utf-8")
        for name in CONFIG_FILES
        if (p := output.path.parent / name).is_file()
    )


def hidden_pytest_args(output: Output) -> list[str]:
    """Our tooling plugins are off in a reader's run unless the reader uses them."""
    used = output.first_line + " " + own_configuration(output)
    keep = {name for name, pattern in KEPT_WHEN_USED.items() if pattern.search(used)}
    if "xdist" in keep:
        keep.add("xdist.looponfail")
    return [
        arg
        for name in TOOLING_PLUGINS
        if name not in keep
        for arg in ("-p", f"no:{name}")
    ]


# pytest-timeout: its thread method ends the process (os._exit); its signal method arms SIGALRM,
# and an inner run that ends with the alarm armed and the default handler back kills the worker.
PYTEST_TIMEOUT_CONFIG = re.compile(r"^\s*timeout\s*=|--timeout\b", re.MULTILINE)


def runs_only_in_a_subprocess(output: Output) -> bool:
    """Runs that could take the suite's process down with them (pytest-timeout; pytest-xdist
    starts workers of its own), or whose output an in-process run cannot see."""
    used = output.first_line + " " + own_configuration(output)
    samples = " ".join(
        p.read_text(encoding="utf-8") for p in output.path.parent.glob("*.py")
    )
    return bool(
        PYTEST_TIMEOUT_CONFIG.search(used)
        or "mark.timeout(" in samples
        or KEPT_WHEN_USED["xdist"].search(used)
        # faulthandler writes to the process's stderr, which an in-process run does not see
        or "faulthandler_timeout" in used
    )


ENV_REMOVED = (
    "CI",
    "BUILD_NUMBER",
    "PYTEST_ADDOPTS",
    "PYTEST_PLUGINS",
    "PY_COLORS",
    "FORCE_COLOR",
    "NO_COLOR",
    "PYTHONWARNINGS",
    "PYTHONASYNCIODEBUG",
    "PYTHONDEVMODE",
    "PYTEST_XDIST_WORKER",
    "PYTEST_XDIST_WORKER_COUNT",
    "PYTEST_XDIST_TESTRUNUID",
    "COV_CORE_SOURCE",
    "COV_CORE_CONFIG",
    "COV_CORE_DATAFILE",
    "COVERAGE_PROCESS_START",
    "PYTEST_CURRENT_TEST",
    # Let pytest cache its assertion-rewritten plugins: the next run starts faster.
    "PYTHONDONTWRITEBYTECODE",
)
ENV_FIXED = {
    "COLUMNS": "80",
    "LINES": "24",
    "LANG": "C.UTF-8",
    "TZ": "UTC",
    "PYTHONHASHSEED": "0",
    "PYTHONUNBUFFERED": "1",
    "TERM": "dumb",
}
# The interpreter's default warning filters (what `python` or `pytest` starts with), not the suite's.
WARNING_FILTERS = [
    ("default", None, DeprecationWarning, "__main__", 0),
    ("ignore", None, DeprecationWarning, None, 0),
    ("ignore", None, PendingDeprecationWarning, None, 0),
    ("ignore", None, ImportWarning, None, 0),
    ("ignore", None, ResourceWarning, None, 0),
]


@dataclass(frozen=True)
class Output:
    path: Path  # absolute

    @property
    def rel(self) -> Path:
        return self.path.relative_to(pages.ROOT)

    @property
    def first_line(self) -> str:
        """The command as the page shows it, with any trailing `# comment` (kept as written)."""
        first = self.path.read_text(encoding="utf-8").partition("\n")[0]
        if not first.startswith("$ "):
            raise ValueError(
                f"{self.rel}: the first line must be the command, e.g. `$ pytest test_x.py`"
            )
        return first

    @property
    def timings_vary(self) -> bool:
        """`$ python bench.py  # timings vary`: the output prints wall-clock figures, which are
        normalised like durations (the comment tells the reader so)."""
        return bool(re.search(r"\s#.*\btimings vary\b", self.first_line))

    @property
    def counts_vary(self) -> bool:
        """`$ pytest test_x.py  # object counts vary`: process-wide counts (objects, memory), which
        change with the Python patch release and the installed packages: normalised to NNNNN."""
        return bool(re.search(r"\s#.*\bcounts vary\b", self.first_line))

    @property
    def command(self) -> list[str]:
        first = self.first_line
        argv = shlex.split(first[2:], comments=True)
        if not argv or argv[0] not in ("pytest", "python"):
            raise ValueError(
                f"{self.rel}: only `pytest ...` and `python ...` commands can be run, not {first!r}"
            )
        return argv

    @property
    def shown_on(self) -> list[str]:
        return [inc.where for inc in pages.all_includes() if inc.path == str(self.rel)]


def discover() -> list[Output]:
    return [Output(p) for p in sorted(pages.SNIPPETS.rglob("*.out"))]


def prepare(output: Output, project: Path) -> None:
    """Copy the sample's directory into an empty project directory, as the reader would have it."""
    prepare_directory(output.path.parent, project)


# Its sitecustomize.py blocks non-loopback connections.
HERMETIC = Path(__file__).parent / "hermetic"


def fixed_environ() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ENV_REMOVED}
    env.update(ENV_FIXED)
    env["PYTHONPATH"] = os.pathsep.join(
        filter(None, [str(HERMETIC), env.get("PYTHONPATH")])
    )
    return env


def run_subprocess(output: Output) -> str:
    argv = output.command
    bindir = Path(sys.executable).parent
    exe = bindir / argv[0] if argv[0] == "pytest" else Path(sys.executable)
    extra = hidden_pytest_args(output) if argv[0] == "pytest" else []
    with tempfile.TemporaryDirectory() as tmp:
        project = Path(tmp) / "project"
        prepare(output, project)
        proc = subprocess.run(
            [str(exe), *argv[1:], *extra],
            cwd=project,
            env=fixed_environ(),
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            timeout=120,
        )
        return render(output, proc.stdout, project)


def run_inprocess(output: Output, pytester, monkeypatch) -> str | None:
    """Run the command inside this process (pytester for pytest, runpy for a script); None where
    that is not possible. Running here is fast, and the suite's coverage sees the sample's lines."""
    argv = output.command
    project = pytester.path / "project"
    prepare(output, project)
    for name in ENV_REMOVED:
        monkeypatch.delenv(name, raising=False)
    for name, value in ENV_FIXED.items():
        monkeypatch.setenv(name, value)
    monkeypatch.chdir(project)
    if not _preloaded:
        if may_import_a_preloaded_module(output):
            preload()
        else:
            monkeypatch.setattr(sys, "meta_path", [NotPreloaded(), *sys.meta_path])
    if argv[0] == "python":
        return run_script_inprocess(output, project, monkeypatch)
    # record=True: a warning the inner pytest raises while it configures itself (and shows in its
    # own output) would otherwise reach the outer run's warnings summary too.
    with warnings.catch_warnings(record=True):
        warnings.filters[:] = WARNING_FILTERS  # type: ignore[index]  # not the outer suite's `error` filter
        result = pytester.runpytest_inprocess(*argv[1:], *hidden_pytest_args(output))
        text = "\n".join(result.outlines + result.errlines)
        # Drop the inner run's last failure (kept for post-mortem debugging): it keeps the sample's
        # frames alive, as does the record of the inner run's hook calls (pytester's reprec).
        # tests/test_outputs.py collects the rest once pytester is torn down.
        # (A run that pytest itself could not finish has a stand-in without the record.)
        if (
            calls := getattr(getattr(result, "reprec", None), "calls", None)
        ) is not None:
            calls.clear()
        del result
        for name in ("last_type", "last_value", "last_traceback", "last_exc"):
            if hasattr(sys, name):
                delattr(sys, name)
    return render(
        output, text + "".join(f"\n{line}" for line in warnings_at_exit()), project
    )


def collect_quietly() -> list[warnings.WarningMessage]:
    """Free what an in-process run left behind, as a subprocess frees it at exit: the warnings it
    raises are returned, not shown, and the suite's unraisable-exception check does not see it."""
    hook, sys.unraisablehook = sys.unraisablehook, lambda unraisable: None
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            gc.collect()
    finally:
        sys.unraisablehook = hook
    return caught


def warnings_at_exit() -> list[str]:
    """What `python` prints as it exits after such a run: a coroutine that the failed sample never
    awaited is finalised then, and warned about from `sys:1`."""
    lines = [
        f"sys:1: {w.category.__name__}: {w.message}"
        for w in collect_quietly()
        if issubclass(w.category, RuntimeWarning)
        and "was never awaited" in str(w.message)
    ]
    return list(dict.fromkeys(lines))  # `python` warns once per message from one place


def run_script_inprocess(output: Output, project: Path, monkeypatch) -> str | None:
    argv = output.command
    if len(argv) < 2 or argv[1].startswith("-"):
        return None
    # The original file, so that coverage counts its lines.
    source = output.path.parent / argv[1]
    monkeypatch.setattr(sys, "argv", argv[1:])
    monkeypatch.syspath_prepend(str(source.parent))
    buffer = io.StringIO()
    with (
        warnings.catch_warnings(),
        contextlib.redirect_stdout(buffer),
        contextlib.redirect_stderr(buffer),
    ):
        warnings.filters[:] = WARNING_FILTERS  # type: ignore[index]  # a list at run time
        try:
            runpy.run_path(str(source), run_name="__main__")
        # A traceback printed by `python` differs: use the subprocess.
        except BaseException:
            return None
    return render(
        output, buffer.getvalue().replace(str(source.parent), str(project)), project
    )


def render(output: Output, text: str, project: Path) -> str:
    text = normalise(
        text, project, timings=output.timings_vary, counts=output.counts_vary
    )
    return f"{output.first_line}\n{text}"


THREAD_STACK = re.compile(r"^~+ Stack of (.+) \(\d+\) ~+$", re.MULTILINE)


def separator(title: str, char: str, width: int = 80) -> str:
    """A title centred in a line of `char`, as pytest's terminal writer draws it (`sep()`)."""
    n = max((width - len(title) - 2) // 2, 1)
    line = f"{char * n} {title} {char * n}"
    return line + char if len(line) + 1 <= width else line


STDLIB_LINE = re.compile(r'(/usr/lib/python3/[^\s:"]+\.py)(:\d+|", line \d+)')
WALL_CLOCK_FIGURE = re.compile(r"\b\d+(?:\.\d+)?(\s?)(ns|us|µs|ms|s)\b")


def normalise(
    text: str, project: Path, timings: bool = False, counts: bool = False
) -> str:
    """Remove what varies from machine to machine and run to run."""
    if timings:
        # Every figure with a time unit: 0.12 in that unit, as for pytest's durations.
        text = WALL_CLOCK_FIGURE.sub(r"0.12\1\2", text)
    if counts:  # every number of five digits or more
        text = re.sub(r"(?<![\w.])\d{5,}(?![\w.])", "NNNNN", text)
    # pytest's tmp_path: in-process runs get pytester's --basetemp, subprocesses the default one.
    text = text.replace(str(project.parent / "basetemp"), TMP_PATH_BASE)
    text = text.replace(str(project), PROJECT_DIR).replace(str(project.parent), "/tmp")
    text = re.sub(r"/tmp/pytest-of-[^/\s]+/pytest-\d+", TMP_PATH_BASE, text)
    for prefix in {sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]}:
        text = text.replace(prefix, "/venv/lib/python3/site-packages")
    text = text.replace(sysconfig.get_paths()["stdlib"], "/usr/lib/python3")
    # Line numbers in the standard library change between patch releases (3.11.7 and 3.11.9 differ),
    # and neither readers nor CI have this machine's: `base_events.py:653` -> `base_events.py:NNN`.
    text = STDLIB_LINE.sub(
        lambda m: m[1] + (":NNN" if m[2].startswith(":") else '", line NNN'), text
    )
    # pytest shows files outside the rootdir relative to it: ../../<wherever the venv is>/site-packages/
    text = re.sub(
        r"(?:\.\./)+[^\s:]*?site-packages/", "/venv/lib/python3/site-packages/", text
    )
    text = text.replace(str(pages.ROOT), PROJECT_DIR)
    text = re.sub(r"Python (\d+\.\d+)\.\d+", r"Python \1.x", text)
    text = re.sub(r"\bin \d+\.\d+s\b", "in 0.12s", text)
    # Ports a server got from the OS (bound to port 0) differ on every run.
    text = re.sub(r"(127\.0\.0\.1|localhost|\[::1\]):\d{5}\b", r"\1:54321", text)
    text = re.sub(r"\b\d+\.\d+s (call|setup|teardown)\b", r"0.01s \1", text)
    text = re.sub(
        r"^(plugins: )(.*)$",
        lambda m: m[1] + ", ".join(sorted(m[2].split(", "))),
        text,
        flags=re.MULTILINE,
    )
    # pytest-timeout's thread method names each thread by its ident, a different number on every run
    # (and pytest centres the title in its ~~~ line: centre it again).
    text = THREAD_STACK.sub(
        lambda m: separator(f"Stack of {m[1]} (140000000000000)", "~"), text
    )
    addresses: dict[str, str] = {}
    text = re.sub(
        r"0x[0-9a-f]{6,16}",
        lambda m: addresses.setdefault(m[0], f"0x{len(addresses) + 1:012x}"),
        text,
    )
    lines = [line.rstrip() for line in text.splitlines()]
    while lines and not lines[-1]:
        lines.pop()
    return "\n".join(lines) + "\n"


def diff(committed: str, produced: str, output: Output) -> str:
    return "".join(
        difflib.unified_diff(
            committed.splitlines(True),
            produced.splitlines(True),
            f"{output.rel} (committed)",
            f"{output.rel} (fresh run)",
        )
    )


def mismatch_message(output: Output, committed: str, produced: str) -> str:
    samples = [a for a in output.command[1:] if not a.startswith("-")]
    where = (
        "\n".join(f"  shown on  {w}" for w in output.shown_on)
        or "  shown on  (no page yet)"
    )
    return (
        f"The output {output.rel} no longer matches a fresh run.\n"
        f"  command   {shlex.join(output.command)}  (in {output.rel.parent}/)\n"
        f"  samples   {', '.join(str(output.rel.parent / s) for s in samples)}\n{where}\n\n"
        f"{diff(committed, produced, output)}\n"
        "If the new output is right, regenerate outputs with: uv run pytest --update-outputs"
    )


# -- pytest plugin ------------------------------------------------------------------------------


def pytest_addoption(parser):
    parser.getgroup("outputs").addoption(
        "--update-outputs",
        action="store_true",
        help="rewrite every output shown on a page (snippets/**/*.out and the `#>` lines of inline "
        "Python blocks) from a fresh run, instead of comparing",
    )


# An in-process run (pytester) removes what it imported from sys.modules when it ends, and a module
# imported a second time runs its import-time code again. Imported before the first run (preload),
# these stay imported:
# - compiled extensions: a second import leaves the extension pointing at the first copy, and
#   asyncpg then crashes the process;
# - SQLAlchemy's dialects: a second import registers the PostgreSQL dialect's functions again, and
#   the SAWarning that says so fails the next sample that creates an engine (warnings are errors).
PRELOADED = (
    "asyncpg",
    "greenlet",
    "sqlalchemy.ext.asyncio",
    "sqlalchemy.dialects.postgresql.asyncpg",
    "sqlalchemy.dialects.sqlite.aiosqlite",
    "aiohttp",
    "redis.asyncio",
)
# Those the suite's own plugins do not import (pytest-aiohttp imports aiohttp), and what an output's
# files call them when they use them (fakeredis is redis, a URL names its driver).
IMPORTED_ON_DEMAND = ("asyncpg", "greenlet", "sqlalchemy", "redis")
NAMED = re.compile("|".join(IMPORTED_ON_DEMAND))
_preloaded: list[bool] = []


def preload() -> None:
    for name in PRELOADED:
        importlib.import_module(name)
    _preloaded[:] = [True]


def may_import_a_preloaded_module(output: Output) -> bool:
    """Does any file the output's run copies name one of the modules imported on demand?"""
    return any(
        NAMED.search(p.read_text(encoding="utf-8", errors="replace"))
        for p in output.path.parent.rglob("*")
        if p.is_file() and "__pycache__" not in p.parts
    )


class NotPreloaded(importlib.abc.MetaPathFinder):
    """While an in-process run runs without the preload: a module of IMPORTED_ON_DEMAND that the
    output's files did not name fails to import, so the run's output differs and check() takes
    the subprocess's (slower, never wrong), instead of a second import crashing or warning."""

    def find_spec(self, name, path=None, target=None):
        if name.partition(".")[0] in IMPORTED_ON_DEMAND:
            raise ImportError(
                f"{name} is imported by an in-process output run but was not preloaded "
                "(tools/outputs.py: IMPORTED_ON_DEMAND)"
            )
        return None


# Before tools/samples.py freezes what collection created.
@pytest.hookimpl(tryfirst=True)
def pytest_collection_finish(session: pytest.Session) -> None:
    """Only a run that checks an output that names SQLAlchemy, asyncpg or redis pays for importing
    them (not one after a page edit, nor after a snippet edit elsewhere); imported before the garbage
    collector is told to ignore what is loaded, or every collection after an output run would
    scan it."""
    if any(
        item.nodeid.startswith("tests/test_outputs.py")
        and (call := getattr(item, "callspec", None)) is not None
        and may_import_a_preloaded_module(call.params["output"])
        for item in session.items
    ):
        preload()


def pytest_configure(config):
    config.stash[UPDATED] = []
    if config.getoption("update_outputs"):
        config.option.update_examples = (
            True  # pytest-examples: the `#>` lines of inline blocks
        )


def pytest_sessionfinish(session):
    # A pytest-xdist worker: tell the controller.
    if hasattr(session.config, "workeroutput"):
        session.config.workeroutput["updated_outputs"] = session.config.stash[UPDATED]


@pytest.hookimpl(optionalhook=True)
# The controller hears from a worker (pytest-xdist)
def pytest_testnodedown(node, error):
    node.config.stash[UPDATED].extend(
        getattr(node, "workeroutput", {}).get("updated_outputs", [])
    )


def pytest_terminal_summary(terminalreporter, config):
    updated = config.stash.get(UPDATED, [])
    if config.getoption("update_outputs", False):
        terminalreporter.section("outputs")
        terminalreporter.write_line(
            f"{len(updated)} output(s) rewritten"
            + "".join(f"\n  {p}" for p in sorted(updated))
        )


UPDATED = pytest.StashKey[list]()


def check(output: Output, pytester, monkeypatch, config) -> None:
    committed = output.path.read_text(encoding="utf-8")
    if config.getoption("update_outputs"):
        fresh = run_subprocess(output)
        if fresh != committed:
            output.path.write_text(fresh, encoding="utf-8")
            config.stash[UPDATED].append(str(output.rel))
        return
    produced = (
        None
        if runs_only_in_a_subprocess(output)
        else run_inprocess(output, pytester, monkeypatch)
    )
    if produced != committed:
        produced = run_subprocess(output)
    if produced != committed:
        pytest.fail(mismatch_message(output, committed, produced), pytrace=False)
