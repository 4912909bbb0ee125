/* Every browse page. The form is a plain GET form and works the same without this script.
   - On wide screens the filters sit beside the results, so open them; on phones they fold away
     and a visitor lands on the results after applying them.
   - Leave empty fields out of the address (?q=&year= …), so shared links stay short. */
(function () {
  "use strict";
  if (window.matchMedia("(min-width: 64rem)").matches) {
    document.querySelectorAll("[data-filter-panel]").forEach(function (panel) {
      panel.open = true;
    });
  }
  document.querySelectorAll("[data-browse-form]").forEach(function (form) {
    var fields = function () { return form.querySelectorAll("input[name], select[name]"); };
    form.addEventListener("submit", function () {
      fields().forEach(function (field) {
        if (!field.value) field.disabled = true;
      });
    });
    // Coming back with the Back button shows the same form: make every field usable again.
    window.addEventListener("pageshow", function () {
      fields().forEach(function (field) { field.disabled = false; });
    });
  });
})();
