// The web edition's only script: keeps the ticks and notes on this device, keyed by the guide
// and its date, so that a new version of the guide starts clean. Without it the page still reads
// and the boxes still tick; they are just not kept.
(function () {
  "use strict";
  var root = document.documentElement;
  var key = "fiches:" + root.getAttribute("data-guide") + ":" + root.getAttribute("data-version");
  var fields = Array.prototype.slice.call(document.querySelectorAll("[data-keep]"));
  var clear = document.getElementById("clear");

  function store() {
    try {
      return window.localStorage;
    } catch (e) {
      return null; // storage refused (a private window, a policy): the page works, nothing is kept
    }
  }

  function load() {
    var s = store();
    if (!s) {
      return {};
    }
    try {
      var kept = JSON.parse(s.getItem(key) || "{}");
      return kept && typeof kept === "object" ? kept : {};
    } catch (e) {
      return {};
    }
  }

  function save() {
    var s = store();
    if (!s) {
      return;
    }
    var kept = {};
    fields.forEach(function (f) {
      kept[f.name] = f.type === "checkbox" ? f.checked : f.value;
    });
    try {
      s.setItem(key, JSON.stringify(kept));
    } catch (e) {
      // full or refused: the ticks stay on the page until it is closed
    }
  }

  var kept = load();
  fields.forEach(function (f) {
    if (Object.prototype.hasOwnProperty.call(kept, f.name)) {
      if (f.type === "checkbox") {
        f.checked = kept[f.name] === true;
      } else {
        f.value = String(kept[f.name]);
      }
    }
    f.addEventListener(f.type === "checkbox" ? "change" : "input", save);
  });

  if (clear && store()) {
    var told = document.getElementById("kept");
    clear.hidden = false;
    if (told) {
      told.hidden = false;
    }
    clear.addEventListener("click", function () {
      try {
        store().removeItem(key);
      } catch (e) {
        // nothing was kept
      }
      fields.forEach(function (f) {
        if (f.type === "checkbox") {
          f.checked = false;
        } else {
          f.value = "";
        }
      });
    });
  }
})();
