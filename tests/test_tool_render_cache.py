"""The site remembers each page's rendered Markdown between builds (tools/site/render_cache.py): a
remembered page must be exactly what a fresh render gives, a page is rendered again when anything it
read changed, a page whose rendering logged something is never remembered, and a damaged file only
means rendering again."""

import logging
from pathlib import Path

import pytest
from mkdocs.commands.build import build
from mkdocs.config import load_config
from mkdocs.exceptions import Abort
from mkdocs.structure.pages import Page

from tools.site import render_cache

CONFIG = """site_name: t
theme: {{name: mkdocs}}
plugins: []
markdown_extensions:
  - toc: {{permalink: true}}
  - pymdownx.snippets: {{base_path: ["{root}"], check_paths: true}}
validation:
  links: {{not_found: warn, anchors: warn}}
"""
PAGES = {
    "index.md": '# Home\n\nSee [the part](b.md#part).\n\n--8<-- "included.txt"\n',
    "b.md": "# B\n\n## Part\n\nText.\n",
}


@pytest.fixture
def project(tmp_path, monkeypatch):
    (tmp_path / "docs").mkdir()
    for name, text in PAGES.items():
        (tmp_path / "docs" / name).write_text(text, encoding="utf-8")
    (tmp_path / "included.txt").write_text("Included, first version.\n")
    (tmp_path / "mkdocs.yml").write_text(CONFIG.format(root=tmp_path))
    monkeypatch.setattr(render_cache, "CACHE", tmp_path / "rendered")
    monkeypatch.setattr(render_cache, "_used", set())
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "0")  # the theme prints the build's date
    return tmp_path


@pytest.fixture
def renders(monkeypatch) -> list[str]:
    """The pages MkDocs renders (its own Page.render, restored after the test)."""
    rendered: list[str] = []
    render = Page.render

    def counted(self, config, files):
        rendered.append(self.file.src_uri)
        return render(self, config, files)

    monkeypatch.setattr(Page, "render", counted)
    return rendered


def built(project: Path, name: str) -> dict[str, str]:
    """A strict build's pages, through the hook's build events."""
    config = load_config(
        str(project / "mkdocs.yml"), site_dir=str(project / name), strict=True
    )
    render_cache.on_pre_build(config)
    build(config)
    render_cache.on_post_build(config)
    return {
        str(p.relative_to(project / name)): p.read_text(encoding="utf-8")
        for p in sorted((project / name).rglob("*.html"))
    }


def entries(project: Path) -> list[Path]:
    return sorted((project / "rendered").rglob("*.json"))


def test_a_remembered_page_is_what_a_fresh_render_gives(project, renders):
    fresh = built(project, "fresh")
    render_cache.remember_rendering()
    renders.clear()
    assert built(project, "first") == fresh
    assert sorted(renders) == ["b.md", "index.md"] and len(entries(project)) == 2
    renders.clear()
    assert built(project, "second") == fresh
    assert renders == []  # both remembered


def test_a_page_is_rendered_again_when_what_it_includes_changes(project, renders):
    render_cache.remember_rendering()
    built(project, "first")
    (project / "included.txt").write_text("Included, second version.\n")
    renders.clear()
    again = built(project, "second")
    assert renders == ["index.md"]
    assert "second version" in again["index.html"]
    assert len(entries(project)) == 2  # the first version's result is forgotten


def test_a_page_whose_rendering_logs_is_never_remembered(project, renders):
    (project / "docs" / "c.md").write_text("# C\n\n[Gone](missing.md)\n")
    warnings: list[str] = []
    handler = logging.Handler(logging.WARNING)
    handler.emit = lambda record: warnings.append(record.getMessage())  # type: ignore[method-assign]
    logging.getLogger("mkdocs").addHandler(handler)
    render_cache.remember_rendering()
    try:
        for name in ("first", "second"):
            renders.clear()
            with pytest.raises(Abort, match="warnings in strict mode"):
                built(project, name)
            assert "c.md" in renders
            assert sum("missing.md" in w for w in warnings) == (
                1 if name == "first" else 2
            )
    finally:
        logging.getLogger("mkdocs").removeHandler(handler)


def test_a_damaged_entry_means_rendering_again(project, renders):
    fresh = built(project, "fresh")
    render_cache.remember_rendering()
    built(project, "first")
    for entry in entries(project):
        entry.write_text('{"format": 1, "content": ', encoding="utf-8")
    renders.clear()
    assert built(project, "second") == fresh
    assert sorted(renders) == ["b.md", "index.md"]
