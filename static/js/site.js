/**
 * Samenwerkingsportaal: small progressive enhancements. Every page works without this file.
 *
 * - An error summary (data-sp-focus) gets focus when the page loads, so that keyboard and
 *   screen-reader users hear right away what needs fixing; its links move focus to the field.
 * - After "Meer rijen toevoegen" the first field of the first new row gets focus (without
 *   JavaScript the browser scrolls there, through the fragment in the button's formaction).
 */
(function () {
  "use strict";

  function focusElement(element) {
    if (!element) {
      return;
    }
    if (!element.hasAttribute("tabindex") && !element.matches("a, button, input, select, textarea")) {
      element.setAttribute("tabindex", "-1");
    }
    element.focus();
  }

  function init() {
    var summary = document.querySelector("[data-sp-focus]");
    if (summary) {
      focusElement(summary);
    } else if (document.querySelector("[data-sp-focus-new-row]") && location.hash) {
      // The "more rows" button posts to "#deelnemer-N": N is the first new row.
      // After the load, when the browser has scrolled to the fragment (which resets focus).
      window.addEventListener("load", function () {
        window.setTimeout(function () {
          var row = document.getElementById(location.hash.slice(1));
          if (row) {
            focusElement(row.querySelector("input:not([type=hidden]), select, textarea"));
          }
        }, 0);
      });
    }

    // Links in an error summary: move focus to the field itself, not only scroll to it.
    document.querySelectorAll("[data-sp-error-summary] a[href^='#']").forEach(function (link) {
      link.addEventListener("click", function (event) {
        var target = document.getElementById(link.getAttribute("href").slice(1));
        if (!target) {
          return;
        }
        event.preventDefault();
        if (!target.matches("input, select, textarea, button")) {
          // A row or section: its first field.
          target = target.querySelector("input:not([type=hidden]), select, textarea") || target;
        }
        // Show the label (or legend) above the field too, then focus the field.
        var label = document.querySelector("label[for='" + target.id + "']");
        var fieldset = target.closest("fieldset");
        var context = label || (fieldset && fieldset.querySelector("legend")) || target;
        context.scrollIntoView({ block: "start" });
        if (!target.matches("input, select, textarea, button, a")) {
          target.setAttribute("tabindex", "-1");
        }
        target.focus({ preventScroll: true });
      });
    });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
