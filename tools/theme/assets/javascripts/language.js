// Language menu: go to the same page in the other language. Every page exists in every language
// (the test suite checks it), so the counterpart is the same path under the other language's root.
// Material's own "stay on page" expects every language under a prefix (/en/, /ja/); here English
// is at the root. A full page load also gives the new page its own language's search index.
document.addEventListener("click", function (event) {
  var link = event.target.closest && event.target.closest("a.md-select__link[hreflang]");
  if (!link || event.metaKey || event.ctrlKey || event.shiftKey) return;
  var roots = Array.prototype.map.call(
    document.querySelectorAll("a.md-select__link[hreflang]"), function (a) { return a.href; }
  ).sort(function (a, b) { return b.length - a.length; });
  var here = location.origin + location.pathname;
  var current = roots.find(function (root) { return here.indexOf(root) === 0; });
  if (!current) return;
  event.preventDefault();
  event.stopImmediatePropagation();
  location.assign(link.href + here.slice(current.length) + location.hash);
}, true);
