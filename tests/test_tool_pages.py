"""The page parser's own logic (tools/pages.py), on small inline pages."""

from pathlib import Path

import pytest

from tools import pages

PAGE = """---
description: A page.
---

# Title { #title }

```python title="test_x.py"
--8<-- "snippets/a/b/test_x.py:sample"
```

````markdown
```python
print("inside a longer fence: not a fence of its own")
```
## not a heading either
````

## A section without an id

~~~console
--8<-- "snippets/a/b/x.out"
~~~
"""


@pytest.fixture
def page(tmp_path, monkeypatch) -> Path:
    monkeypatch.setattr(pages, "ROOT", tmp_path)
    for cached in (pages.fences, pages.includes, pages.headings):
        cached.cache_clear()
    (tmp_path / "docs" / "en").mkdir(parents=True)
    (tmp_path / "docs" / "en" / "p.md").write_text(PAGE, encoding="utf-8")
    yield Path("docs/en/p.md")
    for cached in (pages.fences, pages.includes, pages.headings):
        cached.cache_clear()


def test_fences_nest_and_know_their_language(page):
    found = pages.fences(page)
    assert [(f.line, f.language, f.is_include_only) for f in found] == [
        (7, "python", True),
        (11, "markdown", False),
        (20, "console", True),
    ]
    assert found[1].body[1] == 'print("inside a longer fence: not a fence of its own")'


def test_includes_name_their_file_and_section(page):
    assert [(i.line, i.path, i.section) for i in pages.includes(page)] == [
        (8, "snippets/a/b/test_x.py", "sample"),
        (21, "snippets/a/b/x.out", None),
    ]
    assert pages.includes(page)[0].where == "docs/en/p.md:8"


def test_headings_outside_fences_with_their_ids(page):
    assert [(h.line, h.level, h.text, h.id) for h in pages.headings(page)] == [
        (5, 1, "Title", "title"),
        (18, 2, "A section without an id", None),
    ]


def test_a_reader_sees_the_sample_section_without_markers():
    text = "import x\n# --8<-- [start:sample]\ndef test():\n    pass\n# --8<-- [end:sample]\npytestmark = 1\n"
    assert pages.as_shown(text) == "def test():\n    pass\n"
    assert (
        pages.as_shown("a = 1\n# --8<-- [start:part]\nb = 2\n# --8<-- [end:part]\n")
        == "a = 1\nb = 2\n"
    )


def test_counterparts_and_languages():
    assert pages.counterpart(Path("docs/en/a/b.md"), "ja") == Path("docs/ja/a/b.md")
    assert pages.page_language(Path("docs/ja/a/b.md")) == "ja"
    assert pages.split_target("snippets/a.py:sample") == ("snippets/a.py", "sample")
    # Read from mkdocs.yml.
    assert pages.LANGUAGES[0] == "en" and "ja" in pages.LANGUAGES
