/* One-click feedback ("Used in class", "Made you curious about this job?") without leaving the
   page: the form is sent with fetch and the thank-you appears in its live region; the focus stays
   on the button that was pressed. Without JavaScript the form posts and the page comes back with
   the thank-you. No cookie is sent or set. */
(function () {
  "use strict";

  function show(status, text) {
    status.textContent = "";
    // A fresh text node, so screen readers announce it even when it repeats.
    window.setTimeout(function () {
      status.textContent = text;
    }, 50);
  }

  document.querySelectorAll("form[data-feedback]").forEach(function (form) {
    var status = form.querySelector("[data-feedback-status]");
    var section = form.closest("[data-error-text]");
    var busy = false;
    form.addEventListener("submit", function (event) {
      if (!window.fetch || !status) {
        return;
      }
      event.preventDefault();
      if (busy || form.getAttribute("data-answered") === "true") {
        show(status, form.getAttribute("data-thanks"));
        return;
      }
      var body = new FormData(form);
      var button = event.submitter;
      if (button && button.name) {
        body.set(button.name, button.value);
      }
      busy = true;
      fetch(form.action, {
        method: "POST",
        body: new URLSearchParams(body),
        headers: { Accept: "application/json" },
        credentials: "omit",
      })
        .then(function (response) {
          return response.json().then(function (data) {
            return { ok: response.ok, status: response.status, data: data };
          });
        })
        .then(function (result) {
          if (result.ok) {
            form.setAttribute("data-answered", "true");
            if (button) {
              button.setAttribute("aria-pressed", "true");
            }
            show(status, result.data.message || form.getAttribute("data-thanks"));
          } else {
            show(status, result.data.error || section.getAttribute("data-error-text"));
          }
        })
        .catch(function () {
          show(status, section.getAttribute("data-error-text"));
        })
        .then(function () {
          busy = false;
        });
    });
  });
})();
