// The site's own behaviour, over Material's.

// Language menu: each link already points to the same page in the other language; keep the
// section the reader is on (headings have the same ids in every language).
document.addEventListener("click", function (event) {
  var link = event.target.closest && event.target.closest("a.md-select__link[hreflang]");
  if (!link || !location.hash || event.metaKey || event.ctrlKey || event.shiftKey) return;
  event.preventDefault();
  event.stopImmediatePropagation();
  location.assign(link.href.split("#")[0] + location.hash);
}, true);

// Material adds a <nav> of buttons to every code block; screen readers list navigation regions
// by name, so each gets its own ("Actions for code block 3").
(function () {
  var meta = document.querySelector('meta[name="tap-code-nav"]');
  var label = meta ? meta.content : "Code block {n}";
  function name() {
    var navs = document.querySelectorAll(".md-code__nav");
    navs.forEach(function (nav, i) { nav.setAttribute("aria-label", label.replace("{n}", String(i + 1))); });
  }
  new MutationObserver(function (records) {
    for (var i = 0; i < records.length; i++) {
      for (var j = 0; j < records[i].addedNodes.length; j++) {
        var node = records[i].addedNodes[j];
        if (node.nodeType === 1 && (node.matches(".md-code__nav") || node.querySelector(".md-code__nav"))) return name();
      }
    }
  }).observe(document.body, { childList: true, subtree: true });
  name();
})();

// A table wider than the page scrolls sideways (in Material's wrapper, or by itself before
// Material's script has run); keyboard users reach it by Tab.
function focusScrollableTables() {
  document.querySelectorAll(".md-typeset__scrollwrap, .md-typeset table:not([class])").forEach(function (wrap) {
    if (wrap.scrollWidth > wrap.clientWidth) wrap.setAttribute("tabindex", "0");
    else wrap.removeAttribute("tabindex");
  });
}
window.addEventListener("resize", focusScrollableTables);
if (window.document$) window.document$.subscribe(focusScrollableTables);  // Material: every page, instant navigation too
else focusScrollableTables();

// Print: wrap each line of code in a span, so that a long line wraps with a hanging indent
// (tap.css). Done only when printing: on screen, a span per line slows long pages down.
window.addEventListener("beforeprint", function () {
  document.querySelectorAll(".md-typeset pre > code:not([data-tap-lines])").forEach(function (code) {
    var lines = code.innerHTML.split("\n");
    if (lines[lines.length - 1] === "") lines.pop();
    code.innerHTML = lines.map(function (line) { return '<span class="tap-line">' + line + "</span>"; }).join("");
    code.dataset.tapLines = "";
  });
});
