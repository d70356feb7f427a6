"""The installed environment is the pinned one, and every version an output prints is pinned
(tools/environment.py): a new release of any package cannot change what the site shows."""

import platform

from tools import environment, outputs


def test_installed_packages_are_the_pinned_ones():
    problems = environment.mismatches()
    assert not problems, (
        "The installed environment differs from pyproject.toml:\n  "
        + "\n  ".join(map(str, problems))
        + "\nRun `uv sync`; after a deliberate change: uv run python -m tools.environment pin"
    )


def test_python_is_the_one_outputs_were_produced_with():
    running = ".".join(platform.python_version_tuple()[:2])
    assert running == environment.python_version(), (
        f"Outputs are produced with Python {environment.python_version()} (.python-version); this is {running}"
    )


def test_outputs_print_only_pinned_versions():
    problems = [
        f"{output.rel}: {problem}"
        for output in outputs.discover()
        for problem in environment.unpinned_versions(
            output.path.read_text(encoding="utf-8")
        )
    ]
    assert not problems, (
        "Outputs print versions that pyproject.toml does not pin:\n  "
        + "\n  ".join(problems)
    )


HEADER = """platform linux -- Python 3.11.x, pytest-9.2.0, pluggy-1.8.0
rootdir: /home/reader/project
plugins: aiohttp-1.1.1, anyio-4.16.0, asyncio-1.5.0
"""


def test_a_new_transitive_release_in_an_output_is_named():
    pins = {
        "pytest": "9.2.0",
        "pluggy": "1.7.0",
        "pytest-aiohttp": "1.1.1",
        "aiohttp": "3.14.5",
        "anyio": "4.16.0",
        "pytest-asyncio": "1.5.0",
    }
    assert environment.unpinned_versions(HEADER, pins) == [
        "pluggy-1.8.0: pyproject.toml pins pluggy==1.7.0"
    ]


def test_plugin_names_map_to_their_distributions():
    pins = {"pytest-aiohttp": "1.1.1", "aiohttp": "3.14.5"}
    assert environment.distribution_of("aiohttp", pins, plugin=True) == "pytest-aiohttp"
    assert environment.distribution_of("aiohttp", pins) == "aiohttp"
    assert environment.unpinned_versions("plugins: mystery-0.1\n", pins) == [
        "mystery-0.1 is not a pinned package"
    ]


def test_paths_user_agents_and_table_rows_are_read():
    text = (
        '  File "/venv/lib/python3/site-packages/starlette-1.10.0.dist-info/x"\n'
        "User-Agent: Python/3.11 aiohttp/3.14.4\n"
        "httpx           0.28.1\n"
    )
    assert environment.printed_versions(text) == [
        ("starlette", "1.10.0", False),
        ("Python", "3.11", False),
        ("aiohttp", "3.14.4", False),
        ("httpx", "0.28.1", False),
    ]


def test_mismatches_name_the_package_and_both_versions():
    found = environment.mismatches(
        {"anyio": "4.16.0", "yarl": "1.25.1"}, {"anyio": "4.17.0", "idna": "3.20"}
    )
    assert [str(m) for m in found] == [
        "anyio: pinned 4.16.0, installed 4.17.0",
        "idna: installed 3.20, not pinned in pyproject.toml",
        "yarl: pinned 1.25.1, not installed",
    ]
