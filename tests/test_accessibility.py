"""Accessibility of the built site in a real browser: axe-core on every page, in both colour themes,
and what a phone and a printer get. axe-core is loaded from disk into each page (npm package, see
AXE_VERSION); no request leaves the local server."""

import os
import shutil
import subprocess

import pytest
from pygments.token import STANDARD_TYPES

from tools import pages

from .conftest import SCREENSHOTS, serve_index_stubs
from .test_site import built_path, language_root

AXE_VERSION = "4.14.1"
AXE_DIR = pages.ROOT / ".cache" / "npm"
AXE = AXE_DIR / "node_modules" / "axe-core" / "axe.min.js"
# A browser that stops answering fails the test that waited for it, by name, instead of hanging
# the run: Playwright's evaluate() and close() have no time limit of their own.
pytestmark = [pytest.mark.enable_socket, pytest.mark.timeout(120)]


def install_axe() -> None:
    """npm install axe-core@AXE_VERSION into .cache/npm (once; it is one file)."""
    if AXE.exists() and f"axe v{AXE_VERSION}" in AXE.read_text(encoding="utf-8")[:100]:
        return
    npm = shutil.which("npm")
    if npm is None:
        reason = "npm is not installed: the accessibility tests load axe-core from its npm package"
        if os.environ.get("CI"):
            raise RuntimeError(reason + " (.ci/run needs Node.js)")
        pytest.skip(reason)
    AXE_DIR.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        [
            npm,
            "install",
            "--no-save",
            "--no-package-lock",
            "--no-audit",
            "--no-fund",
            "--prefix",
            str(AXE_DIR),
            f"axe-core@{AXE_VERSION}",
        ],
        check=True,
        capture_output=True,
        text=True,
    )


# What axe reports back: enough to find the element, nothing to slow it down.
AXE_OPTIONS = {
    "resultTypes": ["violations"],
    "ancestry": False,
    "xpath": False,
    "performanceTimer": False,
}
# Code is checked token by token below (test_code_colours_have_contrast_in_both_themes), once for
# every token class; on a page, its thousands of token spans are left out of the run.
PAGE_CONTEXT = {"exclude": [[".highlight pre > code"]]}
THEMES = {"light": "default", "dark": "slate"}
# Pages where Material's script runs too (search, code buttons, instant navigation: the same on
# every page); every other page is checked as its HTML and CSS render it, which is what differs.
WITH_SCRIPTS = [
    "",
    "ja/",
    "pytest-asyncio/async-fixtures/",
    "ja/pytest-asyncio/async-fixtures/",
]

RUN_AXE = """async ([context, options]) => {
  const result = await axe.run(context, options);
  return result.violations.map(v => ({rule: v.id, help: v.help, nodes: v.nodes.map(n => ({
    target: n.target.join(" "), html: n.html.slice(0, 200), summary: n.failureSummary}))}));
}"""
# Without Material's script, code keeps its token spans; as text it is one node (its colours are
# checked by the token test), and axe's run over the page takes a fraction of the time.
FLATTEN_CODE = "document.querySelectorAll('.highlight pre > code').forEach(c => { c.textContent = c.textContent; })"


def set_theme(page, theme: str) -> None:
    """What Material's palette toggle does: the colour scheme on <body>. Without transitions, so that
    axe sees the new colours, not colours halfway there."""
    page.evaluate(
        """scheme => {
      if (!document.getElementById("tap-no-transitions")) {
        const style = document.createElement("style");
        style.id = "tap-no-transitions";
        style.textContent = "*, *::before, *::after { transition: none !important; animation: none !important; }";
        document.head.append(style);
      }
      document.body.setAttribute("data-md-color-scheme", scheme);
    }""",
        THEMES[theme],
    )


def describe(path: str, theme: str, violations: list[dict]) -> list[str]:
    return [
        f"{path or '(home)'} [{theme}] {v['rule']}: {v['help']}\n    {n['target']}: {n['html']}\n    {n['summary']}"
        for v in violations
        for n in v["nodes"]
    ]


def audit(page, path: str) -> list[str]:
    """Every axe rule in the light theme; the colour rules again in the dark one."""
    problems = describe(
        path, "light", page.evaluate(RUN_AXE, [PAGE_CONTEXT, AXE_OPTIONS])
    )
    set_theme(page, "dark")
    dark = page.evaluate(
        RUN_AXE,
        [
            PAGE_CONTEXT,
            {**AXE_OPTIONS, "runOnly": ["color-contrast", "link-in-text-block"]},
        ],
    )
    return problems + describe(path, "dark", dark)


def new_context(browser, scripts: bool):
    install_axe()
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    context.set_default_timeout(15_000)
    context.add_init_script(path=str(AXE))
    # The search index is built in a worker: no part of the page's markup, only CPU here.
    context.route("**/search/search_index.json", lambda route: route.abort())
    if not scripts:
        context.route(
            "**/assets/javascripts/bundle.*.min.js", lambda route: route.abort()
        )
    return context


@pytest.fixture(scope="module")
def axe_page(browser):
    context = new_context(browser, scripts=False)
    yield context.new_page()
    context.close()


@pytest.fixture(scope="module")
def axe_page_with_scripts(browser):
    context = new_context(browser, scripts=True)
    yield context.new_page()
    context.close()


def every_page() -> list[str]:
    return [
        language_root(language) + url
        for language, url in map(built_path, pages.pages())
    ]


@pytest.mark.parametrize("path", every_page())
def test_page_has_no_accessibility_violations(axe_page, site_url, path):
    axe_page.goto(site_url + path, wait_until="load")
    axe_page.evaluate(FLATTEN_CODE)
    problems = audit(axe_page, path)
    assert not problems, f"axe-core {AXE_VERSION} finds:\n" + "\n".join(problems)


@pytest.mark.parametrize("path", WITH_SCRIPTS)
def test_page_with_its_scripts_has_no_accessibility_violations(
    axe_page_with_scripts, site_url, path
):
    axe_page_with_scripts.goto(site_url + path, wait_until="load")
    axe_page_with_scripts.wait_for_selector(
        ".md-code__nav, .md-search__input", state="attached"
    )
    problems = audit(axe_page_with_scripts, path)
    assert not problems, f"axe-core {AXE_VERSION} finds:\n" + "\n".join(problems)


TOKEN_BLOCK = """(classes) => {
  const block = document.createElement("div");
  block.className = "language-python highlight tap-token-sample";
  const pre = document.createElement("pre"), code = document.createElement("code");
  for (const [i, cls] of classes.entries()) {
    const span = document.createElement("span");
    span.className = cls; span.textContent = "token_" + cls + " ";
    if (i % 8 === 0) { const hll = document.createElement("span"); hll.className = "hll"; hll.append(span); code.append(hll); }
    else code.append(span);
    code.append("\\n");
  }
  pre.append(code); block.append(pre);
  document.querySelector("article").prepend(block);
}"""


def test_code_colours_have_contrast_in_both_themes(axe_page_with_scripts, site_url):
    """Every Pygments token class, plain and on a highlighted line, in a real page's code block."""
    page = axe_page_with_scripts
    page.goto(site_url + "getting-started/quickstart/", wait_until="load")
    classes = sorted({cls for cls in STANDARD_TYPES.values() if cls})
    page.evaluate(TOKEN_BLOCK, classes)
    problems = []
    for theme in THEMES:
        set_theme(page, theme)
        found = page.evaluate(
            RUN_AXE,
            [
                {"include": [[".tap-token-sample"]]},
                {**AXE_OPTIONS, "runOnly": ["color-contrast"]},
            ],
        )
        problems += describe("token sample", theme, found)
    assert not problems, "\n".join(problems)


@pytest.fixture
def phone(browser):
    context = browser.new_context(
        viewport={"width": 390, "height": 844},
        device_scale_factor=2,
        is_mobile=True,
        has_touch=True,
    )
    serve_index_stubs(context)
    yield context.new_page()
    context.close()


def test_a_phone_gets_whole_identifiers_in_tables_and_a_scrolling_table(
    phone, site_url
):
    phone.goto(site_url + "getting-started/reading-old-tutorials/", wait_until="load")
    code = phone.locator(".md-typeset table code").first
    assert code.evaluate("e => getComputedStyle(e).whiteSpace") == "nowrap"
    wrap = phone.locator(".md-typeset__scrollwrap").first
    assert wrap.evaluate("e => getComputedStyle(e).overflowX") in ("auto", "scroll")
    assert phone.evaluate(
        "document.documentElement.scrollWidth <= window.innerWidth"
    ), "the page scrolls sideways"
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    phone.screenshot(path=str(SCREENSHOTS / "phone_reading-old-tutorials.png"))
    phone.goto(site_url + "ja/troubleshooting/", wait_until="load")
    assert (
        phone.locator("h2").first.evaluate("e => getComputedStyle(e).wordBreak")
        == "auto-phrase"
    )
    phone.screenshot(path=str(SCREENSHOTS / "phone_ja_troubleshooting.png"))


def test_print_leaves_out_buttons_and_indents_wrapped_code(phone, site_url):
    phone.goto(site_url + "getting-started/quickstart/", wait_until="load")
    phone.emulate_media(media="print")
    phone.evaluate("window.dispatchEvent(new Event('beforeprint'))")
    for chrome in (".md-header", ".md-code__nav", ".md-footer"):
        hidden = phone.locator(chrome).first.evaluate(
            "e => getComputedStyle(e).display"
        )
        assert hidden == "none", f"{chrome} is printed"
    line = phone.locator(".md-typeset pre > code .tap-line").first
    assert line.evaluate(
        "e => parseFloat(getComputedStyle(e).textIndent) < 0 && getComputedStyle(e).display === 'block'"
    )
