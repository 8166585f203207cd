/* Draw every .chart element with Apache ECharts (vendored), from the JSON its
 * data-options attribute names: {"unit": "%", "decimals": 2, "option": {...}}.
 * Numbers are written the Vietnamese way in axes, labels and tooltips: 1.234,5. */
(function () {
  "use strict";

  // 1234.5 → "1.234,5": at most `decimals` places, trailing zeros dropped.
  function formatVi(value, decimals) {
    if (value === null || value === undefined || value === "" || isNaN(value)) return "–";
    var places = decimals === undefined || decimals === null ? 2 : decimals;
    var text = Math.abs(Number(value)).toFixed(places);
    if (places > 0) text = text.replace(/\.?0+$/, "");
    var parts = text.split(".");
    var whole = parts[0].replace(/\B(?=(\d{3})+(?!\d))/g, ".");
    var negative = Number(value) < 0 && Number(text) !== 0;
    return (negative ? "-" : "") + whole + (parts[1] ? "," + parts[1] : "");
  }

  function withUnit(value, unit, decimals) {
    var text = formatVi(value, decimals);
    if (!unit || text === "–") return text;
    return text + (unit.charAt(0) === "%" ? "" : " ") + unit;
  }

  function itemValue(data) {
    if (data === null || data === undefined) return null;
    return typeof data === "object" ? data.value : data;
  }

  // The tooltip is built from DOM nodes holding text, never from an HTML string: names,
  // units and notes come from plans and figures that people type, and must show as text.
  function node(tag, text, className) {
    var el = document.createElement(tag);
    if (text !== undefined) el.textContent = text;
    if (className) el.className = className;
    return el;
  }

  function tooltipLine(p, value, unit, decimals) {
    var line = node("div", undefined, "chart-tip-line");
    var dot = node("span", undefined, "chart-tip-dot");
    // A DOM style property, which the Content-Security-Policy allows (a style="" would not).
    if (typeof p.color === "string") dot.style.backgroundColor = p.color;
    line.appendChild(dot);
    line.appendChild(document.createTextNode(String(p.seriesName) + ": "));
    line.appendChild(node("b", withUnit(value, unit, decimals)));
    var note = p.data && typeof p.data === "object" ? p.data.note : null;
    if (note) line.appendChild(document.createTextNode(" (" + String(note) + ")"));
    return line;
  }

  function tooltip(unit, decimals) {
    return function (params) {
      var list = Array.isArray(params) ? params : [params];
      var box = node("div", undefined, "chart-tip");
      box.appendChild(node("div", String(list[0].axisValueLabel || list[0].name || ""), "chart-tip-title"));
      var shown = 0;
      list.forEach(function (p) {
        var value = itemValue(p.data);
        if (value === null || value === undefined) return;
        box.appendChild(tooltipLine(p, value, unit, decimals));
        shown += 1;
      });
      return shown ? box : "";
    };
  }

  function decorate(spec) {
    var option = spec.option;
    var unit = spec.unit || "";
    var decimals = spec.decimals;
    var number = function (value) { return formatVi(value, decimals); };
    [].concat(option.xAxis || [], option.yAxis || []).forEach(function (axis) {
      if (axis.type === "value") {
        axis.axisLabel = Object.assign({}, axis.axisLabel, { formatter: number });
      }
    });
    option.tooltip = Object.assign({ confine: true }, option.tooltip, { formatter: tooltip(unit, decimals) });
    (option.series || []).forEach(function (s) {
      if (s.label && s.label.show && !s.label.formatter) {
        s.label.formatter = function (p) { return number(itemValue(p.data)); };
      }
    });
    return option;
  }

  var charts = [];

  function draw(el) {
    if (el.dataset.ready || !window.echarts) return;
    var source = document.getElementById(el.dataset.options);
    if (!source) return;
    var chart = window.echarts.init(el, null, { renderer: "canvas" });
    chart.setOption(decorate(JSON.parse(source.textContent)));
    charts.push(chart);
    el.dataset.ready = "1";  // browser tests wait for this
  }

  function resizeAll() {
    charts.forEach(function (c) { c.resize(); });
  }

  var pending = null;
  window.addEventListener("resize", function () {
    if (pending) window.clearTimeout(pending);
    pending = window.setTimeout(resizeAll, 150);
  });

  function start() {
    document.querySelectorAll(".chart[data-options]").forEach(draw);
    if (window.ResizeObserver) {
      var observer = new ResizeObserver(function () { resizeAll(); });
      document.querySelectorAll(".chart[data-options]").forEach(function (el) { observer.observe(el); });
    }
  }

  window.chitieuCharts = { formatVi: formatVi, charts: charts };
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
