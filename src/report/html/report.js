// Filters the conflicts by kind and least score; the page reads whole without it.
(function () {
  "use strict";
  var kind = document.getElementById("kind");
  var least = document.getElementById("min-score");
  var shown = document.getElementById("shown");
  if (!kind || !least || !shown) { return; }
  var conflicts = Array.prototype.slice.call(document.querySelectorAll("article.conflict"));
  function apply() {
    var k = kind.value;
    var min = parseFloat(least.value) || 0;
    var n = 0;
    conflicts.forEach(function (c) {
      var keep = (!k || c.dataset.kind === k) && parseFloat(c.dataset.score) >= min;
      c.classList.toggle("hidden", !keep);
      if (keep) { n += 1; }
    });
    document.querySelectorAll("section.dispute").forEach(function (d) {
      d.hidden = !d.querySelector("article.conflict:not(.hidden)");
    });
    shown.textContent = n + " of " + conflicts.length + " conflicts shown";
  }
  kind.addEventListener("change", apply);
  least.addEventListener("input", apply);
  apply();
}());
