/* Privacy-first player: the video host's iframe is created only when the viewer presses play.
   Without JavaScript the play button stays a plain link to the video on its host. */
(function () {
  "use strict";

  // One play counted on our own server (impact counters): the page's id only, no cookie.
  function countPlay(element) {
    var url = element.getAttribute("data-count-url");
    var page = element.getAttribute("data-count-page");
    if (!url || !page || !navigator.sendBeacon) {
      return;
    }
    var body = new URLSearchParams();
    body.set("page", page);
    navigator.sendBeacon(url, body);
  }

  function start(player, trigger) {
    var frame = document.createElement("iframe");
    frame.src = player.getAttribute("data-embed-src");
    frame.title = player.getAttribute("data-embed-title") || "";
    frame.className = "player__frame";
    frame.setAttribute("allow", "autoplay; encrypted-media; picture-in-picture; fullscreen");
    frame.setAttribute("allowfullscreen", "");
    // Our pages send no referrer, but the hosts need the origin to allow the embed.
    frame.setAttribute("referrerpolicy", "strict-origin-when-cross-origin");
    trigger.replaceWith(frame);
    player.classList.add("is-playing");
    frame.focus();
    countPlay(player);
  }

  // A video served from this site counts its first play.
  document.querySelectorAll("video[data-count-url]").forEach(function (video) {
    video.addEventListener(
      "play",
      function () {
        countPlay(video);
      },
      { once: true }
    );
  });

  document.querySelectorAll("[data-player]").forEach(function (player) {
    var trigger = player.querySelector("[data-player-start]");
    if (!trigger || !player.getAttribute("data-embed-src")) {
      return;
    }
    trigger.setAttribute("role", "button");
    trigger.addEventListener("click", function (event) {
      event.preventDefault();
      start(player, trigger);
    });
    trigger.addEventListener("keydown", function (event) {
      if (event.key === " ") {
        event.preventDefault();
        start(player, trigger);
      }
    });
  });
})();
