"""Parts of pages generated from the project's own data, so they cannot drift from it:
- `<!-- glossary-table -->`: the glossary, from locales/ja/glossary.yml (which tests/test_glossary.py
  checks the Japanese pages against);
- `<!-- reader-requirements -->`: every package, at its pinned version, that a reader installs to
  reproduce the outputs (the versions page);
- `<!-- verified-pythons -->`: the Pythons every sample was verified on, as `python -m tools.pythons`
  recorded them (the suite checks that the record covers the current samples)."""

from __future__ import annotations

import html
import json
import sys
from pathlib import Path

import yaml

# The project root: `tools` is not installed.
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from tools import environment, pages
from tools.site.ui import ui

GLOSSARY_TABLE = "<!-- glossary-table -->"
READER_REQUIREMENTS = "<!-- reader-requirements -->"
VERIFIED_PYTHONS = "<!-- verified-pythons -->"
GLOSSARY_HEADER = {
    "en": "| English | 日本語 | Not written |",
    "ja": "| 英語 | 日本語 | 使わない表記 |",
}


def glossary_table(language: str) -> str:
    terms = yaml.safe_load(
        (pages.ROOT / "locales" / "ja" / "glossary.yml").read_text(encoding="utf-8")
    )
    rows = [GLOSSARY_HEADER[language], "| --- | --- | --- |"]
    for term in terms:
        # `shown`: the variants as a reader would write them (`avoid` holds the patterns the test uses).
        shown = term.get("shown") or []
        variants = (
            "、".join(html.escape(v).replace("|", "&#124;") for v in shown) or "–"
        )
        rows.append(f"| {term['en']} | {term['ja']} | {variants} |")
    return "\n".join(rows)


def reader_requirements(title: str) -> str:
    requirements = environment.reader_requirements()
    title = title.format(count=len(requirements), python=environment.python_version())
    body = "\n".join(f"        {line}" for line in requirements)
    return (
        f'??? note "{title}"\n\n    ```text title="requirements.txt"\n{body}\n    ```\n'
    )


def verified_pythons(language: str) -> str:
    from tools import pythons

    strings = ui(language)
    record = json.loads(pythons.VERIFIED.read_text(encoding="utf-8"))
    rows = [
        strings["pythons_header"],
        "| --- | --- |",
        f"| {environment.python_version()} | {strings['pythons_baseline']} |",
    ]
    rows += [
        f"| {run['python']} | `{run['result']}` |" for run in record["runs"].values()
    ]
    return "\n".join(rows)


def on_page_markdown(markdown: str, page, config, files) -> str:
    language = config.theme["language"]
    if GLOSSARY_TABLE in markdown:
        markdown = markdown.replace(GLOSSARY_TABLE, glossary_table(language))
    if READER_REQUIREMENTS in markdown:
        markdown = markdown.replace(
            READER_REQUIREMENTS, reader_requirements(ui(language)["requirements"])
        )
    if VERIFIED_PYTHONS in markdown:
        markdown = markdown.replace(VERIFIED_PYTHONS, verified_pythons(language))
    return markdown
