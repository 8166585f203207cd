// Behaviour every page shares. Scripts live in static files only: the Content-Security-
// Policy forbids inline scripts and inline event handlers (onclick=…).
(function () {
  "use strict";

  // A <select data-autosubmit> sends its form when changed (the language menu).
  document.addEventListener("change", function (event) {
    var select = event.target;
    if (select.matches && select.matches("select[data-autosubmit]") && select.form) {
      select.form.submit();
    }
  });
})();
