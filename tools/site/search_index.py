"""Code blocks, and the notice that a translation is behind its English page, stay out of the search
index.

Samples and outputs were most of the index, which a reader's browser downloads on its first visit,
and most of the build's time went into Material cutting them into search entries. What readers search
for stays findable: prose names the APIs, and every error message has its own entry (a heading) in
the troubleshooting index. Material's search plugin reads `page.content` in its `on_page_context`:
this hook hands it the page without code blocks, then gives the page its code back. The notice
(tools/site/page_facts.py) is no answer to a search, and without it an edit to a shown sample
changes no search index."""

from __future__ import annotations

import json
import re
from pathlib import Path

from mkdocs.plugins import CombinedEvent, event_priority

# A highlighted block (pymdownx.highlight): no <div> inside, so the first `</pre></div>` ends it.
CODE_BLOCK = re.compile(
    r'<div class="language-[^"]*highlight"[^>]*>.*?</pre></div>', re.S
)
STALE_NOTICE = re.compile(r'<div class="admonition warning tap-stale">.*?</div>', re.S)
_full_content: dict[str, str] = {}


@event_priority(100)  # before Material's search plugin
def _without_code(context, page, config, nav):
    _full_content[page.file.src_uri] = page.content
    page.content = STALE_NOTICE.sub("", CODE_BLOCK.sub("", page.content))
    return context


@event_priority(-100)  # after it
def _with_code(context, page, config, nav):
    page.content = _full_content.pop(page.file.src_uri)
    return context


on_page_context = CombinedEvent(_without_code, _with_code)


def on_post_build(config) -> None:
    """Material writes the index with every non-ASCII character escaped (`\\u30a4`: 6 bytes where
    UTF-8 needs 3); a Japanese index is half the size written as UTF-8."""
    index = Path(config.site_dir) / "search" / "search_index.json"
    if index.exists():
        data = json.loads(index.read_text(encoding="utf-8"))
        index.write_text(
            json.dumps(data, ensure_ascii=False, separators=(",", ":")),
            encoding="utf-8",
        )
