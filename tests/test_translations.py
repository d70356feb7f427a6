"""Every translated page is as recent as its English source and the samples it shows."""

import pytest

from tools import pages, translations


@pytest.mark.parametrize(
    "page", [p for p in pages.pages() if pages.page_language(p) != "en"], ids=str
)
def test_translation_is_current(page):
    reasons = translations.staleness(page)
    assert not reasons, (
        f"{page} is behind its English source:\n  "
        + "\n  ".join(reasons)
        + f"\nUpdate the translation, then: uv run python -m tools.translations refresh {page}"
    )
