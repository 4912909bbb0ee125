/* Every browse page: on wide screens the filters sit beside the results, so open them. On phones
   they fold away until needed. The form is a plain GET form and works the same without this. */
(function () {
  "use strict";
  if (!window.matchMedia("(min-width: 64rem)").matches) return;
  document.querySelectorAll("[data-filter-panel]").forEach(function (panel) {
    panel.open = true;
  });
})();
