/* "Welke STEM-held ben jij?": one question per screen, with progress and a way back.
 * Without this script the form shows every question and a submit button, and works the same.
 * Texts come from data attributes the server translated; nothing is stored, no cookie. */
(function () {
  "use strict";

  function setUpSteps(form) {
    var questions = Array.prototype.slice.call(form.querySelectorAll("[data-question]"));
    if (questions.length < 2) return;
    var steps = form.querySelector("[data-steps]");
    var buttons = form.querySelector("[data-step-buttons]");
    var label = form.querySelector("[data-progress-label]");
    var bar = form.querySelector("[data-progress]");
    var back = form.querySelector("[data-back]");
    var next = form.querySelector("[data-next]");
    var submit = form.querySelector("[data-submit]");
    var progressText = form.getAttribute("data-progress-text") || "{current} / {total}";
    var chooseText = form.getAttribute("data-choose-text") || "";
    var start = parseInt(form.getAttribute("data-first-open"), 10) || 1;
    var current = Math.min(Math.max(start, 1), questions.length) - 1;

    function chosen(question) {
      return question.querySelector("input[type=radio]:checked");
    }

    function showError(question, text) {
      var error = question.querySelector("[data-question-error]");
      if (!error) return;
      error.textContent = text;
      error.hidden = !text;
      if (text) {
        question.setAttribute("aria-describedby", error.id);
      } else {
        question.removeAttribute("aria-describedby");
      }
    }

    function show(index, moveFocus) {
      current = index;
      questions.forEach(function (question, i) {
        question.classList.toggle("is-current", i === index);
      });
      label.textContent = progressText
        .replace("{current}", String(index + 1))
        .replace("{total}", String(questions.length));
      bar.value = index + 1;
      back.hidden = index === 0;
      var last = index === questions.length - 1;
      next.hidden = last;
      submit.hidden = !last;
      if (moveFocus) {
        var target = chosen(questions[index]) || questions[index].querySelector("input[type=radio]");
        if (target) target.focus();
      }
    }

    next.addEventListener("click", function () {
      var question = questions[current];
      if (!chosen(question)) {
        showError(question, chooseText);
        var first = question.querySelector("input[type=radio]");
        if (first) first.focus();
        return;
      }
      showError(question, "");
      show(current + 1, true);
    });

    back.addEventListener("click", function () {
      if (current > 0) show(current - 1, true);
    });

    form.addEventListener("change", function (event) {
      var question = event.target.closest("[data-question]");
      if (question) showError(question, "");
    });

    /* Enter on a radio would submit a half-done form: move on instead. */
    form.addEventListener("keydown", function (event) {
      if (event.key === "Enter" && event.target.type === "radio" && current < questions.length - 1) {
        event.preventDefault();
        next.click();
      }
    });

    form.addEventListener("submit", function (event) {
      for (var i = 0; i < questions.length; i++) {
        if (!chosen(questions[i])) {
          event.preventDefault();
          show(i, false);
          showError(questions[i], chooseText);
          var first = questions[i].querySelector("input[type=radio]");
          if (first) first.focus();
          return;
        }
      }
    });

    form.classList.add("is-stepped");
    steps.hidden = false;
    buttons.hidden = false;
    show(current, false);
  }

  function setUpResult() {
    var copy = document.querySelector("[data-copy]");
    if (copy && navigator.clipboard) {
      var field = document.getElementById(copy.getAttribute("data-copy"));
      var original = copy.textContent;
      copy.hidden = false;
      copy.addEventListener("click", function () {
        navigator.clipboard.writeText(field.value).then(function () {
          copy.textContent = copy.getAttribute("data-copied-text") || original;
          window.setTimeout(function () { copy.textContent = original; }, 2500);
        }, function () {
          field.select();
        });
      });
    }
    var print = document.querySelector("[data-print]");
    if (print && window.print) {
      print.hidden = false;
      print.addEventListener("click", function () { window.print(); });
    }
    var share = document.getElementById("share-url");
    if (share) {
      share.addEventListener("focus", function () { share.select(); });
    }
  }

  var form = document.querySelector("[data-selftest]");
  if (form) setUpSteps(form);
  setUpResult();
  var message = document.getElementById("selftest-message");
  if (message) message.focus();
})();
