"""The site remembers highlighted code blocks between builds (tools/site/highlight_cache.py): a
remembered block must be exactly what a fresh build gives, and a damaged cache file only means
highlighting again."""

import markdown
import pytest
from pymdownx.highlight import Highlight

from tools.site import highlight_cache

PAGE = """# Title

```python title="test_x.py"
async def test_x():
    assert await f() == 1
```

## Section

```console
$ pytest -q
1 passed
```
"""
EXTENSIONS = ["pymdownx.superfences", "pymdownx.highlight", "toc"]
SETTINGS = {"pymdownx.highlight": {"pygments_lang_class": True}}


def render() -> str:
    return markdown.Markdown(extensions=EXTENSIONS, extension_configs=SETTINGS).convert(
        PAGE
    )


@pytest.fixture
def cache(tmp_path, monkeypatch):
    # Restored after the test.
    monkeypatch.setattr(Highlight, "highlight", Highlight.highlight)
    monkeypatch.setattr(highlight_cache, "CACHE", tmp_path / "highlighted.json")
    monkeypatch.setattr(highlight_cache, "_remembered", {})
    return tmp_path / "highlighted.json"


def test_a_remembered_block_is_what_a_fresh_build_gives(cache):
    fresh = render()
    highlight_cache.on_startup("build", dirty=False)
    assert render() == fresh  # highlighted and remembered
    highlight_cache.on_post_build(config=None)
    assert cache.exists()
    highlight_cache._remembered.clear()
    highlight_cache.load()
    assert len(highlight_cache._remembered) == 2  # the two blocks, from the file
    assert render() == fresh  # from memory


def test_a_damaged_cache_file_is_ignored(cache):
    cache.write_text('{"truncated": ', encoding="utf-8")
    highlight_cache.on_startup("build", dirty=False)
    assert highlight_cache._remembered == {}
    cache.write_text('{"key": ["not", "html"]}', encoding="utf-8")
    highlight_cache.load()
    assert highlight_cache._remembered == {}
