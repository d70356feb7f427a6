"""Compiling the theme's Jinja templates was a tenth of a build: MkDocs makes a new Jinja
environment for every build, so each language compiled the same 97 templates again, and `mkdocs
serve` did it again on every rebuild. This hook gives every environment one in-memory bytecode
cache for the process. Jinja checks each entry against a hash of the template's source, so an edited
template (tools/theme/) is compiled again; tests/test_tool_template_cache.py checks that a page rendered
from the cache is exactly what a fresh environment renders."""

from __future__ import annotations

from jinja2 import BytecodeCache
from jinja2.bccache import Bucket


class InMemoryBytecodeCache(BytecodeCache):
    def __init__(self) -> None:
        self._stored: dict[str, bytes] = {}

    def get_bucket(self, environment, name, filename, source):
        # A template compiles differently under other extensions: they are part of the key.
        key = self.get_cache_key(name, filename) + repr(sorted(environment.extensions))
        bucket = Bucket(environment, key, self.get_source_checksum(source))
        self.load_bytecode(bucket)
        return bucket

    def load_bytecode(self, bucket: Bucket) -> None:
        if (stored := self._stored.get(bucket.key)) is not None:
            # A stale checksum leaves the bucket empty: the template is compiled again.
            bucket.bytecode_from_string(stored)

    def dump_bytecode(self, bucket: Bucket) -> None:
        self._stored[bucket.key] = bucket.bytecode_to_string()


# MkDocs loads a hook once per process (every build and language shares this module).
COMPILED = InMemoryBytecodeCache()


def on_env(env, config, files):
    env.bytecode_cache = COMPILED
    return env
