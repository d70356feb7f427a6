"""Under `mkdocs serve`, the site hooks keep highlighted code and search entries between rebuilds
(tools/site_hooks.py): a rebuild must give exactly what a fresh build gives."""

from types import SimpleNamespace

import markdown
import pytest
from material.plugins.search.plugin import SearchIndex
from pymdownx.highlight import Highlight

from tools import site_hooks

PAGE = '''# Title

```python title="test_x.py"
async def test_x():
    assert await f() == 1
```

## Section

```console
$ pytest -q
1 passed
```
'''
EXTENSIONS = ["pymdownx.superfences", "pymdownx.highlight", "toc"]
SETTINGS = {"pymdownx.highlight": {"anchor_linenums": True, "line_spans": "__span", "pygments_lang_class": True}}


def render() -> str:
    return markdown.Markdown(extensions=EXTENSIONS, extension_configs=SETTINGS).convert(PAGE)


def entries(html: str) -> list[dict]:
    index = SearchIndex(lang=["en"], separator=r"[\s\-]+")
    page = SimpleNamespace(content=html, url="page/", title="Title", meta={}, toc=[])
    index.add_entry_from_context(page)
    return index.entries


def test_a_rebuild_under_serve_matches_a_fresh_build(monkeypatch):
    fresh_html = render()
    fresh_entries = entries(fresh_html)
    monkeypatch.setattr(Highlight, "highlight", Highlight.highlight)  # restored after the test
    monkeypatch.setattr(SearchIndex, "add_entry_from_context", SearchIndex.add_entry_from_context)
    site_hooks.remember_between_rebuilds()
    first, rebuilt = render(), render()  # the rebuild's code blocks come from memory
    assert first == rebuilt == fresh_html
    assert entries(first) == entries(rebuilt) == fresh_entries
    assert 'id="__codelineno-0-1"' in rebuilt and 'id="__codelineno-1-1"' in rebuilt  # per-block anchors kept
