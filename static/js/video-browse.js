/* Parents' browse: the filters are open on wide screens; on phones they fold away until needed.
   The form is a plain GET form and works the same without this script. */
(function () {
  "use strict";
  var panel = document.querySelector("[data-filter-panel]");
  if (panel && window.matchMedia("(min-width: 64rem)").matches) {
    panel.open = true;
  }
})();
