// On wide screens the filters sit beside the results: open them. Without JavaScript the panel
// still works as a plain <details> element.
(function () {
  if (!window.matchMedia("(min-width: 64rem)").matches) return;
  document.querySelectorAll("[data-filter-panel]").forEach(function (panel) {
    panel.open = true;
  });
})();
