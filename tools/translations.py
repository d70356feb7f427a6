"""Translation records: what each translated page was translated from.

locales/<lang>/translations.json maps each translated page (path under docs/<lang>/) to the hash of
its English source and of every snippet and output it includes, as a reader sees them. When one of
those changes, the translation is stale and the suite says which page and what changed.

    uv run python -m tools.translations refresh docs/ja/getting-started/quickstart.md
    uv run python -m tools.translations status

Refresh a record only after bringing the translation up to date with the English page.
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

from tools import languages, pages

SOURCE_LANGUAGE = languages.default()


def records_path(language: str) -> Path:
    return pages.ROOT / "locales" / language / "translations.json"


def load(language: str) -> dict[str, dict]:
    path = records_path(language)
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}


def save(language: str, records: dict[str, dict]) -> None:
    records_path(language).write_text(
        json.dumps(dict(sorted(records.items())), indent=2, ensure_ascii=False) + "\n",
        encoding="utf-8",
    )


def digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def shown_text(path: str, section: str | None) -> str:
    """What a page shows of an included file (a section, or the file as shown)."""
    text = (pages.ROOT / path).read_text(encoding="utf-8")
    if section is None:
        return pages.as_shown(text)
    lines = text.splitlines(keepends=True)
    start = next(i for i, line in enumerate(lines) if f"[start:{section}]" in line)
    end = next(i for i, line in enumerate(lines) if f"[end:{section}]" in line)
    return "".join(
        line for line in lines[start + 1 : end] if not pages.SECTION.search(line)
    )


def current(source: Path) -> dict:
    """The record a translation of `source` (a page under docs/en/) would get now."""
    includes = {}
    for inc in pages.includes(source):
        key = inc.path + (f":{inc.section}" if inc.section else "")
        if (pages.ROOT / inc.path).is_file():
            includes[key] = digest(shown_text(inc.path, inc.section))
    return {
        "source": digest((pages.ROOT / source).read_text(encoding="utf-8")),
        "includes": includes,
    }


def key_of(translated: Path) -> str:
    return str(Path(*translated.relative_to("docs").parts[1:]))


def staleness(translated: Path) -> list[str]:
    """Why `translated` (docs/<lang>/...) is behind its English source; empty when it is current."""
    language = pages.page_language(translated)
    source = pages.counterpart(translated, SOURCE_LANGUAGE)
    record = load(language).get(key_of(translated))
    if record is None:
        return [
            f"no translation record (after translating, run: uv run python -m tools.translations refresh {translated})"
        ]
    now = current(source)
    reasons = []
    if record["source"] != now["source"]:
        reasons.append(
            f"{source} changed since it was translated (see: git log -p -- {source})"
        )
    for key in sorted(set(record["includes"]) | set(now["includes"])):
        before, after = record["includes"].get(key), now["includes"].get(key)
        if before != after:
            what = (
                "is new on the page"
                if before is None
                else "is no longer on the page"
                if after is None
                else "changed"
            )
            reasons.append(f"{key} {what}")
    return reasons


def refresh(translated: Path) -> None:
    language = pages.page_language(translated)
    records = load(language)
    records[key_of(translated)] = current(
        pages.counterpart(translated, SOURCE_LANGUAGE)
    )
    save(language, records)


def main(argv: list[str]) -> int:
    if len(argv) >= 1 and argv[0] == "status":
        stale = 0
        for language in pages.LANGUAGES:
            if language == SOURCE_LANGUAGE:
                continue
            for page in pages.pages(language):
                reasons = staleness(page)
                stale += bool(reasons)
                print(
                    f"{'STALE' if reasons else 'ok   '} {page}"
                    + "".join(f"\n        {r}" for r in reasons)
                )
        return 1 if stale else 0
    if len(argv) >= 2 and argv[0] == "refresh":
        for arg in argv[1:]:
            page = Path(arg)
            if (
                not (pages.ROOT / page).is_file()
                or pages.page_language(page) == SOURCE_LANGUAGE
            ):
                print(
                    f"{arg}: not a translated page (expected docs/<lang>/...md)",
                    file=sys.stderr,
                )
                return 2
            refresh(page)
            print(
                f"recorded {page} as translated from the current {pages.counterpart(page, SOURCE_LANGUAGE)}"
            )
        return 0
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
