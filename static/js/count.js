/* Page views without cookies: one small POST to our own server when a page is shown, so a page
   answered from a cache still counts. It sends only the page's id; the address (/nl/ or /en/)
   gives the language. Nothing else is read or stored, and no other host is contacted. */
(function () {
  "use strict";
  var script = document.currentScript;
  if (!script || !navigator.sendBeacon) {
    return;
  }
  var url = script.getAttribute("data-count-url");
  var page = script.getAttribute("data-count-page");
  if (!url || !page) {
    return;
  }

  function send() {
    var body = new URLSearchParams();
    body.set("page", page);
    navigator.sendBeacon(url, body);
  }

  // A page opened in a background tab counts when it is first shown, not when it loads.
  if (document.visibilityState === "hidden") {
    document.addEventListener("visibilitychange", function shown() {
      if (document.visibilityState === "visible") {
        document.removeEventListener("visibilitychange", shown);
        send();
      }
    });
  } else {
    send();
  }
})();
