/* Move keyboard and screen-reader focus to what the server just answered: the outcome of a
   form or its error summary ([data-focus-on-load]). Without JavaScript the address's #fragment
   still scrolls the same element into view. Chromium scrolls to the #fragment after parsing and
   drops the focus doing so, so the focus is given again once the page has loaded. */
(function () {
  "use strict";
  var target = document.querySelector("[data-focus-on-load]");
  if (!target) {
    return;
  }
  if (!target.hasAttribute("tabindex")) {
    target.setAttribute("tabindex", "-1");
  }

  function focusTarget() {
    if (document.activeElement !== target) {
      target.focus({ preventScroll: true });
      target.scrollIntoView({ block: "start" });
    }
  }

  focusTarget();
  window.addEventListener("load", function () {
    window.setTimeout(focusTarget, 0);
  });
})();
