// The review page: each proposed measure is accepted, corrected or rejected with its
// radio buttons (the keyboard moves through them as through any radio group). Choosing
// "correct" opens the measure's values; typing in them chooses "correct". The sentence
// of the measure in focus is marked in the text beside it.
(function () {
  "use strict";

  function card(node) {
    return node && node.closest ? node.closest("[data-proposal]") : null;
  }

  function choose(article, value) {
    var radio = article.querySelector('[data-decision][value="' + value + '"]');
    if (radio && !radio.checked) radio.checked = true;
    show(article);
  }

  function show(article) {
    var picked = article.querySelector("[data-decision]:checked");
    var value = picked ? picked.value : "";
    ["accept", "correct", "reject"].forEach(function (v) {
      article.classList.toggle("decided-" + v, v === value);
    });
    article.classList.toggle("undecided", !value);
    count();
  }

  function count() {
    var out = document.getElementById("decided-count");
    if (out) out.textContent = String(document.querySelectorAll("[data-decision]:checked").length);
  }

  function markSentence(article, scrollPane) {
    var id = article.getAttribute("data-sentence");
    var mark = id ? document.getElementById(id) : null;
    document.querySelectorAll("mark.sentence.current").forEach(function (m) {
      if (m !== mark) m.classList.remove("current");
    });
    if (!mark) return;
    mark.classList.add("current");
    var pane = document.getElementById("source-text");
    if (scrollPane && pane && pane.scrollHeight > pane.clientHeight) {
      pane.scrollTop = Math.max(0, mark.offsetTop - pane.offsetTop - pane.clientHeight / 3);
    }
  }

  document.addEventListener("change", function (event) {
    var article = card(event.target);
    if (!article) return;
    if (event.target.hasAttribute("data-decision")) {
      show(article);
      var values = article.querySelector("[data-values]");
      // the values open to be corrected, and close on a rejection (unless in error)
      if (event.target.value === "correct") values.open = true;
      if (event.target.value === "reject" && !article.classList.contains("has-error")) {
        values.open = false;
      }
    } else if (event.target.closest("[data-values]")) {
      choose(article, "correct");
    }
  });

  document.addEventListener("input", function (event) {
    var article = card(event.target);
    if (article && event.target.closest("[data-values]")) choose(article, "correct");
  });

  document.addEventListener("focusin", function (event) {
    var article = card(event.target);
    if (article) markSentence(article, true);
  });

  document.addEventListener("click", function (event) {
    var link = event.target.closest("[data-show-sentence]");
    var article = card(link);
    if (article) markSentence(article, false);
  });
})();
