// Adding targets and measures in the plan editor. A new row is the formset's empty form
// with its index filled in; the formset's count is raised so the server reads it.
(function () {
  "use strict";

  function counter(prefix) {
    return document.getElementById("id_" + prefix + "-TOTAL_FORMS");
  }

  function newRow(templateId, prefix) {
    var count = counter(prefix);
    var index = parseInt(count.value, 10);
    var html = document.getElementById(templateId).innerHTML.replace(/__prefix__/g, String(index));
    count.value = String(index + 1);
    var holder = document.createElement("div");
    holder.innerHTML = html.trim();
    return { node: holder.firstElementChild, index: index };
  }

  function setField(node, name, value) {
    var input = node.querySelector('[name$="-' + name + '"]');
    if (input) input.value = value;
  }

  function nextNumber() {
    var numbers = Array.prototype.map.call(
      document.querySelectorAll('#targets [name$="-no"]'),
      function (el) { return parseInt(el.value, 10) || 0; }
    );
    return Math.max.apply(null, [0].concat(numbers)) + 1;
  }

  document.addEventListener("click", function (event) {
    var button = event.target.closest("[data-add-target], [data-add-measure]");
    if (!button) return;
    event.preventDefault();
    if (button.hasAttribute("data-add-target")) {
      var target = newRow("target-template", "t");
      var ref = "new-" + target.index;
      target.node.setAttribute("data-ref", ref);
      setField(target.node, "ref", ref);
      setField(target.node, "no", String(nextNumber()));
      document.getElementById("targets").appendChild(target.node);
      target.node.querySelector("textarea").focus();
      return;
    }
    var owner = button.closest("[data-target]");
    var measure = newRow("measure-template", "m");
    var endYear = document.getElementById("id_plan-end_year");
    setField(measure.node, "target_ref", owner.getAttribute("data-ref"));
    setField(measure.node, "end_year", endYear ? endYear.value : "");
    setField(measure.node, "decimals", "2");
    owner.querySelector("[data-measures]").appendChild(measure.node);
    measure.node.querySelector('[name$="-name"]').focus();
  });
})();

// On the review page, open the text at the target list.
document.addEventListener("DOMContentLoaded", function () {
  "use strict";
  var pane = document.getElementById("source-text");
  var list = document.getElementById("target-list");
  if (pane && list && pane.scrollHeight > pane.clientHeight) {
    pane.scrollTop = Math.max(0, list.offsetTop - pane.offsetTop - 24);
  }
});
