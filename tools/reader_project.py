"""A reader's project: the files a reader has on disk to run samples, and what running them gives.

- `reader_files()` / `prepare_directory()`: one sample directory as the reader has it. The outputs
  (tools/outputs.py) run every output in one; the site's downloads are made of them.
- `download()`: everything one page shows, as the site offers it to download
  (tools/site/downloads.py): the page's sample directory, every file as the page shows it, the
  reader's configuration with the pinned versions, and the `pytest` command the reader runs in each
  folder that has its own configuration.
- `expectations()`: what those commands give (how many tests pass, which fail on purpose): real runs
  in a reader's project, as the outputs do it, in one background process, remembered by a hash of
  everything that can change them (.cache/site/expectations/, a file per key). A folder whose command is one of
  its outputs takes that output's verdict, which tests/test_outputs.py checks on every run.
- `verdict()`: pytest's verdict, read from what it prints.

    python -m tools.reader_project run JOBS RESULTS   # the background process (used by the site)
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shlex
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache, lru_cache
from pathlib import Path, PurePosixPath

from tools import environment, pages
from tools.files import write_whole

READER_CONFIG = pages.SNIPPETS / "getting_started" / "quickstart" / "pyproject.toml"
CONFIG_FILES = (
    "pyproject.toml",
    "pytest.ini",
    "pytest.toml",
    ".pytest.ini",
    "tox.ini",
    "setup.cfg",
)
TEXT_SUFFIXES = (".py", ".toml", ".ini", ".cfg", ".txt", ".json")
CACHES = ("__pycache__", ".pytest_cache")


# -- one sample directory -------------------------------------------------------------------------


def reader_files(directory: Path) -> dict[str, bytes]:
    """The files of a sample directory (and of the directories under it) as the reader has them,
    by POSIX path relative to it: as the pages show them (tools.pages.as_shown), without outputs
    and caches, plus the reader's configuration from the Quickstart when it has none of its own."""
    files = {}
    for path in sorted(directory.rglob("*")):
        rel = path.relative_to(directory)
        if (
            not path.is_file()
            or path.suffix == ".out"
            or any(part in CACHES for part in rel.parts)
        ):
            continue
        if path.suffix in TEXT_SUFFIXES:
            files[rel.as_posix()] = pages.as_shown(
                path.read_text(encoding="utf-8")
            ).encode("utf-8")
        else:
            files[rel.as_posix()] = path.read_bytes()
    if not any(name in files for name in CONFIG_FILES):
        files["pyproject.toml"] = READER_CONFIG.read_bytes()
    return files


def write_files(files: dict[str, bytes], project: Path) -> None:
    for rel, data in files.items():
        target = project / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)


def prepare_directory(directory: Path, project: Path) -> None:
    """Write a sample directory into an empty project directory, as the reader would have it."""
    write_files(reader_files(directory), project)


def has_own_config(directory: Path) -> bool:
    return any((directory / name).is_file() for name in CONFIG_FILES)


# -- what a page's download holds ------------------------------------------------------------------

# Tooling plugins of this project that a reader installs only where a page uses them, and how a
# command or a configuration uses them (tools/outputs.py keeps them on in the outputs' runs then).
OPTIONAL_PLUGINS = {
    "pytest-socket": ("socket", re.compile(r"--disable-socket|--allow-hosts")),
    "pytest-xdist": (
        "xdist",
        re.compile(r"(?:^|\s)(?:-n\s*\S|--numprocesses|--dist\b)"),
    ),
    "pytest-randomly": ("randomly", re.compile(r"-p\s*randomly|--randomly-")),
}
# Plugins installed here for the suite that no reader has: off in the outputs' runs and the
# downloads' READMEs, unless a page uses them (OPTIONAL_PLUGINS).
TOOLING_PLUGINS = (
    "randomly",
    "xdist",
    "xdist.looponfail",
    "examples",
    "socket",
    "pytest_cov",
    "platformdirs",
)
# A run that would end the process it runs in: pytest-timeout's thread method (os._exit), or
# pytest-xdist's workers. These run in a process of their own (tools/outputs.py does the same).
OWN_PROCESS = re.compile(r"timeout[_-]method\W+thread|method\s*=\s*[\"']thread")
# Servers: samples that import a server's client need it, and read its address from the
# environment variables whose default is a URL of that server.
CLIENTS = {
    "PostgreSQL": re.compile(
        r"^\s*(?:import|from)\s+asyncpg\b|postgresql\+asyncpg", re.M
    ),
    "Redis": re.compile(r"^\s*(?:import|from)\s+redis\b", re.M),
}
DEFAULT_PORTS = {"PostgreSQL": 5432, "Redis": 6379}
SCHEMES = {"postgresql": "PostgreSQL", "postgres": "PostgreSQL", "redis": "Redis"}
ENV_READ = re.compile(
    r"""os\.(?:environ\.get|getenv)\(\s*["'](?P<name>\w+)["']\s*,\s*["'](?P<default>[^"']*)["']"""
)


@dataclass(frozen=True)
class Folder:
    """A folder of a download where the reader runs pytest."""

    path: str  # inside the download, POSIX; "" for its top folder
    # What the reader types there, e.g. ("pytest", "--ignore=auto_mode").
    command: tuple[str, ...]
    output: Path | None = None  # an output whose command this is (relative to ROOT)

    @property
    def shown_command(self) -> str:
        return shlex.join(self.command)


@dataclass(frozen=True)
class Service:
    """A server some samples need: they skip their tests when it is not running."""

    name: str  # PostgreSQL, Redis
    # (environment variable, its default URL): where the samples find the server.
    variables: tuple[tuple[str, str], ...]

    def reachable(self) -> bool:
        """Is the server the samples would use (a variable's value, or its default) running?"""
        from urllib.parse import urlsplit

        url = urlsplit(next((os.environ.get(v) or d for v, d in self.variables), ""))
        try:
            with socket.create_connection(
                (url.hostname or "127.0.0.1", url.port or DEFAULT_PORTS[self.name]), 1
            ):
                return True
        except OSError:
            return False


@dataclass(frozen=True)
class Download:
    """What the site offers to download for one page."""

    page: Path  # docs/<default language>/..., relative to ROOT
    source: Path  # the page's sample directory (absolute)
    name: str  # the folder the zip unpacks into, and the zip's name for the reader
    files: tuple[tuple[str, bytes], ...]  # (path inside `name`/, content), sorted
    folders: tuple[Folder, ...]
    services: tuple[Service, ...] = field(default=())
    # `python ...` commands: what the README says to run on a page without tests.
    scripts: tuple[str, ...] = field(default=())

    def digest(self) -> str:
        h = hashlib.sha256()
        for rel, data in self.files:
            h.update(rel.encode() + b"\0" + hashlib.sha256(data).digest())
        return h.hexdigest()


def sample_directory(page: Path) -> Path | None:
    """The directory of every sample file the page shows (their deepest common directory)."""
    shown = [
        pages.ROOT / inc.path
        for inc in pages.includes(page)
        if inc.path.startswith("snippets/")
    ]
    if not shown:
        return None
    return Path(os.path.commonpath([str(p.parent) for p in shown]))


def is_test_file(name: str) -> bool:
    """pytest's default `python_files` (no page's configuration changes them)."""
    return name.endswith(".py") and (
        name.startswith("test_") or name.endswith("_test.py")
    )


def page_outputs(page: Path) -> list[Path]:
    """The outputs a page shows, in the order it shows them (absolute paths)."""
    found = [
        pages.ROOT / inc.path
        for inc in pages.includes(page)
        if inc.path.endswith(".out")
    ]
    return list(dict.fromkeys(found))


def output_argv(output: Path) -> list[str]:
    first = output.read_text(encoding="utf-8").partition("\n")[0]
    return shlex.split(first[2:], comments=True) if first.startswith("$ ") else []


def runs_whole_folder(argv: list[str], folder: Path) -> bool:
    """`pytest -n 2`, `pytest -p no:randomly -v`: a pytest command that names no file or directory."""
    return (
        bool(argv)
        and argv[0] == "pytest"
        and not any(
            not arg.startswith("-") and (folder / arg.split("::")[0]).exists()
            for arg in argv[1:]
        )
    )


def folders_of(
    source: Path, files: dict[str, bytes], outputs: list[Path]
) -> list[Folder]:
    """Where the reader runs pytest: the top folder and each folder with its own configuration
    (pytest reads one configuration per run), each with the command the page gives for it."""
    roots = sorted(
        {
            PurePosixPath(rel).parent.as_posix()
            for rel in files
            if PurePosixPath(rel).name in CONFIG_FILES
        },
        key=lambda p: (p != ".", p),
    )
    roots = ["" if r == "." else r for r in roots]
    found = []
    for root in roots:
        inner = [
            r for r in roots if r != root and (root == "" or r.startswith(root + "/"))
        ]
        outermost = [
            r for r in inner if not any(o != r and r.startswith(o + "/") for o in inner)
        ]
        mine = [
            rel
            for rel in files
            if (root == "" or rel.startswith(root + "/"))
            and not any(rel.startswith(o + "/") for o in inner)
        ]
        here = source / root
        whole = [
            o
            for o in outputs
            if o.parent == here and runs_whole_folder(output_argv(o), here)
        ]
        if whole:
            found.append(
                Folder(
                    root, tuple(output_argv(whole[0])), whole[0].relative_to(pages.ROOT)
                )
            )
        elif any(is_test_file(PurePosixPath(rel).name) for rel in mine):
            prefix = len(root) + 1 if root else 0
            ignores = [f"--ignore={o[prefix:]}" for o in outermost]
            found.append(Folder(root, ("pytest", *ignores)))
    return found


def services_read(files: Iterable[tuple[str, bytes]]) -> list[Service]:
    texts = [data.decode("utf-8") for rel, data in files if rel.endswith(".py")]
    found = []
    for name, client in CLIENTS.items():
        if any(client.search(text) for text in texts):
            variables = {
                (m["name"], m["default"])
                for text in texts
                for m in ENV_READ.finditer(text)
                if SCHEMES.get(m["default"].partition("://")[0]) == name
            }
            found.append(Service(name, tuple(sorted(variables))))
    return found


def uses_relative_imports(files: dict[str, bytes]) -> bool:
    pattern = re.compile(rb"^\s*from\s+\.", re.M)
    return any(
        rel.endswith(".py") and pattern.search(data) for rel, data in files.items()
    )


def download_name(source: Path) -> str:
    """`quickstart_samples`: an identifier (pytest imports the folder as a package when it has an
    `__init__.py`), and never the name of a package the samples import (`asyncpg`, `redis`)."""
    return f"{source.name}_samples"


@cache
def download(page: Path) -> Download | None:
    """What the site offers to download for a page (docs/<language>/...), or None: it has no samples."""
    source = sample_directory(page)
    if source is None:
        return None
    files = reader_files(source)
    if not uses_relative_imports(files):
        # The empty `__init__.py` files make snippets/ a package for the suite; these samples import
        # nothing relatively, so the reader needs none of them.
        files = {
            rel: data
            for rel, data in files.items()
            if PurePosixPath(rel).name != "__init__.py"
        }
    outputs = page_outputs(page)
    folders = folders_of(source, files, outputs)
    scripts = (
        ()
        if folders
        else tuple(
            shlex.join(argv)
            for o in outputs
            if (argv := output_argv(o))[:1] == ["python"]
        )
    )
    return Download(
        page=page,
        source=source,
        name=download_name(source),
        files=tuple(sorted(files.items())),
        folders=tuple(folders),
        services=tuple(services_read(files.items())),
        scripts=scripts,
    )


def extras(dl: Download) -> list[str]:
    """The tooling plugins a reader of this page installs besides the samples' dependencies: those
    a folder's command or configuration uses."""
    used = (
        " ".join(f.shown_command for f in dl.folders)
        + " "
        + " ".join(
            data.decode("utf-8", "replace")
            for rel, data in dl.files
            if PurePosixPath(rel).name in CONFIG_FILES
        )
    )
    return [
        name for name, (_, pattern) in OPTIONAL_PLUGINS.items() if pattern.search(used)
    ]


@cache
def samples_requirements() -> tuple[str, ...]:
    return tuple(environment.reader_requirements())


@cache
def requirements(extra: tuple[str, ...] = ()) -> list[str]:
    """Every package a reader installs, pinned: tools.environment.reader_requirements() and, for the
    named extra distributions, each with what it pulls in (at the pinned versions)."""
    from importlib.metadata import PackageNotFoundError, distribution

    from packaging.requirements import Requirement

    pins = environment.pinned()
    wanted = {r.partition("==")[0] for r in samples_requirements()}
    todo = [Requirement(name) for name in extra]
    while todo:
        requirement = todo.pop()
        name = environment.canonical(requirement.name)
        if name in wanted:
            continue
        wanted.add(name)
        try:
            requires = distribution(name).requires or []
        except PackageNotFoundError:
            continue
        todo += [
            d
            for line in requires
            if (d := Requirement(line)).marker is None
            or d.marker.evaluate({"extra": ""})
        ]
    return [f"{name}=={pins[name]}" for name in sorted(wanted) if name in pins]


PYPROJECT_PROJECT = """
# What to install to run these samples: the versions this page's outputs were produced with.
# `python -m pip install -r requirements.txt` installs the same list.
[project]
name = "{name}"
version = "0"
requires-python = ">={python}"
dependencies = [
{dependencies}
]
"""


def project_table(name: str, pins: list[str]) -> str:
    listed = "\n".join(f'    "{pin}",' for pin in pins)
    return PYPROJECT_PROJECT.format(
        name=name.replace("_", "-"),
        python=environment.python_version(),
        dependencies=listed,
    )


@lru_cache(maxsize=256)  # both languages, and a few rebuilds under `mkdocs serve`
def reader_tree(dl: Download) -> dict[str, bytes]:
    """The download's files but its README: the samples, each folder's `pyproject.toml` with the
    pinned dependencies added, and `requirements.txt` (the same list) at the top. Remembered:
    callers copy it before changing it."""
    pins = requirements(tuple(extras(dl)))
    files = dict(dl.files)
    for rel in list(files):
        if PurePosixPath(rel).name != "pyproject.toml":
            continue
        text = files[rel].decode("utf-8")
        own_table = re.search(r"^\[project\]", text, re.M)  # it stays as it is
        if not own_table:
            table = project_table(dl.name, pins)
            files[rel] = (text.rstrip("\n") + "\n" + table).encode("utf-8")
    files["requirements.txt"] = ("\n".join(pins) + "\n").encode("utf-8")
    return files


# -- pytest's verdict ----------------------------------------------------------------------------

SUMMARY = re.compile(
    r"^(?:=+ )?(?P<counts>(?:\d+ [a-z]+)(?:, \d+ [a-z]+)*|no tests ran) in [\d.]+s(?: \([^)]*\))?(?: =+)?$"
)
SHORT_SUMMARY = re.compile(r"^=+ short test summary info =+$")
FAILING = re.compile(r"^(?P<kind>FAILED|ERROR) (?P<id>.+?)(?: - .*)?$")
# pytest's order of the summary line's words (_pytest/terminal.py: KNOWN_TYPES)
ORDER = ("failed", "passed", "skipped", "deselected", "xfailed", "xpassed", "error")
PLURAL = {"errors": "error", "warnings": "warnings", "warning": "warnings"}


@dataclass(frozen=True)
class Verdict:
    """What a pytest run ends with: the counts on its last line (without warnings, whose number
    is not the point), and the tests that failed or errored (by node id, or a file that could not
    be collected). `summary` is False when the process ended before printing its summary."""

    counts: tuple[tuple[str, int], ...]
    failing: tuple[str, ...]
    summary: bool = True

    @property
    def line(self) -> str:
        """The counts as pytest prints them: `2 failed, 7 passed`, `no tests ran`."""
        if not self.counts:
            return "no tests ran"
        return ", ".join(
            f"{n} {word}" + ("s" if word == "error" and n != 1 else "")
            for word, n in self.counts
        )

    def to_json(self) -> dict:
        return {
            "counts": dict(self.counts),
            "failing": list(self.failing),
            "summary": self.summary,
        }

    @classmethod
    def from_json(cls, data: dict) -> Verdict:
        counts = data["counts"]
        return cls(
            tuple((word, counts[word]) for word in ORDER if word in counts),
            tuple(data["failing"]),
            data["summary"],
        )


def verdict(text: str) -> Verdict:
    """Read pytest's verdict from what it printed (its last summary line, and its short test
    summary: pytest lists every failed and errored test there, unless a command turns it off)."""
    lines = text.splitlines()
    summaries = [
        (i, m) for i, line in enumerate(lines) if (m := SUMMARY.match(line.strip()))
    ]
    if not summaries:
        return Verdict((), (), summary=False)
    end, m = summaries[-1]
    counts: dict[str, int] = {}
    if m["counts"] != "no tests ran":
        for part in m["counts"].split(", "):
            number, word = part.split(" ")
            word = PLURAL.get(word, word)
            if word != "warnings":
                counts[word] = int(number)
    start = next((i for i in range(end, -1, -1) if SHORT_SUMMARY.match(lines[i])), end)
    failing = []
    for line in lines[start + 1 : end]:
        if fm := FAILING.match(line):
            failing.append(fm["id"])
    ordered = tuple((word, counts[word]) for word in ORDER if word in counts)
    return Verdict(ordered, tuple(dict.fromkeys(failing)), summary=True)


# -- running a folder as the reader does ------------------------------------------------------------


def hidden_args(dl: Download) -> list[str]:
    """`-p no:...` for every tooling plugin installed here that this page's reader does not install."""
    kept = {OPTIONAL_PLUGINS[name][0] for name in extras(dl)}
    if "xdist" in kept:
        kept.add("xdist.looponfail")
    return [
        arg
        for name in TOOLING_PLUGINS
        if name not in kept
        for arg in ("-p", f"no:{name}")
    ]


def needs_own_process(dl: Download, folder: Folder) -> bool:
    texts = " ".join(
        data.decode("utf-8", "replace")
        for rel, data in dl.files
        if rel.startswith(folder.path)
    )
    return bool(
        OWN_PROCESS.search(texts)
        or OPTIONAL_PLUGINS["pytest-xdist"][1].search(folder.shown_command)
    )


def pytest_executable() -> list[str]:
    """The `pytest` a reader types: the console script beside this interpreter (it does not put the
    current directory on sys.path, as `python -m pytest` does)."""
    script = Path(sys.executable).parent / "pytest"
    return [str(script)] if script.exists() else [sys.executable, "-m", "pytest"]


def run_subprocess(
    directory: Path, command: list[str], hidden: list[str], timeout: float = 120
) -> str:
    from tools import outputs  # imports pytest: not in the site's process

    proc = subprocess.run(
        [*pytest_executable(), *command[1:], *hidden],
        cwd=directory,
        env=outputs.fixed_environ(),
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        timeout=timeout,
    )
    return proc.stdout


def run_inprocess(
    directory: Path, command: list[str], hidden: list[str], restore: bool = True
) -> str:
    """The same run inside this process (the background process's): as tools/outputs.py runs an
    output in-process, with pytester's snapshots of sys.modules and sys.path."""
    import asyncio
    import io
    import warnings
    from contextlib import redirect_stderr, redirect_stdout

    import pytest
    from _pytest.pytester import SysModulesSnapshot, SysPathsSnapshot
    from _pytest.unraisableexception import gc_collect_iterations_key

    from tools import outputs

    class Quick:
        """As pytester runs pytest in-process: no extra garbage collections at the session's end,
        which only look for more warnings (the verdict leaves warnings out)."""

        @staticmethod
        def pytest_configure(config) -> None:
            config.stash[gc_collect_iterations_key] = 0

    modules, paths = SysModulesSnapshot(), SysPathsSnapshot()
    here = os.getcwd()
    buffer = io.StringIO()
    os.chdir(directory)
    asyncio.set_event_loop_policy(None)
    try:
        with (
            warnings.catch_warnings(),
            redirect_stdout(buffer),
            redirect_stderr(buffer),
        ):
            warnings.filters[:] = outputs.WARNING_FILTERS  # type: ignore[index]  # a list at run time
            try:
                pytest.main([*command[1:], *hidden], plugins=[Quick()])
            except BaseException as error:  # what a process would print before exiting
                print(f"{type(error).__name__}: {error}")
    finally:
        os.chdir(here)
        if restore:
            modules.restore()
            paths.restore()
        for name in ("last_type", "last_value", "last_traceback", "last_exc"):
            if hasattr(sys, name):
                delattr(sys, name)
        outputs.collect_quietly()
    return buffer.getvalue()


# Only the verdict is read: no tracebacks (formatting them was a third of the runs' time), no
# header (it reads every plugin's metadata).
QUIET = ("--tb=no", "--no-header")


def run(
    dl: Download, folder: Folder, project: Path, inprocess: bool = True
) -> tuple[tuple[str, ...], str]:
    """Run a folder's command in a project written from the download; return the command run and
    what it printed. A run that stops at collection errors (a file that fails to import on purpose)
    runs again with --continue-on-collection-errors, which the README then gives."""
    directory = project / folder.path
    hidden = hidden_args(dl) + list(QUIET)
    command = list(folder.command)
    for _ in range(2):
        if inprocess and not needs_own_process(dl, folder):
            text = run_inprocess(directory, command, hidden)
        else:
            text = run_subprocess(directory, command, hidden)
        if folder.output is None and re.search(
            r"^!+ Interrupted: \d+ errors? during collection !+$", text, re.M
        ):
            command.append("--continue-on-collection-errors")
            continue
        break
    return tuple(command), text


# -- expectations: remembered real runs -----------------------------------------------------------

# One file per expectation, named by its key: a test that checks one download reads its own.
CACHE = pages.ROOT / ".cache" / "site" / "expectations"
WORKERS = 2  # background processes (one per core, at most)
FORMAT = 1


@dataclass(frozen=True)
class Expectation:
    command: tuple[str, ...]
    verdict: Verdict
    services_down: tuple[
        str, ...
    ] = ()  # servers the samples need that were not running

    @property
    def shown_command(self) -> str:
        return shlex.join(self.command)


@cache
def environment_digest() -> str:
    """What the verdicts depend on besides a download's files: the pins, this Python, this code."""
    inputs = (
        FORMAT,
        sys.version,
        sorted(environment.pinned().items()),
        Path(__file__).read_bytes(),
    )
    return hashlib.sha256(repr(inputs).encode()).hexdigest()


def key(dl: Download, folder: Folder, down: tuple[str, ...]) -> str:
    inputs = (
        environment_digest(),
        dl.digest(),
        dl.name,
        folder.path,
        folder.command,
        hidden_args(dl),
        down,
    )
    return hashlib.sha256(repr(inputs).encode()).hexdigest()


def remembered(k: str) -> dict | None:
    """The expectation remembered under key `k`; None when there is none or it cannot be read
    (then the commands run again)."""
    try:
        data = json.loads((CACHE / f"{k}.json").read_text(encoding="utf-8"))
        Verdict.from_json(data["verdict"])
        if not all(isinstance(part, str) for part in data["command"]):
            return None
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None
    return data


def save_remembered(k: str, entry: dict) -> None:
    write_whole(CACHE / f"{k}.json", json.dumps(entry, sort_keys=True, indent=0))


class Pending:
    """Expectations being computed by background processes; `result()` waits for them."""

    def __init__(
        self,
        known: dict[str, Expectation],
        jobs: dict[str, tuple[Download, Folder]],
        down: dict[str, tuple[str, ...]],
        run: bool = True,
    ) -> None:
        self.known = known
        self.jobs = jobs
        self.down = down  # download name -> servers it needs that are not running
        self.processes: list[subprocess.Popen] = []
        self.workdir: tempfile.TemporaryDirectory | None = None
        if jobs and run:
            self.start()

    def down_of(self, dl: Download) -> tuple[str, ...]:
        return self.down.get(dl.name, ())

    def expectation(self, dl: Download, folder: Folder) -> Expectation | None:
        """What the folder's command gives, once known (`result()` waits for the runs)."""
        return self.known.get(key(dl, folder, self.down_of(dl)))

    @property
    def running(self) -> bool:
        return bool(self.processes)

    def start(self) -> None:
        """Write each download's files once, and share its runs among one process per core
        (at most WORKERS): each process loads pytest and its plugins once, then runs in-process."""
        # tools.outputs imports pytest: only when something must run.
        from tools.outputs import fixed_environ

        self.workdir = tempfile.TemporaryDirectory(prefix="tap-expectations-")
        root = Path(self.workdir.name)
        listed = []
        for k, (dl, folder) in self.jobs.items():
            project = root / dl.name / dl.name
            if not project.exists():
                write_files(reader_tree(dl), project)
            job = {"key": k, "project": str(project), "page": str(dl.page)}
            listed.append({**job, "folder": folder.path})
        workers = max(1, min(WORKERS, os.cpu_count() or 1, len(listed)))
        for n in range(workers):
            jobs, results = root / f"jobs-{n}.json", root / f"results-{n}.json"
            jobs.write_text(json.dumps(listed[n::workers]), encoding="utf-8")
            with open(root / f"errors-{n}.txt", "wb") as errors:
                self.processes.append(
                    subprocess.Popen(
                        [
                            sys.executable,
                            "-m",
                            "tools.reader_project",
                            "run",
                            str(jobs),
                            str(results),
                        ],
                        cwd=pages.ROOT,
                        env=fixed_environ(),
                        stdin=subprocess.DEVNULL,
                        stdout=subprocess.DEVNULL,
                        stderr=errors,
                    )
                )

    def result(self, timeout: float = 600) -> tuple[dict[str, Expectation], str | None]:
        """Every expectation by key, and what went wrong if a background process failed."""
        if not self.processes:
            return self.known, None
        assert self.workdir is not None
        root = Path(self.workdir.name)
        deadline = time.monotonic() + timeout
        problems = []
        for n, process in enumerate(self.processes):
            try:
                process.wait(timeout=max(0.0, deadline - time.monotonic()))
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
            try:
                text = (root / f"results-{n}.json").read_text(encoding="utf-8")
                results = json.loads(text)
            except (OSError, ValueError):
                results = {}
            for k, data in results.items():
                if k in self.jobs:
                    dl, _ = self.jobs[k]
                    verdict_ = Verdict.from_json(data["verdict"])
                    self.known[k] = Expectation(
                        tuple(data["command"]), verdict_, self.down_of(dl)
                    )
            if process.returncode:
                errors = (root / f"errors-{n}.txt").read_text(errors="replace")
                problems.append(f"exit status {process.returncode}: {errors[-3000:]}")
        missing = [k for k in self.jobs if k not in self.known]
        error = None
        if missing:
            error = (
                f"{len(missing)} of {len(self.jobs)} runs gave no result; "
                + "; ".join(problems)
            )
        self.cancel()
        return self.known, error

    def cancel(self) -> None:
        for process in self.processes:
            if process.poll() is None:
                process.kill()
                process.wait()
        self.processes = []
        if self.workdir is not None:
            self.workdir.cleanup()
            self.workdir = None


def expectations(downloads: Iterable[Download], run: bool = True) -> Pending:
    """Start computing what each folder's command gives (unless `run` is False: then only what is
    known already); the remembered ones and those of an output need no run."""
    known: dict[str, Expectation] = {}
    jobs: dict[str, tuple[Download, Folder]] = {}
    down_by_name: dict[str, tuple[str, ...]] = {}
    reachable: dict[Service, bool] = {}
    for dl in downloads:
        down = tuple(
            sorted(
                {
                    s.name
                    for s in dl.services
                    if not reachable.setdefault(s, s.reachable())
                }
            )
        )
        down_by_name[dl.name] = down
        for folder in dl.folders:
            k = key(dl, folder, down)
            if folder.output is not None:
                known[k] = Expectation(
                    folder.command,
                    verdict((pages.ROOT / folder.output).read_text(encoding="utf-8")),
                    down,
                )
            elif (data := remembered(k)) is not None:
                known[k] = Expectation(
                    tuple(data["command"]), Verdict.from_json(data["verdict"]), down
                )
            else:
                jobs[k] = (dl, folder)
    return Pending(known, jobs, down_by_name, run)


def remember(found: dict[str, Expectation]) -> None:
    """Keep what this build used (nothing else: the cache does not grow)."""
    for k, e in found.items():
        entry = {"command": list(e.command), "verdict": e.verdict.to_json()}
        if remembered(k) != entry:
            save_remembered(k, entry)
    for path in CACHE.glob("*.json"):
        if path.stem not in found:
            path.unlink(missing_ok=True)


# -- the background process ------------------------------------------------------------------------


def warm_up() -> None:
    """Load pytest's plugins once, as a first pytest run does (with their assertions rewritten):
    each run restores sys.modules to what it was before it, and would import them all again."""
    import gc

    with tempfile.TemporaryDirectory() as empty:
        (Path(empty) / "pyproject.toml").write_bytes(READER_CONFIG.read_bytes())
        run_inprocess(
            Path(empty), ["pytest", "--collect-only", "-q"], [], restore=False
        )
    gc.freeze()  # what is loaded now lives to the end: later collections need not scan it


def main(argv: list[str]) -> int:
    if len(argv) != 3 or argv[0] != "run":
        print(__doc__, file=sys.stderr)
        return 2
    from tools import outputs

    outputs.preload()  # compiled extensions stay imported (see tools/outputs.py)
    warm_up()
    jobs = json.loads(Path(argv[1]).read_text(encoding="utf-8"))
    results = {}
    for job in jobs:
        dl = download(Path(job["page"]))
        assert dl is not None
        folder = next(f for f in dl.folders if f.path == job["folder"])
        command, text = run(dl, folder, Path(job["project"]))
        results[job["key"]] = {
            "command": list(command),
            "verdict": verdict(text).to_json(),
        }
        # What is done so far.
        Path(argv[2]).write_text(json.dumps(results), encoding="utf-8")
    return 0


if __name__ == "__main__":
    from tools import reader_project  # one module, not a second copy named __main__

    sys.exit(reader_project.main(sys.argv[1:]))
