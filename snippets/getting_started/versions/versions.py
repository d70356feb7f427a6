"""Print the versions of Python and of the packages this guide's samples ran with."""

import platform
from importlib.metadata import version

PACKAGES = [
    "pytest",
    "pytest-asyncio",
    "pytest-aiohttp",
    "aiohttp",
    "aioresponses",
    "httpx",
    "fastapi",
    "looptime",
]


def main() -> None:
    # Major.minor only: the samples behave the same on every 3.11.x patch release.
    python = ".".join(platform.python_version_tuple()[:2])
    rows = [("Python", f"{python} ({platform.python_implementation()})")]
    rows += [(name, version(name)) for name in PACKAGES]
    width = max(len(name) for name, _ in rows)
    print(f"{'package':<{width}}  version")
    print(f"{'-' * width}  {'-' * 7}")
    for name, installed in rows:
        print(f"{name:<{width}}  {installed}")


if __name__ == "__main__":
    main()
