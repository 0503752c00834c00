// Every page of the docs site names the address it is served from: each [data-served-origin] element shows
// location.origin, and the examples written for the default address (DOCUMENTED below) name this one
// instead, so that they work on whatever port the emulator serving the page listens on. Opened from
// disk, the page keeps the documented default.
(function () {
  var DOCUMENTED = "http://127.0.0.1:8080";
  if (location.protocol !== "http:" && location.protocol !== "https:") return;
  var origin = location.origin;
  function swap(text) { return text.split(DOCUMENTED).join(origin); }

  document.querySelectorAll("[data-served-origin]").forEach(function (element) {
    element.textContent = origin;
  });
  var root = document.querySelector(".md-content") || document.querySelector("main") || document.body;
  root.querySelectorAll("code").forEach(function (code) {
    if (code.textContent.indexOf(DOCUMENTED) === -1) return;
    var walker = document.createTreeWalker(code, NodeFilter.SHOW_TEXT);
    for (var node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.data.indexOf(DOCUMENTED) !== -1) node.data = swap(node.data);
    }
    // A highlighter may have split the address over several tokens: then the block loses its colours.
    if (code.textContent.indexOf(DOCUMENTED) !== -1) code.textContent = swap(code.textContent);
  });
  root.querySelectorAll("a[href]").forEach(function (link) {
    var href = link.getAttribute("href");
    if (href.indexOf(DOCUMENTED) === 0) link.setAttribute("href", swap(href));
    if (link.textContent.indexOf(DOCUMENTED) !== -1) link.textContent = swap(link.textContent);
  });
})();
