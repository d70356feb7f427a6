"""Compiling the theme's Jinja templates was a tenth of a build: MkDocs makes a new Jinja
environment for every build, so each language compiled the same 97 templates again, `mkdocs serve`
did it again on every rebuild, and the test command's build, a process of its own, on every run.
This hook gives every environment one bytecode cache: in memory for the process, and on disk
(.cache/site/templates/) for the next one. Jinja checks each entry against a hash of the template's
source and against the Python version, so an edited template (tools/theme/) is compiled again and a
missing, unreadable or foreign file only means compiling again; tests/test_tool_template_cache.py
checks that a page rendered from the cache is exactly what a fresh environment renders."""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path

from jinja2 import BytecodeCache
from jinja2.bccache import Bucket

# The project root: `tools` is not installed.
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from tools.files import write_whole

DIRECTORY = Path(__file__).resolve().parents[2] / ".cache" / "site" / "templates"


class CompiledTemplates(BytecodeCache):
    def __init__(self, directory: Path | None = None) -> None:
        self.directory = directory
        self._stored: dict[str, bytes] = {}

    def get_bucket(self, environment, name, filename, source):
        # A template compiles differently under other extensions: they are part of the key.
        key = self.get_cache_key(name, filename) + repr(sorted(environment.extensions))
        bucket = Bucket(environment, key, self.get_source_checksum(source))
        self.load_bytecode(bucket)
        return bucket

    def _file(self, key: str) -> Path | None:
        if self.directory is None:
            return None
        return self.directory / (hashlib.sha256(key.encode()).hexdigest() + ".bin")

    def load_bytecode(self, bucket: Bucket) -> None:
        stored = self._stored.get(bucket.key)
        if stored is None and (file := self._file(bucket.key)) is not None:
            try:
                stored = file.read_bytes()
            except OSError:
                return
        if stored is not None:
            # A stale checksum or another Python's bytecode leaves the bucket empty: the
            # template is compiled again (and stored again, replacing the file).
            try:
                bucket.bytecode_from_string(stored)
            except Exception:  # a damaged file Jinja does not recognise as such
                bucket.reset()

    def dump_bytecode(self, bucket: Bucket) -> None:
        data = bucket.bytecode_to_string()
        self._stored[bucket.key] = data
        if (file := self._file(bucket.key)) is not None:
            write_whole(file, data)  # the other language builds at the same time


# MkDocs loads a hook once per process (every build and language shares this module).
COMPILED = CompiledTemplates(DIRECTORY)


def on_env(env, config, files):
    env.bytecode_cache = COMPILED
    return env
