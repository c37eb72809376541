// Large-type mode: a toggle in the header that enlarges all text without a reload and is remembered.
// The button keeps its name; aria-pressed (and the check mark the stylesheet draws) says whether it is on.
(function () {
  "use strict";
  var KEY = "jianbao-large-type";
  var root = document.documentElement;
  var button = document.querySelector(".large-type-toggle");
  if (!button) return;

  function remember(on) {
    try { localStorage.setItem(KEY, on ? "on" : "off"); } catch (e) { /* private mode: not remembered */ }
  }
  function show(on) {
    root.classList.toggle("large-type", on);
    button.setAttribute("aria-pressed", on ? "true" : "false");
  }

  show(root.classList.contains("large-type"));
  button.hidden = false;
  button.addEventListener("click", function () {
    var on = !root.classList.contains("large-type");
    show(on);
    remember(on);
  });
})();
