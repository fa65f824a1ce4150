// Filters the conflicts by kind and least score, and keeps the analyst's review: confirm or
// dismiss a conflict, note why, see dismissed ones again, and export the verdicts as the review
// file `crosscheck check --review` reads. Verdicts are kept in the browser (local storage),
// by conflict id, so they survive a reload and apply to the next run's page. The page reads
// whole without the script.
(function () {
  "use strict";
  var kind = document.getElementById("kind");
  var least = document.getElementById("min-score");
  var shown = document.getElementById("shown");
  if (!kind || !least || !shown) { return; }
  var showDismissed = document.getElementById("show-dismissed");
  var exported = document.getElementById("review-export");
  var conflicts = Array.prototype.slice.call(document.querySelectorAll("article.conflict"));
  var KEY = "crosscheck-review";
  var review = {};
  try { review = JSON.parse(localStorage.getItem(KEY) || "{}") || {}; } catch (e) { review = {}; }
  function save() {
    try { localStorage.setItem(KEY, JSON.stringify(review)); } catch (e) { /* private mode */ }
  }
  function idOf(c) { return c.id.slice(2); }
  function paint(c) {
    var r = review[idOf(c)];
    c.classList.toggle("dismissed", !!r && r.verdict === "dismissed");
    c.classList.toggle("confirmed-here", !!r && r.verdict === "confirmed");
  }
  function apply() {
    var k = kind.value;
    var min = parseFloat(least.value) || 0;
    var withDismissed = showDismissed && showDismissed.checked;
    var n = 0;
    conflicts.forEach(function (c) {
      paint(c);
      var keep = (!k || c.dataset.kind === k) && parseFloat(c.dataset.score) >= min &&
        (withDismissed || !c.classList.contains("dismissed"));
      c.classList.toggle("hidden", !keep);
      if (keep) { n += 1; }
    });
    document.querySelectorAll("section.dispute").forEach(function (d) {
      d.hidden = !d.querySelector("article.conflict:not(.hidden)");
    });
    shown.textContent = n + " of " + conflicts.length + " conflicts shown";
  }
  function decide(c, verdict) {
    var note = c.querySelector(".note");
    review[idOf(c)] = { verdict: verdict, note: note ? note.value : "" };
    save();
    apply();
  }
  conflicts.forEach(function (c) {
    var confirm = c.querySelector("button.confirm");
    var dismiss = c.querySelector("button.dismiss");
    var note = c.querySelector(".note");
    var r = review[idOf(c)];
    if (note && r && r.note) { note.value = r.note; }
    if (confirm) { confirm.addEventListener("click", function () { decide(c, "confirmed"); }); }
    if (dismiss) { dismiss.addEventListener("click", function () { decide(c, "dismissed"); }); }
    if (note) {
      note.addEventListener("change", function () {
        var r = review[idOf(c)];
        if (r) { r.note = note.value; save(); }
      });
    }
  });
  // The review file: JSON Lines of {"id", "verdict", "note"}, in id order.
  function reviewFile() {
    return Object.keys(review).sort().map(function (id) {
      var entry = { id: id, verdict: review[id].verdict };
      if (review[id].note) { entry.note = review[id].note; }
      return JSON.stringify(entry);
    }).join("\n") + "\n";
  }
  var exportButton = document.getElementById("export");
  if (exportButton) {
    exportButton.addEventListener("click", function () {
      var text = reviewFile();
      if (exported) { exported.value = text; }
      var a = document.createElement("a");
      a.href = URL.createObjectURL(new Blob([text], { type: "application/x-ndjson" }));
      a.download = "review.jsonl";
      document.body.appendChild(a);
      a.click();
      a.remove();
    });
  }
  kind.addEventListener("change", apply);
  least.addEventListener("input", apply);
  if (showDismissed) { showDismissed.addEventListener("change", apply); }
  apply();
}());
