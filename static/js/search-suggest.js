/* Title suggestions for the search box: the ARIA 1.2 combobox pattern with a list box.
   Without this script the box is a plain search form. Suggestions come from our own
   /…/search/suggestions/ address (never another site); arrow keys move through them,
   Enter opens the chosen page, Escape closes the list, and a status line says how many
   titles match. */
(function () {
  "use strict";
  var DELAY = 150;
  var MIN_LENGTH = 2;
  document.querySelectorAll("[data-suggest-url]").forEach(function (box) {
    var input = box.querySelector("input[type=search]");
    var list = box.querySelector("[role=listbox]");
    var status = document.getElementById("search-suggestions-status");
    if (!input || !list) return;
    var timer = null;
    var request = 0;
    var active = -1;

    input.setAttribute("role", "combobox");
    input.setAttribute("aria-autocomplete", "list");
    input.setAttribute("aria-controls", list.id);
    input.setAttribute("aria-expanded", "false");

    function options() { return list.querySelectorAll("[role=option]"); }

    function close() {
      list.hidden = true;
      input.setAttribute("aria-expanded", "false");
      input.removeAttribute("aria-activedescendant");
      active = -1;
    }

    function say(text) { if (status) status.textContent = text; }

    function highlight(index) {
      var all = options();
      if (!all.length) return;
      active = (index + all.length) % all.length;
      all.forEach(function (option, i) {
        option.setAttribute("aria-selected", i === active ? "true" : "false");
      });
      input.setAttribute("aria-activedescendant", all[active].id);
      all[active].scrollIntoView({ block: "nearest" });
    }

    function show(suggestions) {
      list.textContent = "";
      suggestions.forEach(function (item, i) {
        var option = document.createElement("li");
        option.id = "search-suggestion-" + i;
        option.className = "search-combobox__option";
        option.setAttribute("role", "option");
        option.setAttribute("aria-selected", "false");
        option.dataset.url = item.url;
        var title = document.createElement("span");
        title.textContent = item.title;
        var kind = document.createElement("span");
        kind.className = "search-combobox__kind";
        kind.textContent = item.kind;
        option.appendChild(title);
        option.appendChild(kind);
        option.addEventListener("mousedown", function (event) { event.preventDefault(); });
        option.addEventListener("click", function () { window.location.href = item.url; });
        list.appendChild(option);
      });
      if (suggestions.length) {
        list.hidden = false;
        input.setAttribute("aria-expanded", "true");
        say(suggestions.length + " " + box.dataset.foundText);
      } else {
        close();
        say(box.dataset.noneText);
      }
    }

    function fetchSuggestions() {
      var typed = input.value.trim();
      if (typed.length < MIN_LENGTH) { close(); say(""); return; }
      var mine = ++request;
      fetch(box.dataset.suggestUrl + "?q=" + encodeURIComponent(typed), {
        headers: { Accept: "application/json" },
        credentials: "same-origin"
      })
        .then(function (response) { return response.ok ? response.json() : { suggestions: [] }; })
        .then(function (data) { if (mine === request) show(data.suggestions || []); })
        .catch(function () { close(); });
    }

    input.addEventListener("input", function () {
      window.clearTimeout(timer);
      timer = window.setTimeout(fetchSuggestions, DELAY);
    });
    input.addEventListener("keydown", function (event) {
      var open = !list.hidden;
      if (event.key === "ArrowDown") {
        event.preventDefault();
        if (open) highlight(active + 1); else fetchSuggestions();
      } else if (event.key === "ArrowUp" && open) {
        event.preventDefault();
        highlight(active - 1);
      } else if (event.key === "Enter" && open && active >= 0) {
        event.preventDefault();
        window.location.href = options()[active].dataset.url;
      } else if (event.key === "Escape" && open) {
        event.preventDefault();
        close();
      }
    });
    input.addEventListener("blur", close);
  });
})();
