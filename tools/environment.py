"""The pinned environment: every installed package at the exact version the outputs were produced with.

The project commits no lockfile (uv.lock records the registry's address). Instead, pyproject.toml
pins what the project asks for (`dependencies`, `[dependency-groups]`) and, under
`[tool.uv] constraint-dependencies`, every other package they pull in, so that a fresh install
cannot pick up a newer transitive release.

    uv run python -m tools.environment pin             # write the constraints from this environment
    uv run python -m tools.environment check           # this environment against the pins
    uv run python -m tools.environment upgrade [PKG]   # re-resolve (everything, or PKG), then pin

After an upgrade, regenerate the outputs (`uv run pytest --update-outputs`): they print versions.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import tomllib
from dataclasses import dataclass
from functools import cache
from importlib.metadata import distributions
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PYPROJECT = ROOT / "pyproject.toml"
PYTHON_VERSION_FILE = ROOT / ".python-version"
CONSTRAINTS_START = "constraint-dependencies = ["
PIN = re.compile(
    r"^\s*(?P<name>[A-Za-z0-9][A-Za-z0-9._-]*)(?:\[[^\]]*\])?\s*==\s*(?P<version>[^\s;,\"]+)"
)


def canonical(name: str) -> str:
    """PEP 503: `Typing_Extensions` and `typing-extensions` are the same package."""
    return re.sub(r"[-_.]+", "-", name).lower()


@dataclass(frozen=True)
class Mismatch:
    package: str
    pinned: str | None
    installed: str | None

    def __str__(self) -> str:
        if self.installed is None:
            return f"{self.package}: pinned {self.pinned}, not installed"
        if self.pinned is None:
            return f"{self.package}: installed {self.installed}, not pinned in pyproject.toml"
        return f"{self.package}: pinned {self.pinned}, installed {self.installed}"


def _pins(requirements: list[str]) -> dict[str, str]:
    pins = {}
    for requirement in requirements:
        if m := PIN.match(requirement):
            pins[canonical(m["name"])] = m["version"]
    return pins


@cache
def pinned() -> dict[str, str]:
    """Every package pyproject.toml pins, direct or transitive: canonical name -> version."""
    project = tomllib.loads(PYPROJECT.read_text(encoding="utf-8"))
    requirements = list(project["project"].get("dependencies", []))
    for group in project.get("dependency-groups", {}).values():
        requirements += [r for r in group if isinstance(r, str)]
    requirements += (
        project.get("tool", {}).get("uv", {}).get("constraint-dependencies", [])
    )
    return _pins(requirements)


def direct() -> dict[str, str]:
    """What the project asks for by name (dependencies and groups), without the constraints."""
    project = tomllib.loads(PYPROJECT.read_text(encoding="utf-8"))
    requirements = list(project["project"].get("dependencies", []))
    for group in project.get("dependency-groups", {}).values():
        requirements += [r for r in group if isinstance(r, str)]
    return _pins(requirements)


def samples_requirements() -> list[str]:
    """The `dependencies` list as written: what a reader installs to run the samples."""
    project = tomllib.loads(PYPROJECT.read_text(encoding="utf-8"))
    return list(project["project"].get("dependencies", []))


def reader_requirements() -> list[str]:
    """What a reader installs to run the samples, every package pinned: the samples' dependencies
    and everything they pull in (on this platform and Python), at the pinned versions."""
    from importlib.metadata import PackageNotFoundError, distribution

    from packaging.requirements import Requirement

    pins = pinned()
    wanted: dict[str, set[str]] = {}  # package -> extras asked for
    todo = [Requirement(r) for r in samples_requirements()]
    while todo:
        requirement = todo.pop()
        name = canonical(requirement.name)
        extras = set(requirement.extras)
        if name in wanted and extras <= wanted[name]:
            continue
        wanted.setdefault(name, set()).update(extras)
        try:
            requires = distribution(name).requires or []
        except PackageNotFoundError:
            continue
        for line in requires:
            dependency = Requirement(line)
            if dependency.marker is None or any(
                dependency.marker.evaluate({"extra": extra})
                for extra in wanted[name] or {""}
            ):
                todo.append(dependency)
    return [f"{name}=={pins[name]}" for name in sorted(wanted) if name in pins]


def installed() -> dict[str, str]:
    """The packages of this environment (the interpreter running this code)."""
    return {
        canonical(d.metadata["Name"]): d.version
        for d in distributions()
        if d.metadata["Name"]
    }


def python_version() -> str:
    """The Python the outputs are produced with: major.minor, from .python-version."""
    return PYTHON_VERSION_FILE.read_text(encoding="utf-8").strip()


# The versions the site's pages name next to their outputs (the rest are on the versions page).
STAMPED = (
    "pytest",
    "pytest-asyncio",
    "aiohttp",
    "aioresponses",
    "pytest-aiohttp",
    "httpx",
)


def stamp() -> dict[str, str]:
    return {"Python": python_version(), **{name: pinned()[name] for name in STAMPED}}


def mismatches(
    pins: dict[str, str] | None = None, have: dict[str, str] | None = None
) -> list[Mismatch]:
    pins = pinned() if pins is None else pins
    have = installed() if have is None else have
    return [
        Mismatch(name, pins.get(name), have.get(name))
        for name in sorted(set(pins) | set(have))
        if pins.get(name) != have.get(name)
    ]


# Where an output prints a package's version: pytest's header and plugin list, a `name-1.2.3` path
# segment (an egg or a dist-info directory), a `name/1.2.3` user agent, a `name   1.2.3` table row.
HEADER = re.compile(r"^platform \S+ -- Python \S+, (?P<versions>.*)$", re.MULTILINE)
PLUGINS = re.compile(r"^plugins: (?P<versions>.*)$", re.MULTILINE)
NAME_VERSION = re.compile(
    r"(?P<name>[A-Za-z][\w.-]*?)-(?P<version>\d+(?:\.\d+)+(?:[a-z]+\d*)?(?:\.post\d+)?)"
)
PATH_SEGMENT = re.compile(
    r"/" + NAME_VERSION.pattern + r"(?:\.dist-info|\.egg-info|\.egg)?/"
)
USER_AGENT = re.compile(r"\b(?P<name>[A-Za-z][\w.-]*)/(?P<version>\d+(?:\.\d+)+)\b")
TABLE_ROW = re.compile(
    r"^(?P<name>[A-Za-z][\w.-]*)\s{2,}(?P<version>\d+(?:\.\d+)+\S*)\s*$", re.MULTILINE
)


def printed_versions(text: str) -> list[tuple[str, str, bool]]:
    """(name, version, is_plugin) for each version an output prints where it can name the package."""
    found = []
    for pattern, plugin in ((HEADER, False), (PLUGINS, True)):
        for m in pattern.finditer(text):
            found += [
                (v["name"], v["version"], plugin)
                for v in NAME_VERSION.finditer(m["versions"])
            ]
    for pattern in (PATH_SEGMENT, USER_AGENT, TABLE_ROW):
        found += [(m["name"], m["version"], False) for m in pattern.finditer(text)]
    return found


def distribution_of(
    printed_name: str, pins: dict[str, str], plugin: bool = False
) -> str | None:
    """pytest's plugin list drops the `pytest-` of a distribution's name: `aiohttp-1.1.1` there is
    pytest-aiohttp, `asyncio-1.5.0` pytest-asyncio."""
    name = canonical(printed_name)
    candidates = ("pytest-" + name, name) if plugin else (name, "pytest-" + name)
    return next((candidate for candidate in candidates if candidate in pins), None)


def unpinned_versions(text: str, pins: dict[str, str] | None = None) -> list[str]:
    """Versions an output prints that are not the pinned ones (or of packages nobody pinned)."""
    pins = pinned() if pins is None else pins
    problems = []
    for name, version, plugin in printed_versions(text):
        package = distribution_of(name, pins, plugin)
        if package is None:
            # The interpreter: major.minor, checked on its own.
            if name.lower() != "python":
                problems.append(f"{name}-{version} is not a pinned package")
        elif pins[package] != version:
            problems.append(
                f"{name}-{version}: pyproject.toml pins {package}=={pins[package]}"
            )
    return problems


def constraints_block(versions: dict[str, str], direct_names: set[str]) -> str:
    lines = [
        f'    "{name}=={version}",'
        for name, version in sorted(versions.items())
        if name not in direct_names
    ]
    return CONSTRAINTS_START + "\n" + "\n".join(lines) + "\n]"


def with_constraints(text: str, block: str) -> str:
    """pyproject.toml's text with its constraint list replaced (or added under [tool.uv])."""
    start = text.find(CONSTRAINTS_START)
    if start >= 0:
        end = text.index("\n]", start) + 2
        return text[:start] + block + text[end:]
    marker = "[tool.uv]\n"
    if marker not in text:
        raise SystemExit(
            "pyproject.toml has no [tool.uv] table to hold the constraints"
        )
    comment = (
        "# Every package the ones above pull in, at the version the outputs were produced with (no\n"
        "# lockfile: it would record the registry's address). Written by `python -m tools.environment pin`.\n"
    )
    return text.replace(marker, marker + comment + block + "\n", 1)


def pin() -> int:
    have = installed()
    names = set(direct())
    text = PYPROJECT.read_text(encoding="utf-8")
    PYPROJECT.write_text(
        with_constraints(text, constraints_block(have, names)), encoding="utf-8"
    )
    pinned.cache_clear()
    print(
        f"pinned {len(have) - len(names & set(have))} transitive packages in pyproject.toml "
        f"({len(names)} are pinned directly)"
    )
    return 0


def check() -> int:
    problems = mismatches()
    for problem in problems:
        print(problem)
    if problems:
        print(
            "\nThe installed environment is not the pinned one: run `uv sync`, or after a deliberate change "
            "`uv run python -m tools.environment pin`."
        )
    return 1 if problems else 0


def upgrade(packages: list[str]) -> int:
    """Re-resolve without the constraints on PACKAGES (all when none are named), install, pin."""
    original = PYPROJECT.read_text(encoding="utf-8")
    keep = (
        {}
        if not packages
        else {
            n: v
            for n, v in pinned().items()
            if n not in {canonical(p) for p in packages}
        }
    )
    PYPROJECT.write_text(
        with_constraints(original, constraints_block(keep, set(direct()))),
        encoding="utf-8",
    )
    args = (
        ["uv", "sync", "--upgrade"]
        if not packages
        else ["uv", "sync", *[f"--upgrade-package={p}" for p in packages]]
    )
    if subprocess.run(args, cwd=ROOT).returncode:
        PYPROJECT.write_text(original, encoding="utf-8")
        print("uv sync failed; pyproject.toml is unchanged", file=sys.stderr)
        return 1
    # Read the new environment from its own interpreter: this process imported the old one.
    return subprocess.run(
        ["uv", "run", "--no-sync", "python", "-m", "tools.environment", "pin"], cwd=ROOT
    ).returncode


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m tools.environment",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser(
        "pin", help="write [tool.uv] constraint-dependencies from this environment"
    )
    commands.add_parser("check", help="compare this environment with the pins")
    up = commands.add_parser(
        "upgrade", help="re-resolve everything, or the named packages, then pin"
    )
    up.add_argument("packages", nargs="*", metavar="PACKAGE")
    args = parser.parse_args(argv)
    if args.command == "pin":
        return pin()
    if args.command == "check":
        return check()
    return upgrade(args.packages)


if __name__ == "__main__":
    sys.exit(main())
