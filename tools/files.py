"""Writing a file whole or not at all. The records and caches the tools keep in .cache/ are read by
other processes while they are written (the other language's build, pytest-xdist's workers): each
is written beside its place and moved there in one step, so a reader sees the old file or the new
one, never half of one, and an interrupted run leaves the old file."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def write_whole(path: Path, data: str | bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as file:
            file.write(data.encode("utf-8") if isinstance(data, str) else data)
        os.replace(tmp, path)
    except BaseException:
        os.unlink(tmp)
        raise
